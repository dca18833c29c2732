// SPDX-License-Identifier: MIT
#pragma once

#include "chartbuilder.h"

#include <QObject>

// The dashboard's charts drawn with Qt Charts, in a plugin of their own so
// that only opening the dashboard loads Qt Charts (see ChartBuilder).
class ChartsPlugin final : public QObject, public ChartBuilder
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChartBuilder_iid)
    Q_INTERFACES(ChartBuilder)

public:
    QWidget *createView(const QString &objectName, const QString &title, QWidget *parent) override;
    void showBars(QWidget *view, const QString &title, const QStringList &categories, const QList<ChartBarSet> &sets,
                  bool stacked, const QString &valueFormat) override;
    void showHorizontalBars(QWidget *view, const QString &title, const QStringList &categories,
                            const ChartBarSet &set, const QString &valueFormat) override;
    void showPie(QWidget *view, const QString &title, const QList<QPair<QString, double>> &slices) override;
};
