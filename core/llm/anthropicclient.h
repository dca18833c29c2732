// SPDX-License-Identifier: MIT
#pragma once

#include "anthropicrequestfactory.h"
#include "common/spawnerror.h"
#include "llmclient.h"
#include "llmconfig.h"

#include <optional>

class QJsonDocument;
class QNetworkAccessManager;

// The Anthropic Messages API: streamed generation (POST /v1/messages),
// the model list (GET /v1/models, with a built-in catalogue when it cannot
// be read) and token counting (POST /v1/messages/count_tokens).
class AnthropicClient final : public LlmClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnthropicClient)

public:
    // `network` may be shared; without one the client makes its own.
    explicit AnthropicClient(const AnthropicConfig &config, QNetworkAccessManager *network = nullptr,
                             QObject *parent = nullptr);
    ~AnthropicClient() override;

    QString provider() const override { return QStringLiteral("anthropic"); }
    LlmEndpoint endpoint() const override { return m_factory.endpoint(); }
    ChatStream *stream(const ChatRequest &request) override;
    ModelListing *listModels() override;
    CountTokens *countTokens(const ChatRequest &request) override;

    // $ANTHROPIC_API_KEY, else $CLAUDE_API_KEY, else empty. For callers that
    // find no key in the keychain.
    static QString keyFromEnvironment();
    // Current Claude models as the protocol notes list them (late 2026),
    // newest first: what listModels() offers when /v1/models cannot be read.
    static QList<ModelInfo> builtinCatalogue();
    // The newest Sonnet in the catalogue: good and affordable for small apps.
    static QString defaultModel();
    // Why `request` must not be sent, if it must not: no key, no model, no
    // messages, an empty message, or an assistant turn last (prefill is a 400
    // on Claude 4.6 and later).
    std::optional<SpawnError> validate(const ChatRequest &request) const;

    static QList<ModelInfo> parseModels(const QJsonDocument &document);

private:
    AnthropicConfig m_config;
    AnthropicRequestFactory m_factory;
    QNetworkAccessManager *m_network;
};
