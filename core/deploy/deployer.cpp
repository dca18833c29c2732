// SPDX-License-Identifier: MIT
#include "deployer.h"

#include "appsupervisor.h"
#include "bundlechanges.h"
#include "commandfailure.h"
#include "dependencycache.h"
#include "deploycommands.h"
#include "deploypaths.h"
#include "sandbox/sandbox.h"
#include "scriptoutputpage.h"
#include "secrets/appenvironmentread.h"

#include <QLoggingCategory>

#include <utility>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.deployer")

using namespace std::chrono_literals;

// A script's page shows the end of its output; the start of a runaway
// printer is the least interesting part.
constexpr qsizetype MaxScriptOutput = 512 * 1024;
} // namespace

template<typename Operation, typename Handler>
void Deployer::track(Operation *operation, Handler onFinished)
{
    m_current = operation;
    connect(operation, &AsyncOperation::finished, this, [this, operation, onFinished] {
        if (m_current == operation)
            m_current = nullptr;
        operation->deleteLater();
        if (!isFinished())
            onFinished(operation);
    });
}

Deployer::Deployer(Sandbox *sandbox, AppBundle bundle, DeployOptions options, QObject *parent)
    : AsyncOperation(parent)
    , m_sandbox(sandbox)
    , m_bundle(std::move(bundle))
    , m_options(std::move(options))
{
    if (!sandbox)
        return;
    connect(sandbox, &Sandbox::terminated, this, [this](const SpawnError &reason) {
        onSandboxGone(reason.isError() ? reason : SpawnError::resource(tr("the sandbox ended")));
    });
    connect(sandbox, &Sandbox::expired, this, [this] {
        onSandboxGone(SpawnError::resource(tr("the sandbox expired")));
    });
    connect(sandbox, &QObject::destroyed, this, [this] {
        // Its operations die with it; cancelling them now would call into
        // a half-destroyed provider.
        m_current = nullptr;
        if (m_app)
            m_app->abandon();
        onSandboxGone(SpawnError::system(tr("the sandbox was destroyed")));
    });
}

Deployer::~Deployer()
{
    stopCurrent();
    stopApp();
}

void Deployer::setPreviousVersion(const AppBundle &previous)
{
    m_previous = previous;
}

void Deployer::start()
{
    if (m_started) {
        qCWarning(lc) << "start() called twice";
        return;
    }
    m_started = true;
    SpawnError error;
    if (!m_sandbox)
        error = SpawnError::system(tr("There is no sandbox to deploy into"));
    else if (m_bundle.validate(&error, m_options.limits))
        m_plan = DeployPlan(m_bundle, m_previous, m_options);
    if (error.isError()) {
        qCWarning(lc).noquote() << "refused the app before writing anything:" << error.message;
        finishLater(error);
        return;
    }
    qCInfo(lc) << "deploying" << m_bundle.files().size() << "files into" << m_sandbox->id() << "steps"
               << m_plan.steps().size();
    runNextStep();
}

AppSupervisor *Deployer::app() const
{
    return succeeded() ? m_app.data() : nullptr;
}

void Deployer::stopApp()
{
    if (AppSupervisor *app = std::exchange(m_app, nullptr)) {
        app->stop();
        app->deleteLater();
    }
}

void Deployer::abortWork()
{
    qCInfo(lc) << "cancelled during" << deployStepToString(m_step);
    stopCurrent();
    stopApp();
}

void Deployer::runNextStep()
{
    if (isFinished())
        return;
    if (m_nextStep >= m_plan.steps().size()) {
        qCInfo(lc) << "app ready at" << m_appUrl;
        handOverApp();
        finishSuccess();
        return;
    }
    m_step = m_plan.steps().at(m_nextStep++);
    m_stepTimer.start();
    emit stepStarted(m_step);
    if (isFinished())  // a listener cancelled
        return;
    switch (m_step) {
    case DeployStep::WriteFiles:
        return writeFiles();
    case DeployStep::CheckFiles:
        return checkFiles();
    case DeployStep::InstallNodePackages:
        return installNodePackages();
    case DeployStep::RunInstallScripts:
        return runInstallCommand(DeployCommands::npmRebuild(m_plan.npmScripts(), m_options.installTimeout));
    case DeployStep::InstallPythonPackages:
        reportUnapprovedScripts(m_plan.unapprovedPipSourceBuilds());
        return runInstallCommand(DeployCommands::pipInstall(m_bundle.manifest().pipPackages(), m_options.installTimeout,
                                                            m_plan.pipSourceBuilds()));
    case DeployStep::Build:
        return build();
    case DeployStep::RunScript:
        return runScript();
    case DeployStep::Start:
        return startApp();
    case DeployStep::WaitReady:
        return waitReady();
    }
}

