// SPDX-License-Identifier: MIT
#include "sessioncommands.h"

#include "appcontext.h"
#include "billing/budget.h"
#include "billing/sessioncost.h"
#include "clioutput.h"
#include "secrets/appenvironmentwrite.h"
#include "session/sessionlog.h"
#include "sessionidresolver.h"
#include "store/sessionstore.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/cloudsandboxstop.h"
#include "workflow/runregistry.h"
#include "workflow/sessiondelete.h"
#include "workflow/sessionextension.h"

#include <QCoreApplication>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

namespace {
QJsonObject sessionObject(const Session &session)
{
    QJsonObject object{{QStringLiteral("session"), session.id},
                       {QStringLiteral("status"), sessionStatusToString(session.status)},
                       {QStringLiteral("prompt"), session.prompt},
                       {QStringLiteral("type"), appTypeToString(session.appType)},
                       {QStringLiteral("sandbox"), sandboxKindToString(session.sandboxKind)},
                       {QStringLiteral("created"), session.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("updated"), session.updatedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("estimatedCost"), session.estimatedCost},
                       {QStringLiteral("actualCost"), session.actualCost}};
    if (!session.templateName.isEmpty())
        object.insert(QStringLiteral("template"), session.templateName);
    if (!session.appUrl.isEmpty())
        object.insert(QStringLiteral("url"), session.appUrl.toString());
    if (!session.sandboxId.isEmpty())
        object.insert(QStringLiteral("sandboxId"), session.sandboxId);
    if (session.expiresAt.isValid())
        object.insert(QStringLiteral("expires"), session.expiresAt.toString(Qt::ISODateWithMs));
    if (session.error.isError())
        object.insert(QStringLiteral("error"), CliOutput::errorObject(session.error));
    if (!session.environmentNames.isEmpty())
        object.insert(QStringLiteral("env"), QJsonArray::fromStringList(session.environmentNames));
    if (!session.approvedScripts.isEmpty())
        object.insert(QStringLiteral("allowScripts"), QJsonArray::fromStringList(session.approvedScripts));
    return object;
}
} // namespace

