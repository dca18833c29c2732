// SPDX-License-Identifier: MIT
#include "sessioncost.h"

#include "budget.h"
#include "store/sessionstore.h"

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

SessionCost SessionCost::of(const SessionStore &store, const QString &id)
{
    return from(store.llmUsage(id), store.usage(id));
}

QString SessionCost::notes() const
{
    QString text;
    // Below a hundredth of a cent, "saved $0.0000" would only be noise.
    if (cacheSaved >= 0.00005)
        text += tr(" (prompt caching saved %1)").arg(Budget::formatUsd(cacheSaved));
    if (!isPriced())
        text += tr(" + %n request(s) to %1 at an unknown price", nullptr, unpricedRequests)
                    .arg(unpricedModels.join(QStringLiteral(", ")));
    return text;
}
