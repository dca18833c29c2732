// SPDX-License-Identifier: MIT
#include "localsandbox.h"

#include "agentchannel.h"
#include "bwraparguments.h"
#include "inheritedfds.h"
#include "portforwarder.h"
#include "sandbox/httpreadinessprobe.h"
#include "slirpnetwork.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcSandbox, "spawnai.sandbox.local", QtInfoMsg)

constexpr int InfoFd = 3;
constexpr int ArgsFd = 4;

QString newSandboxId()
{
    return QStringLiteral("local-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

// Paths inside the sandbox that the host may name: clean, absolute, in the
// workspace. Anything else is refused before the agent sees it.
bool isWorkspacePath(const QString &path)
{
    const QString home = QString::fromLatin1(BwrapLayout::HomeDir);
    if (QDir::cleanPath(path) != path || !path.startsWith(home + u'/'))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return !path.split(u'/').contains(QStringLiteral(".."));
}

bool isCacheKey(const QString &key)
{
    if (key.size() < 16 || key.size() > 128)
        return false;
    for (const QChar c : key) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}
} // namespace

LocalSandbox::LocalSandbox(const LocalSandboxConfig &config, const SandboxSpec &spec,
                           QNetworkAccessManager *network, QObject *parent)
    : Sandbox(parent)
    , m_config(config)
    , m_spec(spec)
    , m_network(network)
    , m_id(newSandboxId())
    , m_expiryTimer(new QTimer(this))
    , m_monitorTimer(new QTimer(this))
    , m_bootTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    m_expiryTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSandbox) << m_id << "reached its timeout";
        teardown();
        emit expired();
    });
    m_monitorTimer->setInterval(m_config.monitorIntervalMs);
    connect(m_monitorTimer, &QTimer::timeout, this, &LocalSandbox::checkLimits);
    m_bootTimer->setSingleShot(true);
    connect(m_bootTimer, &QTimer::timeout, this, [this] {
        failBoot(SpawnError::system(tr("The sandbox did not start within %1 s").arg(m_config.bootTimeoutMs / 1000), true));
    });
}

LocalSandbox::~LocalSandbox()
{
    destroyNow();
}

ResourceLimiter::Mode LocalSandbox::limiterMode() const
{
    return m_limiter ? m_limiter->mode() : ResourceLimiter::detectMode();
}

