// SPDX-License-Identifier: MIT
#include "budgetpolicy.h"

#include "budgetcheck.h"
#include "costtracker.h"

#include <QCoreApplication>
#include <QDateTime>

BudgetPolicy::BudgetPolicy(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

BudgetPolicy::~BudgetPolicy() = default;

void BudgetPolicy::setBudget(const Budget &budget)
{
    m_budget = budget;
    emit budgetChanged();
}

bool BudgetPolicy::isSpent(double monthSpent) const
{
    return m_budget.hasMonthly() && monthSpent * 100.0 >= m_budget.monthly * 100.0 - 1e-7;
}

SpawnError BudgetPolicy::admit(SandboxKind sandboxKind, bool asksModel) const
{
    if (!m_budget.hasMonthly() || (!asksModel && !sandboxKindIsPaid(sandboxKind)))
        return {};
    double spent = 0.0;
    const CostTracker tracker(m_database);
    if (const SpawnError error = tracker.monthSpent(QDateTime::currentDateTimeUtc().date(), &spent); error.isError())
        return error;
    if (!isSpent(spent))
        return {};
    // The enforcer's words, where they have always been translated.
    const QString text = QCoreApplication::translate(
        "BudgetEnforcer", "The monthly budget of %1 is spent (%2 so far this month). Raise it in Settings to go "
                          "on; local sandboxes without a model cost nothing and still run.");
    return SpawnError::user(text.arg(Budget::formatUsd(m_budget.monthly), Budget::formatUsd(spent)));
}

SpawnError BudgetPolicy::checkSpend(const CostEstimate &estimate, const QString &sessionId) const
{
    if (m_spendCheck)
        return m_spendCheck(estimate, sessionId);
    if (!m_budget.hasLimit())
        return {};
    const CostTracker tracker(m_database);
    double month = 0.0;
    double session = 0.0;
    tracker.monthSpent(QDateTime::currentDateTimeUtc().date(), &month);
    if (!sessionId.isEmpty())
        tracker.sessionSpent(sessionId, &session);
    return BudgetCheck(m_budget).check(estimate, month, session);
}
