// SPDX-License-Identifier: MIT
#include "anthropicrequestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace {
// Anthropic refuses a request with more; SpawnAI uses three at most.
constexpr int MaxBreakpoints = 4;
// The last user turn (the conversation so far) and the one before it (where
// the previous request of the conversation put its breakpoint).
constexpr int MessageBreakpoints = 2;

QJsonObject textBlock(const QString &text, bool cached)
{
    QJsonObject block{
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), text},
    };
    if (cached)
        block.insert(u"cache_control", QJsonObject{{QStringLiteral("type"), QStringLiteral("ephemeral")}});
    return block;
}

QJsonArray cachedText(const QString &text)
{
    return QJsonArray{textBlock(text, true)};
}

// A user turn with pictures: the image blocks first, then the text, where
// Anthropic's vision guide says models read them best.
QJsonArray withImages(const ChatMessage &message, bool cached)
{
    QJsonArray blocks;
    for (const PromptImage &image : message.images) {
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("image")},
            {QStringLiteral("source"), QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("base64")},
                 {QStringLiteral("media_type"), image.mediaType},
                 {QStringLiteral("data"), QString::fromLatin1(image.base64())},
             }},
        });
    }
    blocks.append(textBlock(message.text, cached));
    return blocks;
}

// The user turns that carry a cache breakpoint: the last one and the one
// before it. Each request of a conversation adds an assistant turn and a
// user turn (a repair, a follow-up, a "continue"), so the one before the
// last is exactly where the previous request ended and wrote its entry:
// this request reads it and writes from there to its own end. The ~20-block
// lookback would usually find it too; the explicit breakpoint does not rely
// on it.
QList<qsizetype> breakpointTurns(const ChatRequest &request, int available)
{
    QList<qsizetype> turns;
    for (qsizetype i = request.messages.size() - 1; i >= 0 && turns.size() < std::min(available, MessageBreakpoints); --i) {
        if (request.messages.at(i).role == ChatMessage::Role::User)
            turns << i;
    }
    return turns;
}

QJsonObject conversation(const ChatRequest &request, bool promptCaching)
{
    const bool cachedSystem = promptCaching && !request.system.isEmpty();
    const QList<qsizetype> marked =
        promptCaching ? breakpointTurns(request, MaxBreakpoints - (cachedSystem ? 1 : 0)) : QList<qsizetype>();
    QJsonArray messages;
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const ChatMessage &message = request.messages.at(i);
        // Turns without a breakpoint keep the plain string, the same bytes
        // as a block: the cached prefix does not depend on the form.
        messages.append(QJsonObject{
            {QStringLiteral("role"), message.role == ChatMessage::Role::User ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("content"), !message.images.isEmpty() ? QJsonValue(withImages(message, marked.contains(i)))
                                        : marked.contains(i)       ? QJsonValue(cachedText(message.text))
                                                                   : QJsonValue(message.text)},
        });
    }
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
    };
    if (cachedSystem)
        body.insert(u"system", cachedText(request.system));
    else if (!request.system.isEmpty())
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
    result.body = messagesBody(request, m_config.promptCaching);
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

QByteArray AnthropicRequestFactory::messagesBody(const ChatRequest &request, bool promptCaching)
{
    QJsonObject body = conversation(request, promptCaching);
    body.insert(u"max_tokens", request.maxTokens);
    body.insert(u"stream", true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray AnthropicRequestFactory::countTokensBody(const ChatRequest &request)
{
    // Never marked: a cache_control in a counting request creates no cache
    // entry, and the count is the same either way (notes, 2.2).
    return QJsonDocument(conversation(request, false)).toJson(QJsonDocument::Compact);
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
