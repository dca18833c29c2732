// SPDX-License-Identifier: MIT
#include "budget.h"

#include <cmath>

QString Budget::formatUsd(double usd)
{
    const int decimals = (usd != 0.0 && std::abs(usd) < 0.01) ? 4 : 2;
    return u'$' + QString::number(usd, 'f', decimals);
}
