// SPDX-License-Identifier: MIT
#pragma once

#include "llmconfig.h"
#include "llmendpoint.h"
#include "llmexchange.h"
#include "llmtypes.h"
#include "localserverinfo.h"

class QJsonDocument;

// Builds every request to Ollama's native API at the server's root (the
// OpenAI base without /v1): GET /api/version, GET /api/tags, POST /api/show
// and the streamed POST /api/chat, which, unlike /v1/chat/completions, takes
// the context size (options.num_ctx) per request. Also reads their answers.
class OllamaRequestFactory final
{
public:
    OllamaRequestFactory(const OpenAiConfig &config, const LlmEndpoint &endpoint);

    const LlmEndpoint &endpoint() const { return m_endpoint; }

    // One attempt each with `timeout`: a probe must not keep a window waiting.
    LlmExchangeSetup version(QNetworkAccessManager *network, std::chrono::milliseconds timeout) const;
    LlmExchangeSetup tags(QNetworkAccessManager *network, std::chrono::milliseconds timeout) const;
    LlmExchangeSetup show(QNetworkAccessManager *network, const QString &model, std::chrono::milliseconds timeout) const;
    LlmExchangeSetup chat(QNetworkAccessManager *network, const ChatRequest &request, int numCtx) const;

    // {model, messages, stream, keep_alive, options:{num_ctx, num_predict}}.
    static QByteArray chatBody(const ChatRequest &request, int numCtx, const QString &keepAlive);
    static QString parseVersion(const QJsonDocument &document);
    // GET /api/tags: names, sizes and parameter counts; no context yet.
    static QList<LocalModel> parseTags(const QJsonDocument &document);
    // POST /api/show: model_info["<arch>.context_length"] and capabilities
    // into `model`.
    static void parseShow(const QJsonDocument &document, LocalModel *model);

    // The server's root for a base URL the user gave: http://host:11434/v1 -> http://host:11434.
    static QUrl rootOf(const QUrl &baseUrl);

private:
    LlmExchangeSetup setup(QNetworkAccessManager *network, const QString &path, const QByteArray &accept,
                           std::chrono::milliseconds timeout, int attempts) const;

    OpenAiConfig m_config;
    LlmEndpoint m_endpoint;
};
