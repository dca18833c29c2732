// SPDX-License-Identifier: MIT
#include "fakee2bserver.h"

#include "fakee2badmin.h"
#include "fakee2bconnection.h"
#include "fakee2bcontrolplane.h"
#include "fakee2benvd.h"
#include "fakee2bporttunnel.h"
#include "fakee2bregistry.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr int EnvdPort = 49983;
const QByteArray Json = "application/json; charset=utf-8";

// "DELETE /sandboxes/i123/timeout" -> "DELETE /sandboxes/{id}/timeout", and the id.
QString templated(const QByteArray &method, const QByteArray &path, QString *sandboxId)
{
    QList<QByteArray> segments = path.split('/');
    const qsizetype at = segments.value(1) == "v2" ? 3 : 2;
    if (segments.value(at - 1) == "sandboxes" && segments.size() > at && segments[at] != "metrics"
        && !segments[at].isEmpty()) {
        // The legacy "sandboxID-clientID" form names the same sandbox.
        *sandboxId = QString::fromUtf8(segments[at].split('-').first());
        segments[at] = "{id}";
    }
    return QString::fromLatin1(method + ' ' + segments.join('/'));
}
} // namespace

// What E2B itself answers with that status on that route, so a fault needs
// no body to look real.
QByteArray FakeE2bServer::defaultFaultBody(const Route &route, int status)
{
    if (route.part == Route::Part::Port || (route.part == Route::Part::Envd && status == 502))
        return FakeE2bPortTunnel::notFoundBody(route.sandboxId);
    if (route.part == Route::Part::Envd && status == 401)
        return FakeE2bWire::apiError(401, QStringLiteral("unauthorized access, please provide a valid access token or method signing if supported"));
    switch (status) {
    case 401:
        return FakeE2bWire::apiError(401, QStringLiteral("Invalid API key, please visit https://e2b.dev/docs/api-key for more information."));
    case 429:
        return FakeE2bWire::apiError(429, QStringLiteral("Rate limit exceeded"));
    case 500:
        return FakeE2bWire::apiError(500, QStringLiteral("Internal server error"));
    case 503:
        return FakeE2bWire::apiError(503, QStringLiteral("Service unavailable, please retry"));
    default:
        return FakeE2bWire::apiError(status, QString::fromLatin1(FakeE2bConnection::reasonPhrase(status)));
    }
}

FakeE2bServer::FakeE2bServer(QObject *parent)
    : FakeE2bServer(Options{}, parent)
{
}

FakeE2bServer::FakeE2bServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_registry(new FakeE2bRegistry(options.maxLifetime, options.exposedPorts, {options.cpuCount, options.memoryMB}, this))
    , m_controlPlane(new FakeE2bControlPlane(m_registry, options.apiKey, options.concurrencyLimit, this))
    , m_envd(new FakeE2bEnvd(this))
{
    connect(m_registry, &FakeE2bRegistry::created, this, &FakeE2bServer::sandboxCreated);
    connect(m_registry, &FakeE2bRegistry::killed, this, &FakeE2bServer::sandboxKilled);
    connect(m_registry, &FakeE2bRegistry::paused, this, &FakeE2bServer::sandboxPaused);
    connect(m_registry, &FakeE2bRegistry::expired, this, &FakeE2bServer::sandboxExpired);
    connect(&m_server, &QTcpServer::newConnection, this, &FakeE2bServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, options.port);
}

FakeE2bServer::~FakeE2bServer()
{
    // Connections first: their streams and tunnels refer to the sandboxes.
    const QList<FakeE2bConnection *> connections = findChildren<FakeE2bConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
    delete m_registry;
}

QUrl FakeE2bServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeE2bServer::addFault(const FakeE2bFault &fault)
{
    m_faults.add(fault);
}

void FakeE2bServer::clearFaults()
{
    m_faults.clear();
}

QList<FakeE2bServer::Received> FakeE2bServer::requestsTo(const QString &routePattern) const
{
    QList<Received> matching;
    for (const Received &received : m_requests) {
        if (FakeE2bFaultPlan::matches(routePattern, received.route))
            matching << received;
    }
    return matching;
}

