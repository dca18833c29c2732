// SPDX-License-Identifier: MIT
#pragma once

#include "net/retrypolicy.h"

#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <chrono>

// Settings of the two clients. The caller fills in the key: the app reads it
// from the keychain, or from the environment (AnthropicClient::keyFromEnvironment()).

struct AnthropicConfig
{
    QString apiKey;
    // Empty: $ANTHROPIC_BASE_URL if set, else https://api.anthropic.com.
    QUrl baseUrl;
    // 2023-06-01 is accepted by Anthropic and every Anthropic-compatible
    // server; nothing in streaming or errors differs under 2026-10-21.
    QString apiVersion = QStringLiteral("2023-06-01");
    // No byte for this long fails the attempt. Anthropic pings during long
    // thinking, so a quiet minute means a dead connection.
    std::chrono::milliseconds inactivityTimeout{60000};
    RetryPolicy retry;
    // Marks the stable prefix of every Messages request for Anthropic's
    // prompt cache: the system prompt and the conversation so far (docs/llm.md,
    // "Prompt caching"). Off sends the plain body of earlier versions.
    bool promptCaching = promptCachingByDefault();

    // On, unless $SPAWNAI_PROMPT_CACHE is "0": a switch for the real binary
    // without a setting (a proxy that refuses cache_control, a measurement).
    static bool promptCachingByDefault() { return qEnvironmentVariable("SPAWNAI_PROMPT_CACHE") != QLatin1String("0"); }
};

struct OpenAiConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));  // Ollama
    QString apiKey;  // sent as "Authorization: Bearer" only when set
    // Named in errors ("is Ollama running?"). Empty: guessed from the port.
    QString serverName;
    // A local server loading a large model can be silent for a while; raise
    // this for slow machines.
    std::chrono::milliseconds inactivityTimeout{60000};
    RetryPolicy retry;
    // Ask the server what it is (Ollama, LM Studio, llama.cpp) before the
    // first request, to generate through Ollama's own API with the context
    // set per request and to refuse what cannot fit (docs/llm.md, "Local servers").
    bool detectServer = true;
    // How long Ollama keeps the model loaded after a request, so a follow-up
    // does not load it again.
    QString keepAlive = QStringLiteral("30m");
    // Each probe of the server before a request gives up after this long.
    std::chrono::milliseconds probeTimeout{3000};
};
