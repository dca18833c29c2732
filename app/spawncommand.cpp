// SPDX-License-Identifier: MIT
#include "spawncommand.h"

#include "appcontext.h"
#include "billing/budgetnotifier.h"
#include "cliappenvironment.h"
#include "clioutput.h"
#include "deploy/folderloader.h"
#include "deploy/templatelibrary.h"
#include "sandbox/local/localsandboxprovider.h"
#include "secrets/appenvironmentread.h"
#include "session/templateprompt.h"
#include "sessionidresolver.h"
#include "store/sessionstore.h"
#include "unixsignalwatcher.h"
#include "workflow/budgetenforcer.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/cloudsandboxstop.h"
#include "workflow/followup.h"
#include "workflow/scriptapproval.h"
#include "workflow/sessionmanager.h"
#include "common/promptimagecheck.h"
#include "workflow/sessionlaunch.h"
#include "workflow/sessionrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

SpawnCommand::SpawnCommand(AppContext *context, const CliArguments &arguments, CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_arguments(arguments)
    , m_output(output)
{
}

SpawnCommand::~SpawnCommand() = default;

int SpawnCommand::start()
{
    if (m_arguments.sandboxKind == SandboxKind::E2b) {
        if (!m_context->cloud()->isE2bEnabled()) {
            // E2B_API_KEY was not set: the keychain may hold the key.
            m_context->enableE2bFromKeychain(this, [this] {
                if (!m_context->cloud()->isE2bEnabled()) {
                    m_output->error(tr("No E2B API key: set E2B_API_KEY or add the key in Settings"));
                    finish(ExitCode::Unavailable);
                    return;
                }
                if (const int code = begin(); code >= 0)
                    finish(code);
            });
            return -1;
        }
    } else if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty()) {
        m_output->error(tr("Local sandboxes cannot run here: %1").arg(missing));
        return ExitCode::Unavailable;
    }
    return begin();
}

int SpawnCommand::begin()
{
    SessionManager *manager = m_context->manager();
    connect(manager, &SessionManager::runnerStarted, this, &SpawnCommand::watch);
    connect(manager->budget()->notifier(), &BudgetNotifier::thresholdReached, this,
            [this](int percent, double spent, double budget) { m_output->budget(percent, spent, budget); });
    connect(manager->budget(), &BudgetEnforcer::budgetStopped, this,
            [this](double spent, double budget, const QStringList &ids) { m_output->budgetStop(spent, budget, ids); });
    auto *signalWatcher = new UnixSignalWatcher(this);
    connect(signalWatcher, &UnixSignalWatcher::terminationRequested, this, [this, manager](int signalNumber) {
        if (m_sessionId.isEmpty()) {
            finish(ExitCode::Ok);
            return;
        }
        manager->stop(m_sessionId, signalNumber == 2 ? tr("stopped with Ctrl-C") : tr("stopped by SIGTERM"));
    });

    SpawnError error;
    if (m_arguments.command == u"redeploy") {
        QString message;
        m_sessionId = SessionIdResolver::resolve(m_context->store(), m_arguments.sessionId, &message);
        if (m_sessionId.isEmpty()) {
            m_output->error(message);
            return ExitCode::NotFound;
        }
        if (!m_arguments.allowScripts.isEmpty())
            error = ScriptApproval::approve(m_context->store(), m_sessionId, m_arguments.allowScripts);
        if (!error.isError())
            error = manager->redeploy(m_sessionId, m_arguments.internet);
        if (error.isError()) {
            m_output->error(error.message);
            return ExitCode::Usage;
        }
        return -1;
    }

    LaunchRequest request;
    request.sandboxKind = m_arguments.sandboxKind;
    request.internetAccess = m_arguments.internet;
    if (!m_arguments.prompt.isEmpty()) {
        request.prompt = m_arguments.prompt;
        request.appType = m_arguments.appType;
        request.provider = m_arguments.provider;
        request.model = m_arguments.model;
        request.baseUrl = QUrl(m_arguments.baseUrl);
        // Refused here, before a key is looked up or anything is sent.
        if (error = PromptImageCheck::checkCount(m_arguments.images.size()); error.isError()) {
            m_output->error(error.message);
            return ExitCode::Usage;
        }
        for (const QString &path : m_arguments.images) {
            std::optional<PromptImage> image = PromptImageCheck::fromFile(path, &error);
            if (!image) {
                m_output->error(error.message);
                return ExitCode::Usage;
            }
            request.images << *image;
        }
    } else if (!m_arguments.templateName.isEmpty()) {
        TemplateLibrary library;
        if (!library.availableTemplates().contains(m_arguments.templateName)) {
            m_output->error(tr("There is no template \"%1\". Templates: %2")
                                .arg(m_arguments.templateName, library.availableTemplates().join(QStringLiteral(", "))));
            return ExitCode::NotFound;
        }
        request.prompt = TemplatePrompt::of(m_arguments.templateName);
        request.templateName = m_arguments.templateName;
        request.sourceSummary = u"template " + m_arguments.templateName;
    } else {
        if (!QFileInfo(m_arguments.fromDir).isDir()) {
            m_output->error(tr("There is no folder %1").arg(m_arguments.fromDir));
            return ExitCode::NotFound;
        }
        request.bundle = FolderLoader::load(m_arguments.fromDir, &error);
        if (!request.bundle) {
            m_output->error(error.message);
            return ExitCode::Usage;
        }
        request.prompt = tr("Folder: %1").arg(QDir(m_arguments.fromDir).absolutePath());
        request.sourceSummary = u"folder " + QDir(m_arguments.fromDir).absolutePath();
    }
    if (!CliAppEnvironment::collect(m_arguments.env, &request.environment, &error)) {
        m_output->error(error.message);
        return ExitCode::Usage;
    }
    request.allowScripts = m_arguments.allowScripts;
    launch(request);
    return -1;
}

