// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxledger.h"
#include "sandbox/sandboxtypes.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class PendingOperation;
class SandboxProvider;

// Makes sure no cloud sandbox outlives its use. A sweep lists what the
// account runs for this installation and kills every sandbox that the
// ledger does not hold as in use (a live session of a running SpawnAI, one
// the user kept running that has time left, or one paused at the budget's
// stop within its retention while its session does not run again); ledger
// entries the cloud no longer has (running or paused) are closed. Only
// entries the provider's key made are its to kill or close (setOwns()): the
// listing shows one account, and another key's sandboxes are on another.
// The app sweeps at start, at quit and periodically.
class SandboxSweeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSweeper)

public:
    using InUse = std::function<bool(const SandboxLedger::Entry &)>;

    SandboxSweeper(SandboxProvider *provider, SandboxLedger *ledger, QObject *parent = nullptr);
    ~SandboxSweeper() override;

    // Whether a live ledger entry still belongs to a running session.
    void setInUse(InUse inUse);
    // Whether the provider's key made an entry (by default, every entry).
    // Another key's entries are left alone, and the log says so, until
    // their end has passed: the cloud has ended them then, so they close.
    void setOwns(InUse owns);
    void startPeriodic(std::chrono::milliseconds interval);
    // A sandbox the ledger does not know yet may be one another process
    // created a moment ago and is about to record; it is spared this long.
    void setGracePeriod(std::chrono::seconds grace) { m_grace = grace; }

    // One sweep; finished() once the listing is done and every kill it asked
    // for has ended. A sweep asked for while one runs joins the running one.
    // The sweeper owns the operation and deletes it after finished().
    PendingOperation *sweep();

    bool isSweeping() const { return m_current != nullptr; }

signals:
    // After each sweep: the ids it killed, and the ledger entries it closed
    // because the cloud no longer had them.
    void swept(const QStringList &killed, const QStringList &closed);

private:
    void onListed(const QList<SandboxInfo> &running);
    void killOrphan(const QString &sandboxId);
    void finishIfDone();
    bool isProtected(const SandboxLedger::Entry &entry) const;

    SandboxProvider *m_provider;
    SandboxLedger *m_ledger;
    InUse m_inUse;
    InUse m_owns;
    QTimer m_timer;
    std::chrono::seconds m_grace{60};
    PendingOperation *m_current = nullptr;
    QSet<QString> m_pendingKills;
    QStringList m_killed;
    QStringList m_closed;
    SpawnError m_firstError;
    bool m_listed = false;
};
