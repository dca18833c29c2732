// SPDX-License-Identifier: MIT
#pragma once

#include "billing/budget.h"
#include "common/loglevel.h"
#include "common/spawnerror.h"
#include "session/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QVariant>

class AppSettings;

// The values one run may take from a command-line flag or the environment
// instead of the settings, under the seed's names (docs/settings.md).
enum class OverrideKey
{
    Plan,                   // --plan, E2B_PLAN, Settings plan; default hobby
    HobbyTimeout,           // --timeout on hobby, DEFAULT_SESSION_TIMEOUT_MS, Settings' default lifetime; default 15 min
    ProTimeout,             // --timeout on pro, PRO_SESSION_TIMEOUT_MS, Settings' default lifetime; default 15 min
    MaxConcurrentSessions,  // MAX_CONCURRENT_SESSIONS; default the plan's 20 or 100
    LogLevel,               // --log-level, LOG_LEVEL; default info (the command line: warning)
    MonthlyBudget,          // --budget-month, SPAWNAI_BUDGET_MONTH, Settings > Budget; default none
    SessionBudget,          // --budget-session, SPAWNAI_BUDGET_SESSION, Settings > Budget; default none
};

// Where a value came from. The higher one wins:
// flag > environment > settings > default.
enum class OverrideSource
{
    Default,
    Settings,
    Environment,
    Flag,
};

// "default", "settings", "environment", "flag".
QString overrideSourceToString(OverrideSource source);

// Resolves every OverrideKey once, with its source, from the flags, the
// environment and the settings, and checks it: a value that is not a
// number or a known word, above what the plan allows or below a sensible
// minimum is refused with a user error naming the variable, the value and
// the limit, and that one value falls back to the settings (or the
// default). The command line stops at a refusal; the window shows it.
class RuntimeOverrides final
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeOverrides)

public:
    struct Inputs
    {
        // As typed, by name: "--plan", "--timeout" (seconds), "--log-level",
        // "--budget-month", "--budget-session". An empty value is not given.
        QHash<QString, QString> flags;
        QProcessEnvironment environment;
        const AppSettings *settings = nullptr;  // null: no settings
        // The command line keeps its diagnostics quiet unless asked.
        ::LogLevel defaultLogLevel = ::LogLevel::Info;
    };

    static RuntimeOverrides resolve(const Inputs &inputs);

    ::Plan plan() const;
    // The plan's limits with its default timeout (a new sandbox's lifetime
    // and Extend's step) and its concurrency as resolved; its longest run
    // and creation rate stay.
    PlanLimits limits() const;
    ::LogLevel logLevel() const;
    // The two limits as resolved; whether unpriced models may run under
    // them has no flag or variable and is the settings'.
    Budget budget() const;

    OverrideSource source(OverrideKey key) const;
    // The refused values, in the table's order; empty when all fit.
    const QList<SpawnError> &errors() const { return m_errors; }

    // The environment variable and the flag (empty: none) of a value.
    static QString environmentName(OverrideKey key);
    static QString flagName(OverrideKey key);

private:
    struct Resolved
    {
        QVariant value;
        OverrideSource source = OverrideSource::Default;
    };

    QHash<OverrideKey, Resolved> m_values;
    QList<SpawnError> m_errors;
    bool m_allowUnpriced = false;
};
