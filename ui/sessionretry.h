// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/sessionlaunch.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class AppSettings;
class SecretStore;
class SessionManager;
struct Session;

// "Try again" for a session that failed before the model wrote any app (a
// refused key, a budget, a model that answered nothing): there is nothing
// to redeploy, so the same request goes out again as a new session, through
// the one way sessions start (SessionLaunch), once the cause is fixed. What
// the window launched is remembered as it was asked (the app type "auto",
// internet access, the server's address); a session from an earlier run of
// SpawnAI is asked again from what its history holds.
class SessionRetry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRetry)

public:
    SessionRetry(SessionManager *manager, SecretStore *secrets, AppSettings *settings, QObject *parent = nullptr);
    ~SessionRetry() override;

    // `sessionId` was started from `request` (the new-app form).
    void remember(const QString &sessionId, const LaunchRequest &request);
    // Whether `session` can be tried again: written by a model, ended, and no app stored.
    bool canRetry(const Session &session) const;
    // Starts the request of `sessionId` again; started() or failed() follows
    // (nothing when one is under way already).
    void retry(const QString &sessionId);
    bool isBusy() const { return !m_launch.isNull(); }

signals:
    void started(const QString &newSessionId);
    // `keyMissing`: the provider's key is still not there.
    void failed(const QString &message, bool keyMissing);

private:
    LaunchRequest requestFor(const Session &session) const;

    SessionManager *m_manager;
    QPointer<SecretStore> m_secrets;
    AppSettings *m_settings;
    QHash<QString, LaunchRequest> m_requests;
    QPointer<SessionLaunch> m_launch;
};
