// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QPointer>
#include <QStringList>

#include <chrono>

class SandboxLedger;
class SandboxProvider;
class SessionStore;

// Stops a session whose cloud sandboxes no runner holds (one kept running
// when SpawnAI closed, one a crash left, one whose kill failed before, one a
// Stop let go of just now): it kills them, and only once the ledger says
// none of them may still run does it complete their bill (CloudRunBill) and
// mark the session stopped. Until then the session keeps its status. It
// does not retry a failed kill itself: the one retry schedule is
// CloudSandboxes' (its sweeps), which tells it of each failure
// (reportStillRunning(), said in the timeline) and of each change in the
// ledger (recheck()). finished() once every sandbox is gone; after a
// cancel() the ledger's state lets the next sweep go on.
class CloudSandboxStop final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudSandboxStop)

public:
    // `ledger` and `store` must outlive the operation; the provider may go
    // first (its owner cancels the stop before it drops the provider).
    CloudSandboxStop(SandboxProvider *provider, SandboxLedger *ledger, SessionStore *store, const QString &sessionId,
                     const QString &reason, const QStringList &sandboxIds, QObject *parent = nullptr);
    ~CloudSandboxStop() override;

    // What the session's timeline says when a kill was not confirmed.
    static QString stillRunningText(const QString &sandboxId, const SpawnError &error, std::chrono::seconds nextTry);

    // Kills each sandbox (joining a kill already under way); never finishes
    // before the caller is back in the event loop.
    void start();
    // The cloud did not confirm the kill of `sandboxId`; the next try is in
    // `nextTry`. One line in the timeline, and stillRunning().
    // False when `sandboxId` is none of this Stop's.
    bool reportStillRunning(const QString &sandboxId, const SpawnError &error, std::chrono::seconds nextTry);
    // The ledger may say more (a kill confirmed, a sweep found one gone):
    // finishes once none of its sandboxes may still run.
    void recheck();
    const QString &sessionId() const { return m_sessionId; }

signals:
    // The cloud did not confirm the kill of `sandboxId`; the next try is in `nextTry`.
    void stillRunning(const QString &sandboxId, const SpawnError &error, std::chrono::seconds nextTry);

private:
    void finishStopped();

    QPointer<SandboxProvider> m_provider;
    SandboxLedger *m_ledger;
    SessionStore *m_store;
    QString m_sessionId;
    QString m_reason;
    QStringList m_sandboxIds;
    bool m_saidStillRunning = false;
};
