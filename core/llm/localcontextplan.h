// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "llmtypes.h"
#include "localserverinfo.h"

#include <optional>

// How much context a request to a local server needs, and whether the model
// there can give it: the prompt's tokens (estimated, as these servers cannot
// count before sending) plus the answer limit. For Ollama it is also the
// num_ctx to ask for; LM Studio and llama-server fix the context when they
// load a model, so a request that does not fit is refused before sending,
// with how to raise it.
class LocalContextPlan final
{
public:
    // Ollama reloads a model whenever num_ctx changes, so it is rounded up
    // to a step: a follow-up of about the same size finds the model loaded.
    static constexpr int NumCtxStep = 8192;

    int numCtx = 0;  // 0: leave the server's setting alone
    qint64 promptTokens = 0;
    qint64 neededTokens = 0;
    std::optional<SpawnError> refusal;

    static LocalContextPlan make(const LocalServerInfo &server, const ChatRequest &request);
    // About 4 characters a token, plus the chat template's few per turn; on
    // the high side, so the context is not cut short.
    static qint64 estimatePromptTokens(const ChatRequest &request);
};
