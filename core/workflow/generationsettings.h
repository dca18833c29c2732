// SPDX-License-Identifier: MIT
#pragma once

#include "generation/promptlibrary.h"
#include "session/session.h"

#include <QPointer>
#include <QString>

#include <chrono>

#include <optional>

class LlmClient;

// How a session's app is written: by which model, within which limits.
struct GenerationSettings
{
    QPointer<LlmClient> client;
    QString model;
    int maxTokens = 16000;
    std::optional<AppType> appType;  // nullopt: the model chooses ("auto")
    RuntimeFacts facts;
    int maxContinuations = 2;  // after stop_reason max_tokens
    int repairRounds = 2;      // then one last try with the simpler prompt
    // A follow-up continues the conversation that wrote the app (its prefix
    // is in the prompt cache) while the conversation stays under this many
    // tokens (about 4 characters each); beyond it, or at 0, it starts a new
    // one with the whole current app (docs/app-format.md, "Follow-ups").
    qint64 conversationLimitTokens = 100'000;
    // ... and while its last request went out less than this long ago.
    // Anthropic keeps a cached prefix 5 minutes after its last use; once it
    // is gone, writing the whole conversation again costs more than the app
    // alone. 30 s less, for the time a request takes to reach the cache.
    std::chrono::milliseconds conversationIdleLimit = std::chrono::seconds(270);
};
