// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class ApiReply;

// Follows one session on the host until it is ready (or, for a change,
// ready with a new version) or ends: the one place the MCP server watches
// a session. It polls GET /api/v1/sessions/{id}; the host's event route
// can take its place here without the tools noticing.
class SessionWatch final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWatch)

public:
    enum class Until
    {
        Ready,       // a new session: ready
        NewVersion,  // a follow-up: ready again, after it left ready or with more versions
    };

    // `session`: the host's session object as the call that began the run answered it.
    SessionWatch(ApiClient *client, const QJsonObject &session, Until until, QObject *parent = nullptr);
    ~SessionWatch() override;

    void start();
    // The last state seen; on failure, the session's error sits in it too.
    QJsonObject session() const { return m_session; }

signals:
    void statusChanged(const QJsonObject &session);

protected:
    void abortWork() override;

private:
    void poll();
    void see(const QJsonObject &session);

    ApiClient *m_client;
    QJsonObject m_session;
    Until m_until;
    QString m_id;
    QString m_lastStatus;
    int m_firstVersions = 0;
    bool m_leftReady = false;
    int m_failedPolls = 0;
    QTimer m_timer;
    QPointer<ApiReply> m_reply;
};
