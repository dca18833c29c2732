// SPDX-License-Identifier: MIT
#pragma once

#include "llmendpoint.h"
#include "llmexchange.h"
#include "localserverinfo.h"

class QJsonDocument;

// Builds the requests that read what LM Studio and llama.cpp's llama-server
// have loaded, at the server's root: LM Studio's GET /api/v0/models
// (max_context_length, loaded_context_length, state) and llama-server's
// GET /props (default_generation_settings.n_ctx). One attempt each, with a
// short timeout: they are asked before a request or to list what is there.
class LocalApiRequestFactory final
{
public:
    LocalApiRequestFactory(const QUrl &root, const QString &apiKey, std::chrono::milliseconds timeout);

    LlmExchangeSetup lmStudioModels(QNetworkAccessManager *network, LocalServerKind as = LocalServerKind::LmStudio) const;
    LlmExchangeSetup llamaProps(QNetworkAccessManager *network) const;

    // LLM (not embedding) models with their contexts; `loaded` from state.
    static QList<LocalModel> parseLmStudioModels(const QJsonDocument &document);
    // The one loaded model, named by its alias or file, with the context per request.
    static QList<LocalModel> parseLlamaProps(const QJsonDocument &document);
    // Whether an answer is what each server sends, not another server's 200.
    static bool isLmStudioModels(const QJsonDocument &document);
    static bool isLlamaProps(const QJsonDocument &document);

private:
    LlmExchangeSetup get(QNetworkAccessManager *network, const QString &path, LocalServerKind kind) const;

    QUrl m_root;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout;
};
