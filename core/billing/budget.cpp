// SPDX-License-Identifier: MIT
#include "budget.h"

#include <cmath>

QString Budget::formatUsd(double usd)
{
    // A running cloud sandbox's first seconds cost a few millionths: "$0.0000"
    // would read as free.
    if (usd > 0.0 && usd < 0.00005)
        return QStringLiteral("< $0.0001");
    const int decimals = (usd != 0.0 && std::abs(usd) < 0.01) ? 4 : 2;
    return u'$' + QString::number(usd, 'f', decimals);
}
