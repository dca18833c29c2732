// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Who a client talks to, in the words errors use: "Claude" at
// https://api.anthropic.com, or "Ollama" at http://localhost:11434/v1.
struct LlmEndpoint
{
    QString provider;     // "anthropic" or "openai"
    QString serviceName;  // "Claude", "Ollama", "LM Studio", "llama.cpp server", "the model server"
    QUrl baseUrl;
    bool local = false;  // a server on this machine the user starts themselves

    // The name of a local OpenAI-compatible server, guessed from its default port.
    static QString guessServerName(const QUrl &baseUrl);
    // The service address with `path` appended to its path (no double slash).
    QUrl url(const QString &path) const;
    // "SpawnAI/<version>", sent on every request.
    static QByteArray userAgent();
};
