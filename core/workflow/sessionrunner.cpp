// SPDX-License-Identifier: MIT
#include "sessionrunner.h"

#include "modelrequestline.h"

#include "deploy/appsupervisor.h"
#include "deploy/deployer.h"
#include "generation/syntaxchecks.h"
#include "generationphase.h"
#include "repairloop.h"
#include "runexpiry.h"
#include "runusagemeter.h"
#include "sandboxrelease.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxprovider.h"
#include "secrets/appenvironmentread.h"
#include "store/sessionstore.h"

#include <QLocale>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcRunner, "spawnai.workflow.runner", QtInfoMsg)
} // namespace

SessionRunner::SessionRunner(SessionStore *store, SandboxProvider *provider, const QString &sessionId,
                             AppBundle bundle, RunOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_provider(provider)
    , m_sessionId(sessionId)
    , m_bundle(std::move(bundle))
    , m_options(std::move(options))
    , m_log(sessionId, store->logWriter(sessionId))
    , m_meter(new RunUsageMeter(store, sessionId, provider->kind(), m_options.usageInterval, this))
    , m_expiry(new RunExpiry(store, sessionId, m_options.plan, m_options.limits, m_options.expiryWarning, this))
{
    connect(m_meter, &RunUsageMeter::billed, this, &SessionRunner::publishCost);
    connect(m_expiry, &RunExpiry::expiresSoon, this, &SessionRunner::expiresSoon);
    connect(m_expiry, &RunExpiry::extended, this, &SessionRunner::extended);
    connect(m_expiry, &RunExpiry::extendFailed, this, &SessionRunner::extendFailed);
}

SessionRunner::~SessionRunner()
{
    if (!m_ended)
        stop(tr("SpawnAI closed"));
}

void SessionRunner::setGeneration(const GenerationSettings &settings, const QString &request,
                                  const QList<PromptImage> &images)
{
    m_request = request;
    m_requestImages = images;
    m_phase = new GenerationPhase(m_store, m_sessionId, settings, this);
    connect(m_phase, &GenerationPhase::fileStarted, this, &SessionRunner::fileStarted);
    connect(m_phase, &GenerationPhase::fileTextWritten, this, &SessionRunner::fileTextWritten);
    connect(m_phase, &GenerationPhase::progressed, this, &SessionRunner::generationProgressed);
    connect(m_phase, &GenerationPhase::requestCosted, this, [this](const LlmUsageRecord &request) {
        m_store->appendEvent(m_sessionId, EventKind::Step, ModelRequestLine::describe(request));
        emit modelRequestFinished(request);
        publishCost();
    });
}

RepairLoop *SessionRunner::repairLoop()
{
    if (m_loop)
        return m_loop;
    const auto journal = [this](SessionStatus to, const QString &detail) { return moveTo(to, detail); };
    m_loop = new RepairLoop(m_phase, journal, this);
    connect(m_loop, &RepairLoop::answered, this, &SessionRunner::onAnswered);
    connect(m_loop, &RepairLoop::repairStarted, this, &SessionRunner::repairStarted);
    connect(m_loop, &AsyncOperation::finished, this, &SessionRunner::onLoopFinished);
    return m_loop;
}

void SessionRunner::onLoopFinished()
{
    RepairLoop *loop = std::exchange(m_loop, nullptr);
    loop->deleteLater();
    if (loop->succeeded() || loop->isCancelled())
        return;
    // A change whose request failed before any answer: the app that runs is fine.
    if (loop->requestFailed() && m_change && m_status == SessionStatus::Updating) {
        dropChange(tr("The change failed: %1").arg(loop->error().message), loop->error());
        return;
    }
    // The loop names steps by their ids ("wait-ready"); the journal and the
    // log say them in words.
    QString where = loop->failedStep();
    if (where == u"validation")
        where = tr("checking the model's answer");
    for (int step = int(DeployStep::WriteFiles); step <= int(DeployStep::WaitReady); ++step) {
        if (where == deployStepToString(DeployStep(step)))
            where = deployStepTitle(DeployStep(step));
    }
    failWith(loop->error(), where);
}

const GenerationSettings *SessionRunner::generationSettings() const
{
    return m_phase ? &m_phase->settings() : nullptr;
}

double SessionRunner::totalCost() const
{
    // Every model request and every sandbox run of the session, earlier
    // runs included: what the user has spent on this app.
    return costSummary().total();
}

std::optional<LlmUsageRecord> SessionRunner::requestSoFar() const
{
    return m_phase ? m_phase->requestSoFar() : std::nullopt;
}

SessionCost SessionRunner::costSummary() const
{
    return SessionCost::of(*m_store, m_sessionId);
}

void SessionRunner::start()
{
    m_options.sandbox.sessionId = m_sessionId;
    if (m_phase) {
        const GenerationSettings &settings = m_phase->settings();
        if (!moveTo(SessionStatus::Generating, tr("asking %1 to write the app").arg(settings.model)))
            return;
        repairLoop()->writeApp(m_request, m_requestImages);
        return;
    }
    provision();
}

void SessionRunner::provision()
{
    m_options.sandbox.ports = {m_bundle.manifest().port()};
    if (!moveTo(SessionStatus::Provisioning, m_provider->provisioningStep()))
        return;
    m_creation = m_provider->create(m_options.sandbox);
    connect(m_creation, &SandboxCreation::waiting, this, &SessionRunner::onCreationWaiting);
    connect(m_creation, &AsyncOperation::finished, this, &SessionRunner::onSandboxCreated);
}

void SessionRunner::onCreationWaiting(const QString &reason)
{
    // Waiting for the plan's limits is not a failure: the session sits in
    // the queue with the reason, and goes on when the provider does.
    if (m_status == SessionStatus::Provisioning) {
        moveTo(SessionStatus::Queued, tr("waiting for a sandbox: %1").arg(reason));
    } else if (reason != m_lastWaitReason) {
        m_statusDetail = tr("still waiting for a sandbox: %1").arg(reason);
        m_store->appendEvent(m_sessionId, EventKind::Step, m_statusDetail);
        emit waitingChanged(m_statusDetail);
    }
    m_lastWaitReason = reason;
}

bool SessionRunner::apply(const ChangeRequest &change)
{
    if (m_ended || m_status != SessionStatus::Ready || !m_sandbox || (change.asksModel() && !m_phase))
        return false;
    m_change = change;
    if (!moveTo(SessionStatus::Updating, change.detail))
        return true;
    if (change.asksModel())
        repairLoop()->change(change.prompt, m_bundle, change.images);
    else
        onAnswered(change.bundle);
    return true;
}

void SessionRunner::setPlan(Plan plan, const PlanLimits &limits)
{
    m_options.plan = plan;
    m_options.limits = limits;
    m_expiry->setPlan(plan, limits);
}

void SessionRunner::appendLog(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    // The preview's console: an app that sent a value to its page prints it there.
    const QByteArray shown = AppEnvironmentRead::hide(m_options.deploy.environment.get(), data);
    m_log.append(shown);
    emit logOutput(shown);
}

void SessionRunner::onAnswered(const AppBundle &bundle)
{
    if (!moveTo(SessionStatus::Validating, tr("the answer holds %n file(s)", nullptr, int(bundle.files().size()))))
        return;
    const std::optional<AppBundle> running = m_sandbox && m_deployer ? std::optional<AppBundle>(m_bundle) : std::nullopt;
    m_bundle = bundle;
    const int version = m_store->saveAppVersion(m_sessionId, QString::fromUtf8(bundle.manifest().toJson()), bundle.files(),
                                                nextVersionSummary());
    emit versionSaved(version);
    if (!m_sandbox) {
        provision();
        return;
    }
    if (!moveTo(SessionStatus::Deploying, tr("deploying version %1").arg(version)))
        return;
    startDeployment(running ? &*running : nullptr);
}

QString SessionRunner::nextVersionSummary()
{
    // A change's own version has its summary; what the model writes to
    // repair it is a follow-up.
    if (m_change)
        return std::exchange(m_change->summary, tr("follow-up"));
    return m_phase ? tr("written by %1").arg(m_phase->settings().model) : tr("redeployed");
}

void SessionRunner::dropChange(const QString &event, const SpawnError &error)
{
    m_store->appendEvent(m_sessionId, EventKind::Step, event);
    m_change.reset();
    if (moveTo(SessionStatus::Ready, tr("kept the running version")))
        emit followUpFailed(error);
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
    if (m_status == SessionStatus::Queued && !moveTo(SessionStatus::Provisioning, tr("a sandbox is free")))
        return;
    // The sandbox is ours the moment it exists: write it down before anything else.
    m_store->setSandboxId(m_sessionId, m_sandbox->id());
    m_store->setExpiresAt(m_sessionId, m_sandbox->expiresAt());
    m_meter->start(m_sandbox, m_options.plan);

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
    m_expiry->watch(m_sandbox, m_meter->startTime());

    if (!moveTo(SessionStatus::Deploying, tr("deploying %n file(s)", nullptr, int(m_bundle.files().size()))))
        return;
    startDeployment(nullptr);
}

void SessionRunner::startDeployment(const AppBundle *previous)
{
    if (m_deployer) {
        // The app that runs now makes way for the new version.
        m_deployer->disconnect(this);
        m_deployer->cancel();
        m_deployer->deleteLater();
    }
    DeployOptions options = m_options.deploy;
    if (m_phase)
        options.checks = SyntaxChecks::commands(m_bundle.paths());
    m_deployer = new Deployer(m_sandbox, m_bundle, options, this);
    if (previous)
        m_deployer->setPreviousVersion(*previous);
    connect(m_deployer, &Deployer::stepStarted, this, &SessionRunner::onStepStarted);
    connect(m_deployer, &Deployer::stepFinished, this, [this](DeployStep step, qint64 ms) {
        m_store->appendEvent(m_sessionId, EventKind::Step,
                             tr("%1 took %2 ms").arg(deployStepTitle(step)).arg(ms));
        emit stepFinished(step, ms);
    });
    connect(m_deployer, &Deployer::logOutput, this, &SessionRunner::onLog);
    connect(m_deployer, &Deployer::finished, this, &SessionRunner::onDeployFinished);
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

void SessionRunner::onLog(DeployStep, LogStream, const QByteArray &data)
{
    m_log.append(data);
    emit logOutput(data);
}

void SessionRunner::onDeployFinished()
{
    if (m_ended)
        return;
    if (!m_deployer->succeeded()) {
        if (m_deployer->isCancelled())
            return;
        const SpawnError error = m_deployer->error();
        // The app's own failures go back to the model; the sandbox's do not.
        const bool appsFault = error.kind == ErrorKind::User || error.kind == ErrorKind::Resource;
        if (m_phase && appsFault && m_sandbox) {
            RepairRequest repair;
            repair.step = deployStepToString(m_deployer->currentStep());
            repair.error = error.message;
            repair.outputTail = PromptLibrary::outputTail(SessionLog::tail(m_sessionId, 16 * 1024));
            // The log says why in the words the timeline's repair round uses.
            m_log.append(QString(u"\n[spawnai] " + error.message.trimmed() + u'\n').toUtf8());
            // A restored or edited version that fails is the model's to repair too.
            repairLoop()->appFailed(repair, error, m_bundle);
            return;
        }
        failWith(error, deployStepTitle(m_deployer->currentStep()));
        return;
    }
    m_change.reset();
    if (m_loop)
        m_loop->deployed();
    if (AppSupervisor *app = m_deployer->app())
        superviseApp(app);
    m_appUrl = m_deployer->appUrl();
    m_store->setAppUrl(m_sessionId, m_appUrl);
    if (!moveTo(SessionStatus::Ready, m_appUrl.toString()))
        return;
    emit ready(m_appUrl);
}

void SessionRunner::superviseApp(AppSupervisor *app)
{
    connect(app, &AppSupervisor::output, this,
            [this](LogStream stream, const QByteArray &data) { onLog(DeployStep::Start, stream, data); });
    connect(app, &AppSupervisor::exited, this, [this](int exitCode) {
        failWith(SpawnError::user(tr("The app stopped by itself with exit code %1.\n%2")
                                      .arg(exitCode)
                                      .arg(QString::fromUtf8(SessionLog::tail(m_sessionId, 2048)))),
                 tr("running the app"));
    });
}

bool SessionRunner::moveTo(SessionStatus to, const QString &detail)
{
    const SpawnError error = m_store->transition(m_sessionId, to, detail);
    if (error.isError()) {
        m_journalError = error;  // the journal refused: acting anyway would make history lie
        qCCritical(lcRunner) << m_sessionId << "cannot move to" << sessionStatusToString(to) << error.message;
        releaseSandbox();
        end(SessionStatus::Failed);
        return false;
    }
    m_status = to;
    m_statusDetail = detail;
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
    stopAnd(reason, Release::Destroy);
}

void SessionRunner::stopAndPause(const QString &reason)
{
    stopAnd(reason, Release::Pause);
}

void SessionRunner::stopAnd(const QString &reason, Release release)
{
    if (m_ended)
        return;
    if (!isTerminal(m_status)) {
        m_store->transition(m_sessionId, SessionStatus::Stopped, reason);
        m_status = SessionStatus::Stopped;
        emit statusChanged(m_status);
    }
    releaseSandbox(release);
    end(SessionStatus::Stopped);
}

bool SessionRunner::keepRunningDetached()
{
    if (m_ended || m_status != SessionStatus::Ready || !m_sandbox || !m_sandbox->keepRunning())
        return false;
    m_expiry->release();
    m_meter->detach();
    m_store->appendEvent(m_sessionId, EventKind::Step,
                         tr("kept running after SpawnAI closed, until %1")
                             .arg(QLocale().toString(m_sandbox->expiresAt().toLocalTime(), QLocale::ShortFormat)));
    m_sandbox->disconnect(this);
    std::exchange(m_sandbox, nullptr)->deleteLater();
    if (m_deployer) {
        // The app's process belongs to the kept sandbox now; only our view of it ends.
        m_deployer->disconnect(this);
        m_deployer->deleteLater();
        m_deployer = nullptr;
    }
    end(SessionStatus::Ready);
    return true;
}

bool SessionRunner::letGoToStop()
{
    if (m_ended || isTerminal(m_status) || !m_sandbox || !m_sandbox->outlivesProcess())
        return false;
    // Billed up to now, and open until the sandbox is known gone (CloudRunBill).
    m_meter->detach();
    releaseSandbox();
    end(m_status);
    return true;
}

void SessionRunner::end(SessionStatus status)
{
    if (m_ended)
        return;
    m_ended = true;
    emit ended(status);
}

void SessionRunner::releaseSandbox(Release release)
{
    m_expiry->release();
    if (m_loop)
        m_loop->cancel();
    if (m_phase)
        m_phase->cancel();
    if (m_creation)
        m_creation->cancel();
    if (m_deployer) {
        m_deployer->disconnect(this);
        // A paused sandbox keeps the app's process for a resume: only our view of it ends.
        if (release != Release::Pause)
            m_deployer->cancel();
        m_deployer->deleteLater();
        m_deployer = nullptr;
    }
    m_meter->finish();
    if (m_sandbox) {
        m_sandbox->disconnect(this);
        Sandbox *sandbox = std::exchange(m_sandbox, nullptr);
        if (release == Release::Pause)
            SandboxRelease::pauseOrDestroy(sandbox, m_store, m_sessionId);
        else
            SandboxRelease::destroy(sandbox);
    }
}

void SessionRunner::publishCost()
{
    const double total = totalCost();
    m_store->setActualCost(m_sessionId, total);
    emit costUpdated(total);
}

bool SessionRunner::isGenerating() const
{
    // Updating is passed through synchronously by a restore, so at any turn
    // of the event loop it means a follow-up waits for the model.
    return m_phase && !m_ended
        && (m_status == SessionStatus::Generating || m_status == SessionStatus::Updating);
}

void SessionRunner::stopGeneration(const QString &reason)
{
    if (!isGenerating())
        return;
    if (m_change && m_sandbox && m_status == SessionStatus::Updating) {
        if (m_loop)
            m_loop->cancel();
        dropChange(tr("The change stopped: %1").arg(reason), SpawnError::user(reason));
        return;
    }
    stop(reason);
}
