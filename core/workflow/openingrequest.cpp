// SPDX-License-Identifier: MIT
#include "openingrequest.h"

#include "billing/pricetable.h"

ChatRequest openingRequest(const GenerationSettings &settings, const QString &request)
{
    const PromptLibrary &prompts = PromptLibrary::builtIn();
    ChatRequest opening;
    opening.model = settings.model;
    opening.system = prompts.systemPrompt(settings.appType, settings.facts);
    opening.messages = {ChatMessage{ChatMessage::Role::User, prompts.requestPrompt(request)}};
    opening.maxTokens = settings.maxTokens;
    return opening;
}

qint64 approximateTokens(const ChatRequest &request)
{
    qsizetype characters = request.system.size();
    for (const ChatMessage &message : request.messages)
        characters += message.text.size();
    return PriceTable::approximateTokens(characters);
}
