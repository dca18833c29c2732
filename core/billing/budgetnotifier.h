// SPDX-License-Identifier: MIT
#pragma once

#include "budget.h"
#include "common/spawnerror.h"

#include <QDateTime>
#include <QObject>

class Database;

// Tells the user once per month when the month's spend reaches 50 %, 80 % and
// 100 % of the monthly budget. What was told is stored (the
// budget_notifications table of schema 5), so a restart does not tell it
// again and a new month starts afresh. Told about every recorded cost, of a
// model request or a sandbox reading.
class BudgetNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetNotifier)

public:
    // `database` must be open and outlive the notifier.
    explicit BudgetNotifier(Database &database, QObject *parent = nullptr);

    void setBudget(const Budget &budget) { m_budget = budget; }
    const Budget &budget() const { return m_budget; }

    // A cost was recorded: adds up the month holding `now` (from the per-day
    // summaries, well under a millisecond) and emits thresholdReached() for
    // each threshold reached and not told before this month, lowest first.
    // Also stores the month's spend for spent(). Returns the store's error.
    SpawnError costRecorded(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The month's spend as of the last costRecorded().
    double spent() const { return m_spent; }
    // Thresholds already told for the month holding `day`, lowest first.
    QList<int> reported(const QDate &day) const;

signals:
    void thresholdReached(int percent, double spent, double budget);

private:
    // Stores the threshold as told; false when it was told before.
    bool remember(const QDate &month, int percent, double spent, SpawnError *error);

    Database &m_database;
    Budget m_budget;
    double m_spent = 0.0;
};
