// SPDX-License-Identifier: MIT
#pragma once

#include "llmconfig.h"
#include "llmendpoint.h"
#include "llmexchange.h"
#include "llmtypes.h"

#include <QNetworkRequest>

// Builds every request to the Anthropic API: the URL under the base, the
// headers (x-api-key, anthropic-version, content-type, accept, User-Agent),
// the JSON bodies and the timeouts. Bodies never carry temperature, top_p or
// top_k: current models reject them (notes, 1.2 and 1.3). Messages bodies
// mark the prompt cache's breakpoints when AnthropicConfig::promptCaching is on.
class AnthropicRequestFactory final
{
public:
    explicit AnthropicRequestFactory(const AnthropicConfig &config);

    // $ANTHROPIC_BASE_URL if set, else https://api.anthropic.com.
    static QUrl defaultBaseUrl();

    const LlmEndpoint &endpoint() const { return m_endpoint; }
    // Whether requests go to Anthropic itself, which always needs a key
    // (an Anthropic-compatible local server may not).
    bool isAnthropicHost() const;

    LlmExchangeSetup messages(QNetworkAccessManager *network, const ChatRequest &request) const;
    LlmExchangeSetup countTokens(QNetworkAccessManager *network, const ChatRequest &request) const;
    LlmExchangeSetup models(QNetworkAccessManager *network) const;

    // `promptCaching`: cache_control on the system prompt (sent as one text
    // block) and on the last two user turns; off, every content is a plain
    // string as before (docs/llm.md, "Prompt caching").
    static QByteArray messagesBody(const ChatRequest &request, bool promptCaching);
    static QByteArray countTokensBody(const ChatRequest &request);

private:
    LlmExchangeSetup setup(QNetworkAccessManager *network, const QString &path, const QByteArray &accept) const;

    AnthropicConfig m_config;
    LlmEndpoint m_endpoint;
};
