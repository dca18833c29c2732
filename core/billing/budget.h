// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The user's limits, in USD; 0 means no limit. Settings will hold them (a
// later issue); until then the command line reads them from options or the
// environment.
struct Budget
{
    double monthly = 0.0;     // per UTC calendar month, models and sandboxes together
    double perSession = 0.0;  // one session, all its requests and runs

    bool hasMonthly() const { return monthly > 0.0; }
    bool hasPerSession() const { return perSession > 0.0; }

    // "$9.80"; amounts under a cent keep four decimals ("$0.0042"), so a
    // cheap request does not read as free.
    static QString formatUsd(double usd);
};
