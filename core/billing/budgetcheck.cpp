// SPDX-License-Identifier: MIT
#include "budgetcheck.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BudgetCheck", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR BudgetCheck */

// Sums of doubles drift by ulps; a cent's hundredth is far below any price.
constexpr double Tolerance = 1e-9;
} // namespace

BudgetCheck::BudgetCheck(const Budget &budget)
    : m_budget(budget)
{
}

SpawnError BudgetCheck::check(double estimate, double monthSpent, double sessionSpent) const
{
    if (m_budget.hasMonthly() && monthSpent + estimate > m_budget.monthly + Tolerance) {
        return SpawnError::user(
            tr("This would cost about %1; %2 of your %3 monthly budget is spent. "
               "Raise the budget or wait for next month.")
                .arg(Budget::formatUsd(estimate), Budget::formatUsd(monthSpent), Budget::formatUsd(m_budget.monthly)));
    }
    if (m_budget.hasPerSession() && sessionSpent + estimate > m_budget.perSession + Tolerance) {
        return SpawnError::user(
            tr("This would cost about %1; this session has cost %2 of its %3 limit. "
               "Raise the per-session limit or start a new session.")
                .arg(Budget::formatUsd(estimate), Budget::formatUsd(sessionSpent),
                     Budget::formatUsd(m_budget.perSession)));
    }
    return {};
}

SpawnError BudgetCheck::check(const CostEstimate &estimate, double monthSpent, double sessionSpent) const
{
    if (estimate.isUnpriced() && m_budget.hasLimit() && !m_budget.allowUnpriced) {
        return SpawnError::user(
            tr("The price of %1 is unknown, so your budget cannot count what it costs: nothing was sent. Set its "
               "price in Settings > Budget > Prices, or allow models without a price there.")
                .arg(estimate.model));
    }
    return check(estimate.total(), monthSpent, sessionSpent);
}
