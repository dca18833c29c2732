// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "sandbox/sandboxtypes.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class AgentChannel;
class CommandRun;

// The commands running in one local sandbox: starts them through the agent,
// routes their output, enforces their timeouts, holds the install proxy open
// while package installs run (they reach only the registries through it),
// and opens the internet, when the sandbox may have it, for the app's code.
class LocalCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCommands)

public:
    using LimitCheck = std::function<void(std::function<void(const std::optional<SpawnError> &)>)>;
    struct Hooks
    {
        std::function<void()> openEgress;  // answer with egressReady() / networkFailed()
        std::function<void()> closeEgress;
        std::function<void()> openInternet;  // answer with internetReady() / networkFailed()
        LimitCheck checkLimits;  // after every exit, before reporting it
    };

    LocalCommands(AgentChannel *channel, bool internetAccess, Hooks hooks, QObject *parent = nullptr);
    ~LocalCommands() override;

    CommandRun *start(const CommandSpec &spec, QObject *runParent);
    // True when `event` belonged to one of our commands.
    bool handleEvent(qint64 agentId, const QJsonObject &event);
    // The proxy is up: `environment` points package managers at it.
    void egressReady(const QMap<QString, QString> &environment);
    void internetReady();
    void networkFailed(const SpawnError &error);
    // A line for the error output of every install running now.
    void tellInstalls(const QString &line);
    // The sandbox is gone: every command still running ends with `error`.
    void failAll(const SpawnError &error);

signals:
    // Some command wrote output: a sign of life a readiness probe can use.
    void outputSeen();

private:
    struct RunState
    {
        QPointer<CommandRun> run;
        CommandSpec spec;
        qint64 agentId = 0;
        bool holdsNetwork = false;
    };

    void sendExec(qint64 runKey);
    void kill(qint64 runKey);
    void forget(qint64 runKey);
    void finish(qint64 runKey, const QJsonObject &event);

    AgentChannel *m_channel;
    bool m_internetAccess;
    Hooks m_hooks;
    QHash<qint64, RunState> m_runs;        // by run key
    QHash<qint64, qint64> m_runByAgentId;  // agent request id -> run key
    QList<qint64> m_waitingForNetwork;
    QList<qint64> m_waitingForInternet;
    QMap<QString, QString> m_proxyEnvironment;
    int m_networkHolders = 0;
    bool m_networkReady = false;
    bool m_internetAsked = false;
    bool m_internetOpen = false;
    qint64 m_nextRunKey = 1;
};
