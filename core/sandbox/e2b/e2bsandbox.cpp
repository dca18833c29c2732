// SPDX-License-Identifier: MIT
#include "e2bsandbox.h"

#include "e2bcontrolplane.h"
#include "e2bendconfirmation.h"
#include "e2berrors.h"
#include "e2blog.h"
#include "e2bportprobe.h"
#include "e2bprocessrun.h"
#include "e2bsandboxprovider.h"
#include "e2busage.h"
#include "sandbox/sandboxledger.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTimer>

namespace {
// A "sandbox not found" this close to the end is the end.
constexpr qint64 ExpirySlackMs = 10000;

// On E2B every sandbox's envd has its own host, hence its own connections.
// Behind E2B_SANDBOX_URL all share one host, and QNAM opens six connections
// per host: six running apps, each holding its Start stream open, would
// leave no connection for any other sandbox's upload or command. A manager
// of its own gives each sandbox its six again. It belongs to the provider
// (replies may outlive the sandbox by a turn of the event loop) and goes
// when the sandbox does.
QNetworkAccessManager *envdNetwork(const E2bConfig &config, QNetworkAccessManager *shared, QObject *owner)
{
    if (config.sandboxUrl.isEmpty() || !owner)
        return shared;
    auto *own = new QNetworkAccessManager(owner);
    own->setProxy(shared->proxy());
    return own;
}
} // namespace

E2bSandbox::E2bSandbox(const E2bConfig &config, const E2bSandboxRecord &record, const SandboxSpec &spec,
                       QNetworkAccessManager *network, E2bControlPlane *controlPlane, SandboxLedger *ledger,
                       E2bSandboxProvider *provider, QObject *parent)
    : Sandbox(parent)
    , m_config(config)
    , m_record(record)
    , m_spec(spec)
    , m_maxLifetime(config.limits().maxLifetime)
    , m_network(network)
    , m_envdNetwork(envdNetwork(config, network, provider))
    , m_controlPlane(controlPlane)
    , m_ledger(ledger)
    , m_provider(provider)
    , m_envd(config, m_envdNetwork, record.sandboxId, record.envdAccessToken, record.domain)
    , m_expiryTimer(new QTimer(this))
    , m_egress(!config.internetForInstalls ? (spec.internetAccess ? E2bApiRequestFactory::Egress::Internet
                                                                  : E2bApiRequestFactory::Egress::None)
                                           : E2bApiRequestFactory::Egress::Registries)
{
    m_expiryTimer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early (600 ms of a 12 s wait, half a
    // second past 20 s): the sandbox would be killed and called expired
    // before the end E2B and the history give it. One precise timer a sandbox.
    m_expiryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_expiryTimer, &QTimer::timeout, this, &E2bSandbox::onExpiryTimer);
    scheduleExpiry();
}

E2bSandbox::~E2bSandbox()
{
    destroyNow();
    if (m_envdNetwork && m_envdNetwork != m_network)
        m_envdNetwork->deleteLater();
}

bool E2bSandbox::isWorkspacePath(const QString &path)
{
    if (QDir::cleanPath(path) != path || !path.startsWith(u"/home/user/"))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return !path.split(u'/').contains(QStringLiteral(".."));
}

bool E2bSandbox::usable() const
{
    return m_alive && m_provider && !m_pausing;
}

SpawnError E2bSandbox::notRunning() const
{
    return SpawnError::system(tr("The E2B sandbox %1 is not running").arg(id()));
}

