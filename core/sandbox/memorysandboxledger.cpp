// SPDX-License-Identifier: MIT
#include "memorysandboxledger.h"

#include <QCoreApplication>

SpawnError MemorySandboxLedger::recordCreated(const Entry &entry)
{
    m_entries.insert(entry.sandboxId, entry);
    return {};
}

SpawnError MemorySandboxLedger::recordExpiry(const QString &sandboxId, const QDateTime &expiresAt)
{
    auto found = m_entries.find(sandboxId);
    if (found == m_entries.end())
        return unknown(sandboxId);
    found->expiresAt = expiresAt;
    return {};
}

SpawnError MemorySandboxLedger::recordAllocation(const QString &sandboxId, const QDateTime &startedAt, int cpuCount,
                                                 int memoryMB)
{
    auto found = m_entries.find(sandboxId);
    if (found == m_entries.end())
        return unknown(sandboxId);
    found->startedAt = startedAt;
    found->cpuCount = cpuCount;
    found->memoryMB = memoryMB;
    return {};
}

SpawnError MemorySandboxLedger::recordKept(const QString &sandboxId)
{
    auto found = m_entries.find(sandboxId);
    if (found == m_entries.end())
        return unknown(sandboxId);
    found->state = State::Kept;
    return {};
}

SpawnError MemorySandboxLedger::recordPaused(const QString &sandboxId, const QDateTime &keepUntil)
{
    auto found = m_entries.find(sandboxId);
    if (found == m_entries.end())
        return unknown(sandboxId);
    if (found->state != State::Killed) {
        found->state = State::Paused;
        found->expiresAt = keepUntil;
    }
    return {};
}

SpawnError MemorySandboxLedger::recordKillRequested(const QString &sandboxId)
{
    auto found = m_entries.find(sandboxId);
    if (found == m_entries.end())
        return unknown(sandboxId);
    if (found->state != State::Killed)
        found->state = State::Killing;
    ++found->killAttempts;
    return {};
}

SpawnError MemorySandboxLedger::recordKilled(const QString &sandboxId)
{
    auto found = m_entries.find(sandboxId);
    if (found == m_entries.end())
        return unknown(sandboxId);
    if (found->state != State::Killed) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        found->endedAt = found->expiresAt.isValid() ? std::min(now, found->expiresAt) : now;
    }
    found->state = State::Killed;
    return {};
}

std::optional<SandboxLedger::Entry> MemorySandboxLedger::entry(const QString &sandboxId) const
{
    const auto found = m_entries.constFind(sandboxId);
    if (found == m_entries.constEnd())
        return std::nullopt;
    return *found;
}

QList<SandboxLedger::Entry> MemorySandboxLedger::openEntries(const QString &kind) const
{
    QList<Entry> open;
    for (const Entry &entry : m_entries) {
        if (entry.kind == kind && entry.state != State::Killed)
            open.append(entry);
    }
    return open;
}

SpawnError MemorySandboxLedger::unknown(const QString &sandboxId) const
{
    return SpawnError::system(QCoreApplication::translate("SandboxLedger", "The ledger holds no sandbox %1")
                                  .arg(sandboxId));
}
