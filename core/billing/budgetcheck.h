// SPDX-License-Identifier: MIT
#pragma once

#include "budget.h"
#include "costestimator.h"
#include "common/spawnerror.h"

// The check before a spawn or a follow-up: would this action's estimate take
// the month or the session past the user's budget? Pure, so the rules are
// tested without a database; CostTracker supplies what has been spent.
class BudgetCheck final
{
public:
    explicit BudgetCheck(const Budget &budget);

    // A User error with the numbers when `estimate` on top of what the month
    // (`monthSpent`) or the session (`sessionSpent`, 0 for a new spawn) has
    // cost would pass a limit; no error otherwise. Reaching a limit exactly
    // is allowed. The monthly budget is checked first: it is the one the
    // user sees on the dashboard.
    SpawnError check(double estimate, double monthSpent, double sessionSpent = 0.0) const;
    // The same for a whole estimate; with a limit set, a model whose price
    // is unknown is refused before anything is sent (a budget cannot be kept
    // on requests that count as nothing), unless the user allows it.
    SpawnError check(const CostEstimate &estimate, double monthSpent, double sessionSpent = 0.0) const;

private:
    Budget m_budget;
};
