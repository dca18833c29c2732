// SPDX-License-Identifier: MIT
#include "fakehost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {
using Status = QHttpServerResponder::StatusCode;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

void answer(QHttpServerResponder &responder, const QJsonObject &object, Status status = Status::Ok)
{
    responder.write(QJsonDocument(object), status);
}

void answerError(QHttpServerResponder &responder, Status status, const QString &kind, const QString &message,
                 const QString &field = {})
{
    QJsonObject error{{QStringLiteral("kind"), kind},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("recoverable"), false}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    answer(responder, {{QStringLiteral("error"), error}}, status);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
}
} // namespace

FakeHost::FakeHost(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_token(QUuid::createUuid().toByteArray(QUuid::Id128))
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const Call call{QString::fromLatin1(methodName(request.method())), request.url().path(), request.query(),
                        request.body(), request.value("Authorization")};
        // "slow start": the host takes a second to answer the start, as one
        // that is busy estimating does.
        if (call.method == u"POST" && call.path == u"/api/v1/sessions"
            && QJsonDocument::fromJson(call.body).object().value(u"prompt").toString() == u"slow start") {
            auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
            m_requests << QStringLiteral("POST /api/v1/sessions (held)");
            QTimer::singleShot(1000, this, [this, call, later] { handle(call, *later); });
            return;
        }
        handle(call, responder);
    });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    const QString tokenFile = QDir(dataDir).filePath(QStringLiteral("api-token"));
    writeFile(tokenFile, m_token + '\n');
    const QJsonObject info{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/").arg(port)},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("tokenFile"), tokenFile}};
    writeFile(QDir(dataDir).filePath(QStringLiteral("api.json")), QJsonDocument(info).toJson());
}

FakeHost::~FakeHost() = default;

QString FakeHost::sessionStatus(const QString &id) const
{
    const FakeSession session = m_sessions.value(id);
    return session.script.value(session.step);
}

QJsonObject FakeHost::sessionJson(const FakeSession &session) const
{
    const QString status = session.script.value(session.step);
    QJsonObject object{{QStringLiteral("id"), session.id},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("prompt"), session.prompt},
                       {QStringLiteral("type"), QStringLiteral("webapp")},
                       {QStringLiteral("sandbox"), QStringLiteral("local")},
                       {QStringLiteral("url"), status == u"ready" ? QJsonValue(QStringLiteral("http://127.0.0.1:4321/"))
                                                                  : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("createdAt"), QStringLiteral("2026-12-07T06:00:00.000Z")},
                       {QStringLiteral("estimatedCost"), 0.02},
                       {QStringLiteral("actualCost"), 0.01},
                       {QStringLiteral("versions"), session.versions},
                       {QStringLiteral("error"), QJsonValue(QJsonValue::Null)}};
    if (status == u"failed") {
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("api")},
                                  {QStringLiteral("message"), QStringLiteral("The model server refused the request")},
                                  {QStringLiteral("recoverable"), true}});
    }
    return object;
}

void FakeHost::handle(const Call &call, QHttpServerResponder &responder)
{
    const QString &method = call.method;
    const QString line = method + u' ' + call.path + (call.query.isEmpty() ? QString() : u'?' + call.query.toString());
    m_requests << line;
    m_lastBody = QJsonDocument::fromJson(call.body).object();
    emit requestSeen(line);
    if (call.authorization != "Bearer " + m_token) {
        ++m_unauthorized;
        answerError(responder, Status::Unauthorized, QStringLiteral("user"), QStringLiteral("No valid token"));
        return;
    }
    const QString &path = call.path;
    if (method == u"GET" && path == u"/api/v1/costs") {
        answer(responder, {{QStringLiteral("since"), call.query.queryItemValue(QStringLiteral("since"))},
                           {QStringLiteral("until"), QStringLiteral("2026-12-31")},
                           {QStringLiteral("totals"), QJsonObject{{QStringLiteral("total"), 1.25}}},
                           {QStringLiteral("budget"), QJsonObject{}}});
        return;
    }
    if (method == u"GET" && path == u"/api/v1/sessions") {
        QJsonArray sessions;
        for (const FakeSession &session : std::as_const(m_sessions))
            sessions.append(sessionJson(session));
        answer(responder, {{QStringLiteral("sessions"), sessions},
                           {QStringLiteral("total"), sessions.size()},
                           {QStringLiteral("nextCursor"), QJsonValue(QJsonValue::Null)}});
        return;
    }
    if (method == u"POST" && path == u"/api/v1/sessions") {
        m_startBody = m_lastBody;
        FakeSession session;
        session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        session.prompt = m_lastBody.value(u"prompt").toString();
        if (session.prompt == u"fail")
            session.script = {QStringLiteral("queued"), QStringLiteral("generating"), QStringLiteral("failed")};
        else if (session.prompt.startsWith(u"slow"))
            session.script = {QStringLiteral("queued"), QStringLiteral("generating")};
        else
            session.script = {QStringLiteral("queued"), QStringLiteral("generating"), QStringLiteral("deploying"),
                              QStringLiteral("ready")};
        m_sessions.insert(session.id, session);
        answer(responder,
               {{QStringLiteral("id"), session.id},
                {QStringLiteral("status"), QStringLiteral("queued")},
                {QStringLiteral("estimatedCost"), 0.02},
                {QStringLiteral("estimatedSeconds"), 30},
                {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(u"/api/v1/sessions/" + session.id)}}}},
               Status::Accepted);
        return;
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 4 && parts.at(0) == u"api" && parts.at(2) == u"sessions") {
        handleSession(call, parts, responder);
        return;
    }
    answerError(responder, Status::NotFound, QStringLiteral("user"), QStringLiteral("No such route"));
}

void FakeHost::handleSession(const Call &call, const QStringList &parts, QHttpServerResponder &responder)
{
    const QString &method = call.method;
    const QString id = parts.at(3);
    if (!m_sessions.contains(id)) {
        answerError(responder, Status::NotFound, QStringLiteral("user"), QStringLiteral("There is no session %1").arg(id),
                    QStringLiteral("id"));
        return;
    }
    FakeSession &session = m_sessions[id];
    const QString rest = parts.size() > 4 ? parts.at(4) : QString();
    if (method == u"GET" && rest.isEmpty()) {
        const QJsonObject now = sessionJson(session);
        session.step = std::min(session.step + 1, int(session.script.size()) - 1);
        answer(responder, now);
    } else if (method == u"DELETE" && rest.isEmpty()) {
        session.script = {QStringLiteral("stopped")};
        session.step = 0;
        answer(responder, sessionJson(session));
    } else if (method == u"POST" && rest == u"messages") {
        session.script = {QStringLiteral("updating"), QStringLiteral("generating"), QStringLiteral("ready")};
        session.step = 0;
        ++session.versions;
        answer(responder, sessionJson(session));
    } else if (method == u"GET" && rest == u"log") {
        const int tail = call.query.queryItemValue(QStringLiteral("tail")).toInt();
        QByteArray log;
        for (int i = 1; i <= tail; ++i)
            log += "line " + QByteArray::number(i) + '\n';
        responder.write(log, "text/plain; charset=utf-8");
    } else {
        answerError(responder, Status::NotFound, QStringLiteral("user"), QStringLiteral("No such route"));
    }
}
