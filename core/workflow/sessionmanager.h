// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costestimator.h"
#include "deploy/appbundle.h"
#include "generationsettings.h"
#include "runoptions.h"
#include "session/session.h"
#include "common/appfile.h"
#include "common/promptimage.h"
#include "secrets/appenvironment.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class FollowUp;
class BudgetEnforcer;
class BudgetPolicy;
struct ChangeRequest;
class ModelClients;
class RunRegistry;
class SandboxEnd;
class SandboxProvider;
class SessionDelete;
class SessionHold;
class SessionHolds;
class SessionRunner;
class SessionStore;

// What a caller asks for: an app to run, and where.
struct SpawnRequest
{
    AppBundle bundle;
    QString prompt;        // what the user asked for; the template's name for templates
    QString templateName;  // empty unless from a template
    QString provider;      // the model provider; empty for templates and folders
    QString model;
    // The model server when no client is made yet (an estimate for the
    // form); with a client, its address counts. Empty: the provider's own.
    QUrl baseUrl;
    SandboxKind sandboxKind = SandboxKind::Local;
    bool internetAccess = false;
    std::chrono::seconds timeout{0};  // 0: the plan's default
    QString sourceSummary;            // for the app version: "template static-site"
    // Set for an app the model writes from `prompt`; `bundle` is then unused.
    std::optional<GenerationSettings> generation;
    // The opening prompt's tokens as the service counted them (SpawnLaunch);
    // 0: estimated from its length.
    qint64 promptTokens = 0;
    // Pictures that go with `prompt` (checked already: PromptImageCheck).
    QList<PromptImage> images;
    // The app's environment (AppEnvironment; checked already): the session
    // keeps the names, the keychain the values.
    AppEnvironment::Values environment;
    // Packages whose install scripts / source builds the user approved up
    // front (--allow-scripts, the API's allowScripts; validated already).
    QStringList allowScripts;
};

// The one entry point for running sessions, shared by the GUI and the
// command line: creates sessions, holds the plan's limits, starts, stops and
// redeploys them, and owns their runners.
class SessionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)

