// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

class Database;
class PriceTable;

// Model requests stored while their price was unknown get it as soon as the
// table or the user has one: the rows, their day summaries (through the
// triggers) and each session's actual cost then count them, so the month's
// spend is complete again. Runs at start-up and whenever prices change.
namespace UsageRepricer {
// How many requests were priced in `*repriced`.
SpawnError repriceUnknown(Database &database, const PriceTable &prices, int *repriced = nullptr);
} // namespace UsageRepricer