void LocalSandbox::boot()
{
    m_state = State::Booting;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_dir = m_config.sandboxesDir + u'/' + m_id;
    const QString etcDir = m_dir + u"/etc";
    const QString socketDir = m_dir + u"/sock";
    QString error;
    if (!QDir().mkpath(socketDir) || !BwrapArguments::writeEtc(etcDir, ::geteuid(), &error)) {
        failBoot(SpawnError::system(tr("Cannot prepare the sandbox folder: %1").arg(error)));
        return;
    }
    QDir().mkpath(m_config.cacheDir);
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_limiter = std::make_unique<ResourceLimiter>(m_id, m_spec.limits, m_config.tmpBytes);
    if (!m_limiter->prepare(&error)) {
        failBoot(SpawnError::system(tr("Cannot set the sandbox's limits: %1").arg(error)));
        return;
    }

    BwrapLayout layout;
    layout.agentBinary = m_config.agentBinary;
    layout.etcDir = etcDir;
    layout.socketDir = socketDir;
    layout.workspaceBytes = m_spec.limits.workspaceBytes;
    layout.tmpBytes = m_config.tmpBytes;
    layout.uid = ::geteuid();
    QStringList bwrapArgs = BwrapArguments::build(layout);
    // The dependency cache is read-only inside: sandboxes restore from it,
    // only the host writes to it.
    bwrapArgs.insert(bwrapArgs.indexOf(QStringLiteral("--chdir")),
                     QStringLiteral("--ro-bind"));
    bwrapArgs.insert(bwrapArgs.indexOf(QStringLiteral("--chdir")), m_config.cacheDir);
    bwrapArgs.insert(bwrapArgs.indexOf(QStringLiteral("--chdir")), QStringLiteral("/run/spawnai/cache"));

    // The options travel through a pipe, so host paths never show up in the
    // sandbox's /proc/1/cmdline. bwrap takes the command itself only from
    // its real command line.
    const QStringList agentCommand = bwrapArgs.mid(bwrapArgs.lastIndexOf(QStringLiteral("--")));
    bwrapArgs.resize(bwrapArgs.size() - agentCommand.size());
    auto argsPipe = std::make_shared<Pipe>();
    m_infoPipe = std::make_unique<Pipe>();
    QByteArray packed;
    for (const QString &arg : std::as_const(bwrapArgs))
        packed += arg.toUtf8() + '\0';
    if (!argsPipe->isValid() || !m_infoPipe->isValid()
        || ::write(argsPipe->writeEnd(), packed.constData(), size_t(packed.size())) != packed.size()) {
        failBoot(SpawnError::system(tr("Cannot pass the sandbox's arguments")));
        return;
    }
    argsPipe->closeWrite();

    auto fds = std::make_shared<InheritedFds>();
    fds->add(m_infoPipe->writeEnd(), InfoFd);
    fds->add(argsPipe->readEnd(), ArgsFd);
    ResourceLimiter *limiter = m_limiter.get();

    QStringList command = m_limiter->wrapperCommand();
    command << QStringLiteral("bwrap") << QStringLiteral("--info-fd") << QString::number(InfoFd)
            << QStringLiteral("--args") << QString::number(ArgsFd) << agentCommand;
    m_process = new QProcess(this);
    m_process->setProgram(command.takeFirst());
    m_process->setArguments(command);
    m_process->setChildProcessModifier([fds, limiter, argsPipe] {
        // A process group of its own: a Ctrl-C or SIGTERM meant for SpawnAI's
        // terminal job must not kill the sandbox before SpawnAI stops it.
        ::setpgid(0, 0);
        limiter->applyInChild();
        fds->applyInChild();
    });
    m_channel = new AgentChannel(m_process, this);
    connect(m_channel, &AgentChannel::agentReady, this, &LocalSandbox::onAgentReady);
    connect(m_channel, &AgentChannel::event, this, &LocalSandbox::onAgentEvent);
    connect(m_process, &QProcess::finished, this, &LocalSandbox::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failBoot(SpawnError::system(tr("bubblewrap could not start: %1").arg(m_process->errorString())));
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray text = m_process->readAllStandardError();
        if (m_state == State::Booting)
            m_bootErrors += text;
        qCInfo(lcSandbox).noquote() << m_id << QString::fromUtf8(text).trimmed();
    });
    m_bootTimer->start(m_config.bootTimeoutMs);
    m_process->start();
    m_infoPipe->closeWrite();
    m_infoNotifier = new QSocketNotifier(m_infoPipe->readEnd(), QSocketNotifier::Read, this);
    connect(m_infoNotifier, &QSocketNotifier::activated, this, &LocalSandbox::onInfoFd);
}

void LocalSandbox::onInfoFd()
{
    char buffer[4096];
    const ssize_t count = ::read(m_infoPipe->readEnd(), buffer, sizeof buffer);
    if (count > 0) {
        m_info.append(buffer, count);
        return;
    }
    // End of the info stream: bwrap has set up the namespaces.
    m_infoNotifier->setEnabled(false);
    m_infoPipe.reset();
    m_childPid = QJsonDocument::fromJson(m_info).object().value(u"child-pid").toInteger();
    if (m_childPid <= 0) {
        m_process->waitForReadyRead(0);  // pick up what bwrap said on its way out
        m_bootErrors += m_process->readAllStandardError();
        failBoot(SpawnError::system(tr("bubblewrap could not create the sandbox: %1")
                                        .arg(QString::fromUtf8(m_bootErrors).trimmed())));
        return;
    }
    m_limiter->adopt(m_childPid);
    if (m_spec.internetAccess) {
        m_slirp = new SlirpNetwork(this);
        connect(m_slirp, &SlirpNetwork::ready, this, &LocalSandbox::maybeFinishBoot);
        connect(m_slirp, &SlirpNetwork::failed, this, [this](const QString &message) {
            if (m_state == State::Booting)
                failBoot(SpawnError::system(message));
        });
        m_slirp->attach(m_childPid);
    }
    maybeFinishBoot();
}

