// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "apitoken.h"
#include "common/spawnerror.h"
#include "tokenbucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ApiExchange;
class HttpFront;
class QHttpServerRequest;
class QTcpServer;
class QTcpSocket;
class QWebSocket;

// The local REST API's HTTP side on Qt HTTP Server: every request passes
// the same gate before a route sees it (the Host of a bound address, no
// foreign browser Origin, the bearer token, 50 requests a second per token,
// a body of at most 1 MiB), then the route whose pattern and method match.
// REST and the WebSocket rooms (EventHub) share its port: an upgrade passes
// the same Host, Origin and token rules at the handshake
// (newWebSocketConnection). Qt HTTP Server itself (HttpFront) is made
// when the first connection arrives.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    using Handler = std::function<void(ApiExchange &exchange)>;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    // What may carry pictures (a new session, a follow-up): a few images of
    // up to 5 MB each, in base64; the rest of the body stays within 1 MiB.
    static constexpr qsizetype MaxImageBodyBytes = 32 * 1024 * 1024;
    static bool takesImages(const QByteArray &method, const QString &path);
    static qsizetype sizeWithoutImages(const QByteArray &body);
    // SO_SNDBUF of an upgraded connection (Linux doubles it).
    static constexpr int WebSocketSendBuffer = 64 * 1024;

    struct Route
    {
        QByteArray method;
        // "/api/v1/sessions/{id}/files/{path*}": {name} one segment,
        // {name*} the rest of the path.
        QString pattern;
        Handler handler;
        // The query parameters it knows; any other is refused, named.
        QStringList query;
        bool needsToken = true;
    };

    explicit ApiServer(const QString &dataDir, QObject *parent = nullptr);
    ~ApiServer() override;

    void addRoute(Route route);
    // Listens on every address at `port` (0: any free one, the same for
    // all). An error when none could be bound.
    SpawnError start(const QList<QHostAddress> &addresses, quint16 port);
    quint16 port() const { return m_port; }
    QUrl url() const;
    // Browser origins allowed to call ("http://localhost:5173"): Settings.
    void setAllowedOrigins(const QStringList &origins) { m_allowedOrigins = origins; }
    // Ten starts a minute per token: a start route takes one before it acts.
    bool takeStart(const ApiExchange &exchange, ApiError *refusal);
    // The same limits for a test that cannot wait a minute.
    void setLimits(double requestsPerSecond, double startsPerMinute);

    // The address of the WebSocket rooms.
    static constexpr QLatin1StringView EventsPath{"/api/v1/events"};
    // Why a WebSocket upgrade is refused (the path, Host, Origin and the
    // token, from `Authorization: Bearer` or a `bearer.TOKEN` subprotocol),
    // or nothing when it may connect. Checked at the handshake and again
    // on the upgraded socket's request.
    std::optional<ApiError> webSocketRefusal(const QString &path, const QByteArray &host, const QByteArray &origin,
                                             const QByteArray &authorization, const QByteArray &protocols);

    // The upgraded connections of the rooms, as QAbstractHttpServer has them.
    bool hasPendingWebSocketConnections() const;
    std::unique_ptr<QWebSocket> nextPendingWebSocketConnection();

signals:
    void newWebSocketConnection();

private:
    friend class HttpFront;
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket);
    // Makes HttpFront and gives it every listener; once.
    void ensureFront();

    struct Compiled
    {
        Route route;
        QStringList parts;
    };
    // Whatever the route: Host, Origin, token, rate, size. Sets the token
    // the request came with.
    bool admit(const QHttpServerRequest &request, ApiExchange &exchange, bool needsToken);
    bool dispatch(ApiExchange &exchange, const QHttpServerRequest &request);
    static bool match(const QStringList &parts, const QStringList &segments,
                      QList<std::pair<QString, QString>> *parameters);
    std::optional<ApiError> hostOrOriginRefusal(const QByteArray &host, const QByteArray &origin) const;
    std::optional<ApiError> tokenRefusal(const QByteArray &given, bool asked);

    QString m_dataDir;
    ApiToken m_token;
    HttpFront *m_front = nullptr;
    QList<QTcpServer *> m_listeners;
    QList<Compiled> m_routes;
    QList<QHostAddress> m_addresses;
    quint16 m_port = 0;
    QSet<QByteArray> m_allowedHosts;
    QStringList m_allowedOrigins;
    double m_requestsPerSecond = 50.0;
    double m_startsPerMinute = 10.0;
    QHash<QByteArray, TokenBucket> m_requestBuckets;
    QHash<QByteArray, TokenBucket> m_startBuckets;
    QElapsedTimer m_clock;
    // A refused upgrade's answer: Qt 6.4 calls missingHandler() right after
    // handleRequest() refused it.
    std::optional<ApiError> m_upgradeRefusal;
};
