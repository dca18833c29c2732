// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QHash>
#include <QString>

#include <optional>

// Prices of one model in USD per million tokens, with where they came from.
struct ModelPrice
{
    QString model;
    double input = 0.0;
    double output = 0.0;
    double cacheWrite = 0.0;
    double cacheRead = 0.0;
    // Some models charge more for every token of a long request.
    qint64 abovePromptTokens = 0;  // 0: one tier only
    double aboveInput = 0.0;
    double aboveOutput = 0.0;
    double aboveCacheWrite = 0.0;
    double aboveCacheRead = 0.0;
    QString source;
    QString date;
};

// What a sandbox provider charges per second of allocated capacity, in USD.
struct SandboxPrice
{
    QString provider;  // "e2b"
    double perVcpuSecond = 0.0;
    double perGibSecond = 0.0;
    QString source;
    QString date;
};

struct TokenCounts
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheWrite = 0;
    qint64 cacheRead = 0;
};

// The price list, resources/pricing.json, as editable data: prices change
// every few weeks and the user may override one in settings.
class PriceTable final
{
public:
    // The built-in table (:/pricing.json).
    static const PriceTable &builtin();
    static std::optional<PriceTable> fromJson(const QByteArray &json, SpawnError *error);

    // Exact id, or a dated id of a known model ("claude-haiku-4-5-20251001").
    std::optional<ModelPrice> price(const QString &model) const;
    void setOverride(const ModelPrice &price);
    // USD. A model without a price costs 0 (local models); `known` says which.
    double cost(const QString &model, const TokenCounts &tokens, bool *known = nullptr) const;
    // Before a request: the prompt's tokens and the most the answer may take.
    double estimate(const QString &model, qint64 promptTokens, qint64 maxOutputTokens) const;
    // A sandbox provider's price; none for the local sandbox, which is free.
    std::optional<SandboxPrice> sandboxPrice(const QString &provider) const;
    void setSandboxOverride(const SandboxPrice &price);
    // USD for allocated vCPU-seconds and GiB-seconds; 0 for an unpriced provider.
    double sandboxCost(const QString &provider, double vcpuSeconds, double gibSeconds, bool *known = nullptr) const;
    // A rough token count for text when no server can count: ~4 characters a token.
    static qint64 approximateTokens(qsizetype characters);

private:
    QHash<QString, ModelPrice> m_prices;
    QHash<QString, SandboxPrice> m_sandboxPrices;
};