public:
    explicit SessionManager(SessionStore *store, QObject *parent = nullptr);
    // `budget` answers every "may this spend?" (the caller keeps it; it
    // must outlive the manager). Without one, the manager keeps its own.
    SessionManager(SessionStore *store, BudgetPolicy *budget, QObject *parent = nullptr);
    ~SessionManager() override;

    void addProvider(SandboxProvider *provider);
    SandboxProvider *provider(SandboxKind kind) const;
    // The plan with its own limits, or with limits the overrides set
    // (RuntimeOverrides: MAX_CONCURRENT_SESSIONS, the default timeout). Runs
    // under way take the new limits for their extensions.
    void setPlan(Plan plan) { setPlan(plan, planLimits(plan)); }
    void setPlan(Plan plan, const PlanLimits &limits);
    Plan plan() const { return m_plan; }
    const PlanLimits &limits() const { return m_planLimits; }
    void setDefaultLimits(const SandboxLimits &limits) { m_limits = limits; }
    // What installs may reach (SandboxSpec::installHosts), for every new run.
    void setInstallHosts(const QStringList &hosts) { m_installHosts = hosts; }
    void setDeployOptions(const DeployOptions &options) { m_deployOptions = options; }
    const DeployOptions &deployOptions() const { return m_deployOptions; }
    // Where the apps' environments are kept (the keychain); null: sessions
    // with environment variables run once and cannot be redeployed.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    SecretStore *secretStore() const { return m_secrets; }

    // The one estimate of what `request` will cost (CostEstimator): what the
    // form shows, the budget checks and the session stores.
    CostEstimate estimate(const SpawnRequest &request) const;
    // What a follow-up `request` to a session run here will cost.
    CostEstimate estimateFollowUp(const QString &sessionId, const QString &request,
                                  const QList<PromptImage> &images = {}) const;

    // What spawn() refuses before it creates anything: an unknown sandbox
    // kind, an empty prompt, the plan's limit of sessions, a spent budget,
    // and the estimate (from the prompt's length when not counted yet).
    SpawnError precheck(const SpawnRequest &request) const;
    // Creates a queued session with the bundle as version 1 and starts it.
    // Returns the session id, or an error when it cannot even begin.
    QString spawn(const SpawnRequest &request, SpawnError *error);
    // Deploys a session's latest stored version again, in a new sandbox.
    SpawnError redeploy(const QString &sessionId, bool internetAccess = false);
    // Stops a session run here; asks the owning process for one run by
    // another SpawnAI process; marks one that nobody runs as stopped.
    SpawnError stop(const QString &sessionId, const QString &reason);
    // A change to a ready generated app that runs in this process. The
    // operation (the caller owns it) finishes exactly once: refused, failed,
    // or with the changed app ready (FollowUp).
    FollowUp *followUp(const QString &sessionId, const QString &request, QObject *parent = nullptr)
    {
        return followUp(sessionId, request, {}, parent);
    }
    // With pictures (checked already: PromptImageCheck).
    FollowUp *followUp(const QString &sessionId, const QString &request, const QList<PromptImage> &images,
                       QObject *parent);
    // Puts version `version` back into the running app, as a new version.
    SpawnError restoreVersion(const QString &sessionId, int version);
    // Files the user edited (changed or new; the others stay as they are),
    // stored as a new version and deployed: into the running app when it is
    // ready, else in a new sandbox as a redeploy does.
    SpawnError deployEdited(const QString &sessionId, const QList<AppFile> &edited);
    // Deletes a session: stops its run as stop() does (waiting for a cloud
    // sandbox's end to be confirmed), then with `purge` erases it but for
    // its costs; without, the history stays. The caller start()s it.
    SessionDelete *deleteSession(const QString &sessionId, bool purge, QObject *parent = nullptr);
    // Gives the sandbox of `sessionId` more time (`more` zero: one step of
    // the plan's default timeout past its end): its runner's, or a kept
    // cloud sandbox's that no runner here serves (sandboxEnd()). A refusal
    // comes back at once, for the window's Extend; otherwise sandboxEnd()'s
    // extended() or extendFailed() follows (its EndExtension is dropped here). Sessions another process runs:
    // SessionExtension.
    SpawnError extend(const QString &sessionId, std::chrono::seconds more = {});
    // The end of the sandbox that serves `sessionId`, for the window's
    // countdown and Extend: its runner's (RunExpiry) while it runs here,
    // else that of a cloud sandbox kept running from an earlier run (the
    // source below, which CloudSandboxes sets: KeptRuns), else null.
    SandboxEnd *sandboxEnd(const QString &sessionId) const;
    using KeptEndSource = std::function<SandboxEnd *(const QString &sessionId)>;
    void setKeptEndSource(KeptEndSource source) { m_keptEndSource = std::move(source); }
    // Holds `sessionId` while the returned object lives (owned by `parent`):
    // its sandbox is extended by itself before its end, within the plan's
    // longest run and the budget (SessionHold, SessionHolds). The window
    // holds the session whose app it shows; the local API and MCP take
    // one while a client uses a session.
    SessionHold *hold(const QString &sessionId, QObject *parent = nullptr);
    SessionHolds *holds() const { return m_holds; }
    // What every request to the running app's address must carry (E2B's
    // private preview token); empty when it runs nowhere or needs none. For
    // an app no runner here serves (kept running from an earlier run, or
    // run by another SpawnAI process) the source below answers, and
    // previewHeadersChanged() tells when it learns more.
    QList<std::pair<QByteArray, QByteArray>> previewRequestHeaders(const QString &sessionId) const;
    using PreviewHeaderSource = std::function<QList<std::pair<QByteArray, QByteArray>>(const QString &sessionId)>;
    void setPreviewHeaderSource(PreviewHeaderSource source) { m_previewHeaderSource = std::move(source); }
    // Adds lines from outside the sandbox (the preview's console) to the
    // log of a session that runs here; dropped otherwise.
    void appendToLog(const QString &sessionId, const QByteArray &data);
    // Stops every running session: SpawnAI is quitting.
    void stopAll(const QString &reason);
    // At quit with "keep running": ready sessions on cloud sandboxes stay up
    // until their expiry; every other session stops. Returns the kept ids.
    QStringList keepCloudRunningStopRest(const QString &reason);
    // How stop() ends a session whose cloud sandbox no runner holds (kept
    // running when SpawnAI last closed, left by a crash): nullopt when the
    // session has none, else the error that keeps it from ending it here
    // (none: the session is stopped once its sandbox is gone).
    // It also ends a run here whose sandbox outlives this process (a cloud
    // one): the run lets it go (SessionRunner::letGoToStop) and the session
    // ends once its cloud confirms the sandbox gone, not at once.
    using DetachedStop = std::function<std::optional<SpawnError>(const Session &session, const QString &reason)>;
    void setDetachedStop(DetachedStop stop) { m_detachedStop = std::move(stop); }
    // A Stop of `sessionId` is under way (its cloud sandbox is being ended,
    // CloudSandboxes): a second Stop joins it, and the window's is off.
    bool isStopping(const QString &sessionId) const { return m_stopping.contains(sessionId); }
    void setStopping(const QString &sessionId, bool stopping);

    SessionRunner *runner(const QString &sessionId) const;
    QList<SessionRunner *> runners() const;
    int activeCount() const;
    // The monthly budget while sessions run: notifications and the 100 % stop.
    BudgetEnforcer *budget() const { return m_budget; }
    // Asked before every spawn, redeploy, follow-up and extension.
    BudgetPolicy *budgetPolicy() const { return m_budgetPolicy; }
    SessionStore *store() const { return m_store; }
    RunRegistry *registry() const { return m_registry; }
    // The process's one pool of model clients (SessionLaunch, the window's
    // key checks): a session's follow-ups reuse the client that wrote it.
    ModelClients *modelClients() const { return m_modelClients; }

