// SPDX-License-Identifier: MIT
#include "llmclient.h"

#include "counttokens.h"

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
