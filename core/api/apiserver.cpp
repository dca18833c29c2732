// SPDX-License-Identifier: MIT
#include "apiserver.h"

#include "apierror.h"
#include "apiexchange.h"
#include "httpfront.h"
#include "lazytcpserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QWebSocket>

#include <utility>

namespace {
Q_LOGGING_CATEGORY(lcApi, "spawnai.api", QtInfoMsg)

QByteArray hostName(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                               : address.toString();
    return (host + u':' + QString::number(port)).toLatin1();
}
} // namespace

ApiServer::ApiServer(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_token(dataDir)
{
    m_clock.start();
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoute(Route route)
{
    const QStringList parts = route.pattern.split(u'/', Qt::SkipEmptyParts);
    m_routes.append({std::move(route), parts});
}

void ApiServer::setLimits(double requestsPerSecond, double startsPerMinute)
{
    m_requestsPerSecond = requestsPerSecond;
    m_startsPerMinute = startsPerMinute;
    m_requestBuckets.clear();
    m_startBuckets.clear();
}

SpawnError ApiServer::start(const QList<QHostAddress> &addresses, quint16 port)
{
    QStringList failures;
    for (const QHostAddress &address : addresses) {
        auto *server = new LazyTcpServer([this] { ensureFront(); }, this);
        if (!server->listen(address, m_port != 0 ? m_port : port)) {
            failures << address.toString() + u": " + server->errorString();
            delete server;
            continue;
        }
        // Every address shares the first one's port, so one URL fits all.
        m_port = server->serverPort();
        m_listeners << server;
        m_addresses << address;
        m_allowedHosts.insert(hostName(address, m_port));
        if (address.isLoopback())
            m_allowedHosts.insert("localhost:" + QByteArray::number(m_port));
        // Bound to every interface (--allow-remote): a client names one of
        // this machine's addresses, never 0.0.0.0.
        if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6) {
            const QList<QHostAddress> interfaces = QNetworkInterface::allAddresses();
            for (const QHostAddress &own : interfaces)
                m_allowedHosts.insert(hostName(QHostAddress(own.toString().section(u'%', 0, 0)), m_port));
            m_allowedHosts.insert("localhost:" + QByteArray::number(m_port));
        }
    }
    if (m_addresses.isEmpty())
        return SpawnError::system(tr("The API cannot listen: %1").arg(failures.join(QStringLiteral("; "))));
    for (const QString &failure : std::as_const(failures))
        qCInfo(lcApi) << "not listening on" << failure;
    return {};
}

void ApiServer::ensureFront()
{
    if (m_front)
        return;
    m_front = new HttpFront(this);
    for (QTcpServer *listener : std::as_const(m_listeners))
        m_front->bind(listener);
}

bool ApiServer::hasPendingWebSocketConnections() const
{
    return m_front && m_front->hasPendingWebSocketConnections();
}

std::unique_ptr<QWebSocket> ApiServer::nextPendingWebSocketConnection()
{
    return m_front ? m_front->nextPendingWebSocketConnection() : nullptr;
}

QUrl ApiServer::url() const
{
    if (m_addresses.isEmpty())
        return {};
    return QUrl(QString::fromLatin1("http://" + hostName(m_addresses.constFirst(), m_port)));
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 shows a WebSocket upgrade to this handler first: true hands
    // the connection to its QWebSocketServer (the 101 and then
    // newWebSocketConnection), false has missingHandler() answer and close
    // it. Nothing may be written here for an upgrade that goes on, or the
    // client would read an HTTP answer before the 101.
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        m_upgradeRefusal = webSocketRefusal(request.url().path(), request.value("Host"), request.value("Origin"),
                                            request.value("Authorization"), request.value("Sec-WebSocket-Protocol"));
        if (m_upgradeRefusal)
            return false;
        // The kernel holds little of what waits for a slow reader, so that
        // the rooms' own queue (counted, and capped) is what grows.
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, WebSocketSendBuffer);
        return true;
    }
    ApiExchange exchange(request, m_front->responder(request, socket), socket);
    dispatch(exchange, request);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiExchange exchange(request, m_front->responder(request, socket), socket);
    if (const std::optional<ApiError> refusal = std::exchange(m_upgradeRefusal, std::nullopt)) {
        qCInfo(lcApi) << "WebSocket upgrade refused:" << refusal->status << refusal->field;
        exchange.answerError(*refusal);
        return;
    }
    exchange.answerError(ApiError::notFound(tr("There is no such address in SpawnAI's API")));
}

