// SPDX-License-Identifier: MIT
#include "sessionrunner.h"

#include "deploy/deployer.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxprovider.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcRunner, "spawnai.workflow.runner", QtInfoMsg)
constexpr double BytesPerGb = 1024.0 * 1024.0 * 1024.0;
} // namespace

SessionRunner::SessionRunner(SessionStore *store, SandboxProvider *provider, const QString &sessionId,
                             AppBundle bundle, RunOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_provider(provider)
    , m_sessionId(sessionId)
    , m_bundle(std::move(bundle))
    , m_options(std::move(options))
    , m_log(sessionId)
    , m_usageTimer(new QTimer(this))
{
    m_usageTimer->setInterval(m_options.usageInterval);
    connect(m_usageTimer, &QTimer::timeout, this, [this] { sampleUsage(false); });
}

SessionRunner::~SessionRunner()
{
    if (!m_ended)
        stop(tr("SpawnAI closed"));
}

void SessionRunner::start()
{
    m_options.sandbox.sessionId = m_sessionId;
    m_options.sandbox.ports = {m_bundle.manifest().port()};
    if (!moveTo(SessionStatus::Provisioning, tr("creating a %1 sandbox").arg(m_provider->kind())))
        return;
    m_creation = m_provider->create(m_options.sandbox);
    connect(m_creation, &AsyncOperation::finished, this, &SessionRunner::onSandboxCreated);
}

void SessionRunner::onSandboxCreated()
{
    SandboxCreation *creation = m_creation;
    m_creation = nullptr;
    creation->deleteLater();
    if (!creation->succeeded()) {
        if (!creation->isCancelled())
            failWith(creation->error(), tr("creating the sandbox"));
        return;
    }
    m_sandbox = creation->takeSandbox();
    m_sandbox->setParent(this);
    // The sandbox is ours the moment it exists: write it down before anything else.
    m_store->setSandboxId(m_sessionId, m_sandbox->id());
    m_store->setExpiresAt(m_sessionId, m_sandbox->expiresAt());
    m_usage.sessionId = m_sessionId;
    m_usage.startTime = QDateTime::currentDateTimeUtc();
    m_usage.plan = planToString(m_options.plan);
    m_store->recordUsage(m_usage);
    m_sinceSample.start();
    m_usageTimer->start();

    connect(m_sandbox, &Sandbox::expired, this, [this] {
        if (!moveTo(SessionStatus::Expired, tr("the sandbox reached its timeout")))
            return;
        // Like any other end: the run's usage gets its end time and the
        // sandbox object goes.
        releaseSandbox();
        end(SessionStatus::Expired);
    });
    connect(m_sandbox, &Sandbox::terminated, this, [this](const SpawnError &reason) {
        failWith(reason, tr("the sandbox"));
    });

    if (!moveTo(SessionStatus::Deploying, tr("deploying %n file(s)", nullptr, int(m_bundle.files().size()))))
        return;
    m_deployer = new Deployer(m_sandbox, m_bundle, m_options.deploy, this);
    connect(m_deployer, &Deployer::stepStarted, this, &SessionRunner::onStepStarted);
    connect(m_deployer, &Deployer::stepFinished, this, [this](DeployStep step, qint64 ms) {
        m_store->appendEvent(m_sessionId, EventKind::Step,
                             tr("%1 took %2 ms").arg(deployStepTitle(step)).arg(ms));
        emit stepFinished(step, ms);
    });
    connect(m_deployer, &Deployer::logOutput, this, &SessionRunner::onLog);
    connect(m_deployer, &Deployer::finished, this, &SessionRunner::onDeployFinished);
    connect(m_deployer, &Deployer::appExited, this, [this](int exitCode) {
        failWith(SpawnError::user(tr("The app stopped by itself with exit code %1.\n%2")
                                      .arg(exitCode)
                                      .arg(QString::fromUtf8(SessionLog::tail(m_sessionId, 2048)))),
                 tr("running the app"));
    });
    m_deployer->start();
}

void SessionRunner::onStepStarted(DeployStep step)
{
    m_store->appendEvent(m_sessionId, EventKind::Step, deployStepTitle(step));
    const bool startsTheApp = step == DeployStep::Start || step == DeployStep::RunScript;
    if (startsTheApp && m_status == SessionStatus::Deploying
        && !moveTo(SessionStatus::Starting, tr("starting the app")))
        return;
    emit stepStarted(step);
}

void SessionRunner::onLog(DeployStep step, LogStream stream, const QByteArray &data)
{
    Q_UNUSED(step)
    Q_UNUSED(stream)
    m_log.append(data);
    emit logOutput(data);
}

void SessionRunner::onDeployFinished()
{
    if (m_ended)
        return;
    if (!m_deployer->succeeded()) {
        if (!m_deployer->isCancelled())
            failWith(m_deployer->error(), deployStepTitle(m_deployer->currentStep()));
        return;
    }
    m_appUrl = m_deployer->appUrl();
    m_store->setAppUrl(m_sessionId, m_appUrl);
    if (!moveTo(SessionStatus::Ready, m_appUrl.toString()))
        return;
    emit ready(m_appUrl);
}

bool SessionRunner::moveTo(SessionStatus to, const QString &detail)
{
    const SpawnError error = m_store->transition(m_sessionId, to, detail);
    if (error.isError()) {
        // The journal refused: acting anyway would make history lie.
        qCCritical(lcRunner) << m_sessionId << "cannot move to" << sessionStatusToString(to) << error.message;
        releaseSandbox();
        end(SessionStatus::Failed);
        return false;
    }
    m_status = to;
    emit statusChanged(to);
    return true;
}

void SessionRunner::failWith(const SpawnError &error, const QString &where)
{
    if (m_ended || isTerminal(m_status))
        return;
    m_log.append(QString(u"\n[spawnai] failed while " + where + u": " + error.message + u'\n').toUtf8());
    const SpawnError stored = m_store->fail(m_sessionId, error, where);
    if (stored.isError())
        qCCritical(lcRunner) << m_sessionId << "cannot record the failure:" << stored.message;
    m_status = SessionStatus::Failed;
    emit statusChanged(m_status);
    releaseSandbox();
    end(SessionStatus::Failed);
}

void SessionRunner::stop(const QString &reason)
{
    if (m_ended)
        return;
    if (!isTerminal(m_status)) {
        m_store->transition(m_sessionId, SessionStatus::Stopped, reason);
        m_status = SessionStatus::Stopped;
        emit statusChanged(m_status);
    }
    releaseSandbox();
    end(SessionStatus::Stopped);
}

void SessionRunner::end(SessionStatus status)
{
    if (m_ended)
        return;
    m_ended = true;
    emit ended(status);
}

void SessionRunner::releaseSandbox()
{
    m_usageTimer->stop();
    if (m_creation)
        m_creation->cancel();
    if (m_deployer) {
        m_deployer->disconnect(this);
        m_deployer->cancel();
        m_deployer->deleteLater();
        m_deployer = nullptr;
    }
    if (m_sandbox) {
        sampleUsage(true);
        m_sandbox->disconnect(this);
        Sandbox *sandbox = std::exchange(m_sandbox, nullptr);
        // The sandbox goes away on its own time.
        // If the event loop ends first, the provider's destructor finishes
        // the job (destroyNow), so nothing waits here.
        PendingOperation *destroy = sandbox->destroy();
        connect(destroy, &AsyncOperation::finished, sandbox, &QObject::deleteLater);
        sandbox->setParent(nullptr);
    }
}

void SessionRunner::sampleUsage(bool final)
{
    if (!m_sandbox || m_usage.id == 0)
        return;
    const double seconds = double(m_sinceSample.restart()) / 1000.0;
    if (final) {
        m_usage.endTime = QDateTime::currentDateTimeUtc();
        m_store->recordUsage(m_usage);
    }
    UsageReading *reading = m_sandbox->readUsage();
    connect(reading, &AsyncOperation::finished, this, [this, reading, seconds] {
        reading->deleteLater();
        if (!reading->succeeded())
            return;
        const SandboxUsage &usage = reading->usage();
        m_usage.cpuSeconds = std::max(m_usage.cpuSeconds, usage.cpuSeconds);
        m_usage.memoryGbSeconds += double(usage.memoryBytes) / BytesPerGb * seconds;
        m_usage.storageGb = std::max(m_usage.storageGb, double(usage.workspaceBytes) / BytesPerGb);
        m_store->recordUsage(m_usage);  // local sandboxes cost nothing; the row shows what ran
    });
}
