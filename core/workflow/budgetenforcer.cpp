// SPDX-License-Identifier: MIT
#include "budgetenforcer.h"

#include "billing/budgetnotifier.h"
#include "billing/costtracker.h"
#include "sessionmanager.h"
#include "sessionrunner.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcBudget, "spawnai.workflow.budget", QtInfoMsg)

bool isSpent(const Budget &budget, double spent)
{
    // The same tolerance as the 100 % notification, so both happen together.
    return budget.hasMonthly() && spent * 100.0 >= budget.monthly * 100.0 - 1e-7;
}
} // namespace

std::optional<BudgetEnforcer::SandboxAction> BudgetEnforcer::sandboxActionFromString(const QString &text)
{
    if (text == u"kill")
        return SandboxAction::Kill;
    if (text == u"pause")
        return SandboxAction::Pause;
    return std::nullopt;
}

QString BudgetEnforcer::sandboxActionToString(SandboxAction action)
{
    return action == SandboxAction::Pause ? QStringLiteral("pause") : QStringLiteral("kill");
}

BudgetEnforcer::BudgetEnforcer(SessionManager *manager, SessionStore *store)
    : QObject(manager)
    , m_manager(manager)
    , m_store(store)
    , m_notifier(new BudgetNotifier(store->database(), this))
{
    // Costs are recorded from inside a run's own steps; stopping runs there
    // would re-enter them, so the check waits for the event loop.
    connect(m_store, &SessionStore::costRecorded, this, &BudgetEnforcer::scheduleCheck);
}

void BudgetEnforcer::setBudget(const Budget &budget)
{
    m_notifier->setBudget(budget);
    scheduleCheck();
}

const Budget &BudgetEnforcer::budget() const
{
    return m_notifier->budget();
}

QString BudgetEnforcer::reason() const
{
    return tr("monthly budget of %1 reached").arg(Budget::formatUsd(budget().monthly));
}

QString BudgetEnforcer::pausedReason() const
{
    return tr("monthly budget of %1 reached; the E2B sandbox is paused").arg(Budget::formatUsd(budget().monthly));
}

SpawnError BudgetEnforcer::admit(SandboxKind sandboxKind, bool asksModel) const
{
    if (!budget().hasMonthly() || (!asksModel && !sandboxKindIsPaid(sandboxKind)))
        return {};
    double spent = 0.0;
    const CostTracker tracker(m_store->database());
    if (const SpawnError error = tracker.monthSpent(QDateTime::currentDateTimeUtc().date(), &spent); error.isError())
        return error;
    if (!isSpent(budget(), spent))
        return {};
    return SpawnError::user(tr("The monthly budget of %1 is spent (%2 so far this month). Raise it in Settings to go "
                               "on; local sandboxes without a model cost nothing and still run.")
                                .arg(Budget::formatUsd(budget().monthly), Budget::formatUsd(spent)));
}

void BudgetEnforcer::scheduleCheck()
{
    if (m_checkPending)
        return;
    m_checkPending = true;
    QTimer::singleShot(0, this, &BudgetEnforcer::check);
}

void BudgetEnforcer::check()
{
    m_checkPending = false;
    if (!budget().hasMonthly())
        return;  // nothing to tell or to stop
    if (const SpawnError error = m_notifier->costRecorded(); error.isError()) {
        qCWarning(lcBudget) << "cannot add up the month:" << error.message;
        return;
    }
    if (isSpent(budget(), m_notifier->spent()))
        enforce(m_notifier->spent());
}

void BudgetEnforcer::enforce(double spent)
{
    const QString why = reason();
    QStringList stopped;
    for (SessionRunner *runner : m_manager->runners()) {
        if (!runner || runner->hasEnded())
            continue;
        const std::optional<Session> session = m_store->session(runner->sessionId());
        const bool paid = session && sandboxKindIsPaid(session->sandboxKind);
        if (paid) {
            // A run with no sandbox yet (queued, being written) has nothing to pause.
            if (m_action == SandboxAction::Pause && runner->sandbox())
                runner->stopAndPause(pausedReason());
            else
                m_manager->stop(runner->sessionId(), why);
        } else if (runner->isGenerating()) {
            runner->stopGeneration(why);
        } else {
            continue;
        }
        stopped << runner->sessionId();
    }
    if (stopped.isEmpty())
        return;
    qCInfo(lcBudget) << why << "- stopped" << stopped.size() << "session(s)";
    emit budgetStopped(spent, budget().monthly, stopped);
}