PendingOperation *E2bSandbox::writeFiles(const QList<AppFile> &files)
{
    if (!usable())
        return PendingOperation::finishedLater(this, notRunning());
    QStringList executables;
    for (const AppFile &file : files) {
        // Refused before anything is sent: all files or none.
        if (!isWorkspacePath(file.path))
            return PendingOperation::finishedLater(this, SpawnError::user(tr("Refused to write %1: not inside /home/user").arg(file.path)));
        if (file.executable)
            executables << file.path;
    }
    if (files.isEmpty())
        return PendingOperation::finishedLater(this);
    auto *operation = new PendingOperation(this);
    auto *upload = new E2bHttpCall(m_envd.upload(files, tr("upload the app's files")), operation);
    connect(upload, &AsyncOperation::finished, operation, [this, operation, upload, executables] {
        if (!upload->succeeded()) {
            if (upload->connectError().isSandboxGone())
                onGone();
            operation->fail(upload->error());
            return;
        }
        if (executables.isEmpty()) {
            operation->succeed();
            return;
        }
        // /files has no mode: mark executables with chmod, by argv.
        CommandSpec chmod;
        chmod.argv = QStringList{QStringLiteral("chmod"), QStringLiteral("+x"), QStringLiteral("--")} + executables;
        chmod.workingDirectory = QStringLiteral("/home/user");
        chmod.timeout = std::chrono::seconds(30);
        CommandRun *run = start(chmod);
        run->setParent(operation);
        connect(run, &AsyncOperation::finished, operation, [operation, run] {
            if (!run->succeeded())
                operation->fail(run->error());
            else if (run->exitCode() != 0)
                operation->fail(SpawnError::system(tr("Could not mark files executable: %1").arg(run->outputTail(3))));
            else
                operation->succeed();
        });
    });
    upload->start();
    return operation;
}

CommandRun *E2bSandbox::start(const CommandSpec &spec)
{
    QPointer<E2bSandbox> self(this);
    auto *run = new E2bProcessRun(m_envd.network(), m_envd.stream(QStringLiteral("process.Process/Start"), spec.timeout),
                                  spec, [self](quint32 pid) {
                                      if (self)
                                          self->sendKill(pid);
                                  },
                                  this);
    connect(run, &E2bProcessRun::sandboxGone, this, &E2bSandbox::onGone);
    connect(run, &CommandRun::standardOutput, this, &E2bSandbox::outputSeen);
    connect(run, &CommandRun::standardError, this, &E2bSandbox::outputSeen);
    if (!usable()) {
        run->finishLater(notRunning());
        return run;
    }
    E2bHttpCall *update = networkFor(spec);
    if (!update) {
        run->start();
        return run;
    }
    // Closing the registries to an app without internet is a narrowing the
    // app does not need to run: if E2B refuses it (a deployment without the
    // call), the app starts anyway. Opening what a command needs is not.
    const bool needed = m_egress != E2bApiRequestFactory::Egress::None;
    connect(update, &AsyncOperation::finished, run, [run, update, needed] {
        if (update->succeeded() || !needed) {
            if (!update->succeeded())
                qCWarning(lcE2b) << "could not close the registries to the app:" << update->error().message;
            run->start();
        } else {
            run->fail(update->error());
        }
    });
    return run;
}

E2bHttpCall *E2bSandbox::networkFor(const CommandSpec &spec)
{
    using Egress = E2bApiRequestFactory::Egress;
    Egress wanted = m_egress;
    // An install after the app's code ran (an update adding a package)
    // reopens the registries, but never cuts an app's internet.
    if (m_config.internetForInstalls && spec.needsNetwork && m_egress == Egress::None)
        wanted = Egress::Registries;
    else if (m_config.internetForInstalls && spec.runsAppCode && m_egress == Egress::Registries)
        wanted = m_spec.internetAccess ? Egress::Internet : Egress::None;
    if (wanted == m_egress)
        return m_networkUpdate && !m_networkUpdate->isFinished() ? m_networkUpdate.data() : nullptr;
    const Egress previous = std::exchange(m_egress, wanted);
    E2bHttpCall *call = m_controlPlane->updateNetwork(id(), E2bApiRequestFactory::networkBody(wanted, m_spec.installHosts), this);
    connect(call, &AsyncOperation::finished, call, [this, call, previous] {
        if (!call->succeeded()) {
            m_egress = previous;  // the next command that needs it asks again
            if (call->status() == 404)
                onGone();
        }
        call->deleteLater();
    });
    m_networkUpdate = call;
    return call;
}

void E2bSandbox::sendKill(quint32 pid)
{
    if (!usable())
        return;
    auto *call = new E2bHttpCall(m_envd.unary(QStringLiteral("process.Process/SendSignal"),
                                              EnvdRequestFactory::signalMessage(pid), tr("stop a command")),
                                 this);
    connect(call, &AsyncOperation::finished, call, [call, pid] {
        // not_found: it had already exited.
        if (!call->succeeded() && call->connectError().code != u"not_found")
            qCInfo(lcE2b) << "SIGKILL to pid" << pid << "failed:" << call->error().message;
        call->deleteLater();
    });
    call->start();
}

