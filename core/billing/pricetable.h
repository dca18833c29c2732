// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "pricestatus.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

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

struct PriceLookup
{
    PriceStatus status = PriceStatus::Unknown;
    std::optional<ModelPrice> price;  // set when Priced, and for a user's price of 0

    bool isUnknown() const { return status == PriceStatus::Unknown; }
    // Free because it runs on the user's own server, not by a price of 0.
    bool isOwnServer() const { return status == PriceStatus::Free && !price; }
};

struct TokenCounts
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheWrite = 0;
    qint64 cacheRead = 0;
};

// The price list, resources/pricing.json, as editable data: prices change
// every few weeks and the user may override one in settings. An override
// wins over the table's entry for its model (and that model's dated ids);
// removing it brings the table's price back.
class PriceTable final
{
public:
    // The built-in table (:/pricing.json), without the user's overrides.
    static const PriceTable &builtin();
    // What costs are computed with: the built-in table with the user's
    // overrides. Used from the GUI thread only, like the rest of the core.
    static const PriceTable &current();
    // Replaces the user's overrides in current() (the settings layer calls
    // this at start-up and when the user edits a price).
    static void setUserOverrides(const QList<ModelPrice> &overrides);
    static std::optional<PriceTable> fromJson(const QByteArray &json, SpawnError *error);

    // Overrides as settings hold them: a JSON array of entries in the format
    // of pricing.json's "models" ({"id", "input", "output", "cacheWrite",
    // "cacheRead", optional "above", "source", "date"}).
    static QJsonArray pricesToJson(const QList<ModelPrice> &prices);
    static std::optional<QList<ModelPrice>> pricesFromJson(const QJsonArray &array, SpawnError *error);

    // The id a price is kept under, as Anthropic names its models: dated
    // snapshots ("claude-sonnet-4-5-20250929"), "-latest" and "-0" aliases,
    // Bedrock and Vertex spellings ("anthropic.claude-3-5-haiku-20241022-v1:0",
    // "claude-3-5-sonnet-v2@20241022") and a router's vendor prefix
    // ("anthropic/claude-opus-4-1") all name the bare model.
    static QString canonicalModelId(const QString &model);
    // The exact id first, then the canonical one; the user's overrides win.
    std::optional<ModelPrice> price(const QString &model) const;
    // Priced, free or unknown for a request to `model` at `baseUrl` (empty
    // for the provider's own service). A model without a price is free only
    // on a server of the user's own (LocalServer::isFreeServerModel).
    PriceLookup lookup(const QString &model, const QUrl &baseUrl = {}) const;
    // Adds or replaces one override.
    void setOverride(const ModelPrice &price);
    // Replaces every override.
    void setOverrides(const QList<ModelPrice> &overrides);
    // The overrides, by model id.
    QList<ModelPrice> overrides() const;
    // USD. A model without a price costs 0; `known` says whether it had one.
    double cost(const QString &model, const TokenCounts &tokens, bool *known = nullptr) const;
    // USD for the same tokens had nothing come from or gone to the prompt
    // cache: every input token at the input price. cost() subtracted from it
    // is what caching saved (negative when a write was not read again).
    double uncachedCost(const QString &model, const TokenCounts &tokens) const;
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
    static PriceTable &mutableCurrent();

    static std::optional<ModelPrice> find(const QHash<QString, ModelPrice> &prices, const QString &model,
                                          const QString &canonical);

    QHash<QString, ModelPrice> m_prices;
    QHash<QString, SandboxPrice> m_sandboxPrices;
    QHash<QString, ModelPrice> m_overrides;
};
