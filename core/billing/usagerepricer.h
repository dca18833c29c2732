// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QStringList>

class Database;
class PriceTable;

// Model requests made while their price was unknown are priced with the price
// the table or the user gives later, and priced again when that price is
// corrected or removed (a half-typed price is not final): the rows, their day
// summaries (through the triggers) and each session's actual cost follow, so
// the month's spend is complete. Runs at start-up and whenever prices change.
namespace UsageRepricer {
// How many requests changed in `*repriced`; the sessions they belong to in `*sessions`.
SpawnError reprice(Database &database, const PriceTable &prices, int *repriced = nullptr,
                   QStringList *sessions = nullptr);
} // namespace UsageRepricer