void LocalSandbox::onAgentReady()
{
    m_agentReady = true;
    maybeFinishBoot();
}

void LocalSandbox::maybeFinishBoot()
{
    if (m_state != State::Booting || !m_agentReady || m_childPid <= 0)
        return;
    if (m_spec.internetAccess && !(m_slirp && m_slirp->isReady()))
        return;
    if (m_pendingForwards > 0 || !m_forwarders.isEmpty())
        return;
    if (m_spec.ports.isEmpty()) {
        m_pendingForwards = 0;
    }
    for (int port : std::as_const(m_spec.ports)) {
        const QString socketName = QStringLiteral("port-%1.sock").arg(port);
        auto *forwarder = new PortForwarder(m_dir + u"/sock/" + socketName, this);
        QString error;
        if (!forwarder->listen(&error)) {
            delete forwarder;
            failBoot(SpawnError::system(tr("Cannot open a host port for the app: %1").arg(error)));
            return;
        }
        m_forwarders.insert(port, forwarder);
        ++m_pendingForwards;
        request({{QStringLiteral("op"), QStringLiteral("forward")},
                 {QStringLiteral("port"), port},
                 {QStringLiteral("socket"), QString(QString::fromLatin1(BwrapLayout::SocketDir) + u'/' + socketName)}},
                [this](const QJsonObject &event) {
                    if (event.value(u"event").toString() != u"ok") {
                        failBoot(SpawnError::system(event.value(u"message").toString()));
                        return;
                    }
                    if (--m_pendingForwards == 0 && m_state == State::Booting) {
                        m_bootTimer->stop();
                        m_state = State::Running;
                        m_baseline = m_limiter->counters();
                        m_expiresAt = m_startedAt.addSecs(m_spec.timeout.count());
                        m_expiryTimer->start(std::chrono::milliseconds(
                            std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt))));
                        m_monitorTimer->start();
                        qCInfo(lcSandbox) << m_id << "running, limits by"
                                          << ResourceLimiter::modeName(m_limiter->mode());
                        emit booted();
                    }
                });
    }
    if (m_spec.ports.isEmpty()) {
        m_bootTimer->stop();
        m_state = State::Running;
        m_expiresAt = m_startedAt.addSecs(m_spec.timeout.count());
        m_expiryTimer->start(std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt)));
        m_monitorTimer->start();
        emit booted();
    }
}

void LocalSandbox::failBoot(const SpawnError &error)
{
    if (m_state != State::Booting)
        return;
    qCWarning(lcSandbox) << m_id << "failed to start:" << error.message;
    teardown();
    emit bootFailed(error);
}

qint64 LocalSandbox::request(QJsonObject request, std::function<void(const QJsonObject &)> handler)
{
    const qint64 id = m_channel->send(std::move(request));
    m_handlers.insert(id, std::move(handler));
    return id;
}

void LocalSandbox::onAgentEvent(qint64 id, const QJsonObject &event)
{
    if (const auto runIt = m_runByAgentId.constFind(id); runIt != m_runByAgentId.constEnd()) {
        const qint64 runKey = runIt.value();
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
        } else {
            finishRun(runKey, event);
        }
        return;
    }
    if (auto handler = m_handlers.take(id))
        handler(event);
}

PendingOperation *LocalSandbox::finishedLater(const SpawnError &error)
{
    auto *operation = new PendingOperation(this);
    QTimer::singleShot(0, operation, [operation, error] {
        if (error.isError())
            operation->fail(error);
        else
            operation->succeed();
    });
    return operation;
}

