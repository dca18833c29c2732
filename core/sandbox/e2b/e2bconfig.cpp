// SPDX-License-Identifier: MIT
#include "e2bconfig.h"

#include <algorithm>

namespace {
constexpr int EnvdPort = 49983;
}

E2bConfig E2bConfig::fromEnvironment(const QProcessEnvironment &environment)
{
    E2bConfig config;
    config.apiKey = environment.value(QStringLiteral("E2B_API_KEY")).trimmed();
    const QString domain = environment.value(QStringLiteral("E2B_DOMAIN")).trimmed();
    if (!domain.isEmpty())
        config.domain = domain;
    const QString apiUrl = environment.value(QStringLiteral("E2B_API_URL")).trimmed();
    if (!apiUrl.isEmpty())
        config.apiUrl = QUrl(apiUrl);
    const QString sandboxUrl = environment.value(QStringLiteral("E2B_SANDBOX_URL")).trimmed();
    if (!sandboxUrl.isEmpty())
        config.sandboxUrl = QUrl(sandboxUrl);
    return config;
}

PlanLimits E2bConfig::limits() const
{
    PlanLimits limits = planLimits(plan);
    if (maxConcurrentSessions > 0)
        limits.maxConcurrentSessions = std::min(limits.maxConcurrentSessions, maxConcurrentSessions);
    return limits;
}

QUrl E2bConfig::effectiveApiUrl() const
{
    if (!apiUrl.isEmpty())
        return apiUrl;
    return QUrl(QStringLiteral("https://api.") + domain);
}

QUrl E2bConfig::envdUrl(const QString &sandboxId, const QString &sandboxDomain) const
{
    if (!sandboxUrl.isEmpty())
        return sandboxUrl;
    return portUrl(sandboxId, EnvdPort, sandboxDomain);
}

QUrl E2bConfig::portUrl(const QString &sandboxId, int port, const QString &sandboxDomain) const
{
    const QString label = QString::number(port) + u'-' + sandboxId;
    if (!sandboxUrl.isEmpty()) {
        QUrl url;
        url.setScheme(sandboxUrl.scheme());
        url.setHost(label + u'.' + sandboxUrl.host());
        url.setPort(sandboxUrl.port());
        url.setPath(QStringLiteral("/"));
        return url;
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(label + u'.' + (sandboxDomain.isEmpty() ? domain : sandboxDomain));
    url.setPath(QStringLiteral("/"));
    return url;
}