bool ApiServer::dispatch(ApiExchange &exchange, const QHttpServerRequest &request)
{
    const Compiled *found = nullptr;
    QList<std::pair<QString, QString>> parameters;
    QStringList methods;
    for (const Compiled &compiled : std::as_const(m_routes)) {
        QList<std::pair<QString, QString>> candidate;
        if (!match(compiled.parts, exchange.segments(), &candidate))
            continue;
        if (compiled.route.method != exchange.method()) {
            methods << QString::fromLatin1(compiled.route.method);
            continue;
        }
        found = &compiled;
        parameters = candidate;
        break;
    }
    if (!admit(request, exchange, found ? found->route.needsToken : true))
        return true;
    if (!found) {
        if (!methods.isEmpty()) {
            ApiError error{405, SpawnError::user(tr("This address takes %1").arg(methods.join(QStringLiteral(", ")))),
                           {}, 0};
            exchange.answerError(error);
            return true;
        }
        exchange.answerError(ApiError::notFound(tr("There is no such address in SpawnAI's API")));
        return true;
    }
    const QList<std::pair<QString, QString>> items = exchange.query().queryItems();
    for (const auto &[key, value] : items) {
        if (!found->route.query.contains(key)) {
            exchange.answerError(ApiError::badRequest(tr("Unknown query parameter \"%1\"").arg(key), key));
            return true;
        }
    }
    exchange.setParameters(parameters);
    found->route.handler(exchange);
    if (!exchange.isAnswered())
        qCDebug(lcApi) << "answer deferred:" << exchange.method() << found->route.pattern;
    return true;
}

std::optional<ApiError> ApiServer::hostOrOriginRefusal(const QByteArray &host, const QByteArray &origin) const
{
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still
    // sends its own name as Host.
    if (!m_allowedHosts.contains(host.toLower())) {
        return ApiError{403, SpawnError::user(tr("The Host header must name the address SpawnAI's API listens on")),
                        QStringLiteral("Host"), 0};
    }
    // Browsers send Origin with every cross-site request; scripts and
    // command-line clients do not. No CORS: a browser page gets nothing.
    if (!origin.isEmpty() && !m_allowedOrigins.contains(QString::fromLatin1(origin))) {
        return ApiError{403, SpawnError::user(tr("Requests from web pages are refused unless Settings > "
                                                 "Automation lists their origin")),
                        QStringLiteral("Origin"), 0};
    }
    return std::nullopt;
}

std::optional<ApiError> ApiServer::tokenRefusal(const QByteArray &given, bool asked)
{
    if (ApiToken::matches(m_token.current(), given))
        return std::nullopt;
    return ApiError{401, SpawnError::user(!asked ? tr("The API needs a token: Authorization: Bearer TOKEN "
                                                      "(spawnai token prints it)")
                                                 : tr("The API token is wrong (spawnai token prints the "
                                                      "current one)")),
                    QStringLiteral("Authorization"), 0};
}

std::optional<ApiError> ApiServer::webSocketRefusal(const QString &path, const QByteArray &host,
                                                    const QByteArray &origin, const QByteArray &authorization,
                                                    const QByteArray &protocols)
{
    if (std::optional<ApiError> refusal = hostOrOriginRefusal(host, origin))
        return refusal;
    if (path != EventsPath)
        return ApiError::notFound(tr("WebSocket connections go to %1").arg(EventsPath));
    // Browsers cannot set headers on a WebSocket: the token may come as
    // the subprotocol "bearer.TOKEN" instead.
    QByteArray given = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    bool asked = !authorization.isEmpty();
    for (const QByteArray &protocol : protocols.split(',')) {
        const QByteArray name = protocol.trimmed();
        if (given.isEmpty() && name.startsWith("bearer.")) {
            given = name.mid(7);
            asked = true;
        }
    }
    return tokenRefusal(given, asked);
}