QStringList FakeE2bServer::liveSandboxIds() const { return m_registry->liveIds(); }
int FakeE2bServer::liveSandboxCount() const { return int(m_registry->sandboxes().size()); }
int FakeE2bServer::createCount() const { return m_registry->createCount(); }
int FakeE2bServer::killCount() const { return m_registry->killCount(); }
int FakeE2bServer::expiredCount() const { return m_registry->expiredCount(); }
int FakeE2bServer::pauseCount() const { return m_registry->pauseCount(); }
void FakeE2bServer::killAll() { m_registry->killAll(); }

bool FakeE2bServer::isPaused(const QString &id) const
{
    const FakeE2bSandbox *sandbox = m_registry->find(id);
    return sandbox && sandbox->isPaused();
}

Sandbox *FakeE2bServer::backingSandbox(const QString &id) const
{
    const FakeE2bSandbox *sandbox = m_registry->find(id);
    return sandbox ? sandbox->backing() : nullptr;
}

QDateTime FakeE2bServer::endAt(const QString &id) const
{
    const FakeE2bSandbox *sandbox = m_registry->find(id);
    return sandbox ? sandbox->endAt() : QDateTime();
}

FakeE2bServer::Route FakeE2bServer::classify(const HttpRequest &request)
{
    Route route;
    // The host names the sandbox and port: "3000-i8x...z.localhost:PORT",
    // from the Host header or a proxy-form target.
    QByteArray host = request.header("host");
    if (const qsizetype scheme = request.target.indexOf("://"); scheme > 0)
        host = request.target.sliced(scheme + 3).split('/').first();
    static const QRegularExpression hostLabel(QStringLiteral("^(\\d+)-([a-z0-9]+)$"));
    const QRegularExpressionMatch match = hostLabel.match(QString::fromLatin1(host.split('.').first().split(':').first()));
    const QByteArray sandboxHeader = request.header("e2b-sandbox-id");
    const QByteArray portHeader = request.header("e2b-sandbox-port");
    if (match.hasMatch()) {
        route.port = match.captured(1).toInt();
        route.sandboxId = match.captured(2);
    } else if (!sandboxHeader.isEmpty() || !portHeader.isEmpty()) {
        if (sandboxHeader.isEmpty() || portHeader.isEmpty()) {
            route.key = QStringLiteral("envd missing header");
            return route;
        }
        route.port = portHeader.toInt();
        route.sandboxId = QString::fromLatin1(sandboxHeader);
    } else if (request.path().startsWith("/_fake/")) {
        route.part = Route::Part::Admin;
        route.key = QString::fromLatin1("admin " + request.method + ' ' + request.path());
        return route;
    } else {
        route.part = Route::Part::Api;
        route.key = u"api " + templated(request.method, request.path(), &route.sandboxId);
        return route;
    }
    if (route.port == EnvdPort) {
        route.part = Route::Part::Envd;
        route.key = QString::fromLatin1("envd " + request.method + ' ' + request.path());
    } else {
        route.part = Route::Part::Port;
        route.key = QStringLiteral("port %1").arg(route.port);
    }
    return route;
}

void FakeE2bServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new FakeE2bConnection(socket, this);
        connect(connection, &FakeE2bConnection::headReceived, this,
                [this, connection](const HttpRequest &head) { onHead(connection, head); });
        connect(connection, &FakeE2bConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { onRequest(connection, request); });
        connect(connection, &FakeE2bConnection::answered, this, [this, connection](int status) {
            const qsizetype index = m_answering.value(connection, -1);
            m_answering.remove(connection);
            if (index >= 0 && index < m_requests.size()) {
                m_requests[index].answeredNs = nowNs();
                m_requests[index].status = status;
            }
        });
        connect(connection, &FakeE2bConnection::closed, connection, &QObject::deleteLater);
        connect(connection, &QObject::destroyed, this, [this, connection] { m_answering.remove(connection); });
    }
}

