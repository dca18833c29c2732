// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxledger.h"

class Database;

// The sandbox ledger in the history database (table sandbox_ledger). Each
// call is one statement, on disk when it returns, so a crash right after
// create still leaves the id for the next start's sweep.
class SqlSandboxLedger final : public SandboxLedger
{
public:
    // `database` must be open and outlive the ledger.
    explicit SqlSandboxLedger(Database &database);

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

private:
    SpawnError update(const QString &what, const QString &sql, const QVariantList &values);

    Database &m_database;
};