SessionCommands::SessionCommands(AppContext *context, const CliArguments &arguments, CliOutput *output,
                                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_arguments(arguments)
    , m_output(output)
{
}

SessionCommands::~SessionCommands() = default;

QString SessionCommands::resolve(const QString &idOrPrefix, int *exitCode)
{
    QString error;
    const QString id = SessionIdResolver::resolve(m_context->store(), idOrPrefix, &error);
    if (id.isEmpty()) {
        m_output->error(error);
        *exitCode = ExitCode::NotFound;
    }
    return id;
}

int SessionCommands::list()
{
    SessionQuery query;
    query.limit = m_arguments.limit;
    const QList<Session> sessions = m_context->store()->sessions(query);
    if (m_output->isJson()) {
        for (const Session &session : sessions)
            m_output->object(sessionObject(session));
        return ExitCode::Ok;
    }
    if (sessions.isEmpty()) {
        m_output->line(tr("No sessions yet. Try: spawnai spawn --template static-site"));
        return ExitCode::Ok;
    }
    m_output->line(QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(tr("ID").leftJustified(36), tr("STATUS").leftJustified(12), tr("TYPE").leftJustified(7),
                            tr("SANDBOX").leftJustified(8), tr("UPDATED").leftJustified(17), tr("WHAT")));
    for (const Session &session : sessions) {
        m_output->line(QStringLiteral("%1 %2 %3 %4 %5 %6")
                           .arg(session.id.leftJustified(36), sessionStatusToString(session.status).leftJustified(12),
                                appTypeToString(session.appType).leftJustified(7), sandboxKindToString(session.sandboxKind).leftJustified(8),
                                session.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")).leftJustified(17),
                                session.appUrl.isEmpty() ? session.prompt.left(60) : session.appUrl.toString()));
    }
    return ExitCode::Ok;
}

int SessionCommands::show()
{
    int exitCode = ExitCode::Ok;
    const QString id = resolve(m_arguments.sessionId, &exitCode);
    if (id.isEmpty())
        return exitCode;
    SessionStore *store = m_context->store();
    const Session session = *store->session(id);
    const QList<SessionEvent> events = store->events(id);
    const QByteArray logTail = SessionLog::tail(id, 4096);
    if (m_output->isJson()) {
        QJsonObject object = sessionObject(session);
        QJsonArray timeline;
        for (const SessionEvent &event : events) {
            QJsonObject entry{{QStringLiteral("time"), event.time.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("kind"), eventKindToString(event.kind)},
                              {QStringLiteral("detail"), event.detail}};
            if (event.toStatus)
                entry.insert(QStringLiteral("to"), sessionStatusToString(*event.toStatus));
            timeline.append(entry);
        }
        object.insert(QStringLiteral("timeline"), timeline);
        object.insert(QStringLiteral("logTail"), QString::fromUtf8(logTail));
        const SessionCost cost = SessionCost::of(*store, id);
        object.insert(QStringLiteral("costs"),
                      QJsonObject{{QStringLiteral("total"), cost.total()},
                                  {QStringLiteral("llmCost"), cost.llmCost},
                                  {QStringLiteral("sandboxCost"), cost.sandboxCost},
                                  {QStringLiteral("cacheSaved"), cost.cacheSaved},
                                  {QStringLiteral("priced"), cost.isPriced()},
                                  {QStringLiteral("unpricedRequests"), cost.unpricedRequests},
                                  {QStringLiteral("unpricedInputTokens"), cost.unpricedInputTokens},
                                  {QStringLiteral("unpricedOutputTokens"), cost.unpricedOutputTokens},
                                  {QStringLiteral("unpricedModels"), QJsonArray::fromStringList(cost.unpricedModels)}});
        m_output->object(object);
        return ExitCode::Ok;
    }
    m_output->line(tr("Session   %1").arg(session.id));
    m_output->line(tr("What      %1").arg(session.prompt));
    m_output->line(tr("Status    %1").arg(sessionStatusToString(session.status)));
    m_output->line(tr("Type      %1 in a %2 sandbox").arg(appTypeToString(session.appType), sandboxKindToString(session.sandboxKind)));
    if (!session.appUrl.isEmpty())
        m_output->line(tr("URL       %1").arg(session.appUrl.toString()));
    if (session.error.isError())
        m_output->line(tr("Error     %1 (%2%3)").arg(session.error.message, errorKindToString(session.error.kind),
                                                    session.error.retryable ? tr(", retrying can help") : QString()));
    if (!session.environmentNames.isEmpty())
        m_output->line(tr("Env       %1 (values in the keychain)").arg(session.environmentNames.join(QStringLiteral(", "))));
    if (!session.approvedScripts.isEmpty())
        m_output->line(tr("Scripts   %1 (install scripts approved)").arg(session.approvedScripts.join(QStringLiteral(", "))));
    m_output->line(tr("Created   %1").arg(session.createdAt.toLocalTime().toString(Qt::ISODate)));
    const SessionCost cost = SessionCost::of(*store, id);
    m_output->line(tr("Cost      %1 (models %2, sandboxes %3), estimated %4")
                       .arg(Budget::formatUsd(cost.total()), Budget::formatUsd(cost.llmCost),
                            Budget::formatUsd(cost.sandboxCost), Budget::formatUsd(session.estimatedCost))
                   + cost.notes());
    m_output->line(QString());
    m_output->line(tr("Timeline"));
    for (const SessionEvent &event : events) {
        m_output->line(QStringLiteral("  %1  %2%3").arg(event.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                                        event.toStatus ? sessionStatusToString(*event.toStatus) + u": " : QString(),
                                                        event.detail));
    }
    if (!logTail.isEmpty()) {
        m_output->line(QString());
        m_output->line(tr("End of the log"));
        m_output->line(QString::fromUtf8(logTail).trimmed());
    }
    return ExitCode::Ok;
}

int SessionCommands::stop()
{
    int exitCode = ExitCode::Ok;
    const QString id = resolve(m_arguments.sessionId, &exitCode);
    if (id.isEmpty())
        return exitCode;
    // One limit for the whole stop: the owner's, then E2B's.
    auto *limit = new QTimer(this);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, this, [this, id] { giveUp(id); });
    limit->start(15000);
    if (!RunRegistry::requestStop(id)) {
        QTimer::singleShot(0, this, [this, id] { endHere(id); });
        return -1;
    }
    // The owner stops it and releases its claim; the run folder tells us
    // when. Its sandbox may still be on its way out.
    auto *watcher = new QFileSystemWatcher({RunRegistry::runDir()}, this);
    auto check = [this, id] {
        if (RunRegistry::owner(id) == 0)
            endHere(id);
    };
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, check);
    QTimer::singleShot(0, this, check);
    return -1;
}

