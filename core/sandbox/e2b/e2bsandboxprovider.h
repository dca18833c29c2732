// SPDX-License-Identifier: MIT
#pragma once

#include "e2bconfig.h"
#include "e2bqueueslot.h"
#include "sandbox/sandboxprovider.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class E2bControlPlane;
class E2bSandbox;
class E2bCreationQueue;
class E2bHttpCall;
class E2bKill;
class PendingOperation;
class QNetworkAccessManager;
class SandboxLedger;

// Makes sandboxes in E2B's cloud. The plan's limits (concurrent sandboxes,
// creations a second) are held here with a queue; a creation held back, or
// answered 429, emits waiting(reason) and goes on by itself. Every sandbox
// is journaled in the ledger the moment create answers, before any other
// call; any failure after that kills it, and a kill is retried until E2B
// confirms it.
class E2bSandboxProvider final : public SandboxProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bSandboxProvider)

public:
    // `ledger` must outlive the provider.
    E2bSandboxProvider(const E2bConfig &config, SandboxLedger *ledger, QObject *parent = nullptr);
    ~E2bSandboxProvider() override;

    SandboxKind kind() const override { return SandboxKind::E2b; }
    QString provisioningStep() const override { return tr("creating an E2B sandbox"); }
    SandboxCreation *create(const SandboxSpec &spec) override;
    // The account's sandboxes (running and paused) with metadata
    // app=spawnai and this installId.
    SandboxListing *list() override;

    // Kills `sandboxId` (DELETE until 204 or 404, with backoff); the ledger
    // holds it as Killing until then. Owned by the provider, deleted after
    // finished(); two kills of one sandbox share one operation.
    PendingOperation *kill(const QString &sandboxId) override;
    // Pauses `sandboxId` (POST /pause, retried on 5xx and lost connections):
    // 204 or 409 (already paused) succeed, and the ledger holds it as Paused
    // until config().pausedRetention has passed; 404 fails and closes its
    // entry (it is gone). Owned by the provider, deleted after finished().
    PendingOperation *pause(const QString &sandboxId);
    // Moves the end of `sandboxId`, which no E2bSandbox here holds (one
    // kept running with SpawnAI closed), to `endAt` (POST /timeout, retried
    // like pause), and records in the ledger where E2B really set it
    // (E2bEndConfirmation): short of `endAt` on an account whose plan is
    // shorter than the one chosen, which fails with what to set. 404 fails
    // and closes its entry. The caller keeps `endAt` within the plan. Owned
    // by the provider, deleted after finished().
    PendingOperation *extend(const QString &sandboxId, const QDateTime &endAt);

    const E2bConfig &config() const { return m_config; }
    // E2bApiKey::fingerprint() of its key, kept with every sandbox it makes.
    const QString &keyFingerprint() const { return m_keyFingerprint; }
    // Kills not yet confirmed or given up (E2bKill under way).
    int killsUnderWay() const { return int(m_kills.size()); }
    // Settings changed while SpawnAI runs: the next creation takes `config`
    // (template, private previews, plan and its limits). Sandboxes that
    // exist keep what they were made with; E2B cannot change a running
    // sandbox's privacy. The key is the caller's to keep the same.
    void reconfigure(const E2bConfig &config);

    E2bCreationQueue *queue() const { return m_queue; }
    QNetworkAccessManager *network() const { return m_network; }

signals:
    // A kill gave up before E2B confirmed it: the sandbox may still run,
    // and the ledger holds it as Killing for the next try.
    void killFailed(const QString &sandboxId, const SpawnError &error);
    // A sandbox was made; its record holds what E2B issued for it (the
    // traffic token of a private preview).
    void sandboxMade(E2bSandbox *sandbox);
    // E2B confirmed that `sandboxId` is gone: killed, or not found by a
    // pause or an extend.
    void sandboxGone(const QString &sandboxId);

private:
    void send(QPointer<SandboxCreation> creation, const SandboxSpec &spec, QElapsedTimer queuedFor, int rateLimited);
    void enqueue(SandboxCreation *creation, const SandboxSpec &spec, QElapsedTimer queuedFor, int rateLimited,
                 const QString &standingReason = {});
    void onCreateAnswer(E2bHttpCall *call, QPointer<SandboxCreation> creation, const SandboxSpec &spec,
                        E2bQueueSlot::Handle slot, QElapsedTimer queuedFor, int rateLimited);
    void retryAfter429(E2bHttpCall *call, QPointer<SandboxCreation> creation, const SandboxSpec &spec,
                       QElapsedTimer queuedFor, int rateLimited);
    void finishCreation(const QString &sandboxId, QPointer<SandboxCreation> creation, const SandboxSpec &spec,
                        E2bQueueSlot::Handle slot, const QJsonObject &created);
    void failAfterCreate(const QString &sandboxId, QPointer<SandboxCreation> creation, const SpawnError &error);
    void listPage(SandboxListing *listing, QList<SandboxInfo> found, const QByteArray &nextToken, bool v1);

    E2bConfig m_config;
    QString m_keyFingerprint;
    SandboxLedger *m_ledger;
    QNetworkAccessManager *m_network;
    E2bControlPlane *m_controlPlane;
    E2bCreationQueue *m_queue;
    QHash<QString, QPointer<E2bKill>> m_kills;
};
