// SPDX-License-Identifier: MIT
#include "e2bwireclient.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>

QByteArray E2bWireClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject E2bWireClient::Reply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

E2bWireClient::E2bWireClient(const QUrl &server, const QByteArray &apiKey)
    : m_server(server)
    , m_apiKey(apiKey)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

E2bWireClient::Reply E2bWireClient::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
                                         QHttpMultiPart *multipart)
{
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("spawnai-test/1.0"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = multipart ? m_network.sendCustomRequest(request, verb, multipart)
                                     : m_network.sendCustomRequest(request, verb, body);
    if (multipart)
        multipart->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

E2bWireClient::Reply E2bWireClient::api(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &json,
                                        const QByteArray &apiKey)
{
    QNetworkRequest request(QUrl(m_server.toString() + pathAndQuery, QUrl::StrictMode));
    request.setRawHeader("X-API-Key", apiKey.isEmpty() ? m_apiKey : apiKey);
    request.setRawHeader("Accept", "application/json");
    if (!json.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return send(request, verb, json);
}

QNetworkRequest E2bWireClient::envdRequest(const QString &sandboxId, const QByteArray &token, const QString &pathAndQuery) const
{
    QNetworkRequest request(QUrl(m_server.toString() + pathAndQuery, QUrl::StrictMode));
    request.setRawHeader("E2b-Sandbox-Id", sandboxId.toLatin1());
    request.setRawHeader("E2b-Sandbox-Port", "49983");
    if (!token.isEmpty())
        request.setRawHeader("X-Access-Token", token);
    return request;
}

E2bWireClient::Reply E2bWireClient::envd(const QString &sandboxId, const QByteArray &token, const QString &pathAndQuery,
                                         const QByteArray &contentType, const QByteArray &body, const Headers &extra)
{
    QNetworkRequest request = envdRequest(sandboxId, token, pathAndQuery);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : extra)
        request.setRawHeader(name, value);
    return send(request, body.isNull() ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"), body);
}

E2bWireClient::Reply E2bWireClient::upload(const QString &sandboxId, const QByteArray &token, QHttpMultiPart *multipart)
{
    return send(envdRequest(sandboxId, token, QStringLiteral("/files")), "POST", {}, multipart);
}

QNetworkReply *E2bWireClient::startStreaming(const QString &sandboxId, const QByteArray &token, const QByteArray &requestJson)
{
    QNetworkRequest request = envdRequest(sandboxId, token, QStringLiteral("/process.Process/Start"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/connect+json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("spawnai-test/1.0"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return m_network.post(request, envelope(requestJson));
}

E2bWireClient::Reply E2bWireClient::start(const QString &sandboxId, const QByteArray &token, const QByteArray &requestJson,
                                          const Headers &extra)
{
    Headers headers{{"Connect-Protocol-Version", "1"}, {"Keepalive-Ping-Interval", "50"}};
    headers += extra;
    return envd(sandboxId, token, QStringLiteral("/process.Process/Start"), "application/connect+json",
                envelope(requestJson), headers);
}

E2bWireClient::Reply E2bWireClient::port(const QString &sandboxId, int port, const QString &path, const Headers &extra)
{
    QNetworkRequest request(QUrl(m_server.toString() + path));
    request.setRawHeader("Host", QStringLiteral("%1-%2.localhost:%3").arg(port).arg(sandboxId).arg(m_server.port()).toLatin1());
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : extra)
        request.setRawHeader(name, value);
    return send(request, "GET", {});
}

QByteArray E2bWireClient::envelope(const QByteArray &json)
{
    const quint32 size = quint32(json.size());
    QByteArray out(1, '\0');
    out += char(size >> 24);
    out += char((size >> 16) & 0xff);
    out += char((size >> 8) & 0xff);
    out += char(size & 0xff);
    return out + json;
}

QList<E2bWireClient::Frame> E2bWireClient::frames(const QByteArray &body)
{
    QList<Frame> frames;
    qsizetype at = 0;
    while (body.size() - at >= 5) {
        const quint32 size = (quint32(quint8(body[at + 1])) << 24) | (quint32(quint8(body[at + 2])) << 16)
            | (quint32(quint8(body[at + 3])) << 8) | quint32(quint8(body[at + 4]));
        if (body.size() - at - 5 < qsizetype(size))
            break;
        frames.append({quint8(body[at]), body.sliced(at + 5, size)});
        at += 5 + size;
    }
    return frames;
}
