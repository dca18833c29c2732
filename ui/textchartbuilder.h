// SPDX-License-Identifier: MIT
#pragma once

#include "chartbuilder.h"

#include <QCoreApplication>

// The dashboard's charts as text, for when the charts plugin cannot be
// loaded: the numbers stay readable and the rest of the dashboard works.
class TextChartBuilder final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TextChartBuilder)

public:
    explicit TextChartBuilder(QString reason);

    QWidget *createView(const QString &objectName, const QString &title, QWidget *parent) override;
    void showBars(QWidget *view, const QString &title, const QStringList &categories, const QList<ChartBarSet> &sets,
                  bool stacked, const QString &valueFormat) override;
    void showHorizontalBars(QWidget *view, const QString &title, const QStringList &categories,
                            const ChartBarSet &set, const QString &valueFormat) override;
    void showPie(QWidget *view, const QString &title, const QList<QPair<QString, double>> &slices) override;

private:
    void show(QWidget *view, const QString &title, const QStringList &lines) const;

    QString m_reason;
};