signals:
    void runnerStarted(SessionRunner *runner);
    // A provider came (E2B, once its key is known) or the plan changed:
    // what a kept sandbox's end can do may have changed with them.
    void providerAdded(SandboxKind kind);
    void planChanged();
    void sessionEnded(const QString &sessionId, SessionStatus status);
    void stoppingChanged(const QString &sessionId);
    // previewRequestHeaders(sessionId) has something new (a kept app's
    // traffic token, read from the keychain after a restart).
    void previewHeadersChanged(const QString &sessionId);

private:
    // Why `request` cannot be asked of `sessionId`'s run now; none, with
    // the runner that takes it in `admitted`.
    SpawnError admitFollowUp(const QString &sessionId, const ChangeRequest &followUp, SessionRunner **admitted);
    // What every change asks before it runs: one the model writes is
    // checked against the budget, and the session's estimate grows by it.
    SpawnError admitChange(const QString &sessionId, const ChangeRequest &change);
    // `spawnai extend` from another process asked; the answer goes back
    // through the run registry.
    void extendForAnotherProcess(const QString &sessionId, std::chrono::seconds more);
    SpawnError checkCapacity() const;
    void stopRunner(SessionRunner *runner, const QString &reason);
    // precheck(), and the estimate it checked.
    SpawnError checkStart(const SpawnRequest &request, CostEstimate *estimated) const;
    // `request`: a new session's (its environment, and the generation of
    // an app the model writes).
    SpawnError startRunner(const Session &session, const AppBundle &bundle, bool internetAccess,
                           std::chrono::seconds timeout, const SpawnRequest *request = nullptr);

    SessionStore *m_store;
    RunRegistry *m_registry;
    BudgetPolicy *m_budgetPolicy;
    BudgetEnforcer *m_budget;
    SessionHolds *m_holds;
    ModelClients *m_modelClients;
    QMap<SandboxKind, SandboxProvider *> m_providers;
    DetachedStop m_detachedStop;
    QSet<QString> m_stopping;
    QHash<QString, QPointer<SessionRunner>> m_runners;
    Plan m_plan = Plan::Hobby;
    PlanLimits m_planLimits = planLimits(Plan::Hobby);
    SandboxLimits m_limits;
    QStringList m_installHosts = SandboxSpec().installHosts;
    DeployOptions m_deployOptions;
    QPointer<SecretStore> m_secrets;
    PreviewHeaderSource m_previewHeaderSource;
    KeptEndSource m_keptEndSource;
};
