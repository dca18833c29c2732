// SPDX-License-Identifier: MIT
#include "sessioncontentroutes.h"

#include "apiexchange.h"
#include "apiserver.h"
#include "diff/versioncomparison.h"
#include "eventmessage.h"
#include "session/sessionlog.h"
#include "sessionjson.h"
#include "sessionroutes.h"
#include "store/changefeed.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMimeDatabase>

#include <limits>

namespace {
constexpr int MaxTailLines = 10000;
constexpr qint64 MaxTailBytes = 1024 * 1024;
constexpr int DefaultEvents = 100;
constexpr int MaxEvents = 1000;
} // namespace

SessionContentRoutes::SessionContentRoutes(ApiServer *server, SessionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    const QString one = QStringLiteral("/api/v1/sessions/{id}");
    server->addRoute({"GET", one + u"/files", [this](ApiExchange &e) { files(e); }, {QStringLiteral("version")}});
    server->addRoute({"GET", one + u"/files/{path*}", [this](ApiExchange &e) { file(e); }, {QStringLiteral("version")}});
    server->addRoute({"GET", one + u"/versions", [this](ApiExchange &e) { versions(e); }, {}});
    server->addRoute({"GET", one + u"/versions/{from}/diff/{to}", [this](ApiExchange &e) { diff(e); },
                      {QStringLiteral("format")}});
    server->addRoute({"GET", one + u"/log", [this](ApiExchange &e) { log(e); }, {QStringLiteral("tail")}});
    server->addRoute({"GET", one + u"/events", [this](ApiExchange &e) { events(e); },
                      {QStringLiteral("after"), QStringLiteral("limit")}});
}

SessionContentRoutes::~SessionContentRoutes() = default;

bool SessionContentRoutes::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\'))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

int SessionContentRoutes::versionOf(ApiExchange &exchange, const QString &sessionId)
{
    SessionStore *store = m_manager->store();
    if (exchange.query().hasQueryItem(QStringLiteral("version"))) {
        bool ok = false;
        const int version = exchange.query().queryItemValue(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1) {
            exchange.answerError(ApiError::badRequest(tr("\"version\" is a version number (1, 2, ...)"),
                                                      QStringLiteral("version")));
            return 0;
        }
        if (!store->appVersion(sessionId, version)) {
            exchange.answerError(ApiError::notFound(tr("Session %1 has no version %2").arg(sessionId).arg(version),
                                                    QStringLiteral("version")));
            return 0;
        }
        return version;
    }
    const std::optional<AppVersion> latest = store->latestAppVersion(sessionId);
    if (!latest) {
        exchange.answerError(ApiError::notFound(tr("Session %1 has no files yet").arg(sessionId), QStringLiteral("id")));
        return 0;
    }
    return latest->version;
}

void SessionContentRoutes::files(ApiExchange &exchange)
{
    const std::optional<Session> session = SessionRoutes::sessionOf(exchange, m_manager);
    if (!session)
        return;
    const int number = versionOf(exchange, session->id);
    if (number == 0)
        return;
    const std::optional<AppVersion> version = m_manager->store()->appVersion(session->id, number);
    QJsonArray files;
    for (const AppFile &file : version->files) {
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("size"), file.content.size()},
                                 {QStringLiteral("executable"), file.executable}});
    }
    exchange.answerJson(200, QJsonDocument(QJsonObject{{QStringLiteral("version"), number},
                                                       {QStringLiteral("files"), files}}));
}

void SessionContentRoutes::file(ApiExchange &exchange)
{
    // The path first: a way out of the app is refused whatever the id.
    const QString path = exchange.parameter(QStringLiteral("path"));
    if (!isSafePath(path)) {
        exchange.answerError(ApiError::badRequest(tr("\"%1\" is not a path inside the app").arg(path.left(200)),
                                                  QStringLiteral("path")));
        return;
    }
    const std::optional<Session> session = SessionRoutes::sessionOf(exchange, m_manager);
    if (!session)
        return;
    const int number = versionOf(exchange, session->id);
    if (number == 0)
        return;
    const std::optional<AppVersion> version = m_manager->store()->appVersion(session->id, number);
    for (const AppFile &file : version->files) {
        if (file.path != path)
            continue;
        const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(path, file.content);
        QByteArray contentType = type.name().toLatin1();
        if (type.inherits(QStringLiteral("text/plain")) || type.name().startsWith(u"text/")
            || type.name() == u"application/json" || type.name() == u"application/javascript")
            contentType += "; charset=utf-8";
        exchange.answer(200, file.content, contentType, {{"X-Version", QByteArray::number(number)}});
        return;
    }
    exchange.answerError(ApiError::notFound(tr("Version %1 has no file %2").arg(number).arg(path),
                                            QStringLiteral("path")));
}

