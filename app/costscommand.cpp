// SPDX-License-Identifier: MIT
#include "costscommand.h"

#include "billing/budget.h"
#include "billing/budgetthresholds.h"
#include "billing/costtracker.h"
#include "api/costsjson.h"
#include "clioutput.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudrunbill.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {
constexpr int TopSessions = 10;
} // namespace

CostsCommand::CostsCommand(const CliArguments &arguments, CliOutput *output, const RuntimeOverrides &overrides)
    : m_arguments(arguments)
    , m_output(output)
    , m_overrides(overrides)
    , m_today(QDateTime::currentDateTimeUtc().date())
{
}

bool CostsCommand::period(QDate *first, QDate *last)
{
    const QDate since = QDate::fromString(m_arguments.since, Qt::ISODate);
    const QDate until = QDate::fromString(m_arguments.until, Qt::ISODate);
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    *first = since.isValid() ? since : (until.isValid() ? QDate(until.year(), until.month(), 1) : monthStart);
    *last = until.isValid() ? until : (since.isValid() && since > monthStart.addMonths(1).addDays(-1)
                                           ? since : monthStart.addMonths(1).addDays(-1));
    if (*first > *last) {
        m_output->error(tr("--since %1 is after --until %2").arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate)));
        return false;
    }
    return true;
}

QString CostsCommand::sourceText(OverrideKey key) const
{
    switch (m_overrides.source(key)) {
    case OverrideSource::Flag:
        return tr("(from %1)").arg(RuntimeOverrides::flagName(key));
    case OverrideSource::Environment:
        return tr("(from %1)").arg(RuntimeOverrides::environmentName(key));
    case OverrideSource::Settings:
        return tr("(from Settings > Budget)");
    case OverrideSource::Default:
        break;
    }
    return {};
}

QString CostsCommand::sourceName(OverrideKey key) const
{
    const OverrideSource source = m_overrides.source(key);
    return source == OverrideSource::Default ? QStringLiteral("none") : overrideSourceToString(source);
}

int CostsCommand::run()
{
    QDate first;
    QDate last;
    const Budget limits = m_overrides.budget();
    if (!period(&first, &last))
        return ExitCode::Usage;
    Database database;
    if (const SpawnError error = database.open(); error.isError()) {
        m_output->error(error.message);
        return ExitCode::Unavailable;
    }
    {
        // A kept cloud sandbox's time while no SpawnAI ran is billed up to
        // now first, from the ledger (no key needed).
        SessionStore store(database);
        const SqlSandboxLedger ledger(database);
        CloudRunBill::settleUnwatched(&store, ledger);
    }
    const CostTracker tracker(database);
    CostReport report;
    double monthSpent = 0.0;
    SpawnError error = tracker.report(CostPeriod::days(first, last), TopSessions, &report);
    if (!error.isError())
        error = tracker.monthSpent(m_today, &monthSpent);
    if (error.isError()) {
        m_output->error(error.message);
        return ExitCode::Unavailable;
    }
    if (m_output->isJson())
        printJson(report, limits, monthSpent);
    else
        printText(report, limits, monthSpent);
    return ExitCode::Ok;
}

void CostsCommand::printJson(const CostReport &report, const Budget &limits, double monthSpent) const
{
    CostsJson::BudgetState state;
    state.month = m_today.toString(QStringLiteral("yyyy-MM"));
    state.monthSpent = monthSpent;
    state.budgetSource = sourceName(OverrideKey::MonthlyBudget);
    state.perSessionBudgetSource = sourceName(OverrideKey::SessionBudget);
    QJsonObject object = CostsJson::report(report, limits, state);
    object.insert(QStringLiteral("event"), QStringLiteral("costs"));
    m_output->object(object);
}

void CostsCommand::printText(const CostReport &report, const Budget &limits, double monthSpent) const
{
    const auto usd = [](double value) { return Budget::formatUsd(value); };
    const auto row = [&](const QString &key, const CostTotals &t) {
        m_output->line(QStringLiteral("  %1 %2 %3 %4 %5 %6")
                           .arg(key.leftJustified(24), usd(t.total()).rightJustified(10), usd(t.llmCost).rightJustified(10),
                                usd(t.sandboxCost).rightJustified(10), QString::number(t.inputTokens).rightJustified(11),
                                QString::number(t.outputTokens).rightJustified(11)));
    };
    const auto section = [&](const QString &title, const QList<CostGroup> &groups) {
        m_output->line(QString());
        m_output->line(title);
        if (groups.isEmpty()) {
            m_output->line(tr("  (nothing)"));
            return;
        }
        m_output->line(QStringLiteral("  %1 %2 %3 %4 %5 %6")
                           .arg(QString().leftJustified(24), tr("TOTAL").rightJustified(10), tr("MODELS").rightJustified(10),
                                tr("SANDBOXES").rightJustified(10), tr("TOKENS IN").rightJustified(11),
                                tr("TOKENS OUT").rightJustified(11)));
        for (const CostGroup &group : groups)
            row(group.key, group.totals);
    };
    const CostTotals &t = report.overall;
    m_output->line(tr("Costs from %1 to %2 (UTC)")
                       .arg(report.period.since.date().toString(Qt::ISODate),
                            report.period.until.date().addDays(-1).toString(Qt::ISODate)));
    m_output->line(tr("Total     %1 = models %2 + sandboxes %3").arg(usd(t.total()), usd(t.llmCost), usd(t.sandboxCost)));
    m_output->line(tr("Models    %1, %2 tokens in, %3 tokens out")
                       .arg(tr("%n request(s)", nullptr, int(t.requests))).arg(t.inputTokens).arg(t.outputTokens));
    // Fractional amounts read as a plural in English and German alike ("1.0 vCPU-seconds" is right).
    m_output->line(tr("Sandboxes %1, %2 vCPU-seconds and %3 GB-seconds of memory allocated")
                       .arg(tr("%n run(s)", nullptr, int(t.sandboxRuns)))
                       .arg(t.cpuSeconds, 0, 'f', 1)
                       .arg(t.memoryGbSeconds, 0, 'f', 1));
    for (const UnpricedUsage &usage : report.unpriced) {
        m_output->line(tr("Unpriced  %n request(s) to %1 (%2 tokens in, %3 out) are not in the total: set the "
                          "model's price in Settings > Budget > Prices", nullptr, int(usage.requests))
                           .arg(usage.model)
                           .arg(usage.inputTokens)
                           .arg(usage.outputTokens));
    }
    section(tr("By day"), report.byDay);
    section(tr("By model"), report.byModel);
    section(tr("By provider"), report.byProvider);
    section(tr("By sandbox kind"), report.bySandboxKind);
    m_output->line(QString());
    const QString month = m_today.toString(QStringLiteral("yyyy-MM"));
    if (limits.hasMonthly()) {
        m_output->line(tr("Budget    %1 of %2 spent in %3 (%4 %), %5 left")
                           .arg(usd(monthSpent), usd(limits.monthly), month)
                           .arg(100.0 * monthSpent / limits.monthly, 0, 'f', 0)
                           .arg(usd(qMax(0.0, limits.monthly - monthSpent)))
                       + u' ' + sourceText(OverrideKey::MonthlyBudget));
    } else {
        m_output->line(tr("Budget    none set (%1 spent in %2; Settings > Budget, SPAWNAI_BUDGET_MONTH or "
                          "--budget-month USD sets one)")
                           .arg(usd(monthSpent), month));
    }
    if (limits.hasPerSession())
        m_output->line(tr("Session   at most %1 each").arg(usd(limits.perSession)) + u' '
                       + sourceText(OverrideKey::SessionBudget));
}
