// SPDX-License-Identifier: MIT
#include "openairequestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OpenAiRequestFactory::OpenAiRequestFactory(const OpenAiConfig &config)
    : m_config(config)
{
    m_endpoint.provider = QStringLiteral("openai");
    m_endpoint.baseUrl = config.baseUrl;
    m_endpoint.serviceName = config.serverName.isEmpty() ? LlmEndpoint::guessServerName(config.baseUrl)
                                                         : config.serverName;
    // These servers run on the user's machine or network; the errors tell
    // the user to start them rather than to check the internet.
    m_endpoint.local = true;
}

LlmExchangeSetup OpenAiRequestFactory::chatCompletions(QNetworkAccessManager *network, const ChatRequest &request) const
{
    LlmExchangeSetup result = setup(network, QStringLiteral("/chat/completions"), QByteArrayLiteral("text/event-stream"));
    result.verb = QByteArrayLiteral("POST");
    result.request.setRawHeader("content-type", "application/json");
    result.body = chatBody(request);
    result.model = request.model;
    return result;
}

LlmExchangeSetup OpenAiRequestFactory::models(QNetworkAccessManager *network) const
{
    return setup(network, QStringLiteral("/models"), QByteArrayLiteral("application/json"));
}

namespace {
QJsonValue contentParts(const ChatMessage &message)
{
    QJsonArray parts;
    for (const PromptImage &image : message.images) {
        parts.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), QString::fromLatin1(image.dataUri())}}},
        });
    }
    parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), message.text}});
    return parts;
}

QJsonArray bareBase64(const ChatMessage &message)
{
    QJsonArray images;
    for (const PromptImage &image : message.images)
        images.append(QString::fromLatin1(image.base64()));
    return images;
}
} // namespace

QJsonArray OpenAiRequestFactory::messages(const ChatRequest &request, ImageForm form)
{
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.system}});
    for (const ChatMessage &message : request.messages) {
        const bool parts = !message.images.isEmpty() && form == ImageForm::ContentParts;
        QJsonObject turn{
            {QStringLiteral("role"),
             message.role == ChatMessage::Role::User ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("content"), parts ? contentParts(message) : QJsonValue(message.text)},
        };
        if (!message.images.isEmpty() && form == ImageForm::OllamaImages)
            turn.insert(u"images", bareBase64(message));
        messages.append(turn);
    }
    return messages;
}

QByteArray OpenAiRequestFactory::chatBody(const ChatRequest &request)
{
    const QJsonArray messages = OpenAiRequestFactory::messages(request);
    const QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("stream"), true},
        // Without it these servers send no token counts in a stream.
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

LlmExchangeSetup OpenAiRequestFactory::setup(QNetworkAccessManager *network, const QString &path,
                                              const QByteArray &accept) const
{
    QNetworkRequest request(m_endpoint.url(path));
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setRawHeader("accept", accept);
    request.setRawHeader("User-Agent", LlmEndpoint::userAgent());
    return LlmExchangeSetup::make(network, request, m_endpoint, m_config.retry, m_config.inactivityTimeout);
}
