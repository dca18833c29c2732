// SPDX-License-Identifier: MIT
#pragma once

#include "mcptoolcall.h"

#include <QPointer>

class ApiReply;
class SessionWatch;

// spawn_app and change_app: a REST call that begins a run, then the run
// followed to its end with a progress step per status change.
//
// Cancelling spawn_app stops the session it started (DELETE, as Stop does;
// the history and the costs so far stay), also when the host is still
// answering the start: a client that gave up must not leave an app running,
// or billing on E2B, that nobody will ever hear of. Cancelling change_app
// only stops waiting: the app keeps running, and the change may still land.
class SessionRunCall final : public McpToolCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRunCall)

public:
    // A new session from `body` (the POST /api/v1/sessions body).
    static SessionRunCall *spawn(ApiClient *client, HostLocator *locator, const QJsonObject &body, bool wait);
    // A follow-up `text` to session `sessionId`.
    static SessionRunCall *change(ApiClient *client, HostLocator *locator, const QString &sessionId,
                                  const QString &text, bool wait);
    ~SessionRunCall() override;

protected:
    void run() override;
    void abortWork() override;

private:
    enum class Kind
    {
        Spawn,
        Change,
    };
    SessionRunCall(ApiClient *client, HostLocator *locator, Kind kind, const QJsonObject &body, bool wait);

    void onBegun();
    void onWatched();
    void reportStatus(const QJsonObject &session);
    QJsonObject result(const QJsonObject &session) const;
    // Stops the session this call started, on the client's lifetime, not this call's.
    void stopStarted();

    Kind m_kind;
    QJsonObject m_body;
    bool m_wait;
    QString m_sessionId;
    QJsonObject m_begun;  // the answer that began the run (estimates)
    QPointer<ApiReply> m_reply;
    QPointer<SessionWatch> m_watch;
};
