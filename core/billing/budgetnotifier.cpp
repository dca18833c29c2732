// SPDX-License-Identifier: MIT
#include "budgetnotifier.h"

#include "budgetthresholds.h"
#include "costtracker.h"
#include "store/database.h"
#include "store/sqlsupport.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcNotifier, "spawnai.billing.notifier", QtInfoMsg)

QString monthKey(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

BudgetNotifier::BudgetNotifier(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

SpawnError BudgetNotifier::costRecorded(const QDateTime &now)
{
    const QDate day = now.toUTC().date();
    const CostTracker tracker(m_database);
    if (const SpawnError error = tracker.monthSpent(day, &m_spent); error.isError())
        return error;
    for (const int percent : BudgetThresholds::reached(m_budget, m_spent)) {
        SpawnError error;
        if (!remember(day, percent, m_spent, &error)) {
            if (error.isError())
                return error;
            continue;
        }
        qCInfo(lcNotifier) << "the month's spend" << Budget::formatUsd(m_spent) << "reached" << percent
                           << "% of the budget" << Budget::formatUsd(m_budget.monthly);
        emit thresholdReached(percent, m_spent, m_budget.monthly);
    }
    return {};
}

bool BudgetNotifier::remember(const QDate &month, int percent, double spent, SpawnError *error)
{
    QSqlQuery query(m_database.connection());
    if (!StoreSql::prepare(query, QStringLiteral(
            "INSERT OR IGNORE INTO budget_notifications (month, percent, time, spent, budget) "
            "VALUES (?, ?, ?, ?, ?)"))) {
        *error = StoreSql::storeError(QStringLiteral("Could not store a budget notification"), query.lastError());
        return false;
    }
    query.addBindValue(monthKey(month));
    query.addBindValue(percent);
    query.addBindValue(StoreSql::timeValue(StoreSql::now()));
    query.addBindValue(spent);
    query.addBindValue(m_budget.monthly);
    if (!StoreSql::exec(query)) {
        *error = StoreSql::storeError(QStringLiteral("Could not store a budget notification"), query.lastError());
        return false;
    }
    return query.numRowsAffected() == 1;
}

QList<int> BudgetNotifier::reported(const QDate &day) const
{
    QList<int> percents;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT percent FROM budget_notifications WHERE month = ? ORDER BY percent")))
        return percents;
    query.addBindValue(monthKey(day));
    if (!StoreSql::exec(query))
        return percents;
    while (query.next())
        percents.append(query.value(0).toInt());
    return percents;
}
