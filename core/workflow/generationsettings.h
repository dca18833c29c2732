// SPDX-License-Identifier: MIT
#pragma once

#include "generation/promptlibrary.h"
#include "session/session.h"

#include <QPointer>
#include <QString>

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
};