QUrl E2bSandbox::portUrl(int port) const
{
    if (!m_alive)
        return {};
    return m_config.portUrl(id(), port, m_record.domain);
}

QList<std::pair<QByteArray, QByteArray>> E2bSandbox::portRequestHeaders() const
{
    return trafficHeaders(m_record.trafficAccessToken);
}

QList<std::pair<QByteArray, QByteArray>> E2bSandbox::trafficHeaders(const QString &trafficToken)
{
    if (trafficToken.isEmpty())
        return {};
    return {{QByteArrayLiteral("e2b-traffic-access-token"), trafficToken.toUtf8()}};
}

PendingOperation *E2bSandbox::waitForHttp(int port, std::chrono::milliseconds limit)
{
    if (!usable())
        return PendingOperation::finishedLater(this, notRunning());
    auto *probe = new E2bPortProbe(m_network, portUrl(port), portRequestHeaders(), limit, m_config.probeInterval, this);
    connect(probe, &HttpReadinessProbe::gone, this, &E2bSandbox::onGone);
    // Servers tend to announce that they listen: look right then.
    connect(this, &E2bSandbox::outputSeen, probe, &E2bPortProbe::attemptSoon);
    probe->start();
    return probe;
}

PendingOperation *E2bSandbox::extendTimeout(std::chrono::seconds timeout)
{
    if (!usable())
        return PendingOperation::finishedLater(this, notRunning());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // E2B counts the plan's maximum from the start; asking more is cut short anyway.
    const QDateTime ceiling = m_record.startedAt.addSecs(m_maxLifetime.count());
    const QDateTime wanted = std::min(now.addSecs(timeout.count()), ceiling);
    // E2B takes whole seconds from when it answers; rounded up, the end it
    // sets is never before the one recorded here, which ends the run.
    const qint64 seconds = (now.msecsTo(wanted) + 999) / 1000;
    if (seconds <= 0) {
        // A variable, not an expression: lupdate 6.4 hangs on a division
        // inside translate()'s arguments.
        const int hours = int(m_maxLifetime.count() / 3600);
        return PendingOperation::finishedLater(this, SpawnError::resource(
            tr("The sandbox has reached the plan's maximum lifetime of %n hour(s)", nullptr, hours)));
    }
    auto *operation = new PendingOperation(this);
    E2bHttpCall *call = m_controlPlane->setTimeout(id(), seconds, operation);
    connect(call, &AsyncOperation::finished, operation, [this, operation, call, wanted] {
        if (!call->succeeded()) {
            if (call->status() == 404)
                onGone();
            operation->fail(call->error());
            return;
        }
        // E2B cuts an extension past the account's longest run short without saying so.
        auto *confirmation = new E2bEndConfirmation(m_controlPlane, id(), m_record.startedAt, wanted, operation);
        connect(confirmation, &AsyncOperation::finished, operation, [this, operation, confirmation] {
            setExpiry(confirmation->endAt());
            if (confirmation->succeeded())
                operation->succeed();
            else
                operation->fail(confirmation->error());
        });
        confirmation->start();
    });
    return operation;
}

void E2bSandbox::setExpiry(const QDateTime &endAt)
{
    m_record.endAt = endAt;
    if (m_ledger) {
        if (const SpawnError error = m_ledger->recordExpiry(id(), endAt); error.isError())
            qCWarning(lcE2b) << "ledger:" << error.message;
    }
    scheduleExpiry();
}

