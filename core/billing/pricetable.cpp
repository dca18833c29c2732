// SPDX-License-Identifier: MIT
#include "pricetable.h"

#include "localserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {
constexpr double PerMillion = 1e6;

ModelPrice priceFrom(const QJsonObject &entry)
{
    ModelPrice price;
    price.model = entry.value(u"id").toString();
    price.input = entry.value(u"input").toDouble();
    price.output = entry.value(u"output").toDouble();
    price.cacheWrite = entry.value(u"cacheWrite").toDouble();
    price.cacheRead = entry.value(u"cacheRead").toDouble();
    const QJsonObject above = entry.value(u"above").toObject();
    if (!above.isEmpty()) {
        price.abovePromptTokens = above.value(u"promptTokens").toInteger();
        price.aboveInput = above.value(u"input").toDouble();
        price.aboveOutput = above.value(u"output").toDouble();
        price.aboveCacheWrite = above.value(u"cacheWrite").toDouble();
        price.aboveCacheRead = above.value(u"cacheRead").toDouble();
    }
    price.source = entry.value(u"source").toString();
    price.date = entry.value(u"date").toString();
    return price;
}

QJsonObject entryFrom(const ModelPrice &price)
{
    QJsonObject entry{{QStringLiteral("id"), price.model},
                      {QStringLiteral("input"), price.input},
                      {QStringLiteral("output"), price.output},
                      {QStringLiteral("cacheWrite"), price.cacheWrite},
                      {QStringLiteral("cacheRead"), price.cacheRead}};
    if (price.abovePromptTokens > 0) {
        entry.insert(QStringLiteral("above"), QJsonObject{{QStringLiteral("promptTokens"), price.abovePromptTokens},
                                               {QStringLiteral("input"), price.aboveInput},
                                               {QStringLiteral("output"), price.aboveOutput},
                                               {QStringLiteral("cacheWrite"), price.aboveCacheWrite},
                                               {QStringLiteral("cacheRead"), price.aboveCacheRead}});
    }
    if (!price.source.isEmpty())
        entry.insert(QStringLiteral("source"), price.source);
    if (!price.date.isEmpty())
        entry.insert(QStringLiteral("date"), price.date);
    return entry;
}

bool isValid(const ModelPrice &price)
{
    return !price.model.isEmpty() && price.input >= 0 && price.output >= 0 && price.cacheWrite >= 0
        && price.cacheRead >= 0 && price.aboveInput >= 0 && price.aboveOutput >= 0 && price.aboveCacheWrite >= 0
        && price.aboveCacheRead >= 0 && price.abovePromptTokens >= 0;
}

QString invalidEntry()
{
    return QCoreApplication::translate("PriceTable", "A price entry has no model id or a negative price");
}
} // namespace

const PriceTable &PriceTable::builtin()
{
    static const PriceTable table = [] {
        QFile file(QStringLiteral(":/pricing.json"));
        SpawnError error;
        std::optional<PriceTable> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromJson(file.readAll(), &error);
        return parsed.value_or(PriceTable());
    }();
    return table;
}

PriceTable &PriceTable::mutableCurrent()
{
    static PriceTable table = builtin();
    return table;
}

const PriceTable &PriceTable::current()
{
    return mutableCurrent();
}

void PriceTable::setUserOverrides(const QList<ModelPrice> &overrides)
{
    mutableCurrent().setOverrides(overrides);
}

QJsonArray PriceTable::pricesToJson(const QList<ModelPrice> &prices)
{
    QJsonArray array;
    for (const ModelPrice &price : prices)
        array.append(entryFrom(price));
    return array;
}

std::optional<QList<ModelPrice>> PriceTable::pricesFromJson(const QJsonArray &array, SpawnError *error)
{
    QList<ModelPrice> prices;
    for (const QJsonValue &value : array) {
        const ModelPrice price = priceFrom(value.toObject());
        if (!value.isObject() || !isValid(price)) {
            *error = SpawnError::user(invalidEntry());
            return std::nullopt;
        }
        prices.append(price);
    }
    return prices;
}

std::optional<PriceTable> PriceTable::fromJson(const QByteArray &json, SpawnError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = SpawnError::user(QCoreApplication::translate("PriceTable", "The price table is not valid JSON: %1")
                                      .arg(parseError.errorString()));
        return std::nullopt;
    }
    PriceTable table;
    for (const QJsonValue &value : document.object().value(u"models").toArray()) {
        const ModelPrice price = priceFrom(value.toObject());
        if (!isValid(price)) {
            *error = SpawnError::user(invalidEntry());
            return std::nullopt;
        }
        table.m_prices.insert(price.model, price);
    }
    for (const QJsonValue &value : document.object().value(u"sandboxes").toArray()) {
        const QJsonObject entry = value.toObject();
        SandboxPrice price{entry.value(u"provider").toString(), entry.value(u"vcpuSecond").toDouble(),
                           entry.value(u"gibSecond").toDouble(), entry.value(u"source").toString(),
                           entry.value(u"date").toString()};
        if (price.provider.isEmpty() || price.perVcpuSecond < 0 || price.perGibSecond < 0) {
            *error = SpawnError::user(QCoreApplication::translate("PriceTable", "A sandbox price has no provider or a negative price"));
            return std::nullopt;
        }
        table.m_sandboxPrices.insert(price.provider, price);
    }
    return table;
}

