// SPDX-License-Identifier: MIT
#include "localcommands.h"

#include "agentchannel.h"
#include "sandbox/commandrun.h"

#include <QJsonArray>
#include <QTimer>

LocalCommands::LocalCommands(AgentChannel *channel, bool internetAccess, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_internetAccess(internetAccess)
    , m_hooks(std::move(hooks))
{
}

LocalCommands::~LocalCommands() = default;

CommandRun *LocalCommands::start(const CommandSpec &spec, QObject *runParent)
{
    auto *run = new CommandRun(runParent);
    if (spec.argv.isEmpty()) {
        run->finishLater(SpawnError::system(tr("Empty command")));
        return run;
    }
    const qint64 runKey = m_nextRunKey++;
    m_runs.insert(runKey, RunState{run, spec, 0, false});
    run->setAbortHandler([this, runKey] {
        kill(runKey);
        forget(runKey);
    });
    if (spec.timeout.count() > 0) {
        auto *timer = new QTimer(run);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, run, runKey, spec] {
            const QString what = spec.argv.join(u' ').left(80);
            kill(runKey);
            forget(runKey);
            run->markTimedOut(SpawnError::resource(
                tr("`%1` did not finish within %2 s").arg(what).arg(double(spec.timeout.count()) / 1000.0)));
        });
        timer->start(spec.timeout);
    }
    if (spec.needsNetwork) {
        // Package installs reach the registries through the host's proxy,
        // open while any of them runs, and nothing else.
        m_runs[runKey].holdsNetwork = true;
        if (++m_networkHolders > 1 && m_networkReady) {
            sendExec(runKey);
            return run;
        }
        m_waitingForNetwork << runKey;
        if (m_networkHolders == 1)
            m_hooks.openEgress();
        return run;
    }
    if (m_internetAccess && spec.runsAppCode && !m_internetOpen) {
        m_waitingForInternet << runKey;
        if (!std::exchange(m_internetAsked, true))
            m_hooks.openInternet();
        return run;
    }
    sendExec(runKey);
    return run;
}

void LocalCommands::egressReady(const QMap<QString, QString> &environment)
{
    m_networkReady = true;
    m_proxyEnvironment = environment;
    const QList<qint64> waiting = std::exchange(m_waitingForNetwork, {});
    for (qint64 key : waiting) {
        if (m_runs.contains(key))
            sendExec(key);
    }
}

void LocalCommands::internetReady()
{
    m_internetOpen = true;
    const QList<qint64> waiting = std::exchange(m_waitingForInternet, {});
    for (qint64 key : waiting) {
        if (m_runs.contains(key))
            sendExec(key);
    }
}

void LocalCommands::tellInstalls(const QString &line)
{
    for (const RunState &state : std::as_const(m_runs)) {
        if (state.holdsNetwork && state.run && state.agentId > 0)
            state.run->appendStandardError(line.toUtf8() + '\n');
    }
}

void LocalCommands::networkFailed(const SpawnError &error)
{
    const QList<qint64> waiting = std::exchange(m_waitingForNetwork, {}) + std::exchange(m_waitingForInternet, {});
    m_internetAsked = m_internetOpen;
    for (qint64 key : waiting) {
        QPointer<CommandRun> run = m_runs.value(key).run;
        forget(key);
        if (run)
            run->fail(error);
    }
}

bool LocalCommands::handleEvent(qint64 agentId, const QJsonObject &event)
{
    const auto it = m_runByAgentId.constFind(agentId);
    if (it == m_runByAgentId.constEnd())
        return false;
    const qint64 runKey = it.value();
    CommandRun *run = m_runs.value(runKey).run;
    const QString kind = event.value(u"event").toString();
    if (kind == u"started") {
        if (run)
            run->markStarted();
    } else if (kind == u"stdout" || kind == u"stderr") {
        const QByteArray data = QByteArray::fromBase64(event.value(u"data").toString().toLatin1());
        if (run && kind == u"stdout")
            run->appendStandardOutput(data);
        else if (run)
            run->appendStandardError(data);
        emit outputSeen();
    } else {
        finish(runKey, event);
    }
    return true;
}

void LocalCommands::failAll(const SpawnError &error)
{
    const auto runs = std::exchange(m_runs, {});
    m_runByAgentId.clear();
    m_waitingForNetwork.clear();
    m_waitingForInternet.clear();
    m_networkHolders = 0;
    for (const RunState &state : runs) {
        if (state.run) {
            state.run->setAbortHandler(nullptr);
            state.run->fail(error);
        }
    }
}

void LocalCommands::sendExec(qint64 runKey)
{
    RunState &state = m_runs[runKey];
    QJsonArray argv;
    for (const QString &arg : std::as_const(state.spec.argv))
        argv.append(arg);
    QJsonObject env;
    if (state.holdsNetwork) {
        for (auto it = m_proxyEnvironment.cbegin(); it != m_proxyEnvironment.cend(); ++it)
            env.insert(it.key(), it.value());
    }
    for (auto it = state.spec.environment.cbegin(); it != state.spec.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    state.agentId = m_channel->send({{QStringLiteral("op"), QStringLiteral("exec")},
                                     {QStringLiteral("argv"), argv},
                                     {QStringLiteral("cwd"), state.spec.workingDirectory},
                                     {QStringLiteral("env"), env}});
    m_runByAgentId.insert(state.agentId, runKey);
}

void LocalCommands::kill(qint64 runKey)
{
    const qint64 agentId = m_runs.value(runKey).agentId;
    if (agentId > 0)
        m_channel->send({{QStringLiteral("op"), QStringLiteral("kill")}, {QStringLiteral("target"), agentId}});
}

void LocalCommands::forget(qint64 runKey)
{
    const RunState state = m_runs.take(runKey);
    m_runByAgentId.remove(state.agentId);
    m_waitingForNetwork.removeAll(runKey);
    m_waitingForInternet.removeAll(runKey);
    if (state.holdsNetwork && --m_networkHolders == 0) {
        m_networkReady = false;
        m_hooks.closeEgress();
    }
}

void LocalCommands::finish(qint64 runKey, const QJsonObject &event)
{
    const QPointer<CommandRun> run = m_runs.value(runKey).run;
    const QString program = m_runs.value(runKey).spec.argv.value(0);
    forget(runKey);
    if (!run)
        return;
    run->setAbortHandler(nullptr);
    if (event.value(u"event").toString() == u"error") {
        run->fail(SpawnError::system(tr("Cannot run `%1`: %2").arg(program, event.value(u"message").toString())));
        return;
    }
    const int code = event.value(u"code").toInt();
    // A command that died may have died of a limit: look before reporting,
    // so the session fails with the limit's name, not a bare exit code.
    m_hooks.checkLimits([run, code](const std::optional<SpawnError> &limit) {
        if (!run)
            return;
        if (limit)
            run->fail(*limit);
        else
            run->markExited(code);
    });
}
