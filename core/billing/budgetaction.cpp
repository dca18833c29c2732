// SPDX-License-Identifier: MIT
#include "budgetaction.h"

std::optional<BudgetAction> budgetActionFromString(const QString &text)
{
    if (text == u"kill")
        return BudgetAction::Kill;
    if (text == u"pause")
        return BudgetAction::Pause;
    return std::nullopt;
}

QString budgetActionToString(BudgetAction action)
{
    return action == BudgetAction::Pause ? QStringLiteral("pause") : QStringLiteral("kill");
}
