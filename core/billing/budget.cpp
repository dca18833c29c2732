// SPDX-License-Identifier: MIT
#include "budget.h"

#include <QLocale>

#include <cmath>

namespace {
QString formatIn(double usd, const QLocale &locale)
{
    // A running cloud sandbox's first seconds cost a few millionths: "$0.0000"
    // would read as free.
    if (usd > 0.0 && usd < 0.00005)
        return u"< " + formatIn(0.0001, locale);
    const int decimals = (usd != 0.0 && std::abs(usd) < 0.01) ? 4 : 2;
    // The C locale (scripts, CI) has no currency format of its own ("0.04$").
    if (locale.language() == QLocale::C)
        return (usd < 0.0 ? QStringLiteral("-$") : QStringLiteral("$")) + QString::number(std::abs(usd), 'f', decimals);
    // The locale's minus sign, not its accounting brackets ("($1.00)").
    const QString amount = locale.toCurrencyString(std::abs(usd), QStringLiteral("$"), decimals);
    return usd < 0.0 ? locale.negativeSign() + amount : amount;
}
} // namespace

// The one way an amount is written, in the window, its notifications and the
// command line's words alike: as the default locale writes money ("0,04 $"
// in German). The window's language sets the default (AppTranslator).
QString Budget::formatUsd(double usd)
{
    return formatIn(usd, QLocale());
}
