// SPDX-License-Identifier: MIT
#include "usagetable.h"

#include "sqlsupport.h"

#include <QSqlQuery>

namespace UsageTable {

bool save(const QSqlDatabase &db, UsageRecord &record, QSqlError &error, bool *found)
{
    *found = true;
    if (!record.startTime.isValid())
        record.startTime = StoreSql::now();
    QSqlQuery query(db);
    const bool inserting = record.id == 0;
    const bool prepared = inserting
        ? StoreSql::prepare(query, QStringLiteral(
              "INSERT INTO usage_metrics (start_time, end_time, cpu_seconds, memory_gb_seconds, "
              "storage_gb, actual_cost, plan, sandbox_id, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        : StoreSql::prepare(query, QStringLiteral(
              "UPDATE usage_metrics SET start_time = ?, end_time = ?, cpu_seconds = ?, "
              "memory_gb_seconds = ?, storage_gb = ?, actual_cost = ?, plan = ?, sandbox_id = ? "
              "WHERE session_id = ? AND id = ?"));
    if (!prepared) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(StoreSql::timeValue(record.startTime));
    query.addBindValue(StoreSql::timeValue(record.endTime));
    query.addBindValue(record.cpuSeconds);
    query.addBindValue(record.memoryGbSeconds);
    query.addBindValue(record.storageGb);
    query.addBindValue(record.actualCost);
    query.addBindValue(StoreSql::text(record.plan));
    query.addBindValue(StoreSql::optionalText(record.sandboxId));
    query.addBindValue(record.sessionId);
    if (!inserting)
        query.addBindValue(record.id);
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    if (inserting)
        record.id = query.lastInsertId().toLongLong();
    else
        *found = query.numRowsAffected() > 0;
    return true;
}

namespace {
const QString RunColumns = QStringLiteral("id, session_id, start_time, end_time, cpu_seconds, memory_gb_seconds, "
                                          "storage_gb, actual_cost, plan, sandbox_id FROM usage_metrics ");

QList<UsageRecord> readRuns(QSqlQuery &query)
{
    QList<UsageRecord> records;
    if (!StoreSql::exec(query))
        return records;
    while (query.next()) {
        UsageRecord record;
        record.id = query.value(0).toLongLong();
        record.sessionId = query.value(1).toString();
        record.startTime = StoreSql::timeFromValue(query.value(2));
        record.endTime = StoreSql::timeFromValue(query.value(3));
        record.cpuSeconds = query.value(4).toDouble();
        record.memoryGbSeconds = query.value(5).toDouble();
        record.storageGb = query.value(6).toDouble();
        record.actualCost = query.value(7).toDouble();
        record.plan = query.value(8).toString();
        record.sandboxId = query.value(9).toString();
        records.append(record);
    }
    return records;
}
} // namespace

QList<UsageRecord> list(const QSqlDatabase &db, const QString &sessionId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, u"SELECT " + RunColumns + u"WHERE session_id = ? ORDER BY id"))
        return {};
    query.addBindValue(sessionId);
    return readRuns(query);
}

QList<UsageRecord> listOpenCloudRuns(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, u"SELECT " + RunColumns
                                      + u"WHERE end_time IS NULL AND sandbox_id IS NOT NULL ORDER BY id"))
        return {};
    return readRuns(query);
}

bool insertLlm(const QSqlDatabase &db, LlmUsageRecord &record, QSqlError &error)
{
    if (!record.time.isValid())
        record.time = StoreSql::now();
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral(
            "INSERT INTO llm_usage (session_id, time, provider, model, input_tokens, "
            "output_tokens, cache_write_tokens, cache_read_tokens, cost, uncached_cost, price_status, purpose, part, "
            "unpriced_at_request) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(record.sessionId);
    query.addBindValue(StoreSql::timeValue(record.time));
    query.addBindValue(StoreSql::text(record.provider));
    query.addBindValue(StoreSql::text(record.model));
    query.addBindValue(record.inputTokens);
    query.addBindValue(record.outputTokens);
    query.addBindValue(record.cacheWriteTokens);
    query.addBindValue(record.cacheReadTokens);
    query.addBindValue(record.cost);
    query.addBindValue(record.uncachedCost);
    query.addBindValue(priceStatusToString(record.priceStatus));
    query.addBindValue(StoreSql::text(record.purpose));
    query.addBindValue(StoreSql::text(record.part));
    query.addBindValue(record.unpricedAtRequest ? 1 : 0);
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    record.id = query.lastInsertId().toLongLong();
    return true;
}

QList<LlmUsageRecord> listLlm(const QSqlDatabase &db, const QString &sessionId)
{
    QList<LlmUsageRecord> records;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT id, time, provider, model, input_tokens, output_tokens, cache_write_tokens, "
            "cache_read_tokens, cost, uncached_cost, price_status, purpose, part, unpriced_at_request FROM llm_usage "
            "WHERE session_id = ? ORDER BY id")))
        return records;
    query.addBindValue(sessionId);
    if (!StoreSql::exec(query))
        return records;
    while (query.next()) {
        LlmUsageRecord record;
        record.id = query.value(0).toLongLong();
        record.sessionId = sessionId;
        record.time = StoreSql::timeFromValue(query.value(1));
        record.provider = query.value(2).toString();
        record.model = query.value(3).toString();
        record.inputTokens = query.value(4).toLongLong();
        record.outputTokens = query.value(5).toLongLong();
        record.cacheWriteTokens = query.value(6).toLongLong();
        record.cacheReadTokens = query.value(7).toLongLong();
        record.cost = query.value(8).toDouble();
        record.uncachedCost = query.value(9).toDouble();
        record.priceStatus = priceStatusFromString(query.value(10).toString());
        record.purpose = query.value(11).toString();
        record.part = query.value(12).toString();
        record.unpricedAtRequest = query.value(13).toBool();
        records.append(record);
    }
    return records;
}

bool insertSample(const QSqlDatabase &db, const UsageSample &sample, QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("INSERT INTO usage_samples (session_id, usage_id, time, cpu_seconds, "
                                                 "memory_bytes, disk_bytes) VALUES (?, ?, ?, ?, ?, ?)"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(sample.sessionId);
    query.addBindValue(sample.usageId);
    query.addBindValue(StoreSql::timeValue(sample.time.isValid() ? sample.time : StoreSql::now()));
    query.addBindValue(sample.cpuSeconds);
    query.addBindValue(sample.memoryBytes);
    query.addBindValue(sample.diskBytes);
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    return true;
}

QList<UsageSample> listSamples(const QSqlDatabase &db, const QString &sessionId)
{
    QList<UsageSample> samples;
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("SELECT usage_id, time, cpu_seconds, memory_bytes, disk_bytes "
                                                 "FROM usage_samples WHERE session_id = ? ORDER BY time, id")))
        return samples;
    query.addBindValue(sessionId);
    if (!StoreSql::exec(query))
        return samples;
    while (query.next()) {
        UsageSample sample;
        sample.sessionId = sessionId;
        sample.usageId = query.value(0).toLongLong();
        sample.time = StoreSql::timeFromValue(query.value(1));
        sample.cpuSeconds = query.value(2).toDouble();
        sample.memoryBytes = query.value(3).toLongLong();
        sample.diskBytes = query.value(4).toLongLong();
        samples.append(sample);
    }
    return samples;
}

} // namespace UsageTable
