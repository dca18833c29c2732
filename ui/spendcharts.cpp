// SPDX-License-Identifier: MIT
#include "spendcharts.h"

#include "chartfactory.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>

SpendCharts::SpendCharts(QWidget *parent)
    : QWidget(parent)
    , m_daily(ChartFactory::view(QStringLiteral("dailySpendChart"), tr("Daily spend"), this))
    , m_byModel(ChartFactory::view(QStringLiteral("modelSpendChart"), tr("Spend by model"), this))
    , m_byProvider(ChartFactory::view(QStringLiteral("providerSpendChart"), tr("Spend by provider"), this))
    , m_tokens(ChartFactory::view(QStringLiteral("tokensChart"), tr("Tokens in and out"), this))
{
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_daily, 0, 0, 1, 2);
    layout->addWidget(m_byModel, 1, 0);
    layout->addWidget(m_byProvider, 1, 1);
    layout->addWidget(m_tokens, 2, 0, 1, 2);
}

SpendCharts::~SpendCharts() = default;

void SpendCharts::replace(QChartView *view, QChart *chart)
{
    // The view does not delete the chart it lets go of.
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void SpendCharts::setReport(const CostReport &report, const QList<CostGroup> &days)
{
    QStringList categories;
    ChartFactory::BarSet llm{tr("Models"), {}};
    ChartFactory::BarSet sandbox{tr("Sandboxes"), {}};
    ChartFactory::BarSet in{tr("Tokens in"), {}};
    ChartFactory::BarSet out{tr("Tokens out"), {}};
    for (const CostGroup &day : days) {
        categories << ChartFactory::shortDay(day.key);
        llm.values << day.totals.llmCost;
        sandbox.values << day.totals.sandboxCost;
        in.values << double(day.totals.inputTokens);
        out.values << double(day.totals.outputTokens);
    }
    replace(m_daily, ChartFactory::bars(tr("Daily spend (USD)"), categories, {llm, sandbox}, true));
    replace(m_tokens, ChartFactory::bars(tr("Tokens in and out"), categories, {in, out}, false,
                                         QStringLiteral("%.0f")));
    QList<QPair<QString, double>> models;
    for (const CostGroup &model : report.byModel)
        models.append({model.key, model.totals.llmCost});
    replace(m_byModel, ChartFactory::pie(tr("Spend by model"), models));
    QList<QPair<QString, double>> providers;
    for (const CostGroup &provider : report.byProvider)
        providers.append({provider.key, provider.totals.llmCost});
    for (const CostGroup &kind : report.bySandboxKind)
        providers.append({tr("%1 sandboxes").arg(kind.key), kind.totals.sandboxCost});
    replace(m_byProvider, ChartFactory::pie(tr("Spend by provider"), providers));
}
