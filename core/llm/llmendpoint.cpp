// SPDX-License-Identifier: MIT
#include "llmendpoint.h"

#ifndef SPAWNAI_VERSION
#define SPAWNAI_VERSION "0.0.0"
#endif

QString LlmEndpoint::guessServerName(const QUrl &baseUrl)
{
    switch (baseUrl.port()) {
    case 11434:
        return QStringLiteral("Ollama");
    case 1234:
        return QStringLiteral("LM Studio");
    case 8080:
    case 9931:  // llama-server's new default port
        return QStringLiteral("llama.cpp server");
    default:
        return QStringLiteral("the model server");
    }
}

QUrl LlmEndpoint::url(const QString &path) const
{
    QUrl result = baseUrl;
    QString basePath = baseUrl.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    result.setPath(basePath + path);
    return result;
}

QByteArray LlmEndpoint::userAgent()
{
    return QByteArrayLiteral("SpawnAI/" SPAWNAI_VERSION);
}
