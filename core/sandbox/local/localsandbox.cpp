// SPDX-License-Identifier: MIT
#include "localsandbox.h"

#include "agentchannel.h"
#include "cachearchive.h"
#include "localcommands.h"
#include "bwraparguments.h"
#include "bwrapprocess.h"
#include "installegress.h"
#include "limitmonitor.h"
#include "localportrelays.h"
#include "localsandboxsetup.h"
#include "sandbox/httpreadinessprobe.h"
#include "slirpnetwork.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>

#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcSandbox, "spawnai.sandbox.local", QtInfoMsg)

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

} // namespace

LocalSandbox::LocalSandbox(const LocalSandboxConfig &config, const SandboxSpec &spec,
                           QNetworkAccessManager *network, QObject *parent)
    : Sandbox(parent)
    , m_config(config)
    , m_spec(spec)
    , m_network(network)
    , m_id(newSandboxId())
    , m_monitor(new LimitMonitor([this] { return m_limiter.get(); },
                                 [this](auto handler) { askDiskUse(std::move(handler)); },
                                 config.monitorIntervalMs, this))
    , m_expiryTimer(new QTimer(this))
    , m_bootTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    m_expiryTimer->setTimerType(Qt::CoarseTimer);  // VeryCoarse would round to whole seconds
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSandbox) << m_id << "reached its timeout";
        teardown();
        emit expired();
    });
    connect(m_monitor, &LimitMonitor::limitReached, this, &LocalSandbox::terminate);
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
    m_limiter = std::make_shared<ResourceLimiter>(m_id, m_spec.limits, m_config.tmpBytes);
    m_bootTimer->start(m_config.bootTimeoutMs);
    m_setup = new LocalSandboxSetup({m_dir, m_config.cacheDir, ::geteuid()}, m_limiter, this);
    connect(m_setup, &LocalSandboxSetup::finished, this, &LocalSandbox::startBwrap);
}

void LocalSandbox::startBwrap(const QString &setupError)
{
    m_setup->deleteLater();
    m_setup = nullptr;
    if (!setupError.isEmpty()) {
        failBoot(SpawnError::system(setupError));
        return;
    }
    const QString etcDir = m_dir + u"/etc";
    const QString socketDir = m_dir + u"/sock";
    QString error;
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
    bwrapArgs.insert(bwrapArgs.indexOf(QStringLiteral("--chdir")), QString::fromLatin1(CacheArchive::MountPoint));

    m_bwrap = new BwrapProcess(this);
    connect(m_bwrap, &BwrapProcess::launched, this, &LocalSandbox::onBwrapLaunched);
    connect(m_bwrap, &BwrapProcess::setupFailed, this, [this](const QString &message) {
        failBoot(SpawnError::system(message, true));
    });
    connect(m_bwrap, &BwrapProcess::namespacesReady, this, &LocalSandbox::onNamespacesReady);
    if (!m_bwrap->start(bwrapArgs, m_limiter, &error))
        failBoot(SpawnError::system(error));
}

void LocalSandbox::onBwrapLaunched()
{
    m_process = m_bwrap->process();
    m_channel = new AgentChannel(m_process, this);
    connect(m_channel, &AgentChannel::agentReady, this, &LocalSandbox::onAgentReady);
    connect(m_channel, &AgentChannel::agentEvent, this, &LocalSandbox::onAgentEvent);
    LocalCommands::Hooks hooks;
    m_egress = new InstallEgress(
        m_dir + u"/sock", m_spec.installHosts,
        [this](QJsonObject message, auto handler) { request(std::move(message), std::move(handler)); }, this);
    hooks.openEgress = [this] { m_egress->open(); };
    hooks.closeEgress = [this] { m_egress->close(m_state == State::Running); };
    hooks.openInternet = [this] { openInternet(); };
    hooks.checkLimits = [this](auto report) { m_monitor->checkAfterExit(std::move(report)); };
    m_commands = new LocalCommands(m_channel, m_spec.internetAccess, std::move(hooks), this);
    connect(m_egress, &InstallEgress::ready, m_commands, &LocalCommands::egressReady);
    connect(m_egress, &InstallEgress::failed, m_commands, &LocalCommands::networkFailed);
    connect(m_egress, &InstallEgress::blocked, m_commands, &LocalCommands::tellInstalls);
    connect(m_process, &QProcess::finished, this, &LocalSandbox::onProcessFinished);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        qCInfo(lcSandbox).noquote() << m_id << QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    });
}

