// SPDX-License-Identifier: MIT
#pragma once

#include "llmconfig.h"
#include "llmendpoint.h"
#include "llmexchange.h"
#include "llmtypes.h"

#include <QJsonArray>

// Builds every request to an OpenAI-compatible server (Ollama, llama.cpp,
// LM Studio): {base}/chat/completions and {base}/models, the optional
// bearer key, the User-Agent and the timeouts. Bodies use max_tokens (Ollama
// does not know max_completion_tokens) and ask for usage in the stream.
class OpenAiRequestFactory final
{
public:
    explicit OpenAiRequestFactory(const OpenAiConfig &config);

    const LlmEndpoint &endpoint() const { return m_endpoint; }

    LlmExchangeSetup chatCompletions(QNetworkAccessManager *network, const ChatRequest &request) const;
    LlmExchangeSetup models(QNetworkAccessManager *network) const;

    static QByteArray chatBody(const ChatRequest &request);
    // Where a user turn's pictures go: OpenAI's content parts
    // ({"type":"image_url","image_url":{"url":"data:...;base64,..."}} before
    // the text part), or Ollama's native "images" (bare base64) next to a
    // string content.
    enum class ImageForm
    {
        ContentParts,
        OllamaImages,
    };

    // The system prompt and the conversation as chat messages (role, content).
    static QJsonArray messages(const ChatRequest &request, ImageForm form = ImageForm::ContentParts);

private:
    LlmExchangeSetup setup(QNetworkAccessManager *network, const QString &path, const QByteArray &accept) const;

    OpenAiConfig m_config;
    LlmEndpoint m_endpoint;
};
