// SPDX-License-Identifier: MIT
#include "e2bapirequestfactory.h"

#include "e2bapikey.h"
#include "e2berrors.h"
#include "sandbox/egressallowlist.h"
#include "sandbox/sandboxkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifndef SPAWNAI_VERSION
#define SPAWNAI_VERSION "0.0.0"
#endif

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("E2bApiRequestFactory", text);
}

QString sandboxPath(const QString &sandboxId, const QString &rest = {})
{
    return QStringLiteral("/sandboxes/") + QString::fromLatin1(QUrl::toPercentEncoding(sandboxId)) + rest;
}
} // namespace

E2bApiRequestFactory::E2bApiRequestFactory(const E2bConfig &config, QNetworkAccessManager *network)
    : m_config(config)
    , m_network(network)
{
}

QByteArray E2bApiRequestFactory::userAgent()
{
    return QByteArrayLiteral("SpawnAI-Desktop/" SPAWNAI_VERSION);
}

QMap<QString, QString> E2bApiRequestFactory::ownMetadata(const E2bConfig &config)
{
    return {{QStringLiteral("app"), QStringLiteral("spawnai")}, {QStringLiteral("installId"), config.installId}};
}

QByteArray E2bApiRequestFactory::createBody(const E2bConfig &config, const SandboxSpec &spec)
{
    const qint64 maxSeconds = config.limits().maxLifetime.count();
    const qint64 timeout = std::clamp<qint64>(spec.timeout.count(), 1, maxSeconds);
    QJsonObject metadata;
    for (auto it = spec.metadata.cbegin(); it != spec.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    const QMap<QString, QString> own = ownMetadata(config);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        metadata.insert(it.key(), it.value());
    metadata.insert(u"sessionId", spec.sessionId);
    QJsonObject body{
        {QStringLiteral("templateID"), spec.templateId.isEmpty() ? config.templateId : spec.templateId},
        {QStringLiteral("timeout"), timeout},
        {QStringLiteral("secure"), true},
        {QStringLiteral("allow_internet_access"), spec.internetAccess || config.internetForInstalls},
        {QStringLiteral("metadata"), metadata},
        // Every process sees these. Never a key: the sandbox runs generated code.
        {QStringLiteral("envVars"), QJsonObject{{QStringLiteral("SPAWNAI_SANDBOX"), sandboxKindToString(SandboxKind::E2b)}}},
    };
    // Installs come first and reach only the registries; the app's own
    // network is set before its code runs (E2bSandbox::start).
    QJsonObject network = config.internetForInstalls ? registriesOnly(spec.installHosts) : QJsonObject();
    if (config.privatePreview)
        network.insert(u"allowPublicTraffic", false);
    if (!network.isEmpty())
        body.insert(u"network", network);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray E2bApiRequestFactory::metadataQuery(const QMap<QString, QString> &metadata)
{
    // encodeURIComponent, then URLSearchParams (which turns each % into %25),
    // then the query value's own encoding: the server decodes three times.
    const auto twice = [](const QString &text) {
        return QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(text)));
    };
    QByteArrayList pairs;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        pairs << twice(it.key()) + '=' + twice(it.value());
    return "metadata=" + QUrl::toPercentEncoding(QString::fromLatin1(pairs.join('&')));
}

E2bCallSetup E2bApiRequestFactory::createSandbox(const SandboxSpec &spec) const
{
    E2bCallSetup call = setup("POST", QStringLiteral("/sandboxes"), tr("create a sandbox"));
    call.body = createBody(m_config, spec);
    call.idempotent = false;
    return call;
}

E2bCallSetup E2bApiRequestFactory::sandboxInfo(const QString &sandboxId) const
{
    return setup("GET", sandboxPath(sandboxId), tr("read the sandbox's details"));
}

E2bCallSetup E2bApiRequestFactory::listSandboxes(const QMap<QString, QString> &metadata, const QByteArray &nextToken,
                                                 bool v1) const
{
    QByteArray query = metadataQuery(metadata);
    if (!v1) {
        query += "&limit=100";
        if (!nextToken.isEmpty())
            query += "&nextToken=" + QUrl::toPercentEncoding(QString::fromLatin1(nextToken));
    }
    return setup("GET", v1 ? QStringLiteral("/sandboxes") : QStringLiteral("/v2/sandboxes"),
                 tr("list the sandboxes"), query);
}

E2bCallSetup E2bApiRequestFactory::setTimeout(const QString &sandboxId, qint64 seconds) const
{
    E2bCallSetup call = setup("POST", sandboxPath(sandboxId, QStringLiteral("/timeout")), tr("extend the sandbox"));
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("timeout"), seconds}}).toJson(QJsonDocument::Compact);
    return call;
}

E2bCallSetup E2bApiRequestFactory::metrics(const QString &sandboxId) const
{
    return setup("GET", sandboxPath(sandboxId, QStringLiteral("/metrics")), tr("read the sandbox's usage"));
}

E2bCallSetup E2bApiRequestFactory::kill(const QString &sandboxId) const
{
    E2bCallSetup call = setup("DELETE", sandboxPath(sandboxId), tr("stop the sandbox"));
    call.acceptedStatuses = {404};  // already gone is what we wanted
    return call;
}

E2bCallSetup E2bApiRequestFactory::pause(const QString &sandboxId) const
{
    E2bCallSetup call = setup("POST", sandboxPath(sandboxId, QStringLiteral("/pause")), tr("pause the sandbox"));
    call.body = "{}";  // memory and files both kept (E2B's default)
    call.acceptedStatuses = {409};  // already paused is what we wanted
    return call;
}

E2bCallSetup E2bApiRequestFactory::updateNetwork(const QString &sandboxId, const QByteArray &body) const
{
    E2bCallSetup call = setup("PUT", sandboxPath(sandboxId, QStringLiteral("/network")), tr("set the sandbox's network"));
    call.body = body;
    return call;
}

QJsonObject E2bApiRequestFactory::registriesOnly(const QStringList &installHosts)
{
    QJsonArray allow;
    for (const QString &pattern : EgressAllowList::parse(installHosts).hostPatterns())
        allow.append(pattern);
    return {{QStringLiteral("denyOut"), QJsonArray{QStringLiteral("0.0.0.0/0")}}, {QStringLiteral("allowOut"), allow}};
}

QByteArray E2bApiRequestFactory::networkBody(Egress egress, const QStringList &installHosts)
{
    // The update replaces every egress rule, and an omitted field is cleared.
    QJsonObject body = egress == Egress::Registries ? registriesOnly(installHosts) : QJsonObject();
    body.insert(u"allow_internet_access", egress != Egress::None);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

E2bCallSetup E2bApiRequestFactory::setup(const QByteArray &verb, const QString &path, const QString &what,
                                         const QByteArray &query) const
{
    QUrl url = m_config.effectiveApiUrl();
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_config.apiKey.toUtf8());
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    if (verb == "POST" || verb == "PUT")
        request.setRawHeader("Content-Type", "application/json");
    request.setTransferTimeout(int(m_config.requestTimeout.count()));
    E2bCallSetup call;
    call.network = m_network;
    call.request = request;
    call.verb = verb;
    call.what = what;
    call.retry = m_config.retry;
    // E2B would refuse it anyway; saying why here beats its 401.
    if (!E2bApiKey::isWellFormed(m_config.apiKey))
        call.refusal = E2bErrors::malformedKey();
    return call;
}