void Deployer::endStep()
{
    const qint64 elapsed = m_stepTimer.elapsed();
    qCDebug(lc) << deployStepToString(m_step) << "took" << elapsed << "ms";
    emit stepFinished(m_step, elapsed);
    runNextStep();
}

void Deployer::writeFiles()
{
    const QList<AppFile> toWrite = m_previous ? BundleChanges(*m_previous, m_bundle).changedFiles() : m_bundle.files();
    QList<AppFile> files;
    files.reserve(toWrite.size() + 2);
    for (const AppFile &file : toWrite)
        files.append({DeployPaths::inApp(file.path), file.content, file.executable});
    files.append({DeployPaths::inApp(DeployPaths::manifestFileName()), m_bundle.manifest().toJson(), false});
    if (m_plan.needsPackageJsonStub())
        files.append({DeployPaths::inApp(QStringLiteral("package.json")), DeployPlan::packageJsonStub(), false});
    track(m_sandbox->writeFiles(files), [this](AsyncOperation *operation) {
        if (!operation->succeeded()) {
            const SpawnError &error = operation->error();
            fail({error.kind, tr("%1 failed: %2").arg(deployStepTitle(m_step), error.message), error.retryable});
            return;
        }
        if (m_plan.removedPaths().isEmpty())
            return endStep();
        removeFiles();
    });
}

void Deployer::removeFiles()
{
    // The paths were validated when the previous version was deployed; they
    // go to rm as arguments, after "--", never through a shell.
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")};
    for (const QString &path : m_plan.removedPaths())
        spec.argv << DeployPaths::inApp(path);
    spec.workingDirectory = DeployPaths::appDir();
    spec.timeout = std::chrono::seconds(30);
    track(startCommand(spec), [this](CommandRun *run) {
        if (!commandSucceeded(run))
            return failCommand(run, ErrorKind::System, std::chrono::seconds(30));
        info(tr("Removed %n file(s)", nullptr, int(m_plan.removedPaths().size())));
        endStep();
    });
}

void Deployer::checkFiles()
{
    if (m_nextCheck >= m_options.checks.size())
        return endStep();
    const CommandSpec spec = m_options.checks.at(m_nextCheck++);
    track(startCommand(spec), [this, spec](CommandRun *run) {
        if (commandSucceeded(run))
            return checkFiles();
        // A syntax error is the app's to fix: the message names the check.
        if (!run->error().isError() && !run->timedOut()) {
            return fail(SpawnError::user(withTail(tr("%1 failed: `%2` exited with code %3")
                                                      .arg(deployStepTitle(m_step), spec.argv.join(u' '))
                                                      .arg(run->exitCode()),
                                                  run)));
        }
        failCommand(run, ErrorKind::User, spec.timeout);
    });
}

void Deployer::installNodePackages()
{
    reportUnapprovedScripts(m_plan.unapprovedNpmScripts());
    const AppFile *lock = m_bundle.file(QStringLiteral("package-lock.json"));
    m_cacheKey = DependencyCache::npmKey(m_bundle.manifest().npmPackages(), m_plan.dependencyMaps(),
                                         lock ? lock->content : QByteArray());
    if (!m_options.useDependencyCache)
        return runNpmInstall();
    track(m_sandbox->restoreCachedDirectory(m_cacheKey, DeployPaths::inApp(QStringLiteral("node_modules"))),
          [this](AsyncOperation *operation) {
              if (!operation->succeeded()) {
                  qCDebug(lc) << "dependency cache miss" << m_cacheKey << operation->error().message;
                  return runNpmInstall();
              }
              m_usedCache = true;
              info(tr("Restored node_modules from the dependency cache"));
              endStep();
          });
}

void Deployer::runNpmInstall()
{
    const CommandSpec spec = DeployCommands::npmInstall(m_bundle.manifest().npmPackages(), m_options.installTimeout,
                                                        m_plan.npmBefore());
    track(startCommand(spec), [this](CommandRun *run) {
        if (!commandSucceeded(run))
            return failInstall(run);
        if (m_options.useDependencyCache)
            return saveDependencyCache();
        endStep();
    });
}