void SessionContentRoutes::versions(ApiExchange &exchange)
{
    const std::optional<Session> session = SessionRoutes::sessionOf(exchange, m_manager);
    if (!session)
        return;
    const QHash<int, VersionChangeSummary> changes = VersionComparison::summaries(*m_manager->store(), session->id);
    QJsonArray versions;
    for (const AppVersion &version : m_manager->store()->appVersions(session->id)) {
        QJsonObject json = SessionJson::version(version);
        const VersionChangeSummary change = changes.value(version.version);
        json.insert(QStringLiteral("filesChanged"), change.filesChanged);
        json.insert(QStringLiteral("linesAdded"), change.linesAdded);
        json.insert(QStringLiteral("linesDeleted"), change.linesDeleted);
        versions.append(json);
    }
    exchange.answerJson(200, QJsonDocument(QJsonObject{{QStringLiteral("versions"), versions}}));
}

void SessionContentRoutes::diff(ApiExchange &exchange)
{
    const std::optional<Session> session = SessionRoutes::sessionOf(exchange, m_manager);
    if (!session)
        return;
    int numbers[2] = {0, 0};
    const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        numbers[i] = exchange.parameter(names[i]).toInt(&ok);
        if (!ok || numbers[i] < 1) {
            exchange.answerError(ApiError::badRequest(tr("A version is a number from 1 up, not \"%1\"")
                                                          .arg(exchange.parameter(names[i]).left(40)),
                                                      names[i]));
            return;
        }
    }
    const QString format = exchange.query().queryItemValue(QStringLiteral("format"));
    if (!format.isEmpty() && format != u"json" && format != u"unified") {
        exchange.answerError(ApiError::badRequest(tr("\"format\" is json or unified"), QStringLiteral("format")));
        return;
    }
    const VersionComparison comparison =
        VersionComparison::load(*m_manager->store(), session->id, numbers[0], numbers[1]);
    if (comparison.error().isError()) {
        exchange.answerError(ApiError::notFound(comparison.error().message, QStringLiteral("version")));
        return;
    }
    if (format == u"unified") {
        exchange.answer(200, comparison.diff().unified(), "text/x-diff; charset=utf-8");
        return;
    }
    QJsonObject json = comparison.diff().toJson();
    json.insert(QStringLiteral("from"), comparison.from());
    json.insert(QStringLiteral("to"), comparison.to());
    exchange.answerJson(200, QJsonDocument(json));
}

void SessionContentRoutes::log(ApiExchange &exchange)
{
    const std::optional<Session> session = SessionRoutes::sessionOf(exchange, m_manager);
    if (!session)
        return;
    int tail = 200;
    if (exchange.query().hasQueryItem(QStringLiteral("tail"))) {
        bool ok = false;
        tail = exchange.query().queryItemValue(QStringLiteral("tail")).toInt(&ok);
        if (!ok || tail < 1 || tail > MaxTailLines) {
            exchange.answerError(ApiError::badRequest(tr("\"tail\" is a number of lines from 1 to %1").arg(MaxTailLines),
                                                      QStringLiteral("tail")));
            return;
        }
    }
    QList<QByteArray> lines = SessionLog::tail(session->id, MaxTailBytes).split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.size() > tail)
        lines = lines.mid(lines.size() - tail);
    QByteArray text = lines.join('\n');
    if (!text.isEmpty())
        text += '\n';
    exchange.answer(200, text, "text/plain; charset=utf-8");
}

bool SessionContentRoutes::numberOf(ApiExchange &exchange, const QString &name, qint64 low, qint64 high,
                                    qint64 *value)
{
    if (!exchange.query().hasQueryItem(name))
        return true;
    bool ok = false;
    *value = exchange.query().queryItemValue(name).toLongLong(&ok);
    if (ok && *value >= low && *value <= high)
        return true;
    exchange.answerError(ApiError::badRequest(tr("\"%1\" is a number from %2 to %3").arg(name).arg(low).arg(high),
                                              name));
    return false;
}

void SessionContentRoutes::events(ApiExchange &exchange)
{
    const QString id = exchange.parameter(QStringLiteral("id"));
    if (!SessionJson::isValidId(id)) {
        exchange.answerError(ApiError::badRequest(tr("\"%1\" is not a session id").arg(id.left(80)),
                                                  QStringLiteral("id")));
        return;
    }
    qint64 after = 0;
    qint64 limit = DefaultEvents;
    if (!numberOf(exchange, QStringLiteral("after"), 0, std::numeric_limits<qint64>::max(), &after)
        || !numberOf(exchange, QStringLiteral("limit"), 1, MaxEvents, &limit))
        return;
    SessionStore *store = m_manager->store();
    ChangeQuery query;
    query.sessionId = id;
    query.afterSeq = after;
    query.limit = int(limit);
    // The feed bounds the read as it does the rooms' catch-up.
    const ChangePage page = store->feed()->changes(query);
    // A deleted session's changes outlive its row (the last is session.deleted).
    if (page.changes.isEmpty() && !page.gap && !store->session(id)) {
        exchange.answerError(ApiError::notFound(tr("There is no session %1").arg(id), QStringLiteral("id")));
        return;
    }
    QJsonArray events;
    for (const SessionChange &change : page.changes)
        events.append(EventMessage::fromChange(change));
    exchange.answerJson(200, QJsonDocument(QJsonObject{{QStringLiteral("events"), events},
                                                       {QStringLiteral("more"), page.more},
                                                       {QStringLiteral("gap"), page.gap}}));
}
