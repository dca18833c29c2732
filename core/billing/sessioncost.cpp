// SPDX-License-Identifier: MIT
#include "sessioncost.h"

SessionCost SessionCost::from(const QList<LlmUsageRecord> &requests, const QList<UsageRecord> &runs)
{
    SessionCost cost;
    for (const LlmUsageRecord &request : requests) {
        if (!request.isPriced()) {
            ++cost.unpricedRequests;
            cost.unpricedInputTokens += request.inputTokens + request.cacheWriteTokens + request.cacheReadTokens;
            cost.unpricedOutputTokens += request.outputTokens;
            if (!cost.unpricedModels.contains(request.model))
                cost.unpricedModels << request.model;
            continue;
        }
        cost.llmCost += request.cost;
        cost.cacheSaved += request.uncachedCost - request.cost;
        cost.cacheReadTokens += request.cacheReadTokens;
        cost.cacheWriteTokens += request.cacheWriteTokens;
    }
    for (const UsageRecord &run : runs)
        cost.sandboxCost += run.actualCost;
    return cost;
}
