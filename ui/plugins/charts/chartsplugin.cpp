// SPDX-License-Identifier: MIT
#include "chartsplugin.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {
QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);  // 10,000 sessions must not make the GUI crawl
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

void addSets(QAbstractBarSeries *series, const QList<ChartBarSet> &sets)
{
    for (const ChartBarSet &set : sets) {
        auto *bars = new QBarSet(set.name);
        for (const double value : set.values)
            bars->append(value);
        series->append(bars);
    }
}
void replaceChart(QWidget *view, QChart *chart)
{
    auto *chartView = qobject_cast<QChartView *>(view);
    if (!chartView) {
        delete chart;
        return;
    }
    // The view does not delete the chart it lets go of.
    QChart *old = chartView->chart();
    chartView->setChart(chart);
    delete old;
}
} // namespace

QWidget *ChartsPlugin::createView(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *chartView = new QChartView(newChart(title), parent);
    chartView->setObjectName(objectName);
    chartView->setAccessibleName(title);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);
    return chartView;
}

void ChartsPlugin::showBars(QWidget *view, const QString &title, const QStringList &categories,
                            const QList<ChartBarSet> &sets, bool stacked, const QString &valueFormat)
{
    QChart *chart = newChart(title);
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries *>(new QBarSeries);
    addSets(series, sets);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(valueFormat);
    axisY->setMin(0);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(sets.size() > 1);
    replaceChart(view, chart);
}

void ChartsPlugin::showHorizontalBars(QWidget *view, const QString &title, const QStringList &categories,
                                      const ChartBarSet &set, const QString &valueFormat)
{
    QChart *chart = newChart(title);
    auto *series = new QHorizontalBarSeries;
    addSets(series, {set});
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(valueFormat);
    axisX->setMin(0);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    replaceChart(view, chart);
}

void ChartsPlugin::showPie(QWidget *view, const QString &title, const QList<QPair<QString, double>> &slices)
{
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    for (const auto &[label, value] : slices) {
        if (value > 0.0)
            series->append(label, value);
    }
    if (series->count() == 0)
        chart->setTitle(title + u" — " + QCoreApplication::translate("ChartFactory", "nothing spent"));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    replaceChart(view, chart);
}
