// SPDX-License-Identifier: MIT
#include "sessionroutes.h"

#include "apiexchange.h"
#include "apiimages.h"
#include "apiserver.h"
#include "apisessionstart.h"
#include "sessionactionrequests.h"
#include "sessionjson.h"
#include "secrets/secretstore.h"
#include "store/sessionstore.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/followup.h"
#include "workflow/sessionextension.h"
#include "workflow/sessiondelete.h"
#include "workflow/sessionmanager.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace {
constexpr int MaxLimit = 200;

QString encodeCursor(int offset)
{
    return QString::fromLatin1(QByteArray("o:" + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int decodeCursor(const QString &cursor)
{
    const QByteArray text = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    bool ok = false;
    const int offset = text.startsWith("o:") ? text.mid(2).toInt(&ok) : -1;
    return ok && offset >= 0 ? offset : -1;
}

// A state the session is not in (not running here, already ended) is a
// conflict with its state, not a malformed request.
ApiError stateError(const SpawnError &error)
{
    return ApiError::from(error, true);
}
} // namespace

SessionRoutes::SessionRoutes(ApiServer *server, SessionManager *manager, CloudSandboxes *cloud, SecretStore *secrets,
                             QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_manager(manager)
    , m_cloud(cloud)
    , m_secrets(secrets)
{
    const QString sessions = QStringLiteral("/api/v1/sessions");
    const QString one = sessions + u"/{id}";
    server->addRoute({"POST", sessions, [this](ApiExchange &e) { start(e); }, {}});
    server->addRoute({"GET", sessions, [this](ApiExchange &e) { list(e); },
                      {QStringLiteral("status"), QStringLiteral("type"), QStringLiteral("sandbox"), QStringLiteral("q"),
                       QStringLiteral("limit"), QStringLiteral("cursor")}});
    server->addRoute({"GET", one, [this](ApiExchange &e) { show(e); }, {}});
    server->addRoute({"DELETE", one, [this](ApiExchange &e) { stop(e); }, {QStringLiteral("purge")}});
    server->addRoute({"POST", one + u"/messages", [this](ApiExchange &e) { message(e); }, {}});
    server->addRoute({"POST", one + u"/extend", [this](ApiExchange &e) { extend(e); }, {}});
    server->addRoute({"POST", one + u"/redeploy", [this](ApiExchange &e) { redeploy(e); }, {}});
    server->addRoute({"POST", one + u"/restore", [this](ApiExchange &e) { restore(e); }, {}});
}

SessionRoutes::~SessionRoutes() = default;

std::optional<Session> SessionRoutes::sessionOf(ApiExchange &exchange, SessionManager *manager)
{
    const QString id = exchange.parameter(QStringLiteral("id"));
    if (!SessionJson::isValidId(id)) {
        exchange.answerError(ApiError::badRequest(tr("\"%1\" is not a session id").arg(id.left(80)),
                                                  QStringLiteral("id")));
        return std::nullopt;
    }
    std::optional<Session> session = manager ? manager->store()->session(id) : std::nullopt;
    if (!session)
        exchange.answerError(ApiError::notFound(tr("There is no session %1").arg(id), QStringLiteral("id")));
    return session;
}

void SessionRoutes::answerSession(ApiExchange &exchange, const QString &id, int status)
{
    SessionStore *store = m_manager->store();
    const std::optional<Session> session = store->session(id);
    if (!session) {
        exchange.answerError(ApiError::notFound(tr("There is no session %1").arg(id), QStringLiteral("id")));
        return;
    }
    exchange.answerJson(status, QJsonDocument(SessionJson::session(*session, int(store->appVersions(id).size()))));
}

void SessionRoutes::start(ApiExchange &exchange)
{
    ApiError error;
    std::optional<SessionStartRequest> request = SessionStartRequest::parse(exchange.body(), &error);
    if (!request) {
        exchange.answerError(error);
        return;
    }
    if (!m_server->takeStart(exchange, &error)) {
        exchange.answerError(error);
        return;
    }
    const bool generated = !request->prompt.isEmpty();
    const QString appType = request->appType;
    auto *launch = new ApiSessionStart(m_manager, m_secrets, *request, this);
    connect(launch, &AsyncOperation::finished, this, [this, launch, exchange, generated, appType]() mutable {
        launch->deleteLater();
        if (!launch->succeeded()) {
            exchange.answerError(launch->apiError());
            return;
        }
        const QString id = launch->sessionId();
        const std::optional<Session> session = m_manager ? m_manager->store()->session(id) : std::nullopt;
        const QString type = session && !generated ? appTypeToString(session->appType) : appType;
        exchange.answerJson(
            202, QJsonDocument(QJsonObject{
                     {QStringLiteral("id"), id},
                     {QStringLiteral("status"), session ? sessionStatusToString(session->status) : QStringLiteral("queued")},
                     {QStringLiteral("estimatedCost"), session ? session->estimatedCost : 0.0},
                     {QStringLiteral("estimatedSeconds"),
                      ApiSessionStart::estimatedSeconds(m_manager ? m_manager->store() : nullptr, type, generated)},
                     {QStringLiteral("links"), SessionJson::links(id)}}));
    });
    launch->start();
}

void SessionRoutes::list(ApiExchange &exchange)
{
    const QUrlQuery &query = exchange.query();
    SessionQuery filter;
    filter.order = SessionQuery::Order::Created;
    for (const QString &name : query.queryItemValue(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
        SessionStatus status;
        if (!sessionStatusFromString(name, &status)) {
            exchange.answerError(ApiError::badRequest(tr("Unknown status \"%1\"").arg(name), QStringLiteral("status")));
            return;
        }
        filter.statuses << status;
    }
    for (const QString &name : query.queryItemValue(QStringLiteral("type")).split(u',', Qt::SkipEmptyParts)) {
        AppType type;
        if (!appTypeFromString(name, &type)) {
            exchange.answerError(ApiError::badRequest(tr("Unknown app type \"%1\"").arg(name), QStringLiteral("type")));
            return;
        }
        filter.appTypes << type;
    }
    if (const QString sandbox = query.queryItemValue(QStringLiteral("sandbox")); !sandbox.isEmpty()) {
        SandboxKind kind;
        if (!sandboxKindFromString(sandbox, &kind)) {
            exchange.answerError(ApiError::badRequest(tr("\"sandbox\" is local or e2b"), QStringLiteral("sandbox")));
            return;
        }
        filter.sandboxKind = kind;
    }
    filter.promptSearch = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    filter.limit = 50;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > MaxLimit) {
            exchange.answerError(ApiError::badRequest(tr("\"limit\" is a whole number from 1 to %1").arg(MaxLimit),
                                                      QStringLiteral("limit")));
            return;
        }
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        filter.offset = decodeCursor(query.queryItemValue(QStringLiteral("cursor")));
        if (filter.offset < 0) {
            exchange.answerError(ApiError::badRequest(tr("\"cursor\" is not one this API gave"), QStringLiteral("cursor")));
            return;
        }
    }
    SessionStore *store = m_manager->store();
    const QList<Session> sessions = store->sessions(filter);
    QJsonArray array;
    for (const Session &session : sessions)
        array.append(SessionJson::session(session, int(store->appVersions(session.id).size())));
    const int total = store->sessionCount(filter);
    const int next = filter.offset + int(sessions.size());
    exchange.answerJson(200, QJsonDocument(QJsonObject{
                                 {QStringLiteral("sessions"), array},
                                 {QStringLiteral("total"), total},
                                 {QStringLiteral("nextCursor"),
                                  next < total ? QJsonValue(encodeCursor(next)) : QJsonValue(QJsonValue::Null)}}));
}

void SessionRoutes::show(ApiExchange &exchange)
{
    if (const std::optional<Session> session = sessionOf(exchange, m_manager))
        answerSession(exchange, session->id, 200);
}

void SessionRoutes::stop(ApiExchange &exchange)
{
    const std::optional<Session> session = sessionOf(exchange, m_manager);
    if (!session)
        return;
    const QString purge = exchange.query().queryItemValue(QStringLiteral("purge"));
    if (!purge.isEmpty() && purge != u"true" && purge != u"false") {
        exchange.answerError(ApiError::badRequest(tr("\"purge\" is true or false"), QStringLiteral("purge")));
        return;
    }
    if (purge == u"true") {
        // Answered as it is when asked: the erasure waits for its run to end
        // (E2B's confirmed kill), journaled so a restart completes it.
        SessionStore *store = m_manager->store();
        const QJsonObject asked = SessionJson::session(*session, int(store->appVersions(session->id).size()));
        SessionDelete *deletion = m_manager->deleteSession(session->id, true, this);
        connect(deletion, &AsyncOperation::finished, deletion, &QObject::deleteLater);
        deletion->start();
        exchange.answerJson(202, QJsonDocument(asked));
        return;
    }
    if (!isTerminal(session->status)) {
        if (const SpawnError error = m_manager->stop(session->id, tr("stopped through the API")); error.isError()) {
            exchange.answerError(stateError(error));
            return;
        }
    }
    answerSession(exchange, session->id);
}

void SessionRoutes::message(ApiExchange &exchange)
{
    const std::optional<Session> session = sessionOf(exchange, m_manager);
    if (!session)
        return;
    ApiError refusal;
    bool imagesRefused = false;
    const std::optional<FollowUpRequest> request = FollowUpRequest::parse(exchange.body(), &refusal, &imagesRefused);
    if (!request && !imagesRefused) {
        exchange.answerError(refusal);
        return;
    }
    // A template's or a folder's app has no model and no conversation to
    // continue: the change would have nobody to write it.
    if (session->provider.isEmpty()) {
        exchange.answerError(ApiError::conflict(tr("Session %1 was not written by a model, so there is nobody to "
                                                   "change it; start a session from a prompt for that")
                                                    .arg(session->id)));
        return;
    }
    // Answered once the runner took the change (202) or refused it; the
    // change's end is the session's status.
    if (!request) {
        exchange.answerError(refusal);
        return;
    }
    FollowUp *change = m_manager->followUp(session->id, request->text, request->images, this);
    const QString id = session->id;
    connect(change, &FollowUp::accepted, this, [this, exchange, id]() mutable { answerSession(exchange, id); });
    connect(change, &AsyncOperation::finished, this, [change, exchange]() mutable {
        change->deleteLater();
        if (change->wasRefused())
            exchange.answerError(stateError(change->error()));
    });
}

void SessionRoutes::extend(ApiExchange &exchange)
{
    const std::optional<Session> session = sessionOf(exchange, m_manager);
    if (!session)
        return;
    ApiError refusal;
    const std::optional<ExtendRequest> request = ExtendRequest::parse(exchange.body(), &refusal);
    if (!request) {
        exchange.answerError(refusal);
        return;
    }
    const int minutes = request->minutes;
    auto *extension = new SessionExtension(m_manager, m_cloud, session->id, std::chrono::minutes(minutes), this);
    const QString id = session->id;
    connect(extension, &AsyncOperation::finished, this, [this, extension, exchange, id]() mutable {
        extension->deleteLater();
        if (!extension->succeeded()) {
            exchange.answerError(stateError(extension->error()));
            return;
        }
        answerSession(exchange, id, 200);
    });
    extension->start();
}

void SessionRoutes::redeploy(ApiExchange &exchange)
{
    const std::optional<Session> session = sessionOf(exchange, m_manager);
    if (!session)
        return;
    ApiError refusal;
    const std::optional<RedeployRequest> request = RedeployRequest::parse(exchange.body(), &refusal);
    if (!request) {
        exchange.answerError(refusal);
        return;
    }
    if (!m_server->takeStart(exchange, &refusal)) {
        exchange.answerError(refusal);
        return;
    }
    if (const SpawnError error = m_manager->redeploy(session->id, request->internet); error.isError()) {
        exchange.answerError(stateError(error));
        return;
    }
    answerSession(exchange, session->id);
}

void SessionRoutes::restore(ApiExchange &exchange)
{
    const std::optional<Session> session = sessionOf(exchange, m_manager);
    if (!session)
        return;
    ApiError refusal;
    const std::optional<RestoreRequest> request = RestoreRequest::parse(exchange.body(), &refusal);
    if (!request) {
        exchange.answerError(refusal);
        return;
    }
    const int version = request->version;
    if (!m_manager->store()->appVersion(session->id, version)) {
        exchange.answerError(ApiError::notFound(tr("Session %1 has no version %2").arg(session->id).arg(version),
                                                QStringLiteral("version")));
        return;
    }
    if (const SpawnError error = m_manager->restoreVersion(session->id, version); error.isError()) {
        exchange.answerError(stateError(error));
        return;
    }
    answerSession(exchange, session->id);
}
