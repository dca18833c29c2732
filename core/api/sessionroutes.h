// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class ApiExchange;
class ApiServer;
class CloudSandboxes;
class SecretStore;
class SessionManager;
struct Session;

// /api/v1/sessions and what a session can be asked to do: start, list,
// read, stop, follow-up, extend, redeploy, restore. Its files, versions
// and log: SessionContentRoutes.
class SessionRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRoutes)

public:
    SessionRoutes(ApiServer *server, SessionManager *manager, CloudSandboxes *cloud, SecretStore *secrets,
                  QObject *parent = nullptr);
    ~SessionRoutes() override;

    // The session of the route's {id}, or nothing after answering 400 (not
    // an id) or 404 (no such session).
    static std::optional<Session> sessionOf(ApiExchange &exchange, SessionManager *manager);

private:
    void start(ApiExchange &exchange);
    void list(ApiExchange &exchange);
    void show(ApiExchange &exchange);
    void stop(ApiExchange &exchange);
    void message(ApiExchange &exchange);
    void extend(ApiExchange &exchange);
    void redeploy(ApiExchange &exchange);
    void restore(ApiExchange &exchange);
    // 202 with the session as it is now.
    void answerSession(ApiExchange &exchange, const QString &id, int status = 202);

    ApiServer *m_server;
    QPointer<SessionManager> m_manager;
    QPointer<CloudSandboxes> m_cloud;
    QPointer<SecretStore> m_secrets;
};
