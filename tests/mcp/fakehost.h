// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrlQuery>

// A SpawnAI host as the MCP server sees it: the REST routes it calls, with
// the shapes of docs/api.md, behind <data>/api.json and <data>/api-token.
// A session's status moves one step along its script at each GET. Prompts
// steer the script: "fail" fails after generating, "slow" stays generating.
class FakeHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHost)

public:
    explicit FakeHost(const QString &dataDir, QObject *parent = nullptr);
    ~FakeHost() override;

    QByteArray token() const { return m_token; }
    // "METHOD /path?query" of every request, in order.
    QStringList requests() const { return m_requests; }
    QJsonObject lastBody() const { return m_lastBody; }
    // The body of the last POST /api/v1/sessions.
    QJsonObject startBody() const { return m_startBody; }
    QString sessionStatus(const QString &id) const;
    int unauthorized() const { return m_unauthorized; }

signals:
    void requestSeen(const QString &request);

private:
    struct FakeSession
    {
        QString id;
        QString prompt;
        QStringList script;
        int step = 0;
        int versions = 1;
    };
    // What a handler needs of a request (QHttpServerRequest cannot be kept).
    struct Call
    {
        QString method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray authorization;
    };
    void handle(const Call &call, QHttpServerResponder &responder);
    void handleSession(const Call &call, const QStringList &parts, QHttpServerResponder &responder);
    QJsonObject sessionJson(const FakeSession &session) const;

    QHttpServer m_server;
    QByteArray m_token;
    QStringList m_requests;
    QJsonObject m_lastBody;
    QJsonObject m_startBody;
    QHash<QString, FakeSession> m_sessions;
    int m_unauthorized = 0;
};
