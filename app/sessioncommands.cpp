// SPDX-License-Identifier: MIT
#include "sessioncommands.h"

#include "appcontext.h"
#include "billing/budget.h"
#include "billing/sessioncost.h"
#include "clioutput.h"
#include "session/sessionlog.h"
#include "sessionidresolver.h"
#include "store/sessionstore.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/runregistry.h"
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
                       {QStringLiteral("sandbox"), session.sandboxKind},
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
                                appTypeToString(session.appType).leftJustified(7), session.sandboxKind.leftJustified(8),
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
    m_output->line(tr("Type      %1 in a %2 sandbox").arg(appTypeToString(session.appType), session.sandboxKind));
    if (!session.appUrl.isEmpty())
        m_output->line(tr("URL       %1").arg(session.appUrl.toString()));
    if (session.error.isError())
        m_output->line(tr("Error     %1 (%2%3)").arg(session.error.message, errorKindToString(session.error.kind),
                                                    session.error.retryable ? tr(", retrying can help") : QString()));
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
    SessionStore *store = m_context->store();
    const Session session = *store->session(id);
    if (isTerminal(session.status)) {
        reportStopped(id);
        return ExitCode::Ok;
    }
    if (!RunRegistry::requestStop(id)) {
        // Nobody runs it: whatever ran it is gone, and so is its sandbox.
        store->transition(id, SessionStatus::Stopped, tr("no SpawnAI process was running it"));
        reportStopped(id);
        return ExitCode::Ok;
    }
    // The owner stops it and releases its claim; the run folder tells us when.
    auto *watcher = new QFileSystemWatcher({RunRegistry::runDir()}, this);
    auto *limit = new QTimer(this);
    limit->setSingleShot(true);
    auto check = [this, id] {
        if (RunRegistry::owner(id) != 0)
            return;
        reportStopped(id);
        QCoreApplication::exit(ExitCode::Ok);
    };
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, check);
    connect(limit, &QTimer::timeout, this, [this, id] {
        m_output->error(tr("The process running %1 did not stop it within 15 s").arg(id));
        QCoreApplication::exit(ExitCode::Unavailable);
    });
    limit->start(15000);
    QTimer::singleShot(0, this, check);
    return -1;
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
    if (session.sandboxKind == u"e2b" && !isTerminal(session.status) && RunRegistry::owner(id) == 0
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