void Deployer::saveDependencyCache()
{
    track(m_sandbox->saveCachedDirectory(m_cacheKey, DeployPaths::inApp(QStringLiteral("node_modules"))),
          [this](AsyncOperation *operation) {
              // The install worked; a cache that cannot keep it only costs time later.
              if (!operation->succeeded())
                  qCInfo(lc) << "could not save node_modules to the cache:" << operation->error().message;
              endStep();
          });
}

void Deployer::runInstallCommand(const CommandSpec &spec)
{
    track(startCommand(spec), [this](CommandRun *run) {
        if (!commandSucceeded(run))
            return failInstall(run);
        endStep();
    });
}

void Deployer::reportUnapprovedScripts(const QStringList &names)
{
    // The deployment never waits for an approval: the app installs without
    // the scripts, and the window offers to approve them and redeploy.
    if (!names.isEmpty())
        info(tr("Install scripts of %1 were not run (not approved)").arg(names.join(QLatin1String(", "))));
}

void Deployer::build()
{
    const CommandSpec spec = DeployCommands::shell(m_bundle.manifest().build(), port(), m_options.buildTimeout);
    track(startCommand(spec), [this](CommandRun *run) {
        if (!commandSucceeded(run))
            return failCommand(run, ErrorKind::User, m_options.buildTimeout);
        endStep();
    });
}

void Deployer::runScript()
{
    if (!environmentReady(&Deployer::runScript))
        return;
    const CommandSpec spec = withEnvironment(DeployCommands::shell(m_bundle.startCommand(), port(), m_options.scriptTimeout));
    CommandRun *run = startCommand(spec);
    auto keep = [this](const QByteArray &data) {
        m_scriptOutput += data;
        if (m_scriptOutput.size() > MaxScriptOutput) {
            m_scriptOutput = m_scriptOutput.right(MaxScriptOutput);
            m_scriptOutputTruncated = true;
        }
    };
    connect(run, &CommandRun::standardOutput, this, keep);
    connect(run, &CommandRun::standardError, this, keep);
    track(run, [this](CommandRun *run) {
        if (!commandSucceeded(run))
            return failCommand(run, ErrorKind::User, m_options.scriptTimeout);
        writeOutputPage(run);
    });
}

void Deployer::writeOutputPage(const CommandRun *run)
{
    ScriptOutputPage::Run result;
    result.command = m_bundle.startCommand();
    result.output = m_scriptOutput;
    result.exitCode = run->exitCode();
    result.duration = std::chrono::milliseconds(m_stepTimer.elapsed());
    result.truncated = m_scriptOutputTruncated;
    const AppFile page{DeployPaths::scriptOutputDir() + QStringLiteral("/index.html"),
                           ScriptOutputPage::render(result), false};
    track(m_sandbox->writeFiles({page}), [this](AsyncOperation *operation) {
        if (!operation->succeeded()) {
            const SpawnError &error = operation->error();
            fail({error.kind, tr("%1 failed: could not write the output page: %2")
                                  .arg(deployStepTitle(m_step), error.message),
                  error.retryable});
            return;
        }
        endStep();
    });
}

void Deployer::startApp()
{
    const bool script = m_bundle.manifest().type() == AppType::Script;
    if (!script && !environmentReady(&Deployer::startApp))
        return;
    const CommandSpec spec = script ? DeployCommands::outputServer(port())
                                    : withEnvironment(DeployCommands::shell(m_bundle.startCommand(), port(), 0ms));
    CommandRun *run = startCommand(spec);
    m_app = new AppSupervisor(m_sandbox, run, this);
    connect(run, &AsyncOperation::finished, this, &Deployer::onAppFinished);
    if (run->hasStarted())
        return endStep();
    connect(run, &CommandRun::started, this, [this] {
        if (!isFinished() && m_step == DeployStep::Start)
            endStep();
    });
}

void Deployer::waitReady()
{
    track(m_sandbox->waitForHttp(port(), m_options.readyTimeout), [this](AsyncOperation *operation) {
        if (!operation->succeeded()) {
            const SpawnError &error = operation->error();
            const ErrorKind kind = error.kind == ErrorKind::Api || error.kind == ErrorKind::System
                ? error.kind
                : ErrorKind::Resource;
            QString message = tr("%1 failed: the app did not answer HTTP on port %2 within %3")
                                  .arg(deployStepTitle(m_step))
                                  .arg(port())
                                  .arg(CommandFailure::duration(m_options.readyTimeout));
            if (!error.message.isEmpty())
                message += QStringLiteral(" (") + error.message + u')';
            return fail({kind, withTail(message, m_app ? m_app->run() : nullptr), error.retryable});
        }
        m_appUrl = m_sandbox->portUrl(port());
        endStep();
    });
}