UsageReading *E2bSandbox::readUsage()
{
    auto *reading = new UsageReading(this);
    // Billing is by allocation, which is known here; the samples add what was used.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime end = m_endedAt.isValid() ? m_endedAt
        : m_record.endAt.isValid()           ? std::min(now, m_record.endAt)
                                              : now;
    const E2bUsage::Allocation allocation{m_record.cpuCount, m_record.memoryMB, m_record.startedAt, end};
    if (!m_provider) {
        reading->completeLater([reading, allocation] { reading->succeedWith(E2bUsage::fromMetrics({}, allocation)); });
        return reading;
    }
    E2bHttpCall *call = m_controlPlane->metrics(id(), reading);
    connect(call, &AsyncOperation::finished, reading, [reading, call, allocation] {
        if (call->succeeded())
            reading->succeedWith(E2bUsage::fromMetrics(call->json().array(), allocation));
        else if (call->status() == 404 && allocation.cpuCount > 0)  // gone: what it was allocated still counts
            reading->succeedWith(E2bUsage::fromMetrics({}, allocation));
        else
            reading->fail(call->error());
    });
    return reading;
}

PendingOperation *E2bSandbox::destroy()
{
    auto *operation = new PendingOperation(this);
    if (!m_provider) {
        markEnded();
        operation->finishLater(SpawnError::system(tr("The E2B provider is gone; the sandbox is left to its timeout")));
        return operation;
    }
    PendingOperation *kill = m_provider->kill(id());
    markEnded();
    connect(kill, &AsyncOperation::finished, operation, [operation, kill] {
        if (kill->succeeded())
            operation->succeed();
        else
            operation->fail(kill->error());
    });
    return operation;
}

void E2bSandbox::destroyNow()
{
    if (!m_alive)
        return;
    // The kill goes on in the provider after this object is gone.
    if (m_provider)
        m_provider->kill(id());
    markEnded();
}

bool E2bSandbox::keepRunning()
{
    if (!m_alive)
        return false;
    // The ledger keeps it until its end time, so the sweep spares it and the
    // next start shows how long it has left.
    if (m_ledger) {
        if (const SpawnError error = m_ledger->recordKept(id()); error.isError()) {
            qCWarning(lcE2b).noquote() << "cannot keep sandbox" << id() << "running:" << error.message;
            return false;
        }
    }
    m_expiryTimer->stop();
    m_alive = false;  // no kill from here on, not even from the destructor
    return true;
}

PendingOperation *E2bSandbox::pause()
{
    if (!usable())
        return PendingOperation::finishedLater(this, notRunning());
    auto *operation = new PendingOperation(this);
    // From here the app's process is left alone (a SIGKILL from a command
    // being dropped would reach it before the pause).
    m_pausing = true;
    PendingOperation *pause = m_provider->pause(id());
    connect(pause, &AsyncOperation::finished, operation, [this, operation, pause] {
        m_pausing = false;
        if (!pause->succeeded()) {
            operation->fail(pause->error());
            return;
        }
        m_paused = true;
        // Not billed and not counted toward concurrency from here on.
        markEnded();
        operation->succeed();
    });
    return operation;
}

void E2bSandbox::markEnded()
{
    if (!std::exchange(m_alive, false))
        return;
    m_endedAt = std::min(QDateTime::currentDateTimeUtc(), m_record.endAt.isValid() ? m_record.endAt
                                                                                 : QDateTime::currentDateTimeUtc());
    m_expiryTimer->stop();
    emit ended();
}

void E2bSandbox::scheduleExpiry()
{
    if (!m_alive || !m_record.endAt.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_record.endAt);
    m_expiryTimer->start(std::chrono::milliseconds(std::max<qint64>(0, left)));
}

void E2bSandbox::onExpiryTimer()
{
    if (!m_alive)
        return;
    qCInfo(lcE2b) << "sandbox" << id() << "reached its end time";
    // E2B has removed it; the kill only closes the ledger entry (404).
    if (m_provider)
        m_provider->kill(id());
    markEnded();
    emit expired();
}

void E2bSandbox::onGone()
{
    if (!m_alive)
        return;
    const bool atTheEnd = m_record.endAt.isValid()
        && QDateTime::currentDateTimeUtc().msecsTo(m_record.endAt) <= ExpirySlackMs;
    qCInfo(lcE2b) << "sandbox" << id() << "is gone" << (atTheEnd ? "at its end time" : "before its end time");
    if (m_provider)
        m_provider->kill(id());
    markEnded();
    if (atTheEnd)
        emit expired();
    else
        emit terminated(SpawnError::api(tr("E2B no longer runs this sandbox: it was stopped outside SpawnAI"), false));
}
