// SPDX-License-Identifier: MIT
#include "budgetthresholds.h"

const QList<int> &BudgetThresholds::percents()
{
    static const QList<int> values{50, 80, 100};
    return values;
}

QList<int> BudgetThresholds::reached(const Budget &budget, double spent)
{
    QList<int> result;
    if (!budget.hasMonthly())
        return result;
    for (const int percent : percents()) {
        // Compared in cents' hundredths so 8.00 of 10.00 is 80 % despite binary fractions.
        if (spent * 100.0 >= budget.monthly * percent - 1e-7)
            result.append(percent);
    }
    return result;
}

QList<int> BudgetThresholds::update(const QDate &month, const Budget &budget, double spent)
{
    const QDate first(month.year(), month.month(), 1);
    if (first != m_month) {
        m_month = first;
        m_reported.clear();
    }
    QList<int> fresh;
    for (const int percent : reached(budget, spent)) {
        if (!m_reported.contains(percent)) {
            m_reported.append(percent);
            fresh.append(percent);
        }
    }
    return fresh;
}
