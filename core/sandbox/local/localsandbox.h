// SPDX-License-Identifier: MIT
#pragma once

#include "localsandboxconfig.h"
#include "resourcelimiter.h"
#include "sandbox/sandbox.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <memory>

class AgentChannel;
class BwrapProcess;
class InstallEgress;
class LimitMonitor;
class LocalCommands;
class LocalPortRelays;
class LocalSandboxSetup;
class QNetworkAccessManager;
class QProcess;
class QTimer;
class SlirpNetwork;

// A sandbox on this machine: bubblewrap namespaces with the SpawnAI agent as
// its first process, a control group for its limits, the install proxy while
// packages install (EgressProxy), slirp4netns once the app's code runs when
// it may reach the internet, and a relay from a host loopback port to each
// app port (LocalPortRelays). LimitMonitor ends it when it goes over a limit.
class LocalSandbox final : public Sandbox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandbox)

public:
    LocalSandbox(const LocalSandboxConfig &config, const SandboxSpec &spec, QNetworkAccessManager *network,
                 QObject *parent = nullptr);
    ~LocalSandbox() override;

    void boot();
    const SandboxSpec &spec() const { return m_spec; }
    QDateTime startedAt() const { return m_startedAt; }
    ResourceLimiter::Mode limiterMode() const;

    QString id() const override { return m_id; }
    SandboxKind kind() const override { return SandboxKind::Local; }
    QDateTime expiresAt() const override { return m_expiresAt; }
    PendingOperation *writeFiles(const QList<AppFile> &files) override;
    CommandRun *start(const CommandSpec &spec) override;
    QUrl portUrl(int port) const override;
    PendingOperation *waitForHttp(int port, std::chrono::milliseconds limit) override;
    PendingOperation *extendTimeout(std::chrono::seconds timeout) override;
    void setMaxLifetime(std::chrono::seconds maxLifetime) override { m_spec.maxTimeout = maxLifetime; }
    UsageReading *readUsage() override;
    PendingOperation *destroy() override;
    void destroyNow() override;
    PendingOperation *restoreCachedDirectory(const QString &key, const QString &path) override;
    PendingOperation *saveCachedDirectory(const QString &key, const QString &path) override;

signals:
    void booted();
    void bootFailed(const SpawnError &error);

private:
    enum class State
    {
        Idle,
        Booting,
        Running,
        Dead,
    };

    void startBwrap(const QString &setupError);
    void onBwrapLaunched();
    void removeFolders();
    void onNamespacesReady(qint64 childPid);
    void onAgentReady();
    void maybeFinishBoot();
    void enterRunning();
    void onAgentEvent(qint64 id, const QJsonObject &event);
    void onProcessFinished();
    void failBoot(const SpawnError &error);
    void openInternet();
    void terminate(const SpawnError &reason);
    void teardown();
    qint64 request(QJsonObject request, std::function<void(const QJsonObject &)> handler);
    void askDiskUse(std::function<void(const QJsonObject &df)> handler);

    LocalSandboxConfig m_config;
    SandboxSpec m_spec;
    QNetworkAccessManager *m_network;
    QString m_id;
    QString m_dir;
    State m_state = State::Idle;
    QDateTime m_startedAt;
    QDateTime m_expiresAt;
    std::shared_ptr<ResourceLimiter> m_limiter;
    LocalSandboxSetup *m_setup = nullptr;
    BwrapProcess *m_bwrap = nullptr;
    QProcess *m_process = nullptr;  // m_bwrap's
    AgentChannel *m_channel = nullptr;
    SlirpNetwork *m_slirp = nullptr;  // the internet, once the app's code runs
    InstallEgress *m_egress = nullptr;  // the registries, while installs run
    qint64 m_childPid = 0;
    bool m_agentReady = false;
    LocalPortRelays *m_relays = nullptr;
    LimitMonitor *m_monitor;
    QTimer *m_expiryTimer;
    QTimer *m_bootTimer;
    LocalCommands *m_commands = nullptr;
    QHash<qint64, std::function<void(const QJsonObject &)>> m_handlers;
    QList<QPointer<PendingOperation>> m_destroyWaiters;
};