bool ApiServer::takesImages(const QByteArray &method, const QString &path)
{
    static const QRegularExpression messages(QStringLiteral("^/api/v1/sessions/[^/]+/messages$"));
    return method == "POST" && (path == u"/api/v1/sessions" || messages.match(path).hasMatch());
}

qsizetype ApiServer::sizeWithoutImages(const QByteArray &body)
{
    qsizetype size = body.size();
    for (const QJsonValue &image : QJsonDocument::fromJson(body).object().value(u"images").toArray())
        size -= image.isString() ? image.toString().size() : image.toObject().value(u"data").toString().size();
    return size;
}

bool ApiServer::admit(const QHttpServerRequest &request, ApiExchange &exchange, bool needsToken)
{
    if (const std::optional<ApiError> refusal = hostOrOriginRefusal(request.value("Host"), request.value("Origin"))) {
        exchange.answerError(*refusal);
        return false;
    }
    if (!needsToken)
        return true;
    const QByteArray authorization = request.value("Authorization");
    const QByteArray given = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    if (const std::optional<ApiError> refusal = tokenRefusal(given, !authorization.isEmpty())) {
        exchange.answerError(*refusal);
        return false;
    }
    const QByteArray client = QCryptographicHash::hash(given, QCryptographicHash::Sha256).left(16);
    exchange.setClient(client);
    auto bucket = m_requestBuckets.find(client);
    if (bucket == m_requestBuckets.end())
        bucket = m_requestBuckets.insert(client, TokenBucket(m_requestsPerSecond, m_requestsPerSecond));
    int retryAfter = 1;
    if (!bucket->take(m_clock.elapsed(), &retryAfter)) {
        exchange.answerError({429, SpawnError::resource(tr("Too many requests: at most %1 a second")
                                                            .arg(m_requestsPerSecond)),
                              {}, retryAfter});
        return false;
    }
    const QByteArray &body = exchange.body();
    const bool images = takesImages(exchange.method(), request.url().path());
    if (images && body.size() > MaxImageBodyBytes) {
        exchange.answerError({413, SpawnError::user(tr("The request body is larger than 32 MiB")), {}, 0});
        return false;
    }
    // Only the pictures may take a body past 1 MiB: a prompt stays within it.
    if (body.size() > MaxBodyBytes && (!images || sizeWithoutImages(body) > MaxBodyBytes)) {
        exchange.answerError({413, SpawnError::user(tr("The request body is larger than 1 MiB")), {}, 0});
        return false;
    }
    return true;
}

bool ApiServer::takeStart(const ApiExchange &exchange, ApiError *refusal)
{
    auto bucket = m_startBuckets.find(exchange.client());
    if (bucket == m_startBuckets.end())
        bucket = m_startBuckets.insert(exchange.client(), TokenBucket(m_startsPerMinute, m_startsPerMinute / 60.0));
    int retryAfter = 1;
    if (bucket->take(m_clock.elapsed(), &retryAfter))
        return true;
    *refusal = {429, SpawnError::resource(tr("Too many session starts: at most %1 a minute").arg(m_startsPerMinute)),
                {}, retryAfter};
    return false;
}

bool ApiServer::match(const QStringList &parts, const QStringList &segments,
                      QList<std::pair<QString, QString>> *parameters)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(u'{') && part.endsWith(u"*}")) {
            if (i >= segments.size())
                return false;
            // The rest, its segments joined again: the file check refuses
            // "..", empty parts and encoded slashes inside one.
            parameters->append({part.mid(1, part.size() - 3), segments.mid(i).join(u'/')});
            return true;
        }
        if (i >= segments.size())
            return false;
        if (part.startsWith(u'{') && part.endsWith(u'}'))
            parameters->append({part.mid(1, part.size() - 2), segments.at(i)});
        else if (part != segments.at(i))
            return false;
    }
    return parts.size() == segments.size();
}
