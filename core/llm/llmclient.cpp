// SPDX-License-Identifier: MIT
#include "llmclient.h"

#include "chatstream.h"
#include "counttokens.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcClient, "spawnai.llm.client", QtInfoMsg)
}

LlmClient::LlmClient(QObject *parent)
    : QObject(parent)
{
}

LlmClient::~LlmClient() = default;

CountTokens *LlmClient::countTokens(const ChatRequest &request)
{
    Q_UNUSED(request)
    return CountTokens::unsupported(endpoint().serviceName);
}

int LlmClient::contextWindow(const QString &model) const
{
    Q_UNUSED(model)
    return 0;
}

ChatStream *LlmClient::startUnlessRefused(ChatStream *stream, const std::optional<SpawnError> &refusal)
{
    if (refusal) {
        qCInfo(lcClient) << "refused before sending:" << refusal->message;
        stream->refuse(*refusal);
    } else {
        stream->start();
    }
    return stream;
}