int SessionCommands::remove()
{
    int exitCode = ExitCode::Ok;
    const QString id = resolve(m_arguments.sessionId, &exitCode);
    if (id.isEmpty())
        return exitCode;
    if (const SpawnError error = SessionDelete::journal(m_context->store(), id, m_arguments.purge); error.isError()) {
        m_output->error(error.message);
        return ExitCode::Unavailable;
    }
    // Stop's path, owner and E2B included; the purge once the session has ended.
    m_deleting = true;
    m_arguments.sessionId = id;
    return stop();
}

void SessionCommands::stopped(const QString &sessionId)
{
    if (m_deleting && !m_environmentRemoved) {
        removeEnvironment(sessionId);
        return;
    }
    if (!m_deleting || !m_arguments.purge) {
        reportStopped(sessionId);
        QCoreApplication::exit(ExitCode::Ok);
        return;
    }
    if (const SpawnError error = m_context->store()->purgeSession(sessionId); error.isError()) {
        m_output->error(error.message);
        QCoreApplication::exit(error.kind == ErrorKind::User ? ExitCode::SessionFailed : ExitCode::Unavailable);
        return;
    }
    if (m_output->isJson())
        m_output->object({{QStringLiteral("event"), QStringLiteral("deleted")},
                          {QStringLiteral("session"), sessionId},
                          {QStringLiteral("status"), QStringLiteral("deleted")},
                          {QStringLiteral("purged"), true}});
    else
        m_output->line(tr("%1 is deleted; its costs stay counted").arg(sessionId));
    QCoreApplication::exit(ExitCode::Ok);
}

void SessionCommands::removeEnvironment(const QString &sessionId)
{
    // A deleted session's secrets leave the keychain, purged or not.
    const std::optional<Session> session = m_context->store()->session(sessionId);
    const QStringList names = session ? session->environmentNames : QStringList();
    auto *removal = new AppEnvironmentWrite(names.isEmpty() ? nullptr : m_context->secrets(), sessionId, {}, names, this);
    connect(removal, &AsyncOperation::finished, this, [this, removal, sessionId] {
        removal->deleteLater();
        if (!removal->succeeded())
            m_output->error(tr("The app's environment of %1 could not be removed from the keychain: %2")
                                .arg(sessionId, removal->error().message));
        m_environmentRemoved = true;
        stopped(sessionId);
    });
    removal->start();
}

void SessionCommands::endHere(const QString &sessionId)
{
    if (std::exchange(m_ending, true))
        return;
    SessionStore *store = m_context->store();
    const QStringList sandboxes = m_context->cloudSandboxesThatMayRun(sessionId);
    if (sandboxes.isEmpty()) {
        // Nobody runs it and no sandbox of it may run: whatever ran it is gone.
        if (const std::optional<Session> session = store->session(sessionId); session && !isTerminal(session->status))
            store->transition(sessionId, SessionStatus::Stopped, tr("no SpawnAI process was running it"));
        stopped(sessionId);
        return;
    }
    // Its cloud sandbox outlived the run that made it (kept running, left by
    // a crash, a kill that failed, or a Stop of the window or a `spawnai
    // spawn` whose kill E2B has not confirmed yet): the session ends once
    // it is gone.
    SpawnError refusal;
    m_stopping = m_context->cloud()->stopDetached(sessionId, tr("stopped with spawnai stop"), &refusal);
    if (!m_stopping) {
        m_output->error(tr("%1 may still be running on E2B (sandbox %2), and SpawnAI cannot stop it here: %3")
                            .arg(sessionId, sandboxes.join(QStringLiteral(", ")),
                                 m_context->cloud()->isE2bEnabled() ? refusal.message : m_context->e2bKeyProblem()));
        QCoreApplication::exit(ExitCode::Unavailable);
        return;
    }
    connect(m_stopping, &CloudSandboxStop::stillRunning, this,
            [this, sessionId](const QString &sandboxId, const SpawnError &error, std::chrono::seconds nextTry) {
                const std::optional<Session> session = m_context->store()->session(sessionId);
                m_output->stillRunning(sessionId, session ? session->status : SessionStatus::Stopped, sandboxId, error,
                                       nextTry);
            });
    // CloudSandboxes owns the stop and deletes it once it has finished.
    connect(m_stopping, &AsyncOperation::finished, this, [this, sessionId] {
        if (m_stopping->isCancelled())
            return;
        if (!m_stopping->succeeded()) {
            m_output->error(m_stopping->error().message);
            QCoreApplication::exit(ExitCode::Unavailable);
            return;
        }
        stopped(sessionId);
    });
}

