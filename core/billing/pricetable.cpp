// SPDX-License-Identifier: MIT
#include "pricetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
        if (price.model.isEmpty() || price.input < 0 || price.output < 0) {
            *error = SpawnError::user(QCoreApplication::translate("PriceTable", "A price entry has no model id or a negative price"));
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

std::optional<ModelPrice> PriceTable::price(const QString &model) const
{
    if (const auto it = m_prices.constFind(model); it != m_prices.constEnd())
        return *it;
    // Dated snapshots ("-20251001") are priced as their model.
    static const QRegularExpression dated(QStringLiteral("-\\d{8}$"));
    QString undated = model;
    undated.remove(dated);
    if (const auto it = m_prices.constFind(undated); it != m_prices.constEnd())
        return *it;
    return std::nullopt;
}

void PriceTable::setOverride(const ModelPrice &price)
{
    m_prices.insert(price.model, price);
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
