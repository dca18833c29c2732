// SPDX-License-Identifier: MIT
#include "spendcharts.h"

#include "chartbuilder.h"

#include <QGridLayout>

SpendCharts::SpendCharts(QWidget *parent)
    : QWidget(parent)
    , m_daily(ChartBuilder::instance()->createView(QStringLiteral("dailySpendChart"), tr("Daily spend"), this))
    , m_byModel(ChartBuilder::instance()->createView(QStringLiteral("modelSpendChart"), tr("Spend by model"), this))
    , m_byProvider(ChartBuilder::instance()->createView(QStringLiteral("providerSpendChart"), tr("Spend by provider"), this))
    , m_tokens(ChartBuilder::instance()->createView(QStringLiteral("tokensChart"), tr("Tokens in and out"), this))
{
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_daily, 0, 0, 1, 2);
    layout->addWidget(m_byModel, 1, 0);
    layout->addWidget(m_byProvider, 1, 1);
    layout->addWidget(m_tokens, 2, 0, 1, 2);
}

SpendCharts::~SpendCharts() = default;

void SpendCharts::setReport(const CostReport &report, const QList<CostGroup> &days)
{
    QStringList categories;
    ChartBarSet llm{tr("Models"), {}};
    ChartBarSet sandbox{tr("Sandboxes"), {}};
    ChartBarSet in{tr("Tokens in"), {}};
    ChartBarSet out{tr("Tokens out"), {}};
    for (const CostGroup &day : days) {
        categories << ChartBuilder::shortDay(day.key);
        llm.values << day.totals.llmCost;
        sandbox.values << day.totals.sandboxCost;
        in.values << double(day.totals.inputTokens);
        out.values << double(day.totals.outputTokens);
    }
    ChartBuilder::instance()->showBars(m_daily, tr("Daily spend (USD)"), categories, {llm, sandbox}, true,
                                        QStringLiteral("%.2f"));
    ChartBuilder::instance()->showBars(m_tokens, tr("Tokens in and out"), categories, {in, out}, false,
                                         QStringLiteral("%.0f"));
    QList<QPair<QString, double>> models;
    for (const CostGroup &model : report.byModel)
        models.append({model.key, model.totals.llmCost});
    ChartBuilder::instance()->showPie(m_byModel, tr("Spend by model"), models);
    QList<QPair<QString, double>> providers;
    for (const CostGroup &provider : report.byProvider)
        providers.append({provider.key, provider.totals.llmCost});
    for (const CostGroup &kind : report.bySandboxKind)
        providers.append({tr("%1 sandboxes").arg(kind.key), kind.totals.sandboxCost});
    ChartBuilder::instance()->showPie(m_byProvider, tr("Spend by provider"), providers);
}
