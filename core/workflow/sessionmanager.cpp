// SPDX-License-Identifier: MIT
#include "sessionmanager.h"

#include "billing/budgetpolicy.h"
#include "llm/modelclients.h"
#include "budgetenforcer.h"
#include "changerequest.h"
#include "followup.h"
#include "endextension.h"
#include "common/pendingoperation.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxprovider.h"
#include "runestimate.h"
#include "runregistry.h"
#include "runenvironment.h"
#include "runexpiry.h"
#include "sessiondelete.h"
#include "sessionholds.h"
#include "sessionrunner.h"
#include "store/sessionstore.h"
#include "storedbundle.h"

#include <algorithm>

SessionManager::SessionManager(SessionStore *store, QObject *parent)
    : SessionManager(store, nullptr, parent)
{
}

SessionManager::SessionManager(SessionStore *store, BudgetPolicy *budget, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(new RunRegistry(this))
    , m_budgetPolicy(budget ? budget : new BudgetPolicy(store->database(), this))
    , m_budget(new BudgetEnforcer(m_budgetPolicy, store, this))
    , m_holds(new SessionHolds(this))
    , m_modelClients(new ModelClients(this))
{
    // The enforcer sees runs come and go, and asks for a paid one's end as a Stop would.
    connect(this, &SessionManager::runnerStarted, m_budget, &BudgetEnforcer::watch);
    connect(m_budget, &BudgetEnforcer::stopRequested, this,
            [this](const QString &id, const QString &reason) { stop(id, reason); });
    connect(m_registry, &RunRegistry::stopRequested, this, [this](const QString &id) {
        stop(id, tr("stopped from another SpawnAI process"));
    });
    connect(m_registry, &RunRegistry::extendRequested, this, &SessionManager::extendForAnotherProcess);
}

SessionManager::~SessionManager()
{
    stopAll(tr("SpawnAI closed"));
}

void SessionManager::addProvider(SandboxProvider *provider)
{
    m_providers.insert(provider->kind(), provider);
    emit providerAdded(provider->kind());
}

SandboxProvider *SessionManager::provider(SandboxKind kind) const
{
    return m_providers.value(kind);
}

void SessionManager::setPlan(Plan plan, const PlanLimits &limits)
{
    m_plan = plan;
    m_planLimits = limits;
    for (SessionRunner *running : runners())
        running->setPlan(plan, limits);
    emit planChanged();
}

SessionHold *SessionManager::hold(const QString &sessionId, QObject *parent)
{
    return m_holds->hold(sessionId, parent);
}

int SessionManager::activeCount() const
{
    int count = 0;
    for (const auto &runner : m_runners) {
        if (runner && !runner->hasEnded())
            ++count;
    }
    return count;
}

SessionRunner *SessionManager::runner(const QString &sessionId) const
{
    return m_runners.value(sessionId);
}

QList<SessionRunner *> SessionManager::runners() const
{
    QList<SessionRunner *> result;
    for (const auto &running : m_runners) {
        if (running)
            result.append(running);
    }
    return result;
}

SpawnError SessionManager::checkCapacity() const
{
    const int limit = m_planLimits.maxConcurrentSessions;
    if (activeCount() < limit)
        return {};
    if (limit < planLimits(m_plan).maxConcurrentSessions)
        return SpawnError::user(tr("MAX_CONCURRENT_SESSIONS lets at most %1 sessions run at once. Stop one, or raise it.")
                                    .arg(limit));
    return SpawnError::user(tr("The %1 plan runs at most %2 sessions at once. Stop one, or switch to the pro plan.")
                                .arg(planToString(m_plan))
                                .arg(limit));
}

SpawnError SessionManager::precheck(const SpawnRequest &request) const
{
    return checkStart(request, nullptr);
}

SpawnError SessionManager::checkStart(const SpawnRequest &request, CostEstimate *estimated) const
{
    if (!m_providers.contains(request.sandboxKind))
        return SpawnError::user(tr("Sandboxes of kind \"%1\" are not available here").arg(sandboxKindToString(request.sandboxKind)));
    SpawnError error;
    if (!request.generation && !request.bundle.validate(&error))
        return error;
    if (request.generation && request.prompt.trimmed().isEmpty())
        return SpawnError::user(tr("Describe the app you want"));
    if (error = AppEnvironment::check(request.environment); error.isError())
        return error;
    if (error = checkCapacity(); error.isError())
        return error;
    if (error = m_budgetPolicy->admit(request.sandboxKind, request.generation.has_value()); error.isError())
        return error;
    // A model of unknown price under a budget: refused before anything is
    // sent, a token count included.
    const CostEstimate costs = estimate(request);
    if (estimated)
        *estimated = costs;
    return request.generation ? m_budgetPolicy->checkSpend(costs, {}) : SpawnError();
}

QString SessionManager::spawn(const SpawnRequest &request, SpawnError *error)
{
    CostEstimate estimate;
    if (*error = checkStart(request, &estimate); error->isError())
        return {};

    Session session;
    session.estimatedCost = estimate.total();
    session.prompt = request.prompt;
    session.appType = request.generation ? request.generation->appType.value_or(AppType::WebApp)
                                         : request.bundle.manifest().type();
    session.provider = request.provider;
    session.model = request.model;
    session.templateName = request.templateName;
    session.sandboxKind = request.sandboxKind;
    session.environmentNames = request.environment.keys();
    session.approvedScripts = request.allowScripts;
    if (*error = m_store->createSession(session); error->isError())
        return {};
    m_store->setEstimateBasis(session.id, estimate.basedOnSessions);
    if (request.generation) {
        // The first version is stored when the model's answer passes validation.
        if (*error = startRunner(session, {}, request.internetAccess, request.timeout, &request); error->isError())
            return {};
        return session.id;
    }
    if (m_store->saveAppVersion(session.id, QString::fromUtf8(request.bundle.manifest().toJson()), request.bundle.files(),
                                request.sourceSummary) == 0) {
        *error = SpawnError::system(tr("Cannot store the app's files"));
        m_store->fail(session.id, *error, tr("saving the app"));
        return {};
    }
    if (*error = startRunner(session, request.bundle, request.internetAccess, request.timeout, &request); error->isError())
        return {};
    return session.id;
}

SpawnError SessionManager::redeploy(const QString &sessionId, bool internetAccess)
{
    const std::optional<Session> session = m_store->session(sessionId);
    if (!session)
        return SpawnError::user(tr("There is no session %1").arg(sessionId));
    if (SessionRunner *running = runner(sessionId); running && !running->hasEnded())
        return SpawnError::user(tr("Session %1 is running already").arg(sessionId));
    if (!m_providers.contains(session->sandboxKind))
        return SpawnError::user(tr("Sandboxes of kind \"%1\" are not available here").arg(sandboxKindToString(session->sandboxKind)));
    SpawnError error;
    const std::optional<AppBundle> bundle = StoredBundle::latest(m_store, sessionId, &error);
    if (!bundle)
        return error;
    if (error = checkCapacity(); error.isError())
        return error;
    if (error = m_budgetPolicy->admit(session->sandboxKind, false); error.isError())
        return error;
    if (!isTerminal(session->status))
        return SpawnError::user(tr("Session %1 is still %2").arg(sessionId, sessionStatusToString(session->status)));
    if (error = m_store->transition(sessionId, SessionStatus::Queued, tr("redeploying the stored app")); error.isError())
        return error;
    return startRunner(*session, *bundle, internetAccess, std::chrono::seconds(0));
}

SpawnError SessionManager::stop(const QString &sessionId, const QString &reason)
{
    SessionRunner *running = runner(sessionId);
    if (running && !running->hasEnded()) {
        stopRunner(running, reason);
        return {};
    }
    const std::optional<Session> session = m_store->session(sessionId);
    if (!session)
        return SpawnError::user(tr("There is no session %1").arg(sessionId));
    if (isTerminal(session->status) || isStopping(sessionId))
        return {};
    // Another SpawnAI process runs it (a `spawnai spawn` in a terminal):
    // ask that process; the store shows the stop once it is done.
    if (RunRegistry::requestStop(sessionId))
        return {};
    // A cloud sandbox that outlived the run that made it: the session ends
    // once the sandbox is gone.
    if (m_detachedStop) {
        if (const std::optional<SpawnError> handled = m_detachedStop(*session, reason))
            return *handled;
    }
    // Nobody runs it any more: whatever ran it is gone, and so is its sandbox.
    return m_store->transition(sessionId, SessionStatus::Stopped, tr("no SpawnAI process was running it"));
}

SessionDelete *SessionManager::deleteSession(const QString &sessionId, bool purge, QObject *parent)
{
    return new SessionDelete(this, sessionId, purge, parent);
}

void SessionManager::stopRunner(SessionRunner *runner, const QString &reason)
{
    // A session is only marked ended when its sandbox is known to be gone:
    // a cloud one ends when E2B confirms it, which may take retries.
    const std::optional<Session> session = m_store->session(runner->sessionId());
    if (!m_detachedStop || !session || isTerminal(session->status) || !runner->sandbox()
        || !runner->sandbox()->outlivesProcess()) {
        runner->stop(reason);
        return;
    }
    // Under way before the run lets go (its kills start later): who watches the run's end finds it.
    const std::optional<SpawnError> handled = m_detachedStop(*session, reason);
    runner->letGoToStop();
    // Nothing here can learn when it is gone: it ends now, as it used to.
    if (!handled || handled->isError())
        m_store->transition(session->id, SessionStatus::Stopped, reason);
}

void SessionManager::setStopping(const QString &sessionId, bool stopping)
{
    if (stopping == m_stopping.contains(sessionId))
        return;
    if (stopping)
        m_stopping.insert(sessionId);
    else
        m_stopping.remove(sessionId);
    emit stoppingChanged(sessionId);
}

QStringList SessionManager::keepCloudRunningStopRest(const QString &reason)
{
    QStringList kept;
    const auto runners = m_runners;
    for (const auto &running : runners) {
        if (!running || running->hasEnded())
            continue;
        if (running->keepRunningDetached())
            kept << running->sessionId();
        else
            stopRunner(running, reason);
    }
    return kept;
}

void SessionManager::stopAll(const QString &reason)
{
    const auto runners = m_runners;
    for (const auto &running : runners) {
        if (running && !running->hasEnded())
            stopRunner(running, reason);
    }
}

FollowUp *SessionManager::followUp(const QString &sessionId, const QString &request, const QList<PromptImage> &images,
                                   QObject *parent)
{
    auto *change = new FollowUp(parent);
    SessionRunner *running = nullptr;
    const ChangeRequest asked = ChangeRequest::followUp(request, images);
    if (const SpawnError refusal = admitFollowUp(sessionId, asked, &running); refusal.isError())
        change->refuse(refusal);
    else
        change->watch(running);
    if (running)
        running->apply(asked);
    return change;
}

SpawnError SessionManager::admitFollowUp(const QString &sessionId, const ChangeRequest &followUp, SessionRunner **admitted)
{
    SessionRunner *running = runner(sessionId);
    if (!running || running->hasEnded())
        return SpawnError::user(tr("Session %1 is not running here; redeploy it first").arg(sessionId));
    if (running->status() != SessionStatus::Ready)
        return SpawnError::user(tr("Session %1 is busy (%2); wait until it is ready")
                                    .arg(sessionId, sessionStatusToString(running->status())));
    if (followUp.prompt.trimmed().isEmpty())
        return SpawnError::user(tr("Say what to change"));
    // A template's or a folder's app has no model to write the change.
    if (!running->generationSettings())
        return SpawnError::user(tr("Session %1 was not written by a model, so there is nobody to change it")
                                    .arg(sessionId));
    if (const SpawnError error = admitChange(sessionId, followUp); error.isError())
        return error;
    *admitted = running;
    return {};
}

SpawnError SessionManager::admitChange(const QString &sessionId, const ChangeRequest &change)
{
    if (!change.asksModel())
        return {};
    if (const SpawnError error = m_budgetPolicy->admit(SandboxKind::Local, true); error.isError())
        return error;
    const CostEstimate estimate = estimateFollowUp(sessionId, change.prompt, change.images);
    if (const SpawnError error = m_budgetPolicy->checkSpend(estimate, sessionId); error.isError())
        return error;
    // The session's estimate grows by each change it is asked for, so it
    // stays comparable with what the session really costs.
    if (const std::optional<Session> session = m_store->session(sessionId))
        m_store->setEstimatedCost(sessionId, session->estimatedCost + estimate.total());
    return {};
}

CostEstimate SessionManager::estimate(const SpawnRequest &request) const
{
    return RunEstimate::ofSpawn(request, m_planLimits, *m_store);
}

CostEstimate SessionManager::estimateFollowUp(const QString &sessionId, const QString &request,
                                              const QList<PromptImage> &images) const
{
    const SessionRunner *running = runner(sessionId);
    return RunEstimate::ofChange(sessionId, request, running ? running->generationSettings() : nullptr, *m_store, images);
}

SpawnError SessionManager::restoreVersion(const QString &sessionId, int version)
{
    SessionRunner *running = runner(sessionId);
    if (!running || running->hasEnded() || running->status() != SessionStatus::Ready)
        return SpawnError::user(tr("Session %1 must be running and ready to restore a version").arg(sessionId));
    const std::optional<AppVersion> stored = m_store->appVersion(sessionId, version);
    if (!stored)
        return SpawnError::user(tr("Session %1 has no version %2").arg(sessionId).arg(version));
    SpawnError error;
    const std::optional<AppBundle> bundle = StoredBundle::of(*stored, &error);
    if (!bundle)
        return error;
    running->apply(ChangeRequest::restore(*bundle, version));
    return {};
}

SpawnError SessionManager::deployEdited(const QString &sessionId, const QList<AppFile> &edited)
{
    if (edited.isEmpty())
        return SpawnError::user(tr("Nothing was edited"));
    const std::optional<AppVersion> latest = m_store->latestAppVersion(sessionId);
    if (!latest)
        return SpawnError::user(tr("Session %1 has no stored app to edit").arg(sessionId));
    SessionRunner *running = runner(sessionId);
    const bool live = running && !running->hasEnded();
    if (live && (running->status() != SessionStatus::Ready || !running->sandbox()))
        return SpawnError::user(tr("Session %1 is busy (%2); wait until it is ready")
                                    .arg(sessionId, sessionStatusToString(running->status())));
    SpawnError error;
    const std::optional<AppBundle> before = StoredBundle::of(*latest, &error);
    if (!before)
        return error;
    QList<AppFile> files = before->files();
    for (const AppFile &file : edited) {
        const auto same = std::find_if(files.begin(), files.end(),
                                       [&file](const AppFile &existing) { return existing.path == file.path; });
        if (same != files.end())
            same->content = file.content;
        else
            files << file;
    }
    AppBundle bundle(before->manifest(), files);
    if (!bundle.validate(&error))
        return error;
    if (live) {
        running->apply(ChangeRequest::edit(bundle));
        return {};
    }
    // Not running: the edit becomes the latest version, which a redeploy runs.
    if (m_store->saveAppVersion(sessionId, latest->manifestJson, bundle.files(), tr("edited by hand")) == 0)
        return SpawnError::system(tr("Cannot store the edited files"));
    return redeploy(sessionId);
}

SpawnError SessionManager::extend(const QString &sessionId, std::chrono::seconds more)
{
    SandboxEnd *end = sandboxEnd(sessionId);
    if (!end)
        return SpawnError::user(tr("Session %1 is not running here").arg(sessionId));
    if (const SpawnError refusal = end->extendRefusal(more); refusal.isError())
        return refusal;
    EndExtension *extension = end->extend(more);
    connect(extension, &AsyncOperation::finished, extension, &QObject::deleteLater);
    return {};
}

SandboxEnd *SessionManager::sandboxEnd(const QString &sessionId) const
{
    if (SessionRunner *running = runner(sessionId); running && !running->hasEnded())
        return running->expiry();
    return m_keptEndSource ? m_keptEndSource(sessionId) : nullptr;
}

void SessionManager::extendForAnotherProcess(const QString &sessionId, std::chrono::seconds more)
{
    SessionRunner *running = runner(sessionId);
    if (!running || running->hasEnded()) {
        m_registry->answerExtend(sessionId, {}, SpawnError::user(tr("Session %1 is not running here").arg(sessionId)));
        return;
    }
    // One answer, always: the extension finishes once, even when the
    // sandbox goes first.
    EndExtension *extension = running->expiry()->extend(more);
    connect(extension, &AsyncOperation::finished, this, [this, sessionId, extension] {
        extension->deleteLater();
        m_registry->answerExtend(sessionId, extension->expiresAt(), extension->error());
    });
}

QList<std::pair<QByteArray, QByteArray>> SessionManager::previewRequestHeaders(const QString &sessionId) const
{
    const SessionRunner *running = runner(sessionId);
    if (running && !running->hasEnded() && running->sandbox())
        return running->sandbox()->portRequestHeaders();
    return m_previewHeaderSource ? m_previewHeaderSource(sessionId) : QList<std::pair<QByteArray, QByteArray>>();
}

void SessionManager::appendToLog(const QString &sessionId, const QByteArray &data)
{
    if (SessionRunner *running = runner(sessionId); running && !running->hasEnded())
        running->appendLog(data);
}

SpawnError SessionManager::startRunner(const Session &session, const AppBundle &bundle, bool internetAccess,
                                       std::chrono::seconds timeout, const SpawnRequest *request)
{
    SandboxProvider *sandboxProvider = m_providers.value(session.sandboxKind);
    RunOptions options;
    options.plan = m_plan;
    options.limits = m_planLimits;
    options.deploy = m_deployOptions;
    options.deploy.environment = RunEnvironment::forRun(m_secrets, m_store, session,
                                                        request ? request->environment : AppEnvironment::Values());
    options.deploy.approvedScripts = session.approvedScripts;
    options.sandbox.limits = m_limits;
    options.sandbox.internetAccess = internetAccess;
    options.sandbox.installHosts = m_installHosts;
    options.sandbox.maxTimeout = m_planLimits.maxLifetime;
    options.sandbox.timeout = timeout.count() > 0 ? std::min(timeout, options.sandbox.maxTimeout)
                                                  : std::min(m_planLimits.defaultTimeout, options.sandbox.maxTimeout);
    auto *running = new SessionRunner(m_store, sandboxProvider, session.id, bundle, options, this);
    if (SessionRunner *previous = m_runners.value(session.id))
        previous->deleteLater();
    m_runners.insert(session.id, running);
    m_registry->claim(session.id);
    if (request && request->generation) {
        GenerationSettings settings = *request->generation;
        settings.facts.internetAccess = internetAccess;
        settings.facts.environmentNames = session.environmentNames;
        running->setGeneration(settings, request->prompt, request->images);
    }
    connect(running, &SessionRunner::ended, this, [this, running, id = session.id](SessionStatus status) {
        m_registry->release(id);
        // An ended run holds nothing worth keeping (its log file is still
        // open): a long-lived desktop process must not collect them.
        if (m_runners.value(id) == running)
            m_runners.remove(id);
        running->deleteLater();
        emit sessionEnded(id, status);
    });
    emit runnerStarted(running);
    running->start();
    return {};
}
