// SPDX-License-Identifier: MIT
#include "anthropicclient.h"

#include "anthropicstreamdecoder.h"
#include "chatstream.h"
#include "counttokens.h"
#include "jsonrequest.h"
#include "modellisting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace {

ModelInfo model(const char *id, const char *name, int maxInput, int maxOutput)
{
    ModelInfo info;
    info.id = QString::fromLatin1(id);
    info.displayName = QString::fromLatin1(name);
    info.maxInputTokens = maxInput;
    info.maxOutputTokens = maxOutput;
    return info;
}
} // namespace

AnthropicClient::AnthropicClient(const AnthropicConfig &config, QNetworkAccessManager *network, QObject *parent)
    : LlmClient(parent)
    , m_config(config)
    , m_factory(config)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

AnthropicClient::~AnthropicClient() = default;

QString AnthropicClient::keyFromEnvironment()
{
    for (const char *name : {"ANTHROPIC_API_KEY", "CLAUDE_API_KEY"}) {
        const QString key = qEnvironmentVariable(name).trimmed();
        if (!key.isEmpty())
            return key;
    }
    return {};
}

QList<ModelInfo> AnthropicClient::builtinCatalogue()
{
    // Notes section 3.1; ids carry no date since Claude 4.6. Keep newest first.
    constexpr int Context = 1000000;
    constexpr int Output = 128000;
    return {
        model("claude-fable-5-2", "Claude Fable 5.2", Context, Output),
        model("claude-opus-5-5", "Claude Opus 5.5", Context, Output),
        model("claude-sonnet-5-5", "Claude Sonnet 5.5", Context, Output),
        model("claude-haiku-5-5", "Claude Haiku 5.5", Context, Output),
    };
}

QString AnthropicClient::defaultModel()
{
    for (const ModelInfo &info : builtinCatalogue()) {
        if (info.id.contains(u"-sonnet-"))
            return info.id;
    }
    return builtinCatalogue().constFirst().id;
}

std::optional<SpawnError> AnthropicClient::validate(const ChatRequest &request) const
{
    // Anthropic-compatible local servers (Ollama, llama.cpp) ignore the key.
    if (m_config.apiKey.isEmpty() && m_factory.isAnthropicHost())
        return SpawnError::user(tr("No Claude API key is set: add one in Settings"));
    if (request.model.isEmpty())
        return SpawnError::user(tr("No Claude model is chosen: pick one in Settings"));
    if (request.maxTokens < 1)
        return SpawnError::user(tr("The output limit must be at least one token"));
    if (request.messages.isEmpty())
        return SpawnError::user(tr("There is nothing to send to Claude"));
    for (const ChatMessage &message : request.messages) {
        if (message.text.trimmed().isEmpty())
            return SpawnError::user(tr("Claude does not accept an empty message"));
    }
    if (request.messages.constLast().role != ChatMessage::Role::User) {
        return SpawnError::user(tr("The conversation must end with a user message: current Claude models refuse "
                                   "an assistant prefill. Ask for the continuation in a new user turn"));
    }
    return std::nullopt;
}

ChatStream *AnthropicClient::stream(const ChatRequest &request)
{
    return startUnlessRefused(new ChatStream(m_factory.messages(m_network, request),
                                             std::make_unique<AnthropicStreamDecoder>(m_factory.endpoint(), request.model)),
                              validate(request));
}

ModelListing *AnthropicClient::listModels()
{
    auto *request = new JsonRequest(m_factory.models(m_network));
    return new ModelListing(request, &AnthropicClient::parseModels, builtinCatalogue());
}

CountTokens *AnthropicClient::countTokens(const ChatRequest &request)
{
    auto *call = new JsonRequest(m_factory.countTokens(m_network, request));
    if (const std::optional<SpawnError> refusal = validate(request)) {
        call->refuse(*refusal);  // CountTokens starts it, which then does nothing
    }
    return new CountTokens(call);
}

QList<ModelInfo> AnthropicClient::parseModels(const QJsonDocument &document)
{
    const QList<ModelInfo> catalogue = builtinCatalogue();
    QList<ModelInfo> models;
    for (const QJsonValue &value : document.object().value(u"data").toArray()) {
        const QJsonObject object = value.toObject();
        ModelInfo info;
        info.id = object.value(u"id").toString();
        if (info.id.isEmpty())
            continue;
        // Only the id is certain: servers before March 2026 send no limits.
        info.displayName = object.value(u"display_name").toString(info.id);
        info.maxOutputTokens = object.value(u"max_tokens").toInt();
        info.maxInputTokens = object.value(u"max_input_tokens").toInt();
        info.createdAt = QDateTime::fromString(object.value(u"created_at").toString(), Qt::ISODate);
        for (const ModelInfo &known : catalogue) {
            if (known.id == info.id) {
                info.maxOutputTokens = info.maxOutputTokens ? info.maxOutputTokens : known.maxOutputTokens;
                info.maxInputTokens = info.maxInputTokens ? info.maxInputTokens : known.maxInputTokens;
            }
        }
        models.append(info);
    }
    return models;
}
