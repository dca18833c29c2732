// SPDX-License-Identifier: MIT
#pragma once

#include "billing/budget.h"
#include "common/spawnerror.h"
#include "sandbox/sandboxkind.h"

#include <QObject>
#include <QStringList>

#include <optional>

class BudgetNotifier;
class SessionManager;
class SessionStore;

// Keeps the month within the monthly budget while sessions run. After every
// recorded cost (coalesced to one check per turn of the event loop) it adds
// up the month; the notifier tells of 50, 80 and 100 %, and once the month's
// spend reaches the budget the enforcer stops what costs money: model work
// in flight, and sandboxes of paid kinds (E2B): killed, or paused where the
// user chose so. Local sandboxes cost nothing and keep running. Stopping is an ordinary journaled stop, so every session
// keeps its files, log and history; raising the budget lets the user go on.
class BudgetEnforcer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetEnforcer)

public:
    // What happens to a paid sandbox at 100 %: Pause keeps it paused in the
    // cloud (not billed; a sandbox that cannot pause is killed instead).
    enum class SandboxAction { Kill, Pause };
    static std::optional<SandboxAction> sandboxActionFromString(const QString &text);  // "kill", "pause"
    static QString sandboxActionToString(SandboxAction action);

    BudgetEnforcer(SessionManager *manager, SessionStore *store);

    // A new budget applies at once: a higher one lets spawns through again,
    // a lower one already spent stops what costs money.
    void setBudget(const Budget &budget);
    const Budget &budget() const;
    void setSandboxAction(SandboxAction action) { m_action = action; }
    SandboxAction sandboxAction() const { return m_action; }
    BudgetNotifier *notifier() const { return m_notifier; }

    // Asked before a spawn, a redeploy or a follow-up: a User error with the
    // numbers when the month's budget is spent and the action would cost
    // money (it asks a model, or runs in a paid sandbox).
    SpawnError admit(SandboxKind sandboxKind, bool asksModel) const;
    // Adds up the month and acts on it; what every recorded cost triggers.
    void check();

signals:
    // The 100 % stop happened: `sessionIds` are the runs it stopped or
    // whose model work it stopped.
    void budgetStopped(double spent, double budget, const QStringList &sessionIds);

private:
    void scheduleCheck();
    void enforce(double spent);
    QString reason() const;
    QString pausedReason() const;

    SessionManager *m_manager;
    SessionStore *m_store;
    BudgetNotifier *m_notifier;
    SandboxAction m_action = SandboxAction::Kill;
    bool m_checkPending = false;
};
