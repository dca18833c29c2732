// SPDX-License-Identifier: MIT
#pragma once

#include "e2bapirequestfactory.h"
#include "e2bconfig.h"
#include "e2bsandboxrecord.h"
#include "envdrequestfactory.h"
#include "sandbox/sandbox.h"

#include <QPointer>

class E2bControlPlane;
class E2bHttpCall;
class E2bSandboxProvider;
class QNetworkAccessManager;
class QTimer;
class SandboxLedger;

// One E2B cloud sandbox. Files go up through envd's multipart /files,
// commands run through process.Process/Start, ports are reached through
// E2B's proxy at https://{port}-{id}.{domain}. It ends when its time is up
// (expired()), when E2B says it is gone, or through destroy(), which kills it
// through the provider: with retries, and journaled in the ledger.
class E2bSandbox final : public Sandbox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bSandbox)

public:
    E2bSandbox(const E2bConfig &config, const E2bSandboxRecord &record, const SandboxSpec &spec,
               QNetworkAccessManager *network, E2bControlPlane *controlPlane, SandboxLedger *ledger,
               E2bSandboxProvider *provider, QObject *parent = nullptr);
    ~E2bSandbox() override;

    const E2bSandboxRecord &record() const { return m_record; }
    QDateTime startedAt() const { return m_record.startedAt; }
    bool isAlive() const { return m_alive; }

    QString id() const override { return m_record.sandboxId; }
    SandboxKind kind() const override { return SandboxKind::E2b; }
    QDateTime expiresAt() const override { return m_record.endAt; }
    PendingOperation *writeFiles(const QList<AppFile> &files) override;
    CommandRun *start(const CommandSpec &spec) override;
    QUrl portUrl(int port) const override;
    QList<std::pair<QByteArray, QByteArray>> portRequestHeaders() const override;
    PendingOperation *waitForHttp(int port, std::chrono::milliseconds limit) override;
    // Up to the plan's longest run from the start. Past the shortest plan's
    // (hobby's hour) it reads where E2B really ends the sandbox: E2B cuts an
    // extension to the account's own maximum without saying so, and an
    // account below the chosen plan fails the operation with what to set
    // (E2bErrors::accountAllows), the end moved to E2B's.
    PendingOperation *extendTimeout(std::chrono::seconds timeout) override;
    void setMaxLifetime(std::chrono::seconds maxLifetime) override { m_maxLifetime = maxLifetime; }
    UsageReading *readUsage() override;
    PendingOperation *destroy() override;
    void destroyNow() override;
    bool keepRunning() override;
    // Through the provider; once E2B confirms, the sandbox has ended for this
    // object (ended(), no expiry, no kill from the destructor) and the
    // ledger holds it as paused. A failed pause changes nothing here.
    PendingOperation *pause() override;
    bool isPaused() const { return m_paused; }

    // Whether `path` may be written: absolute, clean, under /home/user.
    static bool isWorkspacePath(const QString &path);
    // What every request to a private sandbox's ports carries; empty for a
    // public one (no token).
    static QList<std::pair<QByteArray, QByteArray>> trafficHeaders(const QString &trafficToken);

signals:
    // Once, when the sandbox stops counting against the plan's limit.
    void ended();
    // A command wrote output; the readiness probe looks again right then.
    void outputSeen();

private:
    void scheduleExpiry();
    void onExpiryTimer();
    void onGone();
    void markEnded();
    void sendKill(quint32 pid);
    // The network change `spec` needs first (PUT /sandboxes/{id}/network),
    // or the one still under way; nullptr when there is nothing to wait for.
    E2bHttpCall *networkFor(const CommandSpec &spec);
    void setExpiry(const QDateTime &endAt);
    SpawnError notRunning() const;
    // The network and the control plane belong to the provider.
    bool usable() const;

    E2bConfig m_config;
    E2bSandboxRecord m_record;
    SandboxSpec m_spec;
    std::chrono::seconds m_maxLifetime;
    QNetworkAccessManager *m_network;
    // envd's: the provider's, or this sandbox's own behind E2B_SANDBOX_URL.
    QPointer<QNetworkAccessManager> m_envdNetwork;
    E2bControlPlane *m_controlPlane;
    SandboxLedger *m_ledger;
    QPointer<E2bSandboxProvider> m_provider;
    EnvdRequestFactory m_envd;
    QTimer *m_expiryTimer;
    QDateTime m_endedAt;  // when it stopped running, for the allocation billed
    bool m_alive = true;
    bool m_paused = false;
    bool m_pausing = false;  // no call but a kill while a pause is in flight
    // Created reaching only the registries; the app's code gets what the
    // session asked for (E2bApiRequestFactory::createBody).
    E2bApiRequestFactory::Egress m_egress;
    QPointer<E2bHttpCall> m_networkUpdate;
};
