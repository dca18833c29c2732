// SPDX-License-Identifier: MIT
#include "costanalytics.h"

#include "common/median.h"
#include "store/database.h"
#include "store/sqlsupport.h"

#include <QMap>
#include <QSqlQuery>

namespace {
SpawnError queryError(const QSqlQuery &query)
{
    return StoreSql::storeError(QStringLiteral("Could not read the usage analytics"), query.lastError());
}

QVariant dayValue(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

// Prepares `sql` and binds, in order, `values`.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return StoreSql::exec(query);
}
} // namespace

CostAnalytics::CostAnalytics(Database &database)
    : m_database(database)
{
}

QString CostAnalytics::repairCondition(const QString &alias)
{
    return alias + u".kind = 'transition' AND " + alias + u".to_status = 'generating' AND " + alias
        + u".from_status IN ('validating', 'deploying', 'starting')";
}

SpawnError CostAnalytics::activity(const CostPeriod &period, QList<DayActivity> *out) const
{
    out->clear();
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral(
            "SELECT substr(s.created_at, 1, 10) AS day, COUNT(*), SUM(EXISTS (SELECT 1 FROM session_events e "
            "WHERE e.session_id = s.id AND e.kind = 'transition' AND e.to_status = 'ready')) "
            "FROM sessions s WHERE s.created_at >= ? AND s.created_at < ? GROUP BY day ORDER BY day"),
             {StoreSql::timeValue(period.since), StoreSql::timeValue(period.until)}))
        return queryError(query);
    while (query.next())
        out->append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return {};
}

SpawnError CostAnalytics::stepMedians(const CostPeriod &period, QList<StepMedian> *out) const
{
    out->clear();
    // Each status move's time until the session's next one is the time spent
    // in the status it entered; the middle one or two of each status's
    // sorted times give the median. Ready and the terminal statuses are
    // where a run rests, not steps. A restore or an edit passes through
    // Updating in the same instant (it has no model to wait for): counted,
    // two restores made the follow-ups' 5 s of writing a median of 0 s.
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral(
            "WITH moves AS (SELECT e.to_status AS step, (julianday(LEAD(e.time) OVER (PARTITION BY e.session_id "
            "ORDER BY e.id)) - julianday(e.time)) * 86400000.0 AS ms FROM session_events e "
            "JOIN sessions s ON s.id = e.session_id WHERE e.kind = 'transition' "
            "AND s.created_at >= ? AND s.created_at < ?), "
            "timed AS (SELECT step, ms, ROW_NUMBER() OVER (PARTITION BY step ORDER BY ms) AS n, "
            "COUNT(*) OVER (PARTITION BY step) AS c FROM moves WHERE ms IS NOT NULL AND step NOT IN "
            "('ready', 'stopped', 'expired', 'failed', 'cancelled') AND NOT (step = 'updating' AND ms < 50)) "
            "SELECT step, AVG(ms), MAX(c) FROM timed WHERE n IN ((c + 1) / 2, (c + 2) / 2) GROUP BY step "
            "ORDER BY step"),
             {StoreSql::timeValue(period.since), StoreSql::timeValue(period.until)}))
        return queryError(query);
    while (query.next())
        out->append({query.value(0).toString(), query.value(1).toDouble(), query.value(2).toInt()});
    return {};
}

SpawnError CostAnalytics::repairRounds(const CostPeriod &period, QList<RepairCount> *out) const
{
    out->clear();
    QSqlQuery query(m_database.connection());
    if (!run(query, u"SELECT rounds, COUNT(*) FROM (SELECT (SELECT COUNT(*) FROM session_events e "
                    u"WHERE e.session_id = s.id AND " + repairCondition(QStringLiteral("e"))
                        + u") AS rounds FROM sessions s WHERE s.created_at >= ? AND s.created_at < ?) "
                          u"GROUP BY rounds ORDER BY rounds",
             {StoreSql::timeValue(period.since), StoreSql::timeValue(period.until)}))
        return queryError(query);
    while (query.next())
        out->append({query.value(0).toInt(), query.value(1).toInt()});
    return {};
}

SpawnError CostAnalytics::sessions(const CostPeriod &period, QList<SessionCostRow> *out) const
{
    out->clear();
    QSqlQuery query(m_database.connection());
    // The sessions that spent in the period, and those created in it that
    // spent nothing (yet): two index ranges, joined once.
    if (!run(query, u"WITH spent AS (SELECT session_id, SUM(llm_cost) AS lc, SUM(sandbox_cost) AS sc, "
                    u"SUM(input_tokens) AS it, SUM(output_tokens) AS ot FROM cost_session_days "
                    u"WHERE day >= ? AND day < ? GROUP BY session_id), "
                    u"chosen AS (SELECT session_id AS id FROM spent UNION "
                    u"SELECT id FROM sessions WHERE created_at >= ? AND created_at < ?) "
                    u"SELECT s.id, s.prompt, s.created_at, s.provider, s.model, s.sandbox_kind, s.status, "
                    u"COALESCE(p.lc, 0), COALESCE(p.sc, 0), COALESCE(p.it, 0), COALESCE(p.ot, 0), "
                    u"(SELECT COUNT(*) FROM session_events e WHERE e.session_id = s.id AND "
                        + repairCondition(QStringLiteral("e"))
                        + u"), s.purged_at IS NOT NULL, s.template_name FROM chosen c JOIN sessions s ON s.id = c.id LEFT JOIN spent p ON p.session_id = s.id "
                          u"ORDER BY COALESCE(p.lc, 0) + COALESCE(p.sc, 0) DESC, s.created_at DESC",
             {dayValue(period.since), dayValue(period.until), StoreSql::timeValue(period.since),
              StoreSql::timeValue(period.until)}))
        return queryError(query);
    while (query.next()) {
        SessionCostRow row;
        row.id = query.value(0).toString();
        row.prompt = query.value(1).toString();
        row.createdAt = StoreSql::timeFromValue(query.value(2));
        row.provider = query.value(3).toString();
        row.model = query.value(4).toString();
        row.sandboxKind = query.value(5).toString();
        row.status = query.value(6).toString();
        row.llmCost = query.value(7).toDouble();
        row.sandboxCost = query.value(8).toDouble();
        row.inputTokens = query.value(9).toLongLong();
        row.outputTokens = query.value(10).toLongLong();
        row.repairRounds = query.value(11).toInt();
        row.deleted = query.value(12).toBool();
        row.templateName = query.value(13).toString();
        out->append(row);
    }
    return {};
}

SpawnError CostAnalytics::estimateAccuracy(const CostPeriod &period, QList<EstimateAccuracy> *out) const
{
    out->clear();
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral(
            "SELECT app_type, actual_cost / estimated_cost FROM sessions WHERE created_at >= ? AND created_at < ? "
            "AND estimated_cost > 0 AND estimate_basis >= 0 AND status IN ('stopped', 'expired', 'failed') "
            "ORDER BY app_type"),
             {StoreSql::timeValue(period.since), StoreSql::timeValue(period.until)}))
        return queryError(query);
    QMap<QString, QList<double>> ratios;
    while (query.next())
        ratios[query.value(0).toString()] << query.value(1).toDouble();
    for (auto it = ratios.cbegin(); it != ratios.cend(); ++it)
        out->append({it.key(), int(it.value().size()), median(it.value())});
    return {};
}
