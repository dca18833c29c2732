// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What the spend meter knows about a model's price. Unknown is never
// counted as free without saying so: its requests are stored as unpriced,
// and a budget refuses them unless the user allows it.
enum class PriceStatus
{
    Priced,   // the table or the user gives a price above zero
    Free,     // a model of the user's own server, or a price the user set to 0
    Unknown,  // nobody gave a price
};

QString priceStatusToString(PriceStatus status);  // "priced", "free", "unknown"
PriceStatus priceStatusFromString(const QString &text);
