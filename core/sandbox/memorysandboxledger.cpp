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
    found->state = State::Killed;
    return {};
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