QString PriceTable::canonicalModelId(const QString &model)
{
    QString id = model.trimmed().toLower();
    // A router's vendor prefix ("anthropic/…") and Bedrock's ("us.anthropic.…").
    id = id.mid(id.lastIndexOf(u'/') + 1);
    static const QRegularExpression bedrock(QStringLiteral("^(?:[a-z]{2,4}\\.)?anthropic\\."));
    id.remove(bedrock);
    // Claude Code's context marker ("[1m]"), dated snapshots and "-latest",
    // in any combination; for Claude also Bedrock's "-v2:0" and Vertex's
    // "@20241022" (another vendor's "-v2" is part of its model's name).
    static const QRegularExpression suffixes(QStringLiteral("(?:\\[\\w+\\]|-\\d{8}|-latest)+$"));
    static const QRegularExpression claudeSuffixes(
        QStringLiteral("(?:\\[\\w+\\]|-v\\d+(?::\\d+)?|@\\d{8}|-\\d{8}|-latest)+$"));
    id.remove(id.startsWith(u"claude") ? claudeSuffixes : suffixes);
    // "claude-sonnet-4-0" is the alias of "claude-sonnet-4".
    static const QRegularExpression zeroAlias(QStringLiteral("^(claude-.*-\\d+)-0$"));
    id.replace(zeroAlias, QStringLiteral("\\1"));
    return id;
}

std::optional<ModelPrice> PriceTable::find(const QHash<QString, ModelPrice> &prices, const QString &model,
                                           const QString &canonical)
{
    if (const auto it = prices.constFind(model); it != prices.constEnd())
        return *it;
    if (const auto it = prices.constFind(canonical); it != prices.constEnd())
        return *it;
    // Keys written as a dated id or an alias (a user's override) match too.
    for (auto it = prices.constBegin(); it != prices.constEnd(); ++it) {
        if (canonicalModelId(it.key()) == canonical)
            return *it;
    }
    return std::nullopt;
}

std::optional<ModelPrice> PriceTable::price(const QString &model) const
{
    if (model.trimmed().isEmpty())
        return std::nullopt;
    const QString canonical = canonicalModelId(model);
    if (std::optional<ModelPrice> found = find(m_overrides, model, canonical))
        return found;
    return find(m_prices, model, canonical);
}

PriceLookup PriceTable::lookup(const QString &model, const QUrl &baseUrl) const
{
    PriceLookup result;
    result.price = price(model);
    if (result.price) {
        const ModelPrice &p = *result.price;
        const bool allZero = p.input == 0 && p.output == 0 && p.cacheWrite == 0 && p.cacheRead == 0
            && p.aboveInput == 0 && p.aboveOutput == 0 && p.aboveCacheWrite == 0 && p.aboveCacheRead == 0;
        result.status = allZero ? PriceStatus::Free : PriceStatus::Priced;
        return result;
    }
    result.status = LocalServer::isFreeServerModel(baseUrl, model) ? PriceStatus::Free : PriceStatus::Unknown;
    return result;
}

void PriceTable::setOverride(const ModelPrice &price)
{
    m_overrides.insert(price.model, price);
}

void PriceTable::setOverrides(const QList<ModelPrice> &overrides)
{
    m_overrides.clear();
    for (const ModelPrice &price : overrides)
        m_overrides.insert(price.model, price);
}

QList<ModelPrice> PriceTable::overrides() const
{
    QList<ModelPrice> result = m_overrides.values();
    std::sort(result.begin(), result.end(), [](const ModelPrice &a, const ModelPrice &b) { return a.model < b.model; });
    return result;
}

double PriceTable::cost(const QString &model, const TokenCounts &tokens, bool *known) const
{
    const std::optional<ModelPrice> found = price(model);
    if (known)
        *known = found.has_value();
    if (!found)
        return 0.0;
    const qint64 prompt = tokens.input + tokens.cacheWrite + tokens.cacheRead;
    // The upper tier, when the request is long, applies to every token of it.
    const bool above = found->abovePromptTokens > 0 && prompt > found->abovePromptTokens;
    const double input = above ? found->aboveInput : found->input;
    const double output = above ? found->aboveOutput : found->output;
    const double write = above ? found->aboveCacheWrite : found->cacheWrite;
    const double read = above ? found->aboveCacheRead : found->cacheRead;
    return (double(tokens.input) * input + double(tokens.output) * output + double(tokens.cacheWrite) * write
            + double(tokens.cacheRead) * read)
        / PerMillion;
}

double PriceTable::uncachedCost(const QString &model, const TokenCounts &tokens) const
{
    return cost(model, TokenCounts{tokens.input + tokens.cacheWrite + tokens.cacheRead, tokens.output, 0, 0});
}

double PriceTable::estimate(const QString &model, qint64 promptTokens, qint64 maxOutputTokens) const
{
    return cost(model, TokenCounts{promptTokens, maxOutputTokens, 0, 0});
}

std::optional<SandboxPrice> PriceTable::sandboxPrice(const QString &provider) const
{
    if (const auto it = m_sandboxPrices.constFind(provider); it != m_sandboxPrices.constEnd())
        return *it;
    return std::nullopt;
}

void PriceTable::setSandboxOverride(const SandboxPrice &price)
{
    m_sandboxPrices.insert(price.provider, price);
}

double PriceTable::sandboxCost(const QString &provider, double vcpuSeconds, double gibSeconds, bool *known) const
{
    const std::optional<SandboxPrice> found = sandboxPrice(provider);
    if (known)
        *known = found.has_value();
    if (!found)
        return 0.0;
    return vcpuSeconds * found->perVcpuSecond + gibSeconds * found->perGibSecond;
}

qint64 PriceTable::approximateTokens(qsizetype characters)
{
    return (qint64(characters) + 3) / 4;
}
