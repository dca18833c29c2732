// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class ApiReply;
class QNetworkRequest;

// The MCP server's door to a running SpawnAI host's REST API (docs/api.md):
// every request it makes is built here, so the paths, the bearer token, the
// User-Agent and the timeouts live in one place.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setHost(const QUrl &baseUrl, const QByteArray &token);
    bool hasHost() const { return m_baseUrl.isValid() && !m_token.isEmpty(); }
    QUrl baseUrl() const { return m_baseUrl; }

    // The REST calls the tools make. Ids are percent-encoded here.
    ApiReply *health();
    ApiReply *startSession(const QJsonObject &body);
    ApiReply *listSessions(const QUrlQuery &filters);
    ApiReply *session(const QString &id);
    ApiReply *stopSession(const QString &id);
    ApiReply *sendMessage(const QString &id, const QString &text);
    ApiReply *log(const QString &id, int tail);
    ApiReply *costs(const QUrlQuery &period);

    // Requests still on the wire, including those whose handles were
    // cancelled (a POST the host took still ends): the server waits for
    // them before it exits.
    int pendingRequests() const { return m_pending; }

signals:
    void idle();

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    ApiReply *track(QNetworkReply *reply);
    static QString sessionPath(const QString &id, const QString &rest = {});

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_pending = 0;
};