PendingOperation *LocalSandbox::writeFiles(const QList<SandboxFile> &files)
{
    if (m_state != State::Running)
        return finishedLater(SpawnError::system(tr("The sandbox is not running")));
    QJsonArray list;
    for (const SandboxFile &file : files) {
        if (!isWorkspacePath(file.path))
            return finishedLater(SpawnError::user(tr("Refused to write %1: not inside /home/user").arg(file.path)));
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("data"), QString::fromLatin1(file.content.toBase64())},
                                {QStringLiteral("executable"), file.executable}});
    }
    auto *operation = new PendingOperation(this);
    QPointer<PendingOperation> guard(operation);
    request({{QStringLiteral("op"), QStringLiteral("write")}, {QStringLiteral("files"), list}},
            [this, guard](const QJsonObject &event) {
                if (!guard)
                    return;
                if (event.value(u"event").toString() == u"ok") {
                    guard->succeed();
                    return;
                }
                const QString message = event.value(u"message").toString();
                if (message.contains(u"No space left"))
                    guard->fail(SpawnError::resource(tr("The app's files reached the workspace limit of %1 MiB")
                                                         .arg(mebibytes(m_spec.limits.workspaceBytes))));
                else
                    guard->fail(SpawnError::system(message));
            });
    return operation;
}

CommandRun *LocalSandbox::start(const CommandSpec &spec)
{
    auto *run = new CommandRun(this);
    if (m_state != State::Running || spec.argv.isEmpty()) {
        const SpawnError error = spec.argv.isEmpty() ? SpawnError::system(tr("Empty command"))
                                                     : SpawnError::system(tr("The sandbox is not running"));
        QTimer::singleShot(0, run, [run, error] { run->fail(error); });
        return run;
    }
    const qint64 runKey = m_nextRunKey++;
    m_runs.insert(runKey, RunState{run, spec, 0, false});
    run->setAbortHandler([this, runKey] {
        const RunState state = m_runs.value(runKey);
        if (state.agentId > 0)
            request({{QStringLiteral("op"), QStringLiteral("kill")}, {QStringLiteral("target"), state.agentId}},
                    [](const QJsonObject &) {});
        m_runsWaitingForNetwork.removeAll(runKey);
        if (state.holdsNetwork)
            releaseNetwork();
        m_runByAgentId.remove(state.agentId);
        m_runs.remove(runKey);
    });
    if (spec.timeout.count() > 0) {
        auto *timer = new QTimer(run);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, run, [run, spec] {
            const QString what = spec.argv.join(u' ').left(80);
            run->markTimedOut(SpawnError::resource(
                tr("`%1` did not finish within %2 s").arg(what).arg(double(spec.timeout.count()) / 1000.0)));
        });
        timer->start(spec.timeout);
    }
    if (spec.needsNetwork && !m_spec.internetAccess)
        acquireNetwork(runKey);
    else
        sendExec(runKey);
    return run;
}

