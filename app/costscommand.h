// SPDX-License-Identifier: MIT
#pragma once

#include "billing/budget.h"
#include "cliarguments.h"
#include "settings/runtimeoverrides.h"

#include <QCoreApplication>
#include <QDate>

class CliOutput;
struct CostReport;

// `spawnai costs`: the period's totals by day, model, provider and sandbox
// kind, and the state of the monthly budget and the per-session limit.
// It only reads the history, so it opens it directly (no crash reconcile,
// no sandbox providers) and can run next to a desktop app that writes it.
class CostsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CostsCommand)

public:
    // The budget is `overrides`' (flag, environment, settings), as the
    // window's: RuntimeOverrides::budget().
    CostsCommand(const CliArguments &arguments, CliOutput *output, const RuntimeOverrides &overrides);

    int run();

private:
    // --since/--until, defaulting to the current UTC month; false with a
    // message when they are the wrong way round.
    bool period(QDate *first, QDate *last);
    // "(from Settings > Budget)", "(from SPAWNAI_BUDGET_MONTH)", ...; empty for none.
    QString sourceText(OverrideKey key) const;
    // "flag", "environment", "settings", or "none" when no budget is set.
    QString sourceName(OverrideKey key) const;
    void printText(const CostReport &report, const Budget &budget, double monthSpent) const;
    void printJson(const CostReport &report, const Budget &budget, double monthSpent) const;

    CliArguments m_arguments;
    CliOutput *m_output;
    RuntimeOverrides m_overrides;
    QDate m_today;
};
