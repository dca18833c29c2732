// SPDX-License-Identifier: MIT
#pragma once

#include "billing/pricestatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One sandbox run's resource use (the seed's usage_metrics row). A run is
// recorded when it starts (id 0, no end time) and updated as readings come in
// and when it ends.
struct UsageRecord
{
    qint64 id = 0;  // 0 until stored
    QString sessionId;
    QDateTime startTime;
    QDateTime endTime;  // invalid while the run is going
    double cpuSeconds = 0.0;
    double memoryGbSeconds = 0.0;
    double storageGb = 0.0;
    double actualCost = 0.0;
    QString plan = QStringLiteral("hobby");
    // The cloud sandbox this run bills (empty, NULL in usage_metrics, for a
    // local one): once no runner meters it, its ledger entry completes the bill.
    QString sandboxId;
};

// One reading of what a sandbox really used (its CPU time so far, memory
// and disk now), kept besides the billed figures for the dashboard.
struct UsageSample
{
    QString sessionId;
    qint64 usageId = 0;  // the run (usage_metrics row) it belongs to
    QDateTime time;      // invalid: now
    double cpuSeconds = 0.0;
    qint64 memoryBytes = 0;
    qint64 diskBytes = 0;
};

// One request to a model and what it cost.
struct LlmUsageRecord
{
    qint64 id = 0;  // 0 until stored
    QString sessionId;
    QDateTime time;  // invalid: now
    QString provider;
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 cacheReadTokens = 0;
    double cost = 0.0;
    // The same tokens priced as if nothing came from the prompt cache: the
    // difference to `cost` is what caching saved.
    double uncachedCost = 0.0;
    // An unknown price is stored as cost 0 and said so, never counted as free.
    PriceStatus priceStatus = PriceStatus::Priced;
    // What the request was for: "prompt", "repair", "simpler", "follow-up",
    // "follow-up-repair".
    QString purpose;
    // "answer", or "continue" for a request that went on after the output limit.
    QString part = QStringLiteral("answer");
    // Nobody knew its price when it was made: UsageRepricer prices it with
    // whatever price the table or the user gives later, and again when that
    // price changes.
    bool unpricedAtRequest = false;

    bool isPriced() const { return priceStatus != PriceStatus::Unknown; }
};

Q_DECLARE_METATYPE(UsageRecord)
Q_DECLARE_METATYPE(LlmUsageRecord)
