// SPDX-License-Identifier: MIT
#pragma once

#include "appbundle.h"
#include "common/asyncoperation.h"
#include "deployoptions.h"
#include "deployplan.h"
#include "deploystep.h"
#include "sandbox/commandrun.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>

#include <optional>

class AppSupervisor;
class Sandbox;
struct CommandSpec;

// Puts an app bundle into a sandbox and starts it: write files, install
// packages (npm through the provider's dependency cache), build, start in
// the background (or run a script once and serve its output page) and wait
// until the port answers HTTP. Uses only the Sandbox interface.
//
// finished() ends the deployment and is its last signal. On success
// appUrl() is set and app() watches the background app from then on (its
// output, a later exit); it stays a child of the Deployer, so destroying the
// Deployer stops the app. On failure the error names the step, the exit code
// and the last output lines; the Deployer stops what it started but never
// destroys the sandbox.
class Deployer final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Deployer)

public:
    Deployer(Sandbox *sandbox, AppBundle bundle, DeployOptions options = {}, QObject *parent = nullptr);
    ~Deployer() override;

    // Deploys into a sandbox where `previous` ran (a follow-up or a repair):
    // only changed files are written, removed ones are deleted, and packages
    // are installed again only when they changed. The caller has stopped
    // the previous app. Call before start().
    void setPreviousVersion(const AppBundle &previous);

    // Validates the whole bundle before the first write; a refusal finishes
    // with a user error on the next turn of the event loop.
    void start();

    const AppBundle &bundle() const { return m_bundle; }
    // The steps this deployment runs, known once start() has validated.
    const QList<DeployStep> &plannedSteps() const { return m_plan.steps(); }
    DeployStep currentStep() const { return m_step; }
    QUrl appUrl() const { return m_appUrl; }
    int port() const { return m_bundle.manifest().port(); }
    // The running app, once the deployment succeeded; null before and
    // after a failure.
    AppSupervisor *app() const;
    bool usedDependencyCache() const { return m_usedCache; }
    // Empty when the app installs no npm packages.
    const QString &dependencyCacheKey() const { return m_cacheKey; }

signals:
    void stepStarted(DeployStep step);
    void stepFinished(DeployStep step, qint64 milliseconds);
    // Output of the commands, for the session log; the app's output after
    // a success comes from app().
    void logOutput(DeployStep step, LogStream stream, const QByteArray &data);

protected:
    void abortWork() override;

private:
    void runNextStep();
    void endStep();
    void writeFiles();
    void removeFiles();
    void checkFiles();
    void installNodePackages();
    void runNpmInstall();
    void saveDependencyCache();
    void runInstallCommand(const CommandSpec &spec);
    void reportUnapprovedScripts(const QStringList &names);
    void build();
    void runScript();
    void writeOutputPage(const CommandRun *run);
    void startApp();
    void waitReady();
    void onAppFinished();
    void handOverApp();
    void stopApp();
    void onSandboxGone(const SpawnError &reason);

    CommandRun *startCommand(const CommandSpec &spec);
    // Whether the app's environment is there for its run command; if not,
    // `step` runs again once it is, or the deployment fails.
    bool environmentReady(void (Deployer::*step)());
    CommandSpec withEnvironment(CommandSpec spec) const;
    template<typename Operation, typename Handler>
    void track(Operation *operation, Handler onFinished);
    bool commandSucceeded(const CommandRun *run) const;
    void failCommand(const CommandRun *run, ErrorKind exitKind, std::chrono::milliseconds timeout);
    void fail(const SpawnError &error);
    void info(const QString &text);
    void stopCurrent();
    QString withTail(const QString &message, const CommandRun *run) const;
    void failInstall(const CommandRun *run);

    QPointer<Sandbox> m_sandbox;
    AppBundle m_bundle;
    DeployOptions m_options;
    DeployPlan m_plan;
    qsizetype m_nextStep = 0;
    DeployStep m_step = DeployStep::WriteFiles;
    QElapsedTimer m_stepTimer;
    bool m_started = false;
    QPointer<AsyncOperation> m_current;
    // From the start step on; what it reports counts only after a success.
    QPointer<AppSupervisor> m_app;
    std::optional<AppBundle> m_previous;
    qsizetype m_nextCheck = 0;
    QString m_cacheKey;
    bool m_usedCache = false;
    QByteArray m_scriptOutput;
    bool m_scriptOutputTruncated = false;
    QUrl m_appUrl;
};
