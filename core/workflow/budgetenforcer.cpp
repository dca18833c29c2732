// SPDX-License-Identifier: MIT
#include "budgetenforcer.h"

#include "billing/budgetnotifier.h"
#include "billing/budgetpolicy.h"
#include "sessionrunner.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcBudget, "spawnai.workflow.budget", QtInfoMsg)
} // namespace

BudgetEnforcer::BudgetEnforcer(BudgetPolicy *policy, SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_store(store)
    , m_notifier(new BudgetNotifier(store->database(), this))
{
    m_notifier->setBudget(m_policy->budget());
    // Costs are recorded from inside a run's own steps; stopping runs there
    // would re-enter them, so the check waits for the event loop. A new
    // budget applies at once: a lower one already spent stops what costs.
    connect(m_store, &SessionStore::costRecorded, this, &BudgetEnforcer::scheduleCheck);
    connect(m_policy, &BudgetPolicy::budgetChanged, this, [this] {
        m_notifier->setBudget(m_policy->budget());
        scheduleCheck();
    });
}

void BudgetEnforcer::watch(SessionRunner *runner)
{
    m_runners.append(runner);
    connect(runner, &SessionRunner::ended, this, [this, runner] { m_runners.removeAll(runner); });
}

QString BudgetEnforcer::reason() const
{
    return tr("monthly budget of %1 reached").arg(Budget::formatUsd(m_policy->budget().monthly));
}

QString BudgetEnforcer::pausedReason() const
{
    return tr("monthly budget of %1 reached; the E2B sandbox is paused")
        .arg(Budget::formatUsd(m_policy->budget().monthly));
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
    if (!m_policy->budget().hasMonthly())
        return;  // nothing to tell or to stop
    if (const SpawnError error = m_notifier->costRecorded(); error.isError()) {
        qCWarning(lcBudget) << "cannot add up the month:" << error.message;
        return;
    }
    if (m_policy->isSpent(m_notifier->spent()))
        enforce(m_notifier->spent());
}

void BudgetEnforcer::enforce(double spent)
{
    const QString why = reason();
    QStringList stopped;
    const QList<QPointer<SessionRunner>> runners = m_runners;
    for (SessionRunner *runner : runners) {
        if (!runner || runner->hasEnded())
            continue;
        const std::optional<Session> session = m_store->session(runner->sessionId());
        const bool paid = session && sandboxKindIsPaid(session->sandboxKind);
        if (paid) {
            // A run with no sandbox yet (queued, being written) has nothing to pause.
            if (m_policy->action() == BudgetAction::Pause && runner->sandbox())
                runner->stopAndPause(pausedReason());
            else
                emit stopRequested(runner->sessionId(), why);
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
    emit budgetStopped(spent, m_policy->budget().monthly, stopped);
}
