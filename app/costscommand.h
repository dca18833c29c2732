// SPDX-License-Identifier: MIT
#pragma once

#include "cliarguments.h"

#include <QCoreApplication>
#include <QDate>

class CliOutput;
struct CostReport;
struct Budget;

// `spawnai costs`: the period's totals by day, model, provider and sandbox
// kind, and the state of the monthly budget and the per-session limit.
// It only reads the history, so it opens it directly (no crash reconcile,
// no sandbox providers) and can run next to a desktop app that writes it.
class CostsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CostsCommand)

public:
    CostsCommand(const CliArguments &arguments, CliOutput *output);

    int run();

private:
    // --since/--until, defaulting to the current UTC month; false with a
    // message when they are the wrong way round.
    bool period(QDate *first, QDate *last);
    // --budget-* options, else SPAWNAI_BUDGET_MONTH / SPAWNAI_BUDGET_SESSION.
    bool budget(Budget *out);
    void printText(const CostReport &report, const Budget &budget, double monthSpent) const;
    void printJson(const CostReport &report, const Budget &budget, double monthSpent) const;

    CliArguments m_arguments;
    CliOutput *m_output;
    QDate m_today;
};
