// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <optional>

#include "llmendpoint.h"
#include "llmtypes.h"

#include <QObject>

class ChatStream;
class CountTokens;
class ModelListing;

// A connection to one LLM service. Every call returns a new operation the
// caller owns (deleteLater() it after finished()); none finishes before the
// caller is back in the event loop, even when the request is refused at once.
// Implementations: AnthropicClient, OpenAiClient.
class LlmClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmClient)

public:
    explicit LlmClient(QObject *parent = nullptr);
    ~LlmClient() override;

    // "anthropic" or "openai".
    virtual QString provider() const = 0;
    virtual LlmEndpoint endpoint() const = 0;
    // Starts one streamed generation.
    virtual ChatStream *stream(const ChatRequest &request) = 0;
    virtual ModelListing *listModels() = 0;
    // The input tokens `request` would use. By default the service cannot
    // count: the operation fails with isUnsupported() and the caller estimates.
    virtual CountTokens *countTokens(const ChatRequest &request);
    // The most tokens `model` holds, prompt and answer together, when the
    // client has learnt it (a local server's model); 0: unknown.
    virtual int contextWindow(const QString &model) const;

protected:
    // Starts `stream`, or finishes it with `refusal` without sending anything.
    static ChatStream *startUnlessRefused(ChatStream *stream, const std::optional<SpawnError> &refusal);
};
