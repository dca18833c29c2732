// SPDX-License-Identifier: MIT
#include "costtracker.h"

#include "store/database.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace {
// The eight CostTotals columns of one side, the other side's as zeros, so a
// UNION ALL of both lines up and the outer query just sums.
const QString LlmColumns = QStringLiteral(
    "SUM(cost) AS lc, SUM(input_tokens) AS it, SUM(output_tokens) AS ot, COUNT(*) AS rq, "
    "0.0 AS sc, 0.0 AS cpu, 0.0 AS mem, 0 AS runs");
const QString SandboxColumns = QStringLiteral(
    "0.0 AS lc, 0 AS it, 0 AS ot, 0 AS rq, "
    "SUM(actual_cost) AS sc, SUM(cpu_seconds) AS cpu, SUM(memory_gb_seconds) AS mem, COUNT(*) AS runs");
const QString OuterSums = QStringLiteral(
    "SUM(lc), SUM(it), SUM(ot), SUM(rq), SUM(sc), SUM(cpu), SUM(mem), SUM(runs)");
// Both sides' WHERE: text comparison works because stored times are fixed-width UTC.
const QString LlmRange = QStringLiteral(" FROM llm_usage WHERE time >= ? AND time < ?");
const QString SandboxRange = QStringLiteral(" FROM usage_metrics WHERE start_time >= ? AND start_time < ?");

// The summaries' counterparts: already per day, so the sums add sums.
const QString SummaryLlmColumns = QStringLiteral(
    "SUM(llm_cost) AS lc, SUM(input_tokens) AS it, SUM(output_tokens) AS ot, SUM(requests) AS rq, "
    "0.0 AS sc, 0.0 AS cpu, 0.0 AS mem, 0 AS runs");
const QString SummaryColumns = QStringLiteral(
    "SUM(llm_cost) AS lc, SUM(input_tokens) AS it, SUM(output_tokens) AS ot, SUM(requests) AS rq, "
    "SUM(sandbox_cost) AS sc, SUM(cpu_seconds) AS cpu, SUM(memory_gb_seconds) AS mem, SUM(runs) AS runs");
const QString SummaryKindColumns = QStringLiteral(
    "0.0 AS lc, 0 AS it, 0 AS ot, 0 AS rq, "
    "SUM(sandbox_cost) AS sc, SUM(cpu_seconds) AS cpu, SUM(memory_gb_seconds) AS mem, SUM(runs) AS runs");
const QString ModelDays = QStringLiteral(" FROM cost_days WHERE day >= ? AND day < ?");
const QString KindDays = QStringLiteral(" FROM cost_kind_days WHERE day >= ? AND day < ?");
const QString SessionDays = QStringLiteral(" FROM cost_session_days WHERE day >= ? AND day < ?");

// `dayKey` over `column`; a constant key ("''" for the overall totals) names no column.
QString keyOver(const QString &dayKey, const QString &column)
{
    return dayKey.contains(u"%1") ? dayKey.arg(column) : dayKey;
}

bool isMidnight(const QDateTime &time)
{
    return time.isValid() && time.toUTC().time() == QTime(0, 0);
}

CostTotals totalsFrom(const QSqlQuery &query, int first)
{
    CostTotals totals;
    totals.llmCost = query.value(first).toDouble();
    totals.inputTokens = query.value(first + 1).toLongLong();
    totals.outputTokens = query.value(first + 2).toLongLong();
    totals.requests = query.value(first + 3).toLongLong();
    totals.sandboxCost = query.value(first + 4).toDouble();
    totals.cpuSeconds = query.value(first + 5).toDouble();
    totals.memoryGbSeconds = query.value(first + 6).toDouble();
    totals.sandboxRuns = query.value(first + 7).toLongLong();
    return totals;
}

SpawnError queryError(const QSqlQuery &query)
{
    return StoreSql::storeError(QCoreApplication::translate("CostTracker", "Could not add up the costs"),
                                query.lastError());
}
} // namespace

CostPeriod CostPeriod::month(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    return {QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC)};
}

CostPeriod CostPeriod::days(const QDate &first, const QDate &last)
{
    return {QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC)};
}

CostTracker::CostTracker(Database &database, Source source)
    : m_database(database)
    , m_source(source)
{
}

bool CostTracker::usesSummary(const CostPeriod &period) const
{
    return m_source == Source::Summary && isMidnight(period.since) && isMidnight(period.until);
}

