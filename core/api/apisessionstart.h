// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "common/asyncoperation.h"
#include "sessionstartrequest.h"

#include <QPointer>

class LlmClient;
class SecretStore;
class SessionManager;
class SessionStore;

// The API's one way to start a session, on the same core path as
// `spawnai spawn`: a template or files go to SessionManager::spawn; a prompt
// gets its key (keychain, then the environment) and model client and goes
// through SpawnLaunch (count, estimate, budget, spawn). Kept in this one
// class so the shared launch path of core can replace its insides.
// Finishes with sessionId() or apiError().
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
    void startGenerated(const QString &key);
    void fail(const ApiError &error);

    QPointer<SessionManager> m_manager;
    QPointer<SecretStore> m_secrets;
    SessionStartRequest m_request;
    QString m_sessionId;
    ApiError m_apiError;
    LlmClient *m_client = nullptr;
};
