// SPDX-License-Identifier: MIT
#pragma once

#include "budget.h"

#include <QDate>
#include <QList>

// Which of 50 %, 80 % and 100 % of the monthly budget the month's spend has
// reached, and which of those are news: the user hears of each threshold
// once per month. BudgetNotifier uses reached() and keeps what it told in
// the database (so a restart remembers); update() is the in-memory form.
class BudgetThresholds final
{
public:
    static const QList<int> &percents();  // 50, 80, 100

    // Thresholds that `spent` has reached; none without a monthly budget.
    static QList<int> reached(const Budget &budget, double spent);

    // The thresholds reached in `month` (any day of it) that were not
    // reported for that month before; remembers them.
    QList<int> update(const QDate &month, const Budget &budget, double spent);

private:
    QDate m_month;  // first day of the month m_reported belongs to
    QList<int> m_reported;
};
