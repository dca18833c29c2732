// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costtracker.h"

#include <QWidget>

class QChart;
class QChartView;

// The dashboard's spend tab: daily spend stacked models against sandboxes,
// spend by model and by provider, and tokens in and out per day.
class SpendCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendCharts)

public:
    explicit SpendCharts(QWidget *parent = nullptr);
    ~SpendCharts() override;

    // `days` covers the whole period, a group per day even when nothing was spent.
    void setReport(const CostReport &report, const QList<CostGroup> &days);

    QChartView *dailyView() const { return m_daily; }

private:
    static void replace(QChartView *view, QChart *chart);

    QChartView *m_daily;
    QChartView *m_byModel;
    QChartView *m_byProvider;
    QChartView *m_tokens;
};
