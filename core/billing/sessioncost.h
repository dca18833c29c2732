// SPDX-License-Identifier: MIT
#pragma once

#include "store/usagerecords.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class SessionStore;

// What one session has cost so far, as the session view, `spawnai show` and
// the cost events say it: models and sandboxes, what prompt caching saved,
// and the requests whose price is unknown (counted apart, never as $0).
struct SessionCost
{
    Q_DECLARE_TR_FUNCTIONS(SessionCost)

public:
    double llmCost = 0.0;
    double sandboxCost = 0.0;
    double cacheSaved = 0.0;  // uncached price minus price, priced requests only
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    int unpricedRequests = 0;
    qint64 unpricedInputTokens = 0;  // input, cache writes and cache reads
    qint64 unpricedOutputTokens = 0;
    QStringList unpricedModels;

    double total() const { return llmCost + sandboxCost; }
    bool isPriced() const { return unpricedRequests == 0; }
    // What follows the total in words: " (prompt caching saved $0.15)" and
    // " + 2 requests to MODEL at an unknown price", each when it applies.
    QString notes() const;

    static SessionCost from(const QList<LlmUsageRecord> &requests, const QList<UsageRecord> &runs);
    // What session `id` has cost, from the store.
    static SessionCost of(const SessionStore &store, const QString &id);
};