void LocalSandbox::onNamespacesReady(qint64 childPid)
{
    // bwrap's report can come after the sandbox was stopped while starting
    // (its process already reaped, its limiter gone).
    if (m_state != State::Booting || !m_limiter)
        return;
    m_childPid = childPid;
    m_limiter->adopt(m_childPid);
    // No network yet, even with internet access: installs come first and
    // must reach only the registries (LocalCommands opens what each needs).
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
    if (m_relays && m_relays->isOpen())
        return;
    if (m_spec.ports.isEmpty()) {
        enterRunning();
        return;
    }
    m_relays = new LocalPortRelays(
        m_dir + u"/sock",
        [this](QJsonObject message, auto handler) { request(std::move(message), std::move(handler)); }, this);
    connect(m_relays, &LocalPortRelays::ready, this, &LocalSandbox::enterRunning);
    connect(m_relays, &LocalPortRelays::failed, this, &LocalSandbox::failBoot);
    m_relays->open(m_spec.ports);
}

void LocalSandbox::enterRunning()
{
    if (m_state != State::Booting)
        return;
    m_bootTimer->stop();
    m_state = State::Running;
    m_expiresAt = m_startedAt.addSecs(m_spec.timeout.count());
    m_expiryTimer->start(std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt))));
    m_monitor->start();
    qCInfo(lcSandbox) << m_id << "running, limits by" << ResourceLimiter::modeName(m_limiter->mode());
    emit booted();
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
    if (m_commands && m_commands->handleEvent(id, event))
        return;
    if (auto handler = m_handlers.take(id))
        handler(event);
}

PendingOperation *LocalSandbox::writeFiles(const QList<AppFile> &files)
{
    if (m_state != State::Running)
        return PendingOperation::finishedLater(this, SpawnError::system(tr("The sandbox is not running")));
    QJsonArray list;
    for (const AppFile &file : files) {
        if (!isWorkspacePath(file.path))
            return PendingOperation::finishedLater(this, SpawnError::user(tr("Refused to write %1: not inside /home/user").arg(file.path)));
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
    if (m_state != State::Running || !m_commands) {
        auto *run = new CommandRun(this);
        run->finishLater(SpawnError::system(tr("The sandbox is not running")));
        return run;
    }
    return m_commands->start(spec, this);
}

void LocalSandbox::openInternet()
{
    if (m_slirp)
        return;
    m_slirp = new SlirpNetwork(this);
    connect(m_slirp, &SlirpNetwork::ready, m_commands, &LocalCommands::internetReady);
    connect(m_slirp, &SlirpNetwork::failed, this, [this](const QString &message) {
        m_slirp->deleteLater();
        m_slirp = nullptr;
        m_commands->networkFailed(SpawnError::system(message, true));
    });
    m_slirp->attach(m_childPid);
}

QUrl LocalSandbox::portUrl(int port) const
{
    if (!m_relays || m_state != State::Running)
        return {};
    return m_relays->url(port);
}

PendingOperation *LocalSandbox::waitForHttp(int port, std::chrono::milliseconds limit)
{
    const QUrl url = portUrl(port);
    if (url.isEmpty())
        return PendingOperation::finishedLater(this, SpawnError::system(tr("Port %1 of the sandbox is not exposed").arg(port)));
    auto *probe = new HttpReadinessProbe(m_network, url, limit, this);
    // Servers tend to announce that they listen: look right then.
    if (m_commands)
        connect(m_commands, &LocalCommands::outputSeen, probe, &HttpReadinessProbe::attemptSoon);
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
        return PendingOperation::finishedLater(this, SpawnError::system(tr("The sandbox is not running")));
    const QDateTime ceiling = m_startedAt.addSecs(m_spec.maxTimeout.count());
    m_expiresAt = std::min(QDateTime::currentDateTimeUtc().addSecs(timeout.count()), ceiling);
    m_expiryTimer->start(std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt))));
    return PendingOperation::finishedLater(this);
}

