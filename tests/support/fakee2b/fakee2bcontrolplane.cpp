// SPDX-License-Identifier: MIT
#include "fakee2bcontrolplane.h"

#include "fakee2bconnection.h"
#include "fakee2bregistry.h"
#include "goquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace {
const QByteArray Json = "application/json; charset=utf-8";

void error(FakeE2bConnection *connection, int status, const QString &message, const FakeE2bConnection::Headers &headers = {})
{
    connection->respond(status, Json, FakeE2bWire::apiError(status, message), headers);
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

std::optional<QJsonObject> jsonBody(FakeE2bConnection *connection, const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        error(connection, 400, QStringLiteral("Error when parsing request: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

bool matchesMetadata(const FakeE2bSandbox *sandbox, const QMap<QString, QString> &filter)
{
    for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
        if (!sandbox->settings().metadata.contains(it.key()) || sandbox->settings().metadata.value(it.key()) != it.value())
            return false;
    }
    return true;
}
} // namespace

FakeE2bControlPlane::FakeE2bControlPlane(FakeE2bRegistry *registry, const QByteArray &apiKey, int concurrencyLimit,
                                         QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_apiKey(apiKey)
    , m_concurrencyLimit(concurrencyLimit)
{
}

FakeE2bControlPlane::~FakeE2bControlPlane() = default;

void FakeE2bControlPlane::handle(FakeE2bConnection *connection, const HttpRequest &request, const QString &route,
                                 const QString &sandboxId)
{
    if (request.header("x-api-key") != m_apiKey) {
        QString message = QStringLiteral("Invalid API key, please visit https://e2b.dev/docs/api-key for more information.");
        if (!request.header("x-api-key").startsWith("e2b_"))
            message += u"\nInvalid API key format";
        error(connection, 401, message);
        return;
    }
    if (route == u"POST /sandboxes" || route == u"POST /v2/sandboxes")
        return create(connection, request, route.contains(u"/v2/"));
    if (route == u"GET /sandboxes" || route == u"GET /v2/sandboxes")
        return list(connection, request, route.contains(u"/v2/"));
    const bool knownRoute = route == u"GET /sandboxes/{id}" || route == u"DELETE /sandboxes/{id}"
        || route == u"POST /sandboxes/{id}/timeout" || route == u"GET /sandboxes/{id}/metrics"
        || route == u"POST /v2/sandboxes/{id}/connect" || route == u"POST /sandboxes/{id}/pause"
        || route == u"PUT /sandboxes/{id}/network";
    if (!knownRoute) {
        error(connection, 404, QStringLiteral("Not Found"));
        return;
    }
    FakeE2bSandbox *sandbox = m_registry->find(sandboxId);
    if (!sandbox) {
        error(connection, 404, QStringLiteral("Sandbox \"%1\" doesn't exist or you don't have access to it").arg(sandboxId));
        return;
    }
    if (route == u"GET /sandboxes/{id}")
        connection->respond(200, Json, sandbox->detailJson());
    else if (route == u"DELETE /sandboxes/{id}")
        connection->respond(m_registry->kill(sandboxId) ? 204 : 404, {}, {});
    else if (route == u"POST /sandboxes/{id}/pause")
        pause(connection, sandbox);
    else if (route == u"POST /sandboxes/{id}/timeout" && sandbox->isPaused())
        error(connection, 409, QStringLiteral("Sandbox \"%1\" is not running").arg(sandboxId));
    else if (route == u"POST /sandboxes/{id}/timeout")
        setTimeout(connection, request, sandbox);
    else if (route == u"GET /sandboxes/{id}/metrics")
        metrics(connection, request, sandbox);
    else if (route == u"PUT /sandboxes/{id}/network")
        updateNetwork(connection, request, sandbox);
    else
        connectTo(connection, request, sandbox);
}

void FakeE2bControlPlane::create(FakeE2bConnection *connection, const HttpRequest &request, bool v2)
{
    const auto body = jsonBody(connection, request);
    if (!body)
        return;
    if (!body->value(u"templateID").isString() || body->value(u"templateID").toString().isEmpty()) {
        error(connection, 400, QStringLiteral("validation error: property \"templateID\" is missing"));
        return;
    }
    FakeE2bSandbox::Settings settings;
    settings.templateId = body->value(u"templateID").toString();
    settings.metadata = stringMap(body->value(u"metadata"));
    settings.envVars = stringMap(body->value(u"envVars"));
    settings.secure = v2 || body->value(u"secure").toBool(false);
    settings.internet = body->value(u"allow_internet_access").toBool(true);
    settings.publicTraffic = body->value(u"network").toObject().value(u"allowPublicTraffic").toBool(true);
    const qint64 timeout = body->value(u"timeout").toInteger(v2 ? 300 : 15);
    const qint64 maxSeconds = m_registry->maxLifetime().count();
    if (timeout <= 0) {
        error(connection, 400, QStringLiteral("Timeout must be greater than 0"));
        return;
    }
    if (timeout > maxSeconds) {
        error(connection, 400, QStringLiteral("Timeout cannot be greater than %1 hours").arg(maxSeconds / 3600));
        return;
    }
    if (!settings.publicTraffic && !settings.secure) {
        error(connection, 400, QStringLiteral("You cannot create a sandbox without public access unless you enable secure envd access via 'secure' flag."));
        return;
    }
    // Paused sandboxes do not count toward the limit.
    if (m_concurrencyLimit > 0 && m_registry->runningCount() >= m_concurrencyLimit) {
        error(connection, 429, QStringLiteral("you have reached the maximum number of concurrent E2B sandboxes (%1). "
                                              "If you need more, please visit 'https://e2b.dev/docs/billing'")
                                   .arg(m_concurrencyLimit));
        return;
    }
    settings.timeout = std::chrono::seconds(timeout);
    QPointer<FakeE2bConnection> guard(connection);
    m_registry->create(settings, connection, [guard](FakeE2bSandbox *sandbox, const QString &message) {
        if (!guard)
            return;
        if (!sandbox)
            error(guard, 500, QStringLiteral("Failed to create sandbox: %1").arg(message));
        else
            guard->respond(201, Json, sandbox->createdJson());
    });
}

void FakeE2bControlPlane::list(FakeE2bConnection *connection, const HttpRequest &request, bool v2)
{
    const auto query = GoQuery::parse(request.query());
    bool hasMetadata = false;
    const QByteArray metadata = GoQuery::value(query, "metadata", &hasMetadata);
    QMap<QString, QString> filter;
    if (hasMetadata) {
        QString message;
        const auto parsed = GoQuery::metadataFilter(metadata, &message);
        if (!parsed) {
            error(connection, 400, message);
            return;
        }
        filter = *parsed;
    }
    bool hasState = false;
    const QByteArray states = GoQuery::value(query, "state", &hasState);
    // v2 lists both states unless asked for one; the deprecated list only running ones.
    const bool wantRunning = !v2 || !hasState || states.split(',').contains("running");
    const bool wantPaused = v2 && (!hasState || states.split(',').contains("paused"));
    QList<FakeE2bSandbox *> matching;
    for (FakeE2bSandbox *sandbox : m_registry->sandboxes()) {
        if ((sandbox->isPaused() ? wantPaused : wantRunning) && matchesMetadata(sandbox, filter))
            matching << sandbox;
    }
    const bool ascending = GoQuery::value(query, "order") == "asc";
    std::sort(matching.begin(), matching.end(), [ascending](FakeE2bSandbox *a, FakeE2bSandbox *b) {
        if (a->startedAt() != b->startedAt())
            return ascending ? a->startedAt() < b->startedAt() : a->startedAt() > b->startedAt();
        return a->id() < b->id();
    });
    FakeE2bConnection::Headers headers;
    if (v2) {
        const qsizetype total = matching.size();
        const qsizetype running = std::count_if(matching.cbegin(), matching.cend(),
                                                [](const FakeE2bSandbox *sandbox) { return !sandbox->isPaused(); });
        headers.append({"X-Total-Running", QByteArray::number(running)});
        // The cursor is an offset here; E2B's encodes a time and an id, and
        // clients treat it as opaque.
        const qsizetype offset = QByteArray::fromBase64(GoQuery::value(query, "nextToken"), QByteArray::Base64UrlEncoding).toLongLong();
        const qsizetype limit = std::clamp(GoQuery::value(query, "limit").toLongLong(), 0LL, 100LL);
        const qsizetype pageSize = limit > 0 ? limit : 100;
        matching = matching.mid(offset, pageSize);
        if (offset + pageSize < total)
            headers.append({"X-Next-Token", QByteArray::number(offset + pageSize).toBase64(QByteArray::Base64UrlEncoding)});
    }
    QByteArray body = "[";
    for (const FakeE2bSandbox *sandbox : std::as_const(matching))
        body += (body.size() > 1 ? "," : "") + FakeE2bWire::object(sandbox->listedFields());
    connection->respond(200, Json, body + ']', headers);
}

void FakeE2bControlPlane::setTimeout(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox)
{
    const auto body = jsonBody(connection, request);
    if (!body)
        return;
    if (!body->value(u"timeout").isDouble()) {
        error(connection, 400, QStringLiteral("validation error: property \"timeout\" is missing"));
        return;
    }
    sandbox->setTimeout(std::chrono::seconds(std::max<qint64>(0, body->value(u"timeout").toInteger())));
    connection->respond(204, {}, {});
}

// Checked as E2B's SandboxNetworkUpdateConfig; the sandbox underneath keeps
// its own network (tests read what was asked in requests()).
void FakeE2bControlPlane::updateNetwork(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox)
{
    const auto body = jsonBody(connection, request);
    if (!body)
        return;
    if (sandbox->isPaused()) {
        error(connection, 409, QStringLiteral("Sandbox \"%1\" is not running").arg(sandbox->id()));
        return;
    }
    for (const char *list : {"allowOut", "denyOut"}) {
        const QJsonValue value = body->value(QLatin1String(list));
        if (!value.isUndefined() && !value.isArray()) {
            error(connection, 400, QStringLiteral("validation error: property \"%1\" must be an array").arg(QLatin1String(list)));
            return;
        }
    }
    connection->respond(204, {}, {});
}

void FakeE2bControlPlane::pause(FakeE2bConnection *connection, FakeE2bSandbox *sandbox)
{
    bool alreadyPaused = false;
    m_registry->pause(sandbox->id(), &alreadyPaused);
    if (alreadyPaused)
        error(connection, 409, QStringLiteral("Error pausing sandbox - sandbox '%1' is already paused").arg(sandbox->id()));
    else
        connection->respond(204, {}, {});
}

void FakeE2bControlPlane::connectTo(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (sandbox->isPaused()) {  // connect resumes: 201
        sandbox->resume(std::chrono::seconds(body.value(u"timeout").toInteger(300)));
        connection->respond(201, Json, sandbox->createdJson());
        return;
    }
    const QDateTime wanted = QDateTime::currentDateTimeUtc().addSecs(body.value(u"timeout").toInteger(300));
    if (wanted > sandbox->endAt())  // connect only ever extends
        sandbox->setTimeout(std::chrono::seconds(body.value(u"timeout").toInteger(300)));
    connection->respond(200, Json, sandbox->createdJson());
}

void FakeE2bControlPlane::metrics(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bSandbox *sandbox)
{
    const auto query = GoQuery::parse(request.query());
    bool hasStart = false;
    bool hasEnd = false;
    const qint64 start = GoQuery::value(query, "start", &hasStart).toLongLong();
    const qint64 end = GoQuery::value(query, "end", &hasEnd).toLongLong();
    UsageReading *reading = sandbox->backing()->readUsage();
    QPointer<FakeE2bConnection> guard(connection);
    QPointer<FakeE2bSandbox> owner(sandbox);
    const QString id = sandbox->id();
    connect(reading, &AsyncOperation::finished, this, [=] {
        reading->deleteLater();
        if (!guard)
            return;
        if (!owner) {
            error(guard, 404, QStringLiteral("Sandbox \"%1\" doesn't exist or you don't have access to it").arg(id));
            return;
        }
        if (reading->succeeded())
            owner->sampleFrom(reading->usage());
        QByteArray body = "[";
        for (const auto &[seconds, sample] : owner->samples()) {
            if ((hasStart && seconds < start) || (hasEnd && seconds > end))
                continue;
            body += (body.size() > 1 ? "," : "") + sample;
        }
        guard->respond(200, Json, body + ']');
    });
}
