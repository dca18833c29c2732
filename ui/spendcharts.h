// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costtracker.h"

#include <QWidget>

class QWidget;

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

    QWidget *dailyView() const { return m_daily; }

private:

    QWidget *m_daily;
    QWidget *m_byModel;
    QWidget *m_byProvider;
    QWidget *m_tokens;
};
