// SPDX-License-Identifier: MIT
#include "fakee2badmin.h"

#include "fakee2bconnection.h"
#include "fakee2bserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FakeE2bAdmin {

namespace {
QByteArray state(const FakeE2bServer *server)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("live"), QJsonArray::fromStringList(server->liveSandboxIds())},
                             {QStringLiteral("creates"), server->createCount()},
                             {QStringLiteral("kills"), server->killCount()},
                             {QStringLiteral("expired"), server->expiredCount()},
                         })
        .toJson(QJsonDocument::Compact);
}

QByteArray requests(const FakeE2bServer *server)
{
    QJsonArray list;
    for (const FakeE2bServer::Received &received : server->requests()) {
        QJsonObject headers;
        for (const auto &[name, value] : received.request.headers)
            headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
        list.append(QJsonObject{
            {QStringLiteral("route"), received.route},
            {QStringLiteral("sandboxId"), received.sandboxId},
            {QStringLiteral("method"), QString::fromLatin1(received.request.method)},
            {QStringLiteral("target"), QString::fromLatin1(received.request.target)},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromLatin1(received.request.body.toBase64())},
            {QStringLiteral("receivedNs"), received.receivedNs},
            {QStringLiteral("answeredNs"), received.answeredNs},
            {QStringLiteral("status"), received.status},
        });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

FakeE2bFault faultFrom(const QJsonObject &json)
{
    FakeE2bFault fault;
    fault.route = json.value(u"route").toString();
    const QString action = json.value(u"action").toString(QStringLiteral("respond"));
    if (action == u"drop")
        fault.action = FakeE2bFault::Action::Drop;
    else if (action == u"cut")
        fault.action = FakeE2bFault::Action::CutStream;
    else if (action == u"delay")
        fault.action = FakeE2bFault::Action::Delay;
    fault.skip = json.value(u"skip").toInt(0);
    fault.times = json.value(u"times").toInt(1);
    fault.status = json.value(u"status").toInt(500);
    if (json.contains(u"body"))
        fault.body = json.value(u"body").toString().toUtf8();
    const QJsonObject headers = json.value(u"headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        fault.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    fault.cutAfterFrames = json.value(u"cutAfterFrames").toInt(-1);
    fault.delay = std::chrono::milliseconds(json.value(u"delayMs").toInteger(0));
    return fault;
}
} // namespace

void handle(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bServer *server)
{
    const QByteArray path = request.path();
    const QByteArray json = "application/json";
    if (request.method == "GET" && path == "/_fake/state") {
        connection->respond(200, json, state(server));
    } else if (request.method == "GET" && path == "/_fake/requests") {
        connection->respond(200, json, requests(server));
    } else if (request.method == "POST" && path == "/_fake/faults") {
        server->addFault(faultFrom(QJsonDocument::fromJson(request.body).object()));
        connection->respond(204, {}, {});
    } else if (request.method == "DELETE" && path == "/_fake/faults") {
        server->clearFaults();
        connection->respond(204, {}, {});
    } else if (request.method == "POST" && path == "/_fake/latency") {
        server->setLatency(std::chrono::milliseconds(QJsonDocument::fromJson(request.body).object().value(u"ms").toInteger()));
        connection->respond(204, {}, {});
    } else {
        connection->respond(404, json, R"({"message":"unknown fake endpoint"})");
    }
}

} // namespace FakeE2bAdmin
