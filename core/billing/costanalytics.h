// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "costtracker.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// One row of the dashboard's per-session table: a session created in the
// period or that spent in it, with what it spent in the period.
struct SessionCostRow
{
    QString id;
    QString prompt;
    QString templateName;  // empty unless started from a template
    QDateTime createdAt;
    QString provider;
    QString model;
    QString sandboxKind;
    QString status;
    double llmCost = 0.0;
    double sandboxCost = 0.0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    int repairRounds = 0;
    // Deleted with purge: its prompt is gone, its costs stay.
    bool deleted = false;

    double total() const { return llmCost + sandboxCost; }
};

// Sessions created on one UTC day, and how many of them reached ready.
struct DayActivity
{
    QString day;  // "2026-11-26"
    int sessions = 0;
    int succeeded = 0;
};

// The median time sessions spent in one workflow status ("generating",
// "deploying", ...), over the `samples` times a session left it.
struct StepMedian
{
    QString step;
    double medianMs = 0.0;
    int samples = 0;
};

// How many sessions needed `rounds` repair rounds.
struct RepairCount
{
    int rounds = 0;
    int sessions = 0;
};

// How close estimates came for one app type: the median of actual cost ÷
// estimate over the ended sessions created in the period that CostEstimator
// estimated (sessions.estimate_basis >= 0; older ones were estimated another way).
struct EstimateAccuracy
{
    QString appType;
    int sessions = 0;
    double medianRatio = 0.0;
};

// The dashboard's usage analytics, each one SQL statement over the history:
// sessions per day and success rate, the median time in each workflow step
// (from the journal's status moves), repair rounds, and the per-session
// table. Sessions count on the day they were created; costs come from the
// per-day summaries, so periods are whole UTC days (CostPeriod::days()).
class CostAnalytics final
{
    Q_DISABLE_COPY_MOVE(CostAnalytics)

public:
    // `database` must be open and outlive this.
    explicit CostAnalytics(Database &database);

    SpawnError activity(const CostPeriod &period, QList<DayActivity> *out) const;
    SpawnError stepMedians(const CostPeriod &period, QList<StepMedian> *out) const;
    // Sessions created in the period by repair rounds, fewest rounds first.
    SpawnError repairRounds(const CostPeriod &period, QList<RepairCount> *out) const;
    // Most expensive first; the totals add up to CostTracker::overall().
    SpawnError sessions(const CostPeriod &period, QList<SessionCostRow> *out) const;
    // By app type, in name order.
    SpawnError estimateAccuracy(const CostPeriod &period, QList<EstimateAccuracy> *out) const;

    // A status move back to generating from a later step is a repair round.
    static QString repairCondition(const QString &alias);

private:
    Database &m_database;
};