void LocalSandbox::sendExec(qint64 runKey)
{
    RunState &state = m_runs[runKey];
    QJsonArray argv;
    for (const QString &arg : std::as_const(state.spec.argv))
        argv.append(arg);
    QJsonObject env;
    for (auto it = state.spec.environment.cbegin(); it != state.spec.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    state.agentId = m_channel->send({{QStringLiteral("op"), QStringLiteral("exec")},
                                     {QStringLiteral("argv"), argv},
                                     {QStringLiteral("cwd"), state.spec.workingDirectory},
                                     {QStringLiteral("env"), env}});
    m_runByAgentId.insert(state.agentId, runKey);
}

// Package installs need the registry even when the app may not reach the
// internet: slirp4netns is attached for as long as such a command runs.
void LocalSandbox::acquireNetwork(qint64 runKey)
{
    m_runs[runKey].holdsNetwork = true;
    ++m_networkHolders;
    if (m_slirp && m_slirp->isReady()) {
        sendExec(runKey);
        return;
    }
    m_runsWaitingForNetwork << runKey;
    if (m_slirp)
        return;
    m_slirp = new SlirpNetwork(this);
    connect(m_slirp, &SlirpNetwork::ready, this, [this] {
        const QList<qint64> waiting = std::exchange(m_runsWaitingForNetwork, {});
        for (qint64 key : waiting) {
            if (m_runs.contains(key))
                sendExec(key);
        }
    });
    connect(m_slirp, &SlirpNetwork::failed, this, [this](const QString &message) {
        const QList<qint64> waiting = std::exchange(m_runsWaitingForNetwork, {});
        for (qint64 key : waiting) {
            if (CommandRun *run = m_runs.value(key).run)
                run->fail(SpawnError::system(message, true));
        }
    });
    m_slirp->attach(m_childPid);
}

void LocalSandbox::releaseNetwork()
{
    if (--m_networkHolders > 0 || m_spec.internetAccess || !m_slirp)
        return;
    delete m_slirp;
    m_slirp = nullptr;
}

void LocalSandbox::finishRun(qint64 runKey, const QJsonObject &event)
{
    const RunState state = m_runs.take(runKey);
    m_runByAgentId.remove(state.agentId);
    if (state.holdsNetwork)
        releaseNetwork();
    CommandRun *run = state.run;
    if (!run)
        return;
    run->setAbortHandler(nullptr);
    if (event.value(u"event").toString() == u"error") {
        run->fail(SpawnError::system(tr("Cannot run `%1`: %2")
                                         .arg(state.spec.argv.value(0), event.value(u"message").toString())));
        return;
    }
    const int code = event.value(u"code").toInt();
    // A command that died may have died of a limit: look before reporting,
    // so the session fails with the limit's name, not a bare exit code.
    QPointer<CommandRun> guard(run);
    request({{QStringLiteral("op"), QStringLiteral("df")}, {QStringLiteral("path"), QString::fromLatin1(BwrapLayout::HomeDir)}},
            [this, guard, code](const QJsonObject &df) {
                const auto limit = limitReached(df.value(u"used").toInteger(), df.value(u"total").toInteger());
                if (limit) {
                    if (guard)
                        guard->fail(*limit);
                    terminate(*limit);
                    return;
                }
                if (guard)
                    guard->markExited(code);
            });
}

QUrl LocalSandbox::portUrl(int port) const
{
    const PortForwarder *forwarder = m_forwarders.value(port);
    if (!forwarder || m_state != State::Running)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(forwarder->hostPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

PendingOperation *LocalSandbox::waitForHttp(int port, std::chrono::milliseconds limit)
{
    const QUrl url = portUrl(port);
    if (url.isEmpty())
        return finishedLater(SpawnError::system(tr("Port %1 of the sandbox is not exposed").arg(port)));
    auto *probe = new HttpReadinessProbe(m_network, url, limit, this);
    // A sandbox that dies while we wait ends the wait with its reason.
    connect(this, &Sandbox::terminated, probe, [probe](const SpawnError &reason) { probe->fail(reason); });
    connect(this, &Sandbox::expired, probe, [probe] {
        probe->fail(SpawnError::resource(tr("The sandbox expired")));
    });
    QTimer::singleShot(0, probe, &HttpReadinessProbe::start);
    return probe;
}

PendingOperation *LocalSandbox::extendTimeout(std::chrono::seconds timeout)
{
    if (m_state != State::Running)
        return finishedLater(SpawnError::system(tr("The sandbox is not running")));
    const QDateTime ceiling = m_startedAt.addSecs(m_spec.maxTimeout.count());
    m_expiresAt = std::min(QDateTime::currentDateTimeUtc().addSecs(timeout.count()), ceiling);
    m_expiryTimer->start(std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt))));
    return finishedLater();
}

