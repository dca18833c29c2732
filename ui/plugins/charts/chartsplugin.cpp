// SPDX-License-Identifier: MIT
#include "chartsplugin.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);  // 10,000 sessions must not make the GUI crawl
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Axis numbers as the window's language writes them ("0,50"): the
    // chart's locale is QLocale's default, which the language sets.
    chart->setLocalizeNumbers(true);
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
// At most this many labels under a chart of days: "11-26" stays whole at
// any width the dashboard has, over a week, a month or a year.
constexpr int MaxCategoryLabels = 8;

// A value axis from 0 to a round top, with round ticks between: 1, 2 or 5
// times a power of ten, whole numbers for counts (no "2, 2, 1, 1, 0").
void setNiceRange(QValueAxis *axis, double top, bool whole)
{
    if (!(top > 0.0))
        top = whole ? 1.0 : 0.01;
    const double rough = top / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double normalized = rough / magnitude;
    double step = (normalized <= 1.0 ? 1.0 : normalized <= 2.0 ? 2.0 : normalized <= 5.0 ? 5.0 : 10.0) * magnitude;
    if (whole)
        step = std::max(1.0, std::round(step));
    const int intervals = std::max(1, int(std::ceil(top / step - 1e-9)));
    axis->setRange(0.0, step * intervals);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(intervals + 1);
    axis->setMinorTickCount(0);
    const int decimals = whole ? 0 : std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    axis->setLabelFormat(u"%." + QString::number(decimals) + u'f');
}

double highest(const QList<ChartBarSet> &sets, bool stacked)
{
    double top = 0.0;
    qsizetype count = 0;
    for (const ChartBarSet &set : sets)
        count = std::max(count, set.values.size());
    for (qsizetype i = 0; i < count; ++i) {
        double column = 0.0;
        for (const ChartBarSet &set : sets) {
            const double value = set.values.value(i);
            column = stacked ? column + value : std::max(column, value);
        }
        top = std::max(top, column);
    }
    return top;
}

// Bar charts label each bar in the room of one bar, so a month's dates
// all read "…". With more bars than fit, the bars' own axis keeps no labels
// and a second axis labels every few bars, each label with the room of them all.
void addThinnedLabels(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *bars,
                      const QStringList &categories)
{
    const int count = int(categories.size());
    if (count <= MaxCategoryLabels)
        return;
    const int stride = (count + MaxCategoryLabels - 1) / MaxCategoryLabels;
    bars->setLabelsVisible(false);
    bars->setGridLineVisible(false);  // a line per day would hide the bars
    bars->setGridLineVisible(false);  // a line per day would hide the bars
    auto *labels = new QCategoryAxis;
    labels->setObjectName(QStringLiteral("thinnedLabels"));
    labels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    labels->setGridLineVisible(false);
    labels->setStartValue(-0.5);
    for (int i = 0; i < count; i += stride)
        labels->append(categories.at(i), i);
    chart->addAxis(labels, Qt::AlignBottom);
    series->attachAxis(labels);
    labels->setRange(-0.5, count - 0.5);
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
    addThinnedLabels(chart, series, axisX, categories);
    auto *axisY = new QValueAxis;
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    setNiceRange(axisY, highest(sets, stacked), valueFormat == u"%.0f");
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
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    setNiceRange(axisX, highest({set}, false), valueFormat == u"%.0f");
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
