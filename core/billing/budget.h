// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The user's limits, in USD; 0 means no limit. Settings > Budget holds
// them; a flag or SPAWNAI_BUDGET_* may override them (RuntimeOverrides).
struct Budget
{
    double monthly = 0.0;     // per UTC calendar month, models and sandboxes together
    double perSession = 0.0;  // one session, all its requests and runs
    // Whether a model of unknown price may be used while a limit is set; its
    // requests then cost nothing on the meter, so the user must say so.
    bool allowUnpriced = false;

    bool hasMonthly() const { return monthly > 0.0; }
    bool hasPerSession() const { return perSession > 0.0; }
    bool hasLimit() const { return hasMonthly() || hasPerSession(); }

    // "$9.80"; amounts under a cent keep four decimals ("$0.0042"), and a
    // positive amount below that is "< $0.0001", so nothing that costs reads as free.
    static QString formatUsd(double usd);
};
