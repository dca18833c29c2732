// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "common/asyncoperation.h"
#include "sessionstartrequest.h"

#include <QPointer>

class SecretStore;
struct LaunchRequest;
class SessionManager;
class SessionStore;

// The API's start of a session: the body, checked, mapped onto core's one
// start path (SessionLaunch, as the window and `spawnai spawn` take it:
// key, model client, limits, budget, count, spawn), with the refusals the
// API words apart (an unknown template is a 404 on "template", a missing
// key a 422 on "provider"). Finishes with sessionId() or apiError().
class ApiSessionStart final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSessionStart)

public:
    ApiSessionStart(SessionManager *manager, SecretStore *secrets, SessionStartRequest request,
                    QObject *parent = nullptr);
    ~ApiSessionStart() override;

    void start();
    QString sessionId() const { return m_sessionId; }
    const ApiError &apiError() const { return m_apiError; }

    // The median time from created to ready of this user's last 20
    // sessions of `appType` ("webapp", ...; empty: any) made from the same
    // kind of source, or the documented default (10 s for files and
    // templates, 60 s for a prompt).
    static int estimatedSeconds(SessionStore *store, const QString &appType, bool generated);

private:
    // A template's or the uploaded files' bundle into `request`; false: failed.
    bool bundleRequest(LaunchRequest *request);
    void fail(const ApiError &error);

    QPointer<SessionManager> m_manager;
    QPointer<SecretStore> m_secrets;
    SessionStartRequest m_request;
    QString m_sessionId;
    ApiError m_apiError;
};
