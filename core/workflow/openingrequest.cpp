// SPDX-License-Identifier: MIT
#include "openingrequest.h"

#include "billing/pricetable.h"

ChatRequest openingRequest(const GenerationSettings &settings, const QString &request, const QList<PromptImage> &images)
{
    const PromptLibrary &prompts = PromptLibrary::builtIn();
    ChatRequest opening;
    opening.model = settings.model;
    opening.system = prompts.systemPrompt(settings.appType, settings.facts);
    opening.messages = {ChatMessage{ChatMessage::Role::User, prompts.requestPrompt(request), images}};
    opening.maxTokens = settings.maxTokens;
    return opening;
}

qint64 approximateTokens(const ChatRequest &request)
{
    qsizetype characters = request.system.size();
    qint64 imageTokens = 0;
    for (const ChatMessage &message : request.messages) {
        characters += message.text.size();
        imageTokens += PromptImage::tokensOf(message.images);
    }
    return PriceTable::approximateTokens(characters) + imageTokens;
}
