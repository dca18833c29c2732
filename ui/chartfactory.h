// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QWidget;

// Small builders for the dashboard's charts, so each chart class only
// chooses its data. Every chart is built from values already in memory.
namespace ChartFactory {

struct BarSet
{
    QString name;
    QList<double> values;  // one per category
};

// A view with antialiasing, an accessible name and a placeholder chart.
QChartView *view(const QString &objectName, const QString &title, QWidget *parent);
// Bars per category; stacked puts the sets on top of each other.
QChart *bars(const QString &title, const QStringList &categories, const QList<BarSet> &sets, bool stacked,
             const QString &valueFormat = QStringLiteral("%.2f"));
// Horizontal bars, one set.
QChart *horizontalBars(const QString &title, const QStringList &categories, const BarSet &set,
                       const QString &valueFormat);
// A pie of (label, value) slices; an empty pie says there is nothing to show.
QChart *pie(const QString &title, const QList<QPair<QString, double>> &slices);

// "11-26" for "2026-11-26": short enough for a month of bars.
QString shortDay(const QString &day);

} // namespace ChartFactory
