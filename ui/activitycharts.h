// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costanalytics.h"

#include <QWidget>

class QWidget;
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

    QLabel *m_summary;
    QWidget *m_sessions;
    QWidget *m_steps;
    QWidget *m_repairs;
};