SpawnError CostTracker::grouped(const QString &sql, const CostPeriod &period, int limit, QList<CostGroup> *out) const
{
    out->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, sql))
        return queryError(query);
    // The summaries' keys are days; whole-day periods bound them exactly.
    const bool days = usesSummary(period);
    const QVariant since = days ? QVariant(period.since.toUTC().date().toString(Qt::ISODate))
                                : StoreSql::timeValue(period.since);
    const QVariant until = days ? QVariant(period.until.toUTC().date().toString(Qt::ISODate))
                                : StoreSql::timeValue(period.until);
    // Every statement here has one or two ranges; a limit comes last.
    const int ranges = sql.count(u"< ?");
    for (int i = 0; i < ranges; ++i) {
        query.addBindValue(since);
        query.addBindValue(until);
    }
    if (limit > 0)
        query.addBindValue(limit);
    if (!StoreSql::exec(query))
        return queryError(query);
    while (query.next())
        out->append({query.value(0).toString(), totalsFrom(query, 1)});
    return {};
}

SpawnError CostTracker::combined(const QString &dayKey, const CostPeriod &period, QList<CostGroup> *out) const
{
    if (usesSummary(period)) {
        // Two small tables: a month is at most 31 days of models and of kinds.
        const QString key = keyOver(dayKey, QStringLiteral("day"));
        return grouped(u"SELECT k, " + OuterSums + u" FROM (SELECT " + key + u" AS k, " + SummaryLlmColumns
                           + ModelDays + u" GROUP BY k UNION ALL SELECT " + key + u" AS k, " + SummaryKindColumns
                           + KindDays + u" GROUP BY k) GROUP BY k ORDER BY k",
                       period, 0, out);
    }
    return grouped(u"SELECT k, " + OuterSums + u" FROM (SELECT " + keyOver(dayKey, QStringLiteral("substr(time, 1, 10)")) + u" AS k, "
                       + LlmColumns + LlmRange + u" GROUP BY k UNION ALL SELECT "
                       + keyOver(dayKey, QStringLiteral("substr(start_time, 1, 10)")) + u" AS k, " + SandboxColumns + SandboxRange
                       + u" GROUP BY k) GROUP BY k ORDER BY k",
                   period, 0, out);
}

SpawnError CostTracker::llmGrouped(const QString &key, const CostPeriod &period, QList<CostGroup> *out) const
{
    const bool summary = usesSummary(period);
    return grouped(u"SELECT " + key + u" AS k, " + (summary ? SummaryLlmColumns : LlmColumns)
                       + (summary ? ModelDays : LlmRange) + u" GROUP BY k ORDER BY lc DESC, k",
                   period, 0, out);
}

SpawnError CostTracker::overall(const CostPeriod &period, CostTotals *out) const
{
    QList<CostGroup> groups;
    const SpawnError error = combined(QStringLiteral("''"), period, &groups);
    *out = groups.isEmpty() ? CostTotals{} : groups.constFirst().totals;
    return error;
}

SpawnError CostTracker::byDay(const CostPeriod &period, QList<CostGroup> *out) const
{
    return combined(QStringLiteral("%1"), period, out);
}

SpawnError CostTracker::byMonth(const CostPeriod &period, QList<CostGroup> *out) const
{
    return combined(QStringLiteral("substr(%1, 1, 7)"), period, out);
}

SpawnError CostTracker::byModel(const CostPeriod &period, QList<CostGroup> *out) const
{
    return llmGrouped(QStringLiteral("model"), period, out);
}

SpawnError CostTracker::byProvider(const CostPeriod &period, QList<CostGroup> *out) const
{
    return llmGrouped(QStringLiteral("provider"), period, out);
}

SpawnError CostTracker::bySandboxKind(const CostPeriod &period, QList<CostGroup> *out) const
{
    if (usesSummary(period)) {
        return grouped(u"SELECT sandbox_kind, " + SummaryKindColumns + KindDays
                           + u" GROUP BY sandbox_kind ORDER BY SUM(sandbox_cost) DESC, sandbox_kind",
                       period, 0, out);
    }
    // Grouped by session first: a month has far fewer sessions than runs, so
    // the join to sessions (where the kind lives) looks up each one once.
    return grouped(u"SELECT s.sandbox_kind, 0.0, 0, 0, 0, SUM(u.sc), SUM(u.cpu), SUM(u.mem), SUM(u.runs) FROM ("
                       u"SELECT session_id, " + SandboxColumns + SandboxRange
                       + u" GROUP BY session_id) u JOIN sessions s ON s.id = u.session_id "
                         u"GROUP BY s.sandbox_kind ORDER BY SUM(u.sc) DESC, s.sandbox_kind",
                   period, 0, out);
}