qint64 FakeE2bServer::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void FakeE2bServer::onHead(FakeE2bConnection *connection, const HttpRequest &head)
{
    const Route route = classify(head);
    if (!m_faults.take(route.key, true))
        return;
    m_requests.append({route.key, route.sandboxId, head, nowNs(), 0, 0});
    emit requestReceived(route.key);
    connection->drop();
}

void FakeE2bServer::onRequest(FakeE2bConnection *connection, const HttpRequest &request)
{
    const Route route = classify(request);
    m_requests.append({route.key, route.sandboxId, request, nowNs(), 0, 0});
    m_answering.insert(connection, m_requests.size() - 1);
    emit requestReceived(route.key);
    const std::optional<FakeE2bFault> fault = route.part == Route::Part::Admin ? std::nullopt : m_faults.take(route.key, false);
    std::chrono::milliseconds delay = m_latency;
    if (fault && fault->action == FakeE2bFault::Action::Delay)
        delay += fault->delay;
    if (delay.count() <= 0) {
        dispatch(connection, request, route, fault);
        return;
    }
    QTimer::singleShot(delay, connection, [this, connection, request, route, fault] {
        dispatch(connection, request, route, fault);
    });
}

void FakeE2bServer::dispatch(FakeE2bConnection *connection, const HttpRequest &request, const Route &route,
                             const std::optional<FakeE2bFault> &fault)
{
    if (fault && fault->action == FakeE2bFault::Action::Respond) {
        const QByteArray body = fault->body.isNull() ? defaultFaultBody(route, fault->status) : fault->body;
        connection->respond(fault->status, Json, body, fault->headers);
        return;
    }
    switch (route.part) {
    case Route::Part::Invalid:
        connection->respond(400, "text/plain; charset=utf-8", "Missing header");
        return;
    case Route::Part::Admin:
        FakeE2bAdmin::handle(connection, request, this);
        return;
    case Route::Part::Api:
        m_controlPlane->handle(connection, request, route.key.sliced(4), route.sandboxId);
        return;
    case Route::Part::Envd:
    case Route::Part::Port:
        break;
    }
    FakeE2bSandbox *sandbox = m_registry->find(route.sandboxId);
    // E2B's proxy routes to running sandboxes only: a paused one is not found.
    if (!sandbox || sandbox->isPaused()) {
        connection->respond(502, Json, FakeE2bPortTunnel::notFoundBody(route.sandboxId));
        return;
    }
    if (route.part == Route::Part::Envd) {
        std::optional<int> cut;
        if (fault && fault->action == FakeE2bFault::Action::CutStream)
            cut = fault->cutAfterFrames;
        m_envd->handle(connection, request, route.key.sliced(5), sandbox, cut);
        return;
    }
    proxy(connection, request, route);
}

void FakeE2bServer::proxy(FakeE2bConnection *connection, const HttpRequest &request, const Route &route)
{
    const FakeE2bSandbox *sandbox = m_registry->find(route.sandboxId);
    const QByteArray trafficToken = sandbox->trafficAccessToken();
    if (!trafficToken.isEmpty() && request.header("e2b-traffic-access-token") != trafficToken) {
        const QString problem = request.hasHeader("e2b-traffic-access-token") ? QStringLiteral("is invalid") : QStringLiteral("is missing");
        connection->respond(403, Json, FakeE2bWire::object({
            {"sandboxId", route.sandboxId},
            {"message", QStringLiteral("Sandbox is secured with traffic access token. Token header 'e2b-traffic-access-token' %1").arg(problem)},
            {"code", 403},
        }));
        return;
    }
    const QUrl upstream = sandbox->backing()->portUrl(route.port);
    if (upstream.isEmpty()) {
        connection->respond(502, Json, FakeE2bPortTunnel::portClosedBody(route.sandboxId, route.port));
        return;
    }
    new FakeE2bPortTunnel(connection, request, quint16(upstream.port()), route.sandboxId, route.port);
}
