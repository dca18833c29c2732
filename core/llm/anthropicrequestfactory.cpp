// SPDX-License-Identifier: MIT
#include "anthropicrequestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
QJsonObject conversation(const ChatRequest &request)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages) {
        messages.append(QJsonObject{
            {QStringLiteral("role"), message.role == ChatMessage::Role::User ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("content"), message.text},
        });
    }
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
    };
    if (!request.system.isEmpty())
        body.insert(u"system", request.system);
    return body;
}
} // namespace

AnthropicRequestFactory::AnthropicRequestFactory(const AnthropicConfig &config)
    : m_config(config)
{
    m_endpoint.provider = QStringLiteral("anthropic");
    m_endpoint.serviceName = QStringLiteral("Claude");
    m_endpoint.baseUrl = config.baseUrl.isEmpty() ? defaultBaseUrl() : config.baseUrl;
    const QString host = m_endpoint.baseUrl.host();
    m_endpoint.local = host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
}

QUrl AnthropicRequestFactory::defaultBaseUrl()
{
    const QString fromEnvironment = qEnvironmentVariable("ANTHROPIC_BASE_URL").trimmed();
    if (!fromEnvironment.isEmpty())
        return QUrl(fromEnvironment);
    return QUrl(QStringLiteral("https://api.anthropic.com"));
}

bool AnthropicRequestFactory::isAnthropicHost() const
{
    return m_endpoint.baseUrl.host().endsWith(u"anthropic.com");
}

LlmExchangeSetup AnthropicRequestFactory::messages(QNetworkAccessManager *network, const ChatRequest &request) const
{
    LlmExchangeSetup result = setup(network, QStringLiteral("/v1/messages"), QByteArrayLiteral("text/event-stream"));
    result.verb = QByteArrayLiteral("POST");
    result.request.setRawHeader("content-type", "application/json");
    result.body = messagesBody(request);
    result.model = request.model;
    return result;
}

LlmExchangeSetup AnthropicRequestFactory::countTokens(QNetworkAccessManager *network, const ChatRequest &request) const
{
    LlmExchangeSetup result = setup(network, QStringLiteral("/v1/messages/count_tokens"), QByteArrayLiteral("application/json"));
    result.verb = QByteArrayLiteral("POST");
    result.request.setRawHeader("content-type", "application/json");
    result.body = countTokensBody(request);
    result.model = request.model;
    return result;
}

LlmExchangeSetup AnthropicRequestFactory::models(QNetworkAccessManager *network) const
{
    LlmExchangeSetup result = setup(network, QStringLiteral("/v1/models"), QByteArrayLiteral("application/json"));
    // One page holds them all (the limit is 1-1000; Anthropic lists a dozen).
    QUrl url = result.request.url();
    url.setQuery(QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1000")}});
    result.request.setUrl(url);
    return result;
}

QByteArray AnthropicRequestFactory::messagesBody(const ChatRequest &request)
{
    QJsonObject body = conversation(request);
    body.insert(u"max_tokens", request.maxTokens);
    body.insert(u"stream", true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray AnthropicRequestFactory::countTokensBody(const ChatRequest &request)
{
    return QJsonDocument(conversation(request)).toJson(QJsonDocument::Compact);
}

LlmExchangeSetup AnthropicRequestFactory::setup(QNetworkAccessManager *network, const QString &path,
                                                 const QByteArray &accept) const
{
    QNetworkRequest request(m_endpoint.url(path));
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("x-api-key", m_config.apiKey.toUtf8());
    request.setRawHeader("anthropic-version", m_config.apiVersion.toUtf8());
    request.setRawHeader("accept", accept);
    request.setRawHeader("User-Agent", LlmEndpoint::userAgent());
    return LlmExchangeSetup::make(network, request, m_endpoint, m_config.retry, m_config.inactivityTimeout);
}
