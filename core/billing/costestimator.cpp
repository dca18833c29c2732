// SPDX-License-Identifier: MIT
#include "costestimator.h"

#include "budget.h"
#include "common/median.h"
#include "store/database.h"
#include "store/sqlsupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {
// E2B's default sandbox, until a run of this user's says otherwise.
constexpr double DefaultVcpus = 2.0;
constexpr double DefaultGib = 0.5;

// Requests of a new app's own writing: the answer, its repairs and the
// simpler last try (rows from before schema 7 have no purpose).
const QString GenerationPurposes = QStringLiteral("('prompt', 'repair', 'simpler', '')");
} // namespace

CostEstimator::CostEstimator(Database &database, const PriceTable &prices)
    : m_database(database)
    , m_prices(prices)
{
}

qint64 CostEstimator::defaultOutputTokens(const QString &appType, bool followUp)
{
    // The starter prompts' apps: a page is about 20 KB of HTML, CSS and
    // script, an API a little more with its package.json, a script less.
    if (followUp)
        return 2500;
    if (appType == u"api")
        return 7000;
    if (appType == u"script")
        return 4000;
    return 6000;
}

double CostEstimator::inputFactor(const QString &model, qint64 firstPrompt, const QList<TokenCounts> &requests) const
{
    if (firstPrompt <= 0)
        return 1.0;
    // Everything a step sent, in prompts at the input price: a cache read
    // counts a tenth, a write a quarter more, a repair its whole prompt.
    const std::optional<ModelPrice> price = m_prices.price(model);
    double billed = 0.0;
    for (const TokenCounts &request : requests) {
        if (price && price->input > 0) {
            billed += (double(request.input) * price->input + double(request.cacheWrite) * price->cacheWrite
                       + double(request.cacheRead) * price->cacheRead)
                / price->input;
        } else {
            billed += double(request.input + request.cacheWrite + request.cacheRead);
        }
    }
    return billed / double(firstPrompt);
}

CostEstimator::Steps CostEstimator::modelHistory(const EstimateRequest &request) const
{
    Steps steps;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (request.followUp)
        return followUpHistory(request);
    // The last sessions of this model (and type) that the model wrote, with
    // every request of their writing, oldest first within each.
    if (!StoreSql::prepare(query, u"SELECT u.session_id, u.input_tokens, u.output_tokens, u.cache_write_tokens, "
                                  u"u.cache_read_tokens FROM llm_usage u JOIN (SELECT s.id, s.created_at FROM sessions s "
                                  u"WHERE s.model = ? AND (? = '' OR s.app_type = ?) AND EXISTS (SELECT 1 FROM llm_usage x "
                                  u"WHERE x.session_id = s.id AND x.purpose IN ('prompt', '')) "
                                  u"ORDER BY s.created_at DESC LIMIT ?) recent ON recent.id = u.session_id "
                                  u"WHERE u.purpose IN " + GenerationPurposes + u" ORDER BY recent.created_at, u.id"))
        return steps;
    query.addBindValue(request.model);
    query.addBindValue(StoreSql::text(request.appType));
    query.addBindValue(StoreSql::text(request.appType));
    query.addBindValue(HistorySize);
    if (!StoreSql::exec(query))
        return steps;
    QString session;
    qint64 firstPrompt = 0;
    qint64 output = 0;
    QList<TokenCounts> requests;
    const auto close = [&] {
        if (session.isEmpty())
            return;
        steps.outputTokens << double(output);
        steps.inputFactors << inputFactor(request.model, firstPrompt, requests);
    };
    while (query.next()) {
        const TokenCounts counts{query.value(1).toLongLong(), query.value(2).toLongLong(),
                                 query.value(3).toLongLong(), query.value(4).toLongLong()};
        if (query.value(0).toString() != session) {
            close();
            session = query.value(0).toString();
            firstPrompt = counts.input + counts.cacheWrite + counts.cacheRead;
            output = 0;
            requests.clear();
        }
        output += counts.output;
        requests << counts;
    }
    close();
    return steps;
}

CostEstimator::Steps CostEstimator::followUpHistory(const EstimateRequest &request) const
{
    // The last changes asked of this model (as the user named it: the server
    // answers with a dated id), each with the parts it took after the output
    // limit; newest first.
    Steps steps;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT u.input_tokens, u.output_tokens, u.cache_write_tokens, u.cache_read_tokens, u.part "
            "FROM llm_usage u JOIN sessions s ON s.id = u.session_id WHERE u.purpose = 'follow-up' AND s.model = ? "
            "ORDER BY u.id DESC LIMIT ?")))
        return steps;
    query.addBindValue(request.model);
    query.addBindValue(HistorySize * 4);
    if (!StoreSql::exec(query))
        return steps;
    QList<TokenCounts> change;  // read newest first: continuations come before their answer
    while (query.next() && steps.costs.size() < HistorySize) {
        change << TokenCounts{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                              query.value(3).toLongLong()};
        if (query.value(4).toString() == u"continue")
            continue;
        TokenCounts sum;
        double cost = 0.0;
        for (const TokenCounts &part : std::as_const(change)) {
            sum.output += part.output;
            cost += m_prices.cost(request.model, part);
        }
        const TokenCounts &first = change.constLast();
        steps.outputTokens << double(sum.output);
        steps.inputFactors << inputFactor(request.model, first.input + first.cacheWrite + first.cacheRead, change);
        steps.costs << cost;
        change.clear();
    }
    return steps;
}

