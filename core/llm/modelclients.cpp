// SPDX-License-Identifier: MIT
#include "modelclients.h"

#include "llm/anthropicclient.h"
#include "llm/openaiclient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>

ModelClients::ModelClients(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ModelClients::~ModelClients() = default;

LlmClient *ModelClients::client(const QString &provider, const QUrl &baseUrl, const QString &key)
{
    const bool anthropic = provider == u"anthropic";
    const QUrl url = anthropic && baseUrl.isEmpty() ? m_anthropicBaseUrl : baseUrl;
    // The key itself is not kept in the cache's names, only its digest.
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString cacheKey = provider + u'\n' + url.toString() + u'\n' + digest;
    if (LlmClient *cached = m_clients.value(cacheKey))
        return cached;

    LlmClient *made = nullptr;
    if (anthropic) {
        AnthropicConfig config;
        config.apiKey = key;
        config.baseUrl = url;
        if (m_maxAttempts > 0)
            config.retry.maxAttempts = m_maxAttempts;
        made = new AnthropicClient(config, m_network, this);
    } else {
        OpenAiConfig config;
        config.apiKey = key;
        if (!url.isEmpty())
            config.baseUrl = url;
        if (m_maxAttempts > 0)
            config.retry.maxAttempts = m_maxAttempts;
        made = new OpenAiClient(config, m_network, this);
    }
    m_clients.insert(cacheKey, made);
    return made;
}
