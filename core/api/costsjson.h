// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

struct Budget;
struct CostReport;

// What `spawnai costs --json` prints and GET /api/v1/costs answers: one
// shape for both.
class CostsJson final
{
public:
    struct BudgetState
    {
        QString month;  // "2026-12"
        double monthSpent = 0.0;
        QString budgetSource = QStringLiteral("none");  // flag, environment, settings, none
        QString perSessionBudgetSource = QStringLiteral("none");
    };

    static QJsonObject report(const CostReport &report, const Budget &budget, const BudgetState &state);
};
