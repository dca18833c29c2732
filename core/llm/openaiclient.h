// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "llmclient.h"
#include "llmconfig.h"
#include "localserverinfo.h"
#include "openairequestfactory.h"

#include <optional>

class LocalPreflight;
class QJsonDocument;
class QNetworkAccessManager;

// An OpenAI-compatible chat completions server, as run locally by Ollama
// (the default, http://localhost:11434/v1), llama.cpp's llama-server or
// LM Studio. These cannot count tokens: countTokens() fails as unsupported.
// Before the first generation it asks the server what it is: Ollama then
// generates through its native /api/chat, with num_ctx sized for each
// request; a request that cannot fit the model's (or the loaded) context is
// refused before sending (docs/llm.md, "Local servers").
class OpenAiClient final : public LlmClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAiClient)

public:
    // `network` may be shared; without one the client makes its own.
    explicit OpenAiClient(const OpenAiConfig &config, QNetworkAccessManager *network = nullptr,
                          QObject *parent = nullptr);
    ~OpenAiClient() override;

    QString provider() const override { return QStringLiteral("openai"); }
    LlmEndpoint endpoint() const override { return m_factory.endpoint(); }
    ChatStream *stream(const ChatRequest &request) override;
    // GET {base}/models: the pulled or loaded models. There is no fallback:
    // a local list cannot be guessed.
    ModelListing *listModels() override;
    // Known once a generation asked the server about `model`.
    int contextWindow(const QString &model) const override;

    std::optional<SpawnError> validate(const ChatRequest &request) const;
    static QList<ModelInfo> parseModels(const QJsonDocument &document);

    // What the server turned out to be, and what is known of its models
    // (Unknown until the first stream asked).
    const LocalServerInfo &server() const { return m_server; }

private:
    // Asks the server first (LocalPreflight), then sends to Ollama's own
    // /api/chat with the context set, or to /chat/completions, or refuses.
    void prepare(ChatStream *stream, const ChatRequest &request);
    void sendPrepared(ChatStream *stream, const LocalPreflight &preflight, const ChatRequest &request);

    OpenAiConfig m_config;
    OpenAiRequestFactory m_factory;
    QNetworkAccessManager *m_network;
    LocalServerInfo m_server;
};
