// SPDX-License-Identifier: MIT
#pragma once

#include "generationsettings.h"
#include "llm/llmtypes.h"

// The first request of a new app (the system prompt for its type and the
// user's description), as GenerationPhase::writeApp sends it: what the
// service counts for the estimate, and what the estimate approximates when
// it cannot count.
ChatRequest openingRequest(const GenerationSettings &settings, const QString &request,
                           const QList<PromptImage> &images = {});
// Its size in tokens from its length (about 4 characters a token), and its
// pictures' width x height / 750 each.
qint64 approximateTokens(const ChatRequest &request);
