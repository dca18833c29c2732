// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include "apireply.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#ifndef SPAWNAI_VERSION
#define SPAWNAI_VERSION "0.0.0"
#endif

namespace {
// A host on this machine answers at once; a host that does not within
// this long is stuck, and the tool call says so instead of hanging.
constexpr std::chrono::seconds RequestTimeout{30};
} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    // The host is on loopback: no proxy may stand between (and see the token).
    m_network.setProxy(QNetworkProxy::NoProxy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setHost(const QUrl &baseUrl, const QByteArray &token)
{
    m_baseUrl = baseUrl;
    m_token = token;
}

QString ApiClient::sessionPath(const QString &id, const QString &rest)
{
    return QStringLiteral("/api/v1/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + rest;
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SpawnAI-MCP/" SPAWNAI_VERSION));
    request.setTransferTimeout(int(std::chrono::milliseconds(RequestTimeout).count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

ApiReply *ApiClient::track(QNetworkReply *reply)
{
    // The handle connects first, so it has read the answer before the reply goes.
    auto *handle = new ApiReply(reply);
    ++m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (--m_pending == 0)
            emit idle();
    });
    return handle;
}

ApiReply *ApiClient::health()
{
    return track(m_network.get(request(QStringLiteral("/health"))));
}

ApiReply *ApiClient::startSession(const QJsonObject &body)
{
    QNetworkRequest post = request(QStringLiteral("/api/v1/sessions"));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return track(m_network.post(post, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiReply *ApiClient::listSessions(const QUrlQuery &filters)
{
    return track(m_network.get(request(QStringLiteral("/api/v1/sessions"), filters)));
}

ApiReply *ApiClient::session(const QString &id)
{
    return track(m_network.get(request(sessionPath(id))));
}

ApiReply *ApiClient::stopSession(const QString &id)
{
    return track(m_network.deleteResource(request(sessionPath(id))));
}

ApiReply *ApiClient::sendMessage(const QString &id, const QString &text)
{
    QNetworkRequest post = request(sessionPath(id, QStringLiteral("/messages")));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("text"), text}};
    return track(m_network.post(post, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiReply *ApiClient::log(const QString &id, int tail)
{
    return track(m_network.get(request(sessionPath(id, QStringLiteral("/log")),
                                       QUrlQuery{{QStringLiteral("tail"), QString::number(tail)}})));
}

ApiReply *ApiClient::costs(const QUrlQuery &period)
{
    return track(m_network.get(request(QStringLiteral("/api/v1/costs"), period)));
}
