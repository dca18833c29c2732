// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// What happens to a paid sandbox once the monthly budget is spent. Model
// requests are refused either way; local sandboxes cost nothing and run on.
enum class BudgetAction
{
    Pause,  // the E2B sandbox is paused (not billed); one that cannot pause is killed
    Kill,   // the E2B sandbox is killed
};

// The names of the settings file, SPAWNAI_BUDGET_ACTION and the API: "pause", "kill".
std::optional<BudgetAction> budgetActionFromString(const QString &text);
QString budgetActionToString(BudgetAction action);
