// SPDX-License-Identifier: MIT
#pragma once

#include "budget.h"
#include "budgetaction.h"
#include "common/spawnerror.h"
#include "costestimator.h"
#include "sandbox/sandboxkind.h"

#include <QObject>

#include <functional>

class Database;

// The one answer to "may this spend?": the user's budget (the month's and
// one session's), what the month and the session have cost so far, and what
// happens to a paid sandbox once the month is spent. SessionManager asks it
// before a spawn, a redeploy, a follow-up and an extension; BudgetEnforcer
// asks it after every recorded cost. The app gives it the budget that the
// settings, the flags and the environment resolve to (AppContext).
class BudgetPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPolicy)

public:
    explicit BudgetPolicy(Database &database, QObject *parent = nullptr);
    ~BudgetPolicy() override;

    // A new budget applies at once: a higher one lets spawns through again.
    void setBudget(const Budget &budget);
    const Budget &budget() const { return m_budget; }
    // What happens to a paid sandbox once the month is spent.
    void setAction(BudgetAction action) { m_action = action; }
    BudgetAction action() const { return m_action; }

    // Whether `monthSpent` reaches the monthly budget, with the tolerance of
    // the 100 % notification so both happen together.
    bool isSpent(double monthSpent) const;
    // A User error with the numbers when the month's budget is spent and the
    // action would cost money (it asks a model, or runs in a paid sandbox).
    SpawnError admit(SandboxKind sandboxKind, bool asksModel) const;
    // Would `estimate` take the month or the session (none for a new spawn)
    // past its budget? (BudgetCheck over CostTracker.)
    SpawnError checkSpend(const CostEstimate &estimate, const QString &sessionId) const;
    // Stands in for checkSpend()'s arithmetic, for a caller that counts what
    // is spent elsewhere (tests).
    using SpendCheck = std::function<SpawnError(const CostEstimate &estimate, const QString &sessionId)>;
    void setSpendCheck(SpendCheck check) { m_spendCheck = std::move(check); }

signals:
    void budgetChanged();

private:
    Database &m_database;
    Budget m_budget;
    BudgetAction m_action = BudgetAction::Kill;
    SpendCheck m_spendCheck;
};
