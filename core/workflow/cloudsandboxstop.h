// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QSet>
#include <QStringList>

#include <chrono>

class QTimer;
class SandboxLedger;
class SandboxProvider;
class SessionStore;

// Stops a session whose cloud sandboxes no runner holds (one kept running
// when SpawnAI closed, one a crash left, one whose kill failed before): it
// kills every sandbox of the session the ledger holds as possibly running,
// completes their bill (CloudRunBill) and only then marks the session
// stopped. A kill that fails is tried again, after 5 s, then twice as long
// each time up to the sweep's interval, until it works or cancel(); each
// failure emits stillRunning() and says so in the session's timeline, and
// the session keeps its status meanwhile. finished() once every sandbox is
// gone. The ledger's state lets the next sweep go on after a cancel.
class CloudSandboxStop final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudSandboxStop)

public:
    // `provider`, `ledger` and `store` must outlive the operation.
    CloudSandboxStop(SandboxProvider *provider, SandboxLedger *ledger, SessionStore *store, const QString &sessionId,
                     const QString &reason, QObject *parent = nullptr);
    ~CloudSandboxStop() override;

    // The ids of the sandboxes of `sessionId` (empty: of every session) the
    // ledger holds as live, kept or being killed, before their end: they
    // may still run (and bill).
    static QStringList sandboxesThatMayRun(const SandboxLedger &ledger, const QString &kind, const QString &sessionId);

    // What the session's timeline says when a kill was not confirmed.
    static QString stillRunningText(const QString &sandboxId, const SpawnError &error, std::chrono::seconds nextTry);

    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    void start();
    const QString &sessionId() const { return m_sessionId; }

signals:
    // The cloud did not confirm the kill of `sandboxId`; the next try is in `nextTry`.
    void stillRunning(const QString &sandboxId, const SpawnError &error, std::chrono::seconds nextTry);

private:
    void killRound();
    void onKillFinished(const QString &sandboxId, bool gone, const SpawnError &error);
    void finishStopped();

    SandboxProvider *m_provider;
    SandboxLedger *m_ledger;
    SessionStore *m_store;
    QString m_sessionId;
    QString m_reason;
    QTimer *m_retry;
    std::chrono::milliseconds m_firstDelay{5000};
    std::chrono::milliseconds m_longestDelay{300000};
    QStringList m_remaining;
    QSet<QString> m_inFlight;
    QList<std::pair<QString, SpawnError>> m_failures;
    int m_round = 0;
};
