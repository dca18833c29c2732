// SPDX-License-Identifier: MIT
#pragma once

#include "store/usagerecords.h"

#include <QStringList>

#include <functional>

class SandboxLedger;
class SessionStore;

// Completes the bill of cloud runs that no runner meters any more: a sandbox
// kept running when SpawnAI closed, or one a crash left behind. E2B bills
// them by the second until they end, so their usage rows go on from the
// ledger: the size E2B reported for the sandbox times the seconds from E2B's
// start to its end (SpawnAI's confirmed kill, or E2B ending it at its
// expiry), or to now while it still runs. The rows' updates reach the
// per-day summaries and the budget like any reading (costRecorded).
class CloudRunBill final
{
public:
    // Whether a runner (here, or in another SpawnAI process) meters `run`.
    using IsMetered = std::function<bool(const UsageRecord &run)>;

    // Every open cloud run nobody meters. Returns the sessions whose cost
    // changed (their actual_cost is updated).
    static QStringList settle(SessionStore *store, const SandboxLedger &ledger, const IsMetered &isMetered);
    // The open cloud runs of one session that no runner holds.
    static QStringList settleSession(SessionStore *store, const SandboxLedger &ledger, const QString &sessionId);
    // Every open cloud run that no SpawnAI process runs (RunRegistry). It
    // needs the ledger and the price, not a key: every start does it, and
    // `spawnai costs` before it adds up.
    static QStringList settleUnwatched(SessionStore *store, const SandboxLedger &ledger);

private:
    static QStringList settleRuns(SessionStore *store, const SandboxLedger &ledger, const QList<UsageRecord> &runs);
    static bool billUpToDate(const SandboxLedger &ledger, UsageRecord &run);
};
