// SPDX-License-Identifier: MIT
#include "appcontext.h"

#include "billing/budget.h"
#include "billing/budgetcheck.h"
#include "billing/costtracker.h"
#include "sandbox/local/localsandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/budgetenforcer.h"
#include "workflow/runregistry.h"
#include "workflow/sessionmanager.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcApp, "spawnai.app", QtInfoMsg)
}

AppContext::AppContext() = default;

AppContext::~AppContext()
{
    // Runners stop (and journal) before the store and providers go away.
    m_manager.reset();
    m_localProvider.reset();
    m_store.reset();
    m_database.reset();
}

SpawnError AppContext::open()
{
    m_database = std::make_unique<Database>();
    if (const SpawnError error = m_database->open(); error.isError())
        return error;
    m_store = std::make_unique<SessionStore>(*m_database);
    // Sessions a crashed run left live, and not owned by another SpawnAI
    // process that is still running them.
    const QStringList stopped = m_store->reconcileAfterCrash(
        [](const QString &id) { return RunRegistry::owner(id) != 0; });
    if (!stopped.isEmpty())
        qCInfo(lcApp) << "reconciled" << stopped.size() << "session(s) left running by an earlier run";
    m_localProvider = std::make_unique<LocalSandboxProvider>();
    m_manager = std::make_unique<SessionManager>(m_store.get());
    m_manager->addProvider(m_localProvider.get());
    // The budget, until the settings page holds it: SPAWNAI_BUDGET_MONTH and
    // SPAWNAI_BUDGET_SESSION in USD (docs/costs.md).
    Budget budget;
    budget.monthly = qEnvironmentVariable("SPAWNAI_BUDGET_MONTH").toDouble();
    budget.perSession = qEnvironmentVariable("SPAWNAI_BUDGET_SESSION").toDouble();
    if (budget.hasMonthly() || budget.hasPerSession()) {
        Database *database = m_database.get();
        m_manager->setSpendGuard([database, budget](double estimate, const QString &sessionId) {
            const CostTracker tracker(*database);
            double month = 0.0;
            double session = 0.0;
            tracker.monthSpent(QDateTime::currentDateTimeUtc().date(), &month);
            if (!sessionId.isEmpty())
                tracker.sessionSpent(sessionId, &session);
            return BudgetCheck(budget).check(estimate, month, session);
        });
    }
    // The 100 % stop and the 50/80/100 % notifications while sessions run;
    // SPAWNAI_BUDGET_ACTION is "kill" (the default) or "pause".
    m_manager->budget()->setBudget(budget);
    if (const auto action = BudgetEnforcer::sandboxActionFromString(qEnvironmentVariable("SPAWNAI_BUDGET_ACTION")))
        m_manager->budget()->setSandboxAction(*action);
    return {};
}