UsageReading *LocalSandbox::readUsage()
{
    auto *reading = new UsageReading(this);
    if (m_state != State::Running) {
        QTimer::singleShot(0, reading, [reading] {
            reading->fail(SpawnError::system(tr("The sandbox is not running")));
        });
        return reading;
    }
    const ResourceCounters counters = m_limiter->counters();
    QPointer<UsageReading> guard(reading);
    request({{QStringLiteral("op"), QStringLiteral("df")}, {QStringLiteral("path"), QString::fromLatin1(BwrapLayout::HomeDir)}},
            [guard, counters](const QJsonObject &df) {
                if (!guard)
                    return;
                SandboxUsage usage;
                usage.cpuSeconds = counters.cpuSeconds;
                usage.memoryBytes = counters.memoryBytes;
                usage.peakMemoryBytes = counters.peakMemoryBytes;
                usage.processes = counters.processes;
                usage.workspaceBytes = df.value(u"used").toInteger();
                guard->succeedWith(usage);
            });
    return reading;
}

void LocalSandbox::checkLimits()
{
    if (m_state != State::Running || m_limitCheckPending)
        return;
    // Memory and process limits show in the group's counters at once; the
    // workspace needs a look from inside.
    if (const auto limit = limitReached(0, 0)) {
        terminate(*limit);
        return;
    }
    m_limitCheckPending = true;
    request({{QStringLiteral("op"), QStringLiteral("df")}, {QStringLiteral("path"), QString::fromLatin1(BwrapLayout::HomeDir)}},
            [this](const QJsonObject &df) {
                m_limitCheckPending = false;
                if (const auto limit = limitReached(df.value(u"used").toInteger(), df.value(u"total").toInteger()))
                    terminate(*limit);
            });
}

std::optional<SpawnError> LocalSandbox::limitReached(qint64 workspaceUsed, qint64 workspaceTotal) const
{
    if (!m_limiter)
        return std::nullopt;
    const ResourceCounters counters = m_limiter->counters();
    if (counters.oomKills > m_baseline.oomKills)
        return SpawnError::resource(tr("The app went over its memory limit of %1 MiB and was stopped")
                                        .arg(mebibytes(m_spec.limits.memoryBytes)));
    if (counters.processLimitHits > m_baseline.processLimitHits)
        return SpawnError::resource(tr("The app tried to run more than its limit of %1 processes and was stopped")
                                        .arg(m_spec.limits.maxProcesses));
    // tmpfs keeps a little for itself; "full" is within 1 % of the cap.
    if (workspaceTotal > 0 && workspaceUsed >= workspaceTotal - workspaceTotal / 100)
        return SpawnError::resource(tr("The app filled its workspace limit of %1 MiB and was stopped")
                                        .arg(mebibytes(m_spec.limits.workspaceBytes)));
    return std::nullopt;
}

void LocalSandbox::terminate(const SpawnError &reason)
{
    if (m_state != State::Running)
        return;
    qCWarning(lcSandbox) << m_id << "terminated:" << reason.message;
    // Fail what is pending with the real reason before teardown's generic one.
    const auto runs = m_runs;
    for (const RunState &state : runs) {
        if (state.run)
            state.run->fail(reason);
    }
    teardown();
    emit terminated(reason);
}

void LocalSandbox::onProcessFinished()
{
    const bool wasRunning = m_state == State::Running;
    const bool wasBooting = m_state == State::Booting;
    if (wasBooting) {
        failBoot(SpawnError::system(tr("The sandbox stopped while starting (bubblewrap exit code %1)")
                                        .arg(m_process->exitCode())));
    } else if (wasRunning) {
        const auto limit = limitReached(0, 0);
        terminate(limit.value_or(SpawnError::system(tr("The sandbox stopped unexpectedly"), true)));
    }
    if (m_process->state() == QProcess::NotRunning) {
        // Everything is gone now: folders and control groups can go too.
        m_limiter.reset();
        if (!m_dir.isEmpty())
            QDir(m_dir).removeRecursively();
        const auto waiters = std::exchange(m_destroyWaiters, {});
        for (const auto &waiter : waiters) {
            if (waiter)
                waiter->succeed();
        }
    }
}