UsageReading *LocalSandbox::readUsage()
{
    auto *reading = new UsageReading(this);
    if (m_state != State::Running) {
        reading->finishLater(SpawnError::system(tr("The sandbox is not running")));
        return reading;
    }
    const ResourceCounters counters = m_limiter->counters();
    QPointer<UsageReading> guard(reading);
    askDiskUse([guard, counters](const QJsonObject &df) {
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

void LocalSandbox::askDiskUse(std::function<void(const QJsonObject &df)> handler)
{
    request({{QStringLiteral("op"), QStringLiteral("df")}, {QStringLiteral("path"), QString::fromLatin1(BwrapLayout::HomeDir)}},
            std::move(handler));
}

void LocalSandbox::terminate(const SpawnError &reason)
{
    if (m_state != State::Running)
        return;
    qCWarning(lcSandbox) << m_id << "terminated:" << reason.message;
    // Fail what is pending with the real reason before teardown's generic one.
    if (m_commands)
        m_commands->failAll(reason);
    teardown();
    emit terminated(reason);
}

void LocalSandbox::onProcessFinished()
{
    const bool wasRunning = m_state == State::Running;
    const bool wasBooting = m_state == State::Booting;
    if (wasBooting) {
        failBoot(SpawnError::system(tr("The sandbox stopped while starting (bubblewrap exit code %1)")
                                        .arg(m_process->exitCode()), true));
    } else if (wasRunning) {
        const auto limit = m_monitor->breach();
        terminate(limit.value_or(SpawnError::system(tr("The sandbox stopped unexpectedly"), true)));
    }
    if (m_process->state() == QProcess::NotRunning) {
        // Everything is gone now: folders and control groups can go too.
        removeFolders();
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
    m_monitor->stop();
    if (m_relays)
        m_relays->closeAll();
    delete m_slirp;
    m_slirp = nullptr;
    if (m_egress)
        m_egress->close(false);
    const SpawnError gone = SpawnError::system(tr("The sandbox is gone"));
    if (m_commands)
        m_commands->failAll(gone);
    const auto handlers = std::exchange(m_handlers, {});
    for (const auto &handler : handlers)
        handler({{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("message"), gone.message}});
    if (m_limiter)
        m_limiter->killAll();
    if (m_setup) {
        // It removes what it made, on its own thread.
        delete m_setup;
        m_setup = nullptr;
        m_limiter.reset();
    } else if (m_bwrap && !m_process) {
        // Still starting on a worker: the launch kills it once it runs.
        delete m_bwrap;
        m_bwrap = nullptr;
        removeFolders();
    } else if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        m_process->kill();
    } else {
        removeFolders();
    }
}

void LocalSandbox::removeFolders()
{
    m_limiter.reset();
    if (m_dir.isEmpty())
        return;
    // A sandbox's folder holds a few files, but removing them blocks for
    // milliseconds under load: not on the thread that may be the window's.
    QThreadPool::globalInstance()->start([dir = std::exchange(m_dir, {})] { QDir(dir).removeRecursively(); });
}

PendingOperation *LocalSandbox::destroy()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        teardown();
        return PendingOperation::finishedLater(this);
    }
    auto *operation = new PendingOperation(this);
    m_destroyWaiters << operation;
    teardown();
    return operation;
}

void LocalSandbox::destroyNow()
{
    if (m_setup)
        m_setup->waitForFinished();  // then teardown's cancel removes what it made
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
    if (!isWorkspacePath(path))
        return PendingOperation::finishedLater(this, SpawnError::system(tr("Invalid cache request")));
    return CacheArchive::restore(this, m_config.cacheDir, key, path);
}

PendingOperation *LocalSandbox::saveCachedDirectory(const QString &key, const QString &path)
{
    if (!isWorkspacePath(path))
        return PendingOperation::finishedLater(this, SpawnError::system(tr("Invalid cache request")));
    return CacheArchive::save(this, m_config.cacheDir, key, path);
}