void SessionCommands::giveUp(const QString &sessionId)
{
    if (!m_stopping) {
        m_output->error(tr("The process running %1 did not stop it within 15 s").arg(sessionId));
        QCoreApplication::exit(ExitCode::Unavailable);
        return;
    }
    // The ledger keeps the sandbox as being killed: every SpawnAI that
    // starts with the key, and the window while it is open, tries again.
    m_stopping->cancel();
    const std::optional<Session> session = m_context->store()->session(sessionId);
    m_output->stillRunningAfterStop(sessionId, session ? session->expiresAt : QDateTime());
    QCoreApplication::exit(ExitCode::StillRunning);
}

void SessionCommands::reportStopped(const QString &sessionId)
{
    const std::optional<Session> session = m_context->store()->session(sessionId);
    if (!session)
        return;
    if (m_output->isJson())
        m_output->object(sessionObject(*session));
    else
        m_output->line(tr("%1 is %2").arg(session->id, sessionStatusToString(session->status)));
}

int SessionCommands::extend()
{
    int exitCode = ExitCode::Ok;
    const QString id = resolve(m_arguments.sessionId, &exitCode);
    if (id.isEmpty())
        return exitCode;
    const Session session = *m_context->store()->session(id);
    // An E2B sandbox kept running with SpawnAI closed is extended from
    // here, which needs the key; E2B_API_KEY was not set, the keychain may
    // hold it.
    if (session.sandboxKind == SandboxKind::E2b && !isTerminal(session.status) && RunRegistry::owner(id) == 0
        && !m_context->cloud()->isE2bEnabled()) {
        m_context->enableE2bFromKeychain(this, [this, id] { startExtension(id); });
        return -1;
    }
    startExtension(id);
    return -1;
}

void SessionCommands::startExtension(const QString &sessionId)
{
    auto *extension = new SessionExtension(m_context->manager(), m_context->cloud(), sessionId,
                                           std::chrono::minutes(m_arguments.minutes), this);
    connect(extension, &AsyncOperation::finished, this, [this, extension, sessionId] {
        extension->deleteLater();
        if (!extension->succeeded()) {
            m_output->error(extension->error().message);
            // A refusal (not running, the plan's limit) is the session's
            // answer; anything else is not being able to ask.
            const ErrorKind kind = extension->error().kind;
            QCoreApplication::exit(kind == ErrorKind::User || kind == ErrorKind::Resource
                                       ? ExitCode::SessionFailed
                                       : ExitCode::Unavailable);
            return;
        }
        const QDateTime expiresAt = extension->expiresAt();
        if (m_output->isJson()) {
            m_output->object(sessionObject(*m_context->store()->session(sessionId)));
        } else {
            const int left = int(QDateTime::currentDateTimeUtc().secsTo(expiresAt) / 60);
            m_output->line(tr("%1 runs until %2, %n minute(s) from now", nullptr, left)
                               .arg(sessionId, QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)));
        }
        QCoreApplication::exit(ExitCode::Ok);
    });
    extension->start();
}
