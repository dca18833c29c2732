// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costanalytics.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

// The dashboard's activity tab: sessions per day with the success rate,
// the median time in each workflow step, and repair rounds per session.
class ActivityCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityCharts)

public:
    explicit ActivityCharts(QWidget *parent = nullptr);
    ~ActivityCharts() override;

    // `days` lists every day of the period, in order ("yyyy-MM-dd").
    void setData(const QStringList &days, const QList<DayActivity> &activity, const QList<StepMedian> &steps,
                 const QList<RepairCount> &repairs);
    QString summary() const;

private:
    static void replace(QChartView *view, QChart *chart);

    QLabel *m_summary;
    QChartView *m_sessions;
    QChartView *m_steps;
    QChartView *m_repairs;
};