void Deployer::onAppFinished()
{
    const CommandRun *run = m_app ? m_app->run() : nullptr;
    if (!run || isFinished())
        return;
    const SpawnError &error = run->error();
    QString message = error.isError()
        ? tr("%1 failed: the app stopped before it answered on port %2: %3")
              .arg(deployStepTitle(m_step)).arg(port()).arg(error.message)
        : tr("%1 failed: the app exited with code %2 before it answered on port %3")
              .arg(deployStepTitle(m_step)).arg(run->exitCode()).arg(port());
    fail({error.isError() ? error.kind : ErrorKind::User, withTail(message, run), error.retryable});
}

void Deployer::handOverApp()
{
    // From here on only the supervisor reports the app; the deployment is over.
    if (m_app && m_app->run())
        disconnect(m_app->run(), nullptr, this, nullptr);
}

void Deployer::onSandboxGone(const SpawnError &reason)
{
    if (!m_started || isFinished())
        return;
    fail({reason.kind, tr("%1 failed: %2").arg(deployStepTitle(m_step), reason.message), reason.retryable});
}

bool Deployer::environmentReady(void (Deployer::*step)())
{
    AppEnvironmentRead *environment = m_options.environment.get();
    if (!environment || environment->succeeded())
        return true;
    if (!environment->isFinished()) {
        connect(environment, &AsyncOperation::finished, this, [this, step] {
            if (!isFinished())
                (this->*step)();
        }, Qt::SingleShotConnection);
        return false;
    }
    const SpawnError &error = environment->error();
    fail({error.kind, tr("%1 failed: %2").arg(deployStepTitle(m_step), error.message), error.retryable});
    return false;
}

CommandSpec Deployer::withEnvironment(CommandSpec spec) const
{
    // Only the app's own run command: installs and builds never see it.
    if (m_options.environment) {
        const AppEnvironment::Values &values = m_options.environment->values();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!spec.environment.contains(it.key()))
                spec.environment.insert(it.key(), it.value());
        }
    }
    return spec;
}

CommandRun *Deployer::startCommand(const CommandSpec &spec)
{
    CommandRun *run = m_sandbox->start(spec);
    if (m_options.environment && m_options.environment->succeeded())
        run->redact(m_options.environment->values());
    const DeployStep step = m_step;
    connect(run, &CommandRun::standardOutput, this, [this, step](const QByteArray &data) {
        emit logOutput(step, LogStream::StandardOutput, data);
    });
    connect(run, &CommandRun::standardError, this, [this, step](const QByteArray &data) {
        emit logOutput(step, LogStream::StandardError, data);
    });
    return run;
}

bool Deployer::commandSucceeded(const CommandRun *run) const
{
    return run->succeeded() && run->exitCode() == 0;
}

void Deployer::failCommand(const CommandRun *run, ErrorKind exitKind, std::chrono::milliseconds timeout)
{
    fail(CommandFailure::of(run, m_step, exitKind, timeout, m_options.outputTailLines));
}

void Deployer::failInstall(const CommandRun *run)
{
    const bool network = CommandFailure::looksLikeNetworkFailure(run->outputTail(m_options.outputTailLines));
    failCommand(run, network ? ErrorKind::Api : ErrorKind::User, m_options.installTimeout);
}

void Deployer::fail(const SpawnError &error)
{
    if (isFinished())
        return;
    if (m_nextStep == 0)
        qCWarning(lc).noquote() << "refused the app before writing anything:" << error.message;
    else
        qCWarning(lc).noquote() << "deployment failed in" << deployStepToString(m_step) << ":" << error.message;
    stopCurrent();
    stopApp();
    finishWithError(error);
}

void Deployer::info(const QString &text)
{
    emit logOutput(m_step, LogStream::Info, text.toUtf8() + '\n');
}

void Deployer::stopCurrent()
{
    AsyncOperation *operation = std::exchange(m_current, nullptr);
    if (!operation)
        return;
    disconnect(operation, nullptr, this, nullptr);
    operation->cancel();
    operation->deleteLater();
}

QString Deployer::withTail(const QString &message, const CommandRun *run) const
{
    return CommandFailure::withTail(message, run, m_options.outputTailLines);
}
