// SPDX-License-Identifier: MIT
#pragma once

#include "billing/sessioncost.h"
#include "changerequest.h"
#include "deploy/appbundle.h"
#include "deploy/deploystep.h"
#include "generation/promptlibrary.h"
#include "generationsettings.h"
#include "llm/llmtypes.h"
#include "runoptions.h"
#include "session/sessionlog.h"
#include "session/sessionstatus.h"
#include "store/usagerecords.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class AppSupervisor;
class Deployer;
class GenerationPhase;
class RepairLoop;
class RunExpiry;
class RunUsageMeter;
class Sandbox;
class SandboxCreation;
class SandboxProvider;
class SessionStore;

// Carries one run of a session from queued to ready and on to its end:
// provisions a sandbox, deploys the app, watches it, and records every move
// in the store before acting on it. Any failure destroys the sandbox.
// The run's stages are objects it owns: the model's work (GenerationPhase,
// driven by a RepairLoop until an answer runs), the deployment (Deployer),
// and each change to the ready app (a ChangeRequest). The run's bill
// (RunUsageMeter) and its sandbox's end time (RunExpiry) are kept by
// helpers that live as long as the sandbox.
class SessionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRunner)

public:
    SessionRunner(SessionStore *store, SandboxProvider *provider, const QString &sessionId, AppBundle bundle,
                  RunOptions options, QObject *parent = nullptr);
    ~SessionRunner() override;

    // Makes this a generated session: the model writes the app from
    // `request` (and `images`) before it is deployed. Call before start().
    void setGeneration(const GenerationSettings &settings, const QString &request,
                       const QList<PromptImage> &images = {});
    // The session must be queued.
    void start();
    // A change to the ready app, made in the same sandbox as a new version
    // (a follow-up, a restore, an edit). False, and nothing done, unless the
    // run is ready (and, for a change the model writes, generated).
    bool apply(const ChangeRequest &change);
    // The plan changed while this runs: its limits apply to the sandbox's
    // extensions from now on.
    void setPlan(Plan plan, const PlanLimits &limits);
    // Output that belongs in the session's log but comes from elsewhere
    // (the preview's console); written and shown like the app's own.
    void appendLog(const QByteArray &data);
    // Ends the run as stopped (the user's choice or SpawnAI quitting).
    void stop(const QString &reason);
    // Like stop(), but the sandbox is paused rather than destroyed where its
    // provider can pause (E2B): the app's process is left as it is, and a
    // sandbox whose pause fails is destroyed, so nothing is left costing.
    void stopAndPause(const QString &reason);
    // SpawnAI quits and the user keeps cloud apps running: a ready session
    // whose sandbox can outlive this process lets it go and stays ready in
    // the history (with its expiry); anything else stops. True if kept.
    bool keepRunningDetached();
    // Stop for a sandbox that outlives this process (a cloud one): the run
    // ends and destroys it, but the session keeps its status, and its bill
    // stays open (billed up to now), until the cloud confirms the sandbox
    // gone, which someone else waits for (CloudSandboxStop, through
    // SessionManager). False, and nothing done, for any other run.
    bool letGoToStop();
    // Whether a model request of this run is in flight (writing, repairing
    // or changing the app).
    bool isGenerating() const;
    // Stops the model's work (the monthly budget is spent): a follow-up is
    // dropped and the running app stays ready; a run still being written or
    // repaired ends as stopped with `reason`.
    void stopGeneration(const QString &reason);

    const QString &sessionId() const { return m_sessionId; }
    SessionStatus status() const { return m_status; }
    QUrl appUrl() const { return m_appUrl; }
    Sandbox *sandbox() const { return m_sandbox; }
    // The sandbox's end: the warning, Extend, and extending by itself while held.
    RunExpiry *expiry() const { return m_expiry; }
    RunUsageMeter *meter() const { return m_meter; }
    // What the last move of the status said ("waiting for a sandbox: ...").
    const QString &statusDetail() const { return m_statusDetail; }
    bool hasEnded() const { return m_ended; }
    double totalCost() const;
    // The model request streaming now, priced as it will be billed, its
    // output counted from the text so far until the service says it; not
    // yet in totalCost(), which gets the final figure when it ends.
    std::optional<LlmUsageRecord> requestSoFar() const;
    // The same total with its parts: caching's savings, unpriced requests.
    SessionCost costSummary() const;
    // Set for a generated session.
    const GenerationSettings *generationSettings() const;

    // Why the run ended without the journal recording it (the store refused
    // the move, e.g. on a full disk: StoreSql::storeError's words), else none.
    SpawnError journalError() const { return m_journalError; }

