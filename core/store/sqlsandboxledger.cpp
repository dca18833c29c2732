// SPDX-License-Identifier: MIT
#include "sqlsandboxledger.h"

#include "database.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace StoreSql;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SqlSandboxLedger", text);
}
} // namespace

SqlSandboxLedger::SqlSandboxLedger(Database &database)
    : m_database(database)
{
}

SpawnError SqlSandboxLedger::recordCreated(const Entry &entry)
{
    const QDateTime created = entry.createdAt.isValid() ? entry.createdAt : now();
    return update(tr("record the new sandbox %1").arg(entry.sandboxId),
                  QStringLiteral("INSERT OR REPLACE INTO sandbox_ledger (sandbox_id, kind, session_id, "
                                 "created_at, expires_at, state, kill_attempts, updated_at, key_fingerprint) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {entry.sandboxId, text(entry.kind), text(entry.sessionId), timeValue(created),
                   timeValue(entry.expiresAt), sandboxLedgerStateToString(entry.state), entry.killAttempts,
                   timeValue(now()), optionalText(entry.keyFingerprint)});
}

SpawnError SqlSandboxLedger::recordExpiry(const QString &sandboxId, const QDateTime &expiresAt)
{
    return update(tr("record the expiry of sandbox %1").arg(sandboxId),
                  QStringLiteral("UPDATE sandbox_ledger SET expires_at = ?, updated_at = ? WHERE sandbox_id = ?"),
                  {timeValue(expiresAt), timeValue(now()), sandboxId});
}

SpawnError SqlSandboxLedger::recordAllocation(const QString &sandboxId, const QDateTime &startedAt, int cpuCount,
                                              int memoryMB)
{
    return update(tr("record the size of sandbox %1").arg(sandboxId),
                  QStringLiteral("UPDATE sandbox_ledger SET started_at = ?, cpu_count = ?, memory_mb = ?, "
                                 "updated_at = ? WHERE sandbox_id = ?"),
                  {timeValue(startedAt), cpuCount, memoryMB, timeValue(now()), sandboxId});
}

SpawnError SqlSandboxLedger::recordKept(const QString &sandboxId)
{
    return update(tr("keep sandbox %1 running").arg(sandboxId),
                  QStringLiteral("UPDATE sandbox_ledger SET state = 'kept', updated_at = ? "
                                 "WHERE sandbox_id = ? AND state <> 'killed'"),
                  {timeValue(now()), sandboxId});
}

SpawnError SqlSandboxLedger::recordPaused(const QString &sandboxId, const QDateTime &keepUntil)
{
    return update(tr("record that sandbox %1 is paused").arg(sandboxId),
                  QStringLiteral("UPDATE sandbox_ledger SET state = 'paused', expires_at = ?, updated_at = ? "
                                 "WHERE sandbox_id = ? AND state <> 'killed'"),
                  {timeValue(keepUntil), timeValue(now()), sandboxId});
}

SpawnError SqlSandboxLedger::recordKillRequested(const QString &sandboxId)
{
    return update(tr("record the kill of sandbox %1").arg(sandboxId),
                  QStringLiteral("UPDATE sandbox_ledger SET kill_attempts = kill_attempts + 1, "
                                 "state = CASE state WHEN 'killed' THEN 'killed' ELSE 'killing' END, "
                                 "updated_at = ? WHERE sandbox_id = ?"),
                  {timeValue(now()), sandboxId});
}

SpawnError SqlSandboxLedger::recordKilled(const QString &sandboxId)
{
    // The times are fixed-width UTC text, so MIN() compares them as times.
    const QVariant at = timeValue(now());
    return update(tr("record that sandbox %1 is gone").arg(sandboxId),
                  QStringLiteral("UPDATE sandbox_ledger SET ended_at = CASE WHEN state = 'killed' THEN ended_at "
                                 "WHEN expires_at IS NOT NULL AND expires_at < ? THEN expires_at ELSE ? END, "
                                 "state = 'killed', updated_at = ? WHERE sandbox_id = ?"),
                  {at, at, at, sandboxId});
}

namespace {
const QString EntryColumns = QStringLiteral("SELECT sandbox_id, kind, session_id, created_at, expires_at, state, "
                                            "kill_attempts, started_at, cpu_count, memory_mb, ended_at, "
                                            "key_fingerprint FROM sandbox_ledger ");

SandboxLedger::Entry readEntry(const QSqlQuery &query)
{
    SandboxLedger::Entry entry;
    entry.sandboxId = query.value(0).toString();
    entry.kind = query.value(1).toString();
    entry.sessionId = query.value(2).toString();
    entry.createdAt = timeFromValue(query.value(3));
    entry.expiresAt = timeFromValue(query.value(4));
    if (!sandboxLedgerStateFromString(query.value(5).toString(), &entry.state))
        entry.state = SandboxLedger::State::Killing;  // unknown text: make sure the sweep looks at it
    entry.killAttempts = query.value(6).toInt();
    entry.startedAt = timeFromValue(query.value(7));
    entry.cpuCount = query.value(8).toInt();
    entry.memoryMB = query.value(9).toInt();
    entry.endedAt = timeFromValue(query.value(10));
    entry.keyFingerprint = query.value(11).toString();
    return entry;
}
} // namespace

QList<SandboxLedger::Entry> SqlSandboxLedger::openEntries(const QString &kind) const
{
    QList<Entry> entries;
    QSqlQuery query(m_database.connection());
    if (!prepare(query, EntryColumns + u"WHERE kind = ? AND state <> 'killed' ORDER BY created_at"))
        return entries;
    query.addBindValue(kind);
    if (!exec(query))
        return entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

std::optional<SandboxLedger::Entry> SqlSandboxLedger::entry(const QString &sandboxId) const
{
    QSqlQuery query(m_database.connection());
    if (!prepare(query, EntryColumns + u"WHERE sandbox_id = ?"))
        return std::nullopt;
    query.addBindValue(sandboxId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readEntry(query);
}

SpawnError SqlSandboxLedger::update(const QString &what, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    if (!prepare(query, sql))
        return storeError(what, query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!exec(query))
        return storeError(what, query.lastError());
    return {};
}