void LocalSandbox::teardown()
{
    if (m_state == State::Dead)
        return;
    m_state = State::Dead;
    m_bootTimer->stop();
    m_expiryTimer->stop();
    m_monitorTimer->stop();
    qDeleteAll(m_forwarders);
    m_forwarders.clear();
    delete m_slirp;
    m_slirp = nullptr;
    const SpawnError gone = SpawnError::system(tr("The sandbox is gone"));
    const auto runs = std::exchange(m_runs, {});
    m_runByAgentId.clear();
    for (const RunState &state : runs) {
        if (state.run) {
            state.run->setAbortHandler(nullptr);
            state.run->fail(gone);
        }
    }
    const auto handlers = std::exchange(m_handlers, {});
    for (const auto &handler : handlers)
        handler({{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("message"), gone.message}});
    if (m_limiter)
        m_limiter->killAll();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        m_process->kill();
    } else {
        m_limiter.reset();
        if (!m_dir.isEmpty())
            QDir(m_dir).removeRecursively();
    }
}

PendingOperation *LocalSandbox::destroy()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        teardown();
        return finishedLater();
    }
    auto *operation = new PendingOperation(this);
    m_destroyWaiters << operation;
    teardown();
    return operation;
}

void LocalSandbox::destroyNow()
{
    teardown();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Called from destructors and at exit, when there is no event loop
        // left to wait on. bwrap is already SIGKILLed; this only reaps it.
        m_process->disconnect(this);
        m_process->waitForFinished(2000);
        m_limiter.reset();
        if (!m_dir.isEmpty())
            QDir(m_dir).removeRecursively();
    }
}

PendingOperation *LocalSandbox::restoreCachedDirectory(const QString &key, const QString &path)
{
    const QString archive = m_config.cacheDir + u'/' + key + u".tar";
    if (!isCacheKey(key) || !isWorkspacePath(path))
        return finishedLater(SpawnError::system(tr("Invalid cache request")));
    if (!QFileInfo::exists(archive))
        return finishedLater(SpawnError::system(tr("No cached copy")));
    const QFileInfo target(path);
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("tar"), QStringLiteral("-xf"), u"/run/spawnai/cache/" + key + u".tar",
                            QStringLiteral("-C"), target.path()};
    spec.workingDirectory = target.path();
    spec.timeout = std::chrono::minutes(2);
    CommandRun *run = start(spec);
    auto *operation = new PendingOperation(this);
    connect(run, &CommandRun::finished, operation, [run, operation] {
        run->deleteLater();
        if (run->succeeded() && run->exitCode() == 0)
            operation->succeed();
        else
            operation->fail(run->error().isError() ? run->error() : SpawnError::system(run->outputTail(5)));
    });
    operation->setAbortHandler([run] { run->cancel(); });
    return operation;
}

PendingOperation *LocalSandbox::saveCachedDirectory(const QString &key, const QString &path)
{
    if (!isCacheKey(key) || !isWorkspacePath(path))
        return finishedLater(SpawnError::system(tr("Invalid cache request")));
    const QFileInfo source(path);
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("tar"), QStringLiteral("-cf"), QStringLiteral("-"),
                            QStringLiteral("-C"), source.path(), source.fileName()};
    spec.workingDirectory = source.path();
    spec.timeout = std::chrono::minutes(2);
    // The archive is written by the host, never by the sandbox: a sandbox can
    // only hand us bytes, which land in a file named after the key.
    auto file = std::make_shared<QSaveFile>(m_config.cacheDir + u'/' + key + u".tar");
    auto *operation = new PendingOperation(this);
    if (!file->open(QIODevice::WriteOnly)) {
        QTimer::singleShot(0, operation, [operation] { operation->fail(SpawnError::system(tr("Cannot write the cache"))); });
        return operation;
    }
    CommandRun *run = start(spec);
    connect(run, &CommandRun::standardOutput, operation, [file](const QByteArray &data) { file->write(data); });
    connect(run, &CommandRun::finished, operation, [run, operation, file] {
        run->deleteLater();
        if (run->succeeded() && run->exitCode() == 0 && file->commit())
            operation->succeed();
        else
            operation->fail(SpawnError::system(tr("Cannot save the cache")));
    });
    operation->setAbortHandler([run] { run->cancel(); });
    return operation;
}