CostEstimator::Runs CostEstimator::sandboxHistory(const EstimateRequest &request) const
{
    Runs runs;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT m.start_time, m.end_time, m.cpu_seconds, m.memory_gb_seconds FROM usage_metrics m "
            "JOIN sessions s ON s.id = m.session_id WHERE s.sandbox_kind = ? AND (? = '' OR s.app_type = ?) "
            "AND m.end_time IS NOT NULL ORDER BY m.start_time DESC LIMIT ?")))
        return runs;
    query.addBindValue(sandboxKindToString(request.sandboxKind));
    query.addBindValue(StoreSql::text(request.appType));
    query.addBindValue(StoreSql::text(request.appType));
    query.addBindValue(HistorySize);
    if (!StoreSql::exec(query))
        return runs;
    while (query.next()) {
        const double seconds = StoreSql::timeFromValue(query.value(0)).msecsTo(StoreSql::timeFromValue(query.value(1))) / 1000.0;
        if (seconds <= 0.0)
            continue;
        runs.seconds << seconds;
        runs.vcpus << query.value(2).toDouble() / seconds;
        runs.gib << query.value(3).toDouble() / seconds;
    }
    return runs;
}

CostEstimate CostEstimator::estimate(const EstimateRequest &request) const
{
    CostEstimate result;
    result.model = request.model;
    // No model (a template, a folder): only the sandbox can cost.
    const PriceLookup lookup = m_prices.lookup(request.model, request.baseUrl);
    result.priceStatus = request.model.isEmpty() ? PriceStatus::Free : lookup.status;
    result.ownServer = !request.model.isEmpty() && lookup.isOwnServer();
    result.promptTokens = request.promptTokens;
    result.promptTokensCounted = request.promptTokensCounted;
    result.followUp = request.followUp;
    const Steps steps = request.model.isEmpty() ? Steps{} : modelHistory(request);
    result.basedOnSessions = int(steps.outputTokens.size());
    if (!request.model.isEmpty()) {
        result.outputTokens = steps.outputTokens.isEmpty() ? defaultOutputTokens(request.appType, request.followUp)
                                                           : qint64(std::llround(median(steps.outputTokens)));
    }
    result.inputFactor = steps.inputFactors.isEmpty() ? 1.0 : median(steps.inputFactors);
    if (steps.outputTokens.isEmpty()) {
        result.modelCost = m_prices.cost(request.model, TokenCounts{request.promptTokens, result.outputTokens, 0, 0});
    } else if (request.followUp) {
        // A change continues the conversation that wrote the app, mostly
        // read from the prompt cache, so what it sends is not the prompt
        // estimated here: earlier changes of this model, as they were
        // billed, say more.
        result.modelCost = median(steps.costs);
        result.highModelCost = *std::max_element(steps.costs.cbegin(), steps.costs.cend());
    } else {
        // Each past step as if it had been asked with this prompt, at
        // today's prices; the median of those. Taking the medians of input
        // and output apart would miss that the steps that needed a repair
        // are also the ones that wrote more.
        QList<double> costs;
        for (qsizetype i = 0; i < steps.outputTokens.size(); ++i) {
            const qint64 input = qint64(std::llround(double(request.promptTokens) * steps.inputFactors.at(i)));
            costs << m_prices.cost(request.model, TokenCounts{input, qint64(steps.outputTokens.at(i)), 0, 0});
        }
        result.modelCost = median(costs);
        result.highModelCost = *std::max_element(costs.cbegin(), costs.cend());
    }
    result.highModelCost = std::max(result.highModelCost, result.modelCost);

    const QString sandboxKind = sandboxKindToString(request.sandboxKind);  // the price table's name
    if (!request.followUp && m_prices.sandboxPrice(sandboxKind)) {
        const Runs runs = sandboxHistory(request);
        const double seconds = runs.seconds.isEmpty() ? double(request.defaultRunTime.count()) : median(runs.seconds);
        const double vcpus = runs.vcpus.isEmpty() ? DefaultVcpus : median(runs.vcpus);
        const double gib = runs.gib.isEmpty() ? DefaultGib : median(runs.gib);
        result.sandboxSeconds = seconds;
        result.sandboxCost = m_prices.sandboxCost(sandboxKind, vcpus * seconds, gib * seconds);
    }
    return result;
}

QString CostEstimator::describe(const CostEstimate &estimate, bool refusedUnpriced)
{
    QString sandbox;
    if (estimate.sandboxCost > 0.0) {
        const int minutes = std::max(1, int(std::lround(estimate.sandboxSeconds / 60.0)));
        sandbox = tr(", plus about %1 for %n minute(s) of the cloud sandbox", nullptr, minutes)
                      .arg(Budget::formatUsd(estimate.sandboxCost));
    }
    switch (estimate.priceStatus) {
    case PriceStatus::Unknown:
        if (refusedUnpriced)
            return tr("price unknown for %1: with your budget set, it is refused until it has a price")
                .arg(estimate.model);
        return tr("price unknown for %1: its requests would not be counted").arg(estimate.model) + sandbox;
    case PriceStatus::Free:
        return (estimate.ownServer ? tr("the model is free (your own server)")
                                   : tr("the model is free (your price of $0)"))
            + sandbox;
    case PriceStatus::Priced:
        break;
    }
    if (estimate.basedOnSessions == 0)
        return tr("about %1 (a first guess)").arg(Budget::formatUsd(estimate.modelCost)) + sandbox;
    // Says what it is: the most comparable past steps came to, and the
    // typical one, which is the figure the budget checks.
    const QString upTo = Budget::formatUsd(estimate.highModelCost);
    const QString usually = Budget::formatUsd(estimate.modelCost);
    return (estimate.followUp ? tr("up to %1 (usually about %2 for changes like this)").arg(upTo, usually)
                              : tr("up to %1 (usually about %2 for apps like this)").arg(upTo, usually))
        + sandbox;
}