SpawnError CostTracker::topSessions(const CostPeriod &period, int limit, QList<CostGroup> *out) const
{
    if (limit <= 0) {
        out->clear();
        return {};
    }
    if (usesSummary(period)) {
        return grouped(u"SELECT session_id AS k, " + SummaryColumns + SessionDays
                           + u" GROUP BY k ORDER BY SUM(llm_cost) + SUM(sandbox_cost) DESC, k LIMIT ?",
                       period, limit, out);
    }
    return grouped(u"SELECT k, " + OuterSums + u" FROM (SELECT session_id AS k, " + LlmColumns + LlmRange
                       + u" GROUP BY k UNION ALL SELECT session_id AS k, " + SandboxColumns + SandboxRange
                       + u" GROUP BY k) GROUP BY k ORDER BY SUM(lc) + SUM(sc) DESC, k LIMIT ?",
                   period, limit, out);
}

namespace {
void add(CostTotals &to, const CostTotals &t)
{
    to.llmCost += t.llmCost;
    to.inputTokens += t.inputTokens;
    to.outputTokens += t.outputTokens;
    to.requests += t.requests;
    to.sandboxCost += t.sandboxCost;
    to.cpuSeconds += t.cpuSeconds;
    to.memoryGbSeconds += t.memoryGbSeconds;
    to.sandboxRuns += t.sandboxRuns;
}

// Adds up groups that are already SQL aggregates (a month has at most 31
// days, a provider a handful of models) into coarser ones, in key order.
QList<CostGroup> rollUp(const QList<CostGroup> &groups, const std::function<QString(const CostGroup &)> &key)
{
    QMap<QString, CostTotals> sums;
    for (const CostGroup &group : groups)
        add(sums[key(group)], group.totals);
    QList<CostGroup> result;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}
} // namespace

SpawnError CostTracker::report(const CostPeriod &period, int topSessionCount, CostReport *out) const
{
    *out = {};
    out->period = period;
    // Every scan of a month's rows costs a sort for its GROUP BY, so the
    // coarse sections are rolled up from finer aggregates instead of being
    // queried again: overall and months from the days, providers from the
    // (provider, model) pairs.
    if (const SpawnError error = byDay(period, &out->byDay); error.isError())
        return error;
    for (const CostGroup &day : std::as_const(out->byDay))
        add(out->overall, day.totals);
    out->byMonth = rollUp(out->byDay, [](const CostGroup &day) { return day.key.left(7); });
    QList<CostGroup> pairs;
    SpawnError error = llmGrouped(QStringLiteral("provider || char(31) || model"), period, &pairs);
    if (error.isError())
        return error;
    const auto byCost = [](const CostGroup &a, const CostGroup &b) {
        return a.totals.llmCost != b.totals.llmCost ? a.totals.llmCost > b.totals.llmCost : a.key < b.key;
    };
    out->byProvider = rollUp(pairs, [](const CostGroup &pair) { return pair.key.section(QChar(31), 0, 0); });
    out->byModel = rollUp(pairs, [](const CostGroup &pair) { return pair.key.section(QChar(31), 1); });
    std::sort(out->byProvider.begin(), out->byProvider.end(), byCost);
    std::sort(out->byModel.begin(), out->byModel.end(), byCost);
    error = bySandboxKind(period, &out->bySandboxKind);
    if (!error.isError())
        error = topSessions(period, topSessionCount, &out->topSessions);
    if (!error.isError())
        error = unpriced(period, &out->unpriced);
    return error;
}

SpawnError CostTracker::unpriced(const CostPeriod &period, QList<UnpricedUsage> *out) const
{
    out->clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT model, COUNT(*), SUM(input_tokens + cache_write_tokens + cache_read_tokens), SUM(output_tokens) "
            "FROM llm_usage WHERE price_status = 'unknown' AND time >= ? AND time < ? GROUP BY model ORDER BY model")))
        return queryError(query);
    query.addBindValue(StoreSql::timeValue(period.since));
    query.addBindValue(StoreSql::timeValue(period.until));
    if (!StoreSql::exec(query))
        return queryError(query);
    while (query.next())
        out->append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toLongLong()});
    return {};
}

SpawnError CostTracker::sessionSpent(const QString &sessionId, double *out) const
{
    *out = 0.0;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT (SELECT COALESCE(SUM(cost), 0) FROM llm_usage WHERE session_id = ?) "
            "+ (SELECT COALESCE(SUM(actual_cost), 0) FROM usage_metrics WHERE session_id = ?)")))
        return queryError(query);
    query.addBindValue(sessionId);
    query.addBindValue(sessionId);
    if (!StoreSql::exec(query) || !query.next())
        return queryError(query);
    *out = query.value(0).toDouble();
    return {};
}

SpawnError CostTracker::monthSpent(const QDate &day, double *out) const
{
    CostTotals totals;
    const SpawnError error = overall(CostPeriod::month(day), &totals);
    *out = totals.total();
    return error;
}
