// SPDX-License-Identifier: MIT
#include "costsjson.h"

#include "billing/budget.h"
#include "billing/budgetthresholds.h"
#include "billing/costtracker.h"

#include <QJsonArray>

#include <algorithm>

namespace {
QJsonObject totalsObject(const CostTotals &t)
{
    return {{QStringLiteral("total"), t.total()},
            {QStringLiteral("llmCost"), t.llmCost},
            {QStringLiteral("inputTokens"), t.inputTokens},
            {QStringLiteral("outputTokens"), t.outputTokens},
            {QStringLiteral("requests"), t.requests},
            {QStringLiteral("sandboxCost"), t.sandboxCost},
            {QStringLiteral("cpuSeconds"), t.cpuSeconds},
            {QStringLiteral("memoryGbSeconds"), t.memoryGbSeconds},
            {QStringLiteral("sandboxRuns"), t.sandboxRuns}};
}

QJsonObject unpricedObject(const QList<UnpricedUsage> &unpriced)
{
    qint64 requests = 0;
    qint64 input = 0;
    qint64 output = 0;
    QJsonArray models;
    for (const UnpricedUsage &usage : unpriced) {
        requests += usage.requests;
        input += usage.inputTokens;
        output += usage.outputTokens;
        models.append(QJsonObject{{QStringLiteral("model"), usage.model},
                                  {QStringLiteral("requests"), usage.requests},
                                  {QStringLiteral("inputTokens"), usage.inputTokens},
                                  {QStringLiteral("outputTokens"), usage.outputTokens}});
    }
    return {{QStringLiteral("requests"), requests},
            {QStringLiteral("inputTokens"), input},
            {QStringLiteral("outputTokens"), output},
            {QStringLiteral("models"), models}};
}

QJsonArray groupsArray(const QList<CostGroup> &groups, const QString &keyName)
{
    QJsonArray array;
    for (const CostGroup &group : groups) {
        QJsonObject object = totalsObject(group.totals);
        object.insert(keyName, group.key);
        array.append(object);
    }
    return array;
}

// Each model says whether every one of its requests had a price.
QJsonArray modelsArray(const CostReport &report)
{
    QJsonArray models = groupsArray(report.byModel, QStringLiteral("model"));
    for (qsizetype i = 0; i < models.size(); ++i) {
        QJsonObject model = models.at(i).toObject();
        const QString name = model.value(u"model").toString();
        const bool unpriced = std::any_of(report.unpriced.cbegin(), report.unpriced.cend(),
                                          [&name](const UnpricedUsage &usage) { return usage.model == name; });
        model.insert(QStringLiteral("priced"), !unpriced);
        models.replace(i, model);
    }
    return models;
}
} // namespace

QJsonObject CostsJson::report(const CostReport &report, const Budget &limits, const BudgetState &state)
{
    QJsonObject budgetObject{{QStringLiteral("month"), state.month},
                             {QStringLiteral("monthlyBudget"), limits.monthly},
                             {QStringLiteral("perSessionBudget"), limits.perSession},
                             {QStringLiteral("monthSpent"), state.monthSpent},
                             {QStringLiteral("budgetSource"), state.budgetSource},
                             {QStringLiteral("perSessionBudgetSource"), state.perSessionBudgetSource}};
    if (limits.hasMonthly()) {
        budgetObject.insert(QStringLiteral("remaining"), qMax(0.0, limits.monthly - state.monthSpent));
        budgetObject.insert(QStringLiteral("percent"), 100.0 * state.monthSpent / limits.monthly);
        QJsonArray reached;
        for (const int percent : BudgetThresholds::reached(limits, state.monthSpent))
            reached.append(percent);
        budgetObject.insert(QStringLiteral("thresholdsReached"), reached);
    }
    return {{QStringLiteral("since"), report.period.since.date().toString(Qt::ISODate)},
            {QStringLiteral("until"), report.period.until.date().addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("priced"), report.isPriced()},
            {QStringLiteral("unpriced"), unpricedObject(report.unpriced)},
            {QStringLiteral("totals"), totalsObject(report.overall)},
            {QStringLiteral("byDay"), groupsArray(report.byDay, QStringLiteral("day"))},
            {QStringLiteral("byModel"), modelsArray(report)},
            {QStringLiteral("byProvider"), groupsArray(report.byProvider, QStringLiteral("provider"))},
            {QStringLiteral("bySandboxKind"), groupsArray(report.bySandboxKind, QStringLiteral("sandbox"))},
            {QStringLiteral("topSessions"), groupsArray(report.topSessions, QStringLiteral("session"))},
            {QStringLiteral("budget"), budgetObject}};
}