// The one core path (SessionLaunch): for a prompt, the key (the keychain,
// AppContext's, else the environment), the model client, the budget, the
// count and the spawn, as the window does.
void SpawnCommand::launch(const LaunchRequest &request)
{
    if (!m_arguments.envFromKeychain.isEmpty()) {
        // --env-from-keychain: the values `secret set` saved, read first.
        auto *read = new AppEnvironmentRead(m_context->secrets(), {}, m_arguments.envFromKeychain, this);
        m_arguments.envFromKeychain.clear();
        connect(read, &AsyncOperation::finished, this, [this, read, pending = LaunchRequest(request)]() mutable {
            read->deleteLater();
            if (!read->succeeded()) {
                m_output->error(read->error().message);
                finish(read->error().kind == ErrorKind::User ? ExitCode::NotFound : ExitCode::Unavailable);
                return;
            }
            pending.environment.insert(read->values());
            if (const SpawnError error = AppEnvironment::check(pending.environment); error.isError()) {
                m_output->error(error.message);
                finish(ExitCode::Usage);
                return;
            }
            launch(pending);
        });
        read->start();
        return;
    }
    auto *launch = new SessionLaunch(m_context->manager(), m_context->secrets(), request, this);
    connect(launch, &AsyncOperation::finished, this, [this, launch] {
        launch->deleteLater();
        if (!launch->succeeded()) {
            const SpawnError &error = launch->error();
            m_output->error(error.message);
            finish(error.kind == ErrorKind::User ? ExitCode::Usage : ExitCode::SessionFailed);
            return;
        }
        m_sessionId = launch->sessionId();
        if (m_arguments.interactive)
            readFollowUps();
    });
    launch->start();
}

// --interactive: each line on standard input is a change to the running app.
void SpawnCommand::readFollowUps()
{
    auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(input, &QSocketNotifier::activated, this, [this, input] {
        char buffer[4096];
        const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (count <= 0) {
            input->setEnabled(false);  // end of input: the app keeps running until Ctrl-C
            return;
        }
        m_pendingInput.append(buffer, count);
        qsizetype newline;
        while ((newline = m_pendingInput.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pendingInput.left(newline)).trimmed();
            m_pendingInput.remove(0, newline + 1);
            if (line.isEmpty())
                continue;
            // "/restore N" puts version N back; anything else is a change to make.
            static const QRegularExpression restore(QStringLiteral("^/restore\\s+(\\d+)$"));
            const QRegularExpressionMatch match = restore.match(line);
            if (match.hasMatch()) {
                if (const SpawnError error = m_context->manager()->restoreVersion(m_sessionId, match.captured(1).toInt());
                    error.isError())
                    m_output->error(error.message);
                continue;
            }
            // Only a refusal is said here; the change's end is in the status lines.
            FollowUp *change = m_context->manager()->followUp(m_sessionId, line, this);
            connect(change, &AsyncOperation::finished, this, [this, change] {
                change->deleteLater();
                if (change->wasRefused())
                    m_output->error(change->error().message);
            });
        }
    });
}