signals:
    void statusChanged(SessionStatus status);
    void stepStarted(DeployStep step);
    void stepFinished(DeployStep step, qint64 milliseconds);
    void logOutput(const QByteArray &data);
    void ready(const QUrl &url);
    void fileStarted(const QString &path);
    // A line of the file the model is writing, as it arrives.
    void fileTextWritten(const QString &path, const QString &text);
    // The model's request in flight received text or usage: requestSoFar()
    // changed. Every chunk; a view should redraw on a timer, not per signal.
    void generationProgressed();
    void costUpdated(double totalCost);
    // One model request ended: what it was for, its tokens and its cost.
    // A model request ended and is stored (LlmUsageRecord: tokens, cost, price
    // status, what it was for, which part of the answer).
    void modelRequestFinished(const LlmUsageRecord &request);
    void repairStarted(int round, const SpawnError &reason);
    void versionSaved(int version);
    void followUpFailed(const SpawnError &error);
    // Still queued, for another reason than the status said (E2B's limit,
    // then the plan's on this side): `detail` as the timeline has it.
    void waitingChanged(const QString &detail);
    void extended(const QDateTime &expiresAt);
    void extendFailed(const SpawnError &error);
    // Exactly once, with the terminal status (stopped, expired, failed),
    // or with the status the session keeps when its sandbox outlives the
    // run (keepRunningDetached(), letGoToStop()).
    void ended(SessionStatus status);
    // The sandbox ends at `expiresAt`, within RunOptions::expiryWarning;
    // extending it re-arms the warning.
    void expiresSoon(const QDateTime &expiresAt);

private:
    void provision();
    void onSandboxCreated();
    void onCreationWaiting(const QString &reason);
    void publishCost();
    void startDeployment(const AppBundle *previous);
    void onAnswered(const AppBundle &bundle);
    // The loop under way, or a new one.
    RepairLoop *repairLoop();
    void onLoopFinished();
    QString nextVersionSummary();
    // The change did not come; the running version stays.
    void dropChange(const QString &event, const SpawnError &error);
    void onDeployFinished();
    void superviseApp(AppSupervisor *app);
    void onStepStarted(DeployStep step);
    void onLog(DeployStep step, LogStream stream, const QByteArray &data);
    bool moveTo(SessionStatus to, const QString &detail);
    void failWith(const SpawnError &error, const QString &where);
    void end(SessionStatus status);
    // Pause: a paused sandbox keeps the app's process for a resume.
    enum class Release { Destroy, Pause };
    void stopAnd(const QString &reason, Release release);
    void releaseSandbox(Release release = Release::Destroy);

    SessionStore *m_store;
    SandboxProvider *m_provider;
    QString m_sessionId;
    AppBundle m_bundle;
    RunOptions m_options;
    SessionStatus m_status = SessionStatus::Queued;
    SessionLog m_log;
    QPointer<SandboxCreation> m_creation;
    Sandbox *m_sandbox = nullptr;
    Deployer *m_deployer = nullptr;
    QUrl m_appUrl;
    RunUsageMeter *m_meter;
    RunExpiry *m_expiry;
    QString m_lastWaitReason;
    QString m_statusDetail;
    bool m_ended = false;
    GenerationPhase *m_phase = nullptr;
    QString m_request;
    QList<PromptImage> m_requestImages;
    QPointer<RepairLoop> m_loop;
    std::optional<ChangeRequest> m_change;  // the change under way
    SpawnError m_journalError;
};
