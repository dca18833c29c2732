// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// A half-open span of time [since, until), UTC.
struct CostPeriod
{
    QDateTime since;
    QDateTime until;

    // The UTC calendar month that holds `day`.
    static CostPeriod month(const QDate &day);
    // Whole UTC days: from the start of `first` to the end of `last`.
    static CostPeriod days(const QDate &first, const QDate &last);
};

// One spend meter: what the models and the sandboxes cost, side by side.
struct CostTotals
{
    double llmCost = 0.0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 0;  // model requests
    double sandboxCost = 0.0;
    double cpuSeconds = 0.0;
    double memoryGbSeconds = 0.0;
    qint64 sandboxRuns = 0;

    double total() const { return llmCost + sandboxCost; }
};

// The totals of one group: a day ("2026-11-26"), a month ("2026-11"), a
// model, a provider, a sandbox kind or a session id.
struct CostGroup
{
    QString key;
    CostTotals totals;
};

// Model requests whose price is unknown: counted here, never as $0 in the
// totals' dollars, until a price is set (UsageRepricer then prices them).
struct UnpricedUsage
{
    QString model;
    qint64 requests = 0;
    qint64 inputTokens = 0;  // input, cache writes and cache reads
    qint64 outputTokens = 0;
};

struct CostReport
{
    CostPeriod period;
    CostTotals overall;
    QList<CostGroup> byDay;
    QList<CostGroup> byMonth;
    QList<CostGroup> byModel;     // LLM only
    QList<CostGroup> byProvider;  // LLM only
    QList<CostGroup> bySandboxKind;  // sandbox only
    QList<CostGroup> topSessions;    // by total cost, most expensive first
    QList<UnpricedUsage> unpriced;   // by model; empty when every request had a price

    bool isPriced() const { return unpriced.isEmpty(); }
};

// Totals of llm_usage and usage_metrics over a period, each computed by one
// SQL aggregate. A model request counts at its `time`, a sandbox run at its
// `start_time` (a run that spans midnight counts on the day it started).
//
// Periods of whole UTC days (every CostPeriod::month() and days()) are read
// from the per-day summaries that triggers keep (migration 5: cost_days,
// cost_session_days), a few thousand rows for a month of a large history;
// any other period, or Source::Rows, reads the usage rows themselves through
// the covering indexes of migration 3. Both give the same groups and counts;
// dollar sums agree to float rounding (the additions happen in another order).
class CostTracker final
{
    Q_DISABLE_COPY_MOVE(CostTracker)

public:
    enum class Source { Summary, Rows };

    // `database` must be open and outlive the tracker.
    explicit CostTracker(Database &database, Source source = Source::Summary);

    SpawnError overall(const CostPeriod &period, CostTotals *out) const;
    SpawnError byDay(const CostPeriod &period, QList<CostGroup> *out) const;
    SpawnError byMonth(const CostPeriod &period, QList<CostGroup> *out) const;
    SpawnError byModel(const CostPeriod &period, QList<CostGroup> *out) const;
    SpawnError byProvider(const CostPeriod &period, QList<CostGroup> *out) const;
    SpawnError bySandboxKind(const CostPeriod &period, QList<CostGroup> *out) const;
    SpawnError topSessions(const CostPeriod &period, int limit, QList<CostGroup> *out) const;
    // Every section at once (what `spawnai costs` and the dashboard show).
    SpawnError report(const CostPeriod &period, int topSessionCount, CostReport *out) const;

    // Requests of unknown price in the period, by model (a partial index
    // holds them: they are few).
    SpawnError unpriced(const CostPeriod &period, QList<UnpricedUsage> *out) const;

    // What one session has cost so far, all time (for the per-session cap).
    SpawnError sessionSpent(const QString &sessionId, double *out) const;
    // What the UTC month holding `day` has cost (for the monthly budget).
    SpawnError monthSpent(const QDate &day, double *out) const;

    // Whether `period` is answered from the summaries.
    bool usesSummary(const CostPeriod &period) const;

private:
    // Runs `sql` (which groups by a key in column 0 followed by the eight
    // CostTotals columns) with the period's bounds bound in order: as days
    // for the summaries, as times for the rows.
    SpawnError grouped(const QString &sql, const CostPeriod &period, int limit, QList<CostGroup> *out) const;
    // Both sides per key; `dayKey` is an expression of a day "yyyy-MM-dd"
    // column (`%1` stands for the column).
    SpawnError combined(const QString &dayKey, const CostPeriod &period, QList<CostGroup> *out) const;
    // The model side per `key` (provider, model or both), most expensive first.
    SpawnError llmGrouped(const QString &key, const CostPeriod &period, QList<CostGroup> *out) const;

    Database &m_database;
    Source m_source;
};