void SpawnCommand::watch(SessionRunner *runner)
{
    const QString id = runner->sessionId();
    m_sessionId = id;
    if (!m_output->isJson())
        m_output->line(tr("Session %1").arg(id));
    m_output->status(id, SessionStatus::Queued);
    connect(runner, &SessionRunner::statusChanged, this, [this, runner, id](SessionStatus status) {
        if (status == SessionStatus::Ready)
            return;  // ready() carries the URL
        SpawnError error;
        if (status == SessionStatus::Failed) {
            if (const auto session = m_context->store()->session(id))
                error = session->error;
        }
        // A queued run says why it waits (the plan's limits, E2B's), in
        // plain output and as --json's detail.
        m_output->status(id, status, status == SessionStatus::Queued ? runner->statusDetail() : QString(), {}, error);
    });
    connect(runner, &SessionRunner::waitingChanged, this, [this, id](const QString &detail) {
        m_output->status(id, SessionStatus::Queued, detail);
    });
    connect(runner, &SessionRunner::stepStarted, this, [this, runner, id](DeployStep step) {
        m_output->step(id, runner->status(), deployStepToString(step), deployStepTitle(step), QStringLiteral("started"));
    });
    connect(runner, &SessionRunner::stepFinished, this, [this, runner, id](DeployStep step, qint64 ms) {
        m_output->step(id, runner->status(), deployStepToString(step), deployStepTitle(step), QStringLiteral("finished"), ms);
    });
    connect(runner, &SessionRunner::logOutput, this, [this, runner, id](const QByteArray &data) {
        m_output->log(id, runner->status(), data);
    });
    connect(runner, &SessionRunner::ready, this, [this, id](const QUrl &url) {
        m_output->status(id, SessionStatus::Ready, {}, url);
        // A private E2B preview: the address alone gets E2B's 403.
        if (!m_output->isJson() && !m_context->manager()->previewRequestHeaders(id).isEmpty())
            m_output->line(tr("Private (Settings > Defaults > Private previews): E2B answers this address only with "
                              "the app's access token, which SpawnAI's window sends; a web browser gets 403."));
    });
    connect(runner, &SessionRunner::fileStarted, this, [this, runner, id](const QString &path) {
        m_output->file(id, runner->status(), path);
    });
    connect(runner, &SessionRunner::modelRequestFinished, this,
            [this, runner, id](const LlmUsageRecord &request) {
                m_output->cost(id, runner->status(), request, runner->costSummary());
            });
    connect(runner, &SessionRunner::expiresSoon, this, [this, runner, id](const QDateTime &expiresAt) {
        m_output->expiry(id, runner->status(), expiresAt);
    });
    connect(runner, &SessionRunner::repairStarted, this, [this, runner, id](int round, const SpawnError &reason) {
        m_output->repair(id, runner->status(), round, reason);
    });
    connect(runner, &SessionRunner::ended, this, [this, runner, id](SessionStatus status) {
        // The store could not record the failure itself: say why here (the next start reconciles the row).
        if (const SpawnError refused = runner->journalError(); refused.isError())
            m_output->status(id, SessionStatus::Failed, {}, {}, refused);
        if (!isTerminal(status) && waitForStop(id))
            return;
        finish(status == SessionStatus::Failed ? ExitCode::SessionFailed : ExitCode::Ok);
    });
}

bool SpawnCommand::waitForStop(const QString &sessionId)
{
    CloudSandboxStop *stop = m_context->cloud()->stopUnderWay(sessionId);
    if (!stop)
        return false;
    SessionStore *store = m_context->store();
    connect(stop, &CloudSandboxStop::stillRunning, this,
            [this, store, sessionId](const QString &sandboxId, const SpawnError &error, std::chrono::seconds nextTry) {
                const std::optional<Session> session = store->session(sessionId);
                m_output->stillRunning(sessionId, session ? session->status : SessionStatus::Ready, sandboxId, error,
                                       nextTry);
            });
    connect(stop, &AsyncOperation::finished, this, [this, stop, store, sessionId] {
        if (stop->isCancelled())
            return;
        if (const std::optional<Session> session = store->session(sessionId))
            m_output->status(sessionId, session->status);
        finish(stop->succeeded() ? ExitCode::Ok : ExitCode::Unavailable);
    });
    const QPointer<CloudSandboxStop> guard(stop);
    QTimer::singleShot(std::chrono::seconds(15), this, [this, guard, store, sessionId] {
        if (!guard || guard->isFinished())
            return;
        guard->cancel();
        const std::optional<Session> session = store->session(sessionId);
        m_output->stillRunningAfterStop(sessionId, session ? session->expiresAt : QDateTime());
        finish(ExitCode::StillRunning);
    });
    return true;
}

void SpawnCommand::finish(int exitCode)
{
    QCoreApplication::exit(exitCode);
}
