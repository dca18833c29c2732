// SPDX-License-Identifier: MIT
#pragma once

#include "pricetable.h"
#include "sandbox/sandboxkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>

class Database;

// What an action is about to ask for, to estimate it.
struct EstimateRequest
{
    QString model;
    QUrl baseUrl;     // the model server; empty: the provider's own service
    QString appType;  // "webapp", "api", "script"; empty: the model chooses
    // The prompt: counted by the service (count_tokens) when it can, else
    // from its length (PriceTable::approximateTokens).
    qint64 promptTokens = 0;
    bool promptTokensCounted = false;
    SandboxKind sandboxKind = SandboxKind::Local;
    // How long the sandbox runs when history does not say (the default lifetime).
    std::chrono::seconds defaultRunTime{3600};
    bool followUp = false;  // a change to a running app, not a new one
};

// One estimate, the same for the new-app form, the budget check, the API
// and the session's stored estimated_cost.
struct CostEstimate
{
    QString model;
    PriceStatus priceStatus = PriceStatus::Unknown;
    bool ownServer = false;  // free because it runs on the user's own server, not by a price of 0
    qint64 promptTokens = 0;
    bool promptTokensCounted = false;
    // Repairs, continuations and the prompt cache, from history: what the
    // whole step's input cost is, in prompts at the input price (the median;
    // 1 without history).
    double inputFactor = 1.0;
    qint64 outputTokens = 0;  // the median of the history's, or the default
    int basedOnSessions = 0;  // how many past steps the figures come from; 0: the defaults
    bool followUp = false;
    double modelCost = 0.0;  // the typical figure: the median of those steps
    // With history, the most one of those steps would cost today: what the
    // estimate says the model can come to ("up to"); modelCost without.
    double highModelCost = 0.0;
    double sandboxSeconds = 0.0;
    double sandboxCost = 0.0;

    double total() const { return modelCost + sandboxCost; }
    bool isUnpriced() const { return priceStatus == PriceStatus::Unknown; }
};

// Estimates a spawn or a follow-up from the prompt and this user's own
// history of the last 20 comparable steps (same model, and same app type
// for a new app): each past step's output and input factor, applied to this
// prompt, priced today; the estimate is their median. Without history, the
// prompt and a documented default output. On a billed sandbox (E2B), the
// median run time and size of the last 20 runs, else the default lifetime
// on E2B's default 2 vCPU / 512 MiB.
class CostEstimator final
{
    Q_DECLARE_TR_FUNCTIONS(CostEstimator)

public:
    static constexpr int HistorySize = 20;

    explicit CostEstimator(Database &database, const PriceTable &prices = PriceTable::current());

    CostEstimate estimate(const EstimateRequest &request) const;

    // The expected answer without history, from the sizes of the apps the
    // starter prompts produce (docs/costs.md).
    static qint64 defaultOutputTokens(const QString &appType, bool followUp);
    // "up to $0.16 (usually about $0.02 for apps like this)" in words for a
    // status line ("about $0.12 (a first guess)" without history); says "price unknown" or
    // "free" where that is the truth, and that a budget refuses a model of
    // unknown price when `refusedUnpriced`.
    static QString describe(const CostEstimate &estimate, bool refusedUnpriced = false);

private:
    struct Steps
    {
        QList<double> outputTokens;
        QList<double> inputFactors;
        QList<double> costs;  // follow-ups: each as it was billed, at today's prices
    };
    Steps followUpHistory(const EstimateRequest &request) const;
    struct Runs
    {
        QList<double> seconds;
        QList<double> vcpus;
        QList<double> gib;
    };
    Steps modelHistory(const EstimateRequest &request) const;
    Runs sandboxHistory(const EstimateRequest &request) const;
    double inputFactor(const QString &model, qint64 firstPrompt, const QList<TokenCounts> &requests) const;

    Database &m_database;
    const PriceTable &m_prices;
};
