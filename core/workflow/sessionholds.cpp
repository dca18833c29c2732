// SPDX-License-Identifier: MIT
#include "sessionholds.h"

#include "billing/budgetpolicy.h"
#include "billing/costestimator.h"
#include "runautoextend.h"
#include "runexpiry.h"
#include "runusagemeter.h"
#include "sandbox/sandbox.h"
#include "sessionhold.h"
#include "sessionmanager.h"
#include "sessionrunner.h"

#include <QPointer>

SessionHolds::SessionHolds(SessionManager *manager)
    : QObject(manager)
    , m_manager(manager)
{
    connect(manager, &SessionManager::runnerStarted, this, &SessionHolds::follow);
}

SessionHolds::~SessionHolds() = default;

SessionHold *SessionHolds::hold(const QString &sessionId, QObject *parent)
{
    auto *held = new SessionHold(this, sessionId, parent);
    if (++m_counts[sessionId] == 1) {
        if (SessionRunner *runner = m_manager->runner(sessionId))
            runner->expiry()->autoExtend()->setHeld(true);
        emit heldChanged(sessionId, true);
    }
    return held;
}

void SessionHolds::release(const QString &sessionId)
{
    const auto count = m_counts.find(sessionId);
    if (count == m_counts.end())
        return;
    if (--*count > 0)
        return;
    m_counts.erase(count);
    if (SessionRunner *runner = m_manager->runner(sessionId))
        runner->expiry()->autoExtend()->setHeld(false);
    emit heldChanged(sessionId, false);
}

void SessionHolds::follow(SessionRunner *runner)
{
    RunAutoExtend *autoExtend = runner->expiry()->autoExtend();
    const QString id = runner->sessionId();
    // The runner may outlive this object by a moment as the manager goes.
    autoExtend->setGuard([holds = QPointer<SessionHolds>(this), id](std::chrono::seconds more) {
        return holds ? holds->checkExtension(id, more) : SpawnError();
    });
    autoExtend->setHeld(isHeld(id));
}

SpawnError SessionHolds::checkExtension(const QString &sessionId, std::chrono::seconds more) const
{
    const SessionRunner *runner = m_manager->runner(sessionId);
    if (!runner || !runner->sandbox())
        return {};
    // E2B bills the sandbox's size per second: the extension costs its
    // seconds at the rate the run is billed at.
    return checkExtension(sessionId, runner->sandbox()->kind(), runner->meter()->costPerSecond(), more);
}

SpawnError SessionHolds::checkExtension(const QString &sessionId, SandboxKind kind, double costPerSecond,
                                        std::chrono::seconds more) const
{
    if (!sandboxKindIsPaid(kind))
        return {};
    if (const SpawnError spent = m_manager->budgetPolicy()->admit(kind, false); spent.isError())
        return spent;
    CostEstimate estimate;
    estimate.priceStatus = PriceStatus::Priced;
    estimate.sandboxSeconds = double(more.count());
    estimate.sandboxCost = costPerSecond * estimate.sandboxSeconds;
    return m_manager->budgetPolicy()->checkSpend(estimate, sessionId);
}
