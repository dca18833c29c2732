// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtPlugin>

class QWidget;

// One set of bars: a value per category.
struct ChartBarSet
{
    QString name;
    QList<double> values;
};

// Draws the dashboard's charts. Qt Charts costs the start-up of every
// window (it loads OpenGL and binds all its symbols at once), so the charts
// live in a plugin (ui/plugins/charts) loaded when the dashboard first
// opens; instance() gives that plugin, or a plain-text stand-in when it
// cannot be loaded. The views are plain QWidgets to their users.
class ChartBuilder
{
public:
    virtual ~ChartBuilder() = default;

    // An empty chart view with an accessible name.
    virtual QWidget *createView(const QString &objectName, const QString &title, QWidget *parent) = 0;
    // Replace what `view` shows. Stacked puts the sets on top of each other.
    // The value axis runs from 0 in round steps; a `valueFormat` of "%.0f"
    // marks counts, whose ticks are whole numbers. Many categories (days)
    // are labelled every few bars, so each label is whole.
    virtual void showBars(QWidget *view, const QString &title, const QStringList &categories,
                          const QList<ChartBarSet> &sets, bool stacked, const QString &valueFormat) = 0;
    virtual void showHorizontalBars(QWidget *view, const QString &title, const QStringList &categories,
                                    const ChartBarSet &set, const QString &valueFormat) = 0;
    // (label, value) slices; a pie with nothing in it says so.
    virtual void showPie(QWidget *view, const QString &title, const QList<QPair<QString, double>> &slices) = 0;

    // The plugin's builder, loaded on first use, or the stand-in.
    static ChartBuilder *instance();
    // "2026-11-26" as the locale writes a day without its year ("11/26",
    // "26.11"): short enough for a month of bars.
    static QString shortDay(const QString &day);
};

#define ChartBuilder_iid "ai.spawn.desktop.ChartBuilder/1"
Q_DECLARE_INTERFACE(ChartBuilder, ChartBuilder_iid)
