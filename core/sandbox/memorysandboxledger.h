// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxledger.h"

#include <QHash>

// A ledger that lives as long as the process: for tests and for tools that
// have no data directory. The application uses the SQLite one.
class MemorySandboxLedger final : public SandboxLedger
{
public:
    MemorySandboxLedger() = default;

    SpawnError recordCreated(const Entry &entry) override;
    SpawnError recordExpiry(const QString &sandboxId, const QDateTime &expiresAt) override;
    SpawnError recordAllocation(const QString &sandboxId, const QDateTime &startedAt, int cpuCount,
                                int memoryMB) override;
    SpawnError recordKept(const QString &sandboxId) override;
    SpawnError recordPaused(const QString &sandboxId, const QDateTime &keepUntil) override;
    SpawnError recordKillRequested(const QString &sandboxId) override;
    SpawnError recordKilled(const QString &sandboxId) override;
    QList<Entry> openEntries(const QString &kind) const override;
    std::optional<Entry> entry(const QString &sandboxId) const override;

    // Every entry ever recorded, killed ones included.
    QList<Entry> allEntries() const { return m_entries.values(); }

private:
    SpawnError unknown(const QString &sandboxId) const;

    QHash<QString, Entry> m_entries;
};
