// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class ApiExchange;
class ApiServer;
class SessionManager;

// What a session holds, read-only: its files (a list, one file raw with
// its content type), its versions and what changed between two, the end of its log and its changes
// (the WebSocket rooms' messages, from the store).
class SessionContentRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionContentRoutes)

public:
    SessionContentRoutes(ApiServer *server, SessionManager *manager, QObject *parent = nullptr);
    ~SessionContentRoutes() override;

    // A path the API serves: relative, no "." or ".." part, no empty part,
    // no backslash or control character.
    static bool isSafePath(const QString &path);

private:
    void files(ApiExchange &exchange);
    void file(ApiExchange &exchange);
    void versions(ApiExchange &exchange);
    // Two versions compared: JSON, or ?format=unified for what patch applies.
    void diff(ApiExchange &exchange);
    void log(ApiExchange &exchange);
    void events(ApiExchange &exchange);
    // The query parameter `name` as a number in [low, high] (unchanged when
    // absent); false after answering 400.
    static bool numberOf(ApiExchange &exchange, const QString &name, qint64 low, qint64 high, qint64 *value);
    // The version the query names (`version`), else the latest; 0 after answering an error.
    int versionOf(ApiExchange &exchange, const QString &sessionId);

    QPointer<SessionManager> m_manager;
};
