// SPDX-License-Identifier: MIT
#include "cloudrunbill.h"

#include "billing/pricetable.h"
#include "billing/sessioncost.h"
#include "runregistry.h"
#include "sandbox/sandboxledger.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QSet>

namespace {
Q_LOGGING_CATEGORY(lcRunBill, "spawnai.workflow.runbill", QtInfoMsg)
} // namespace

QStringList CloudRunBill::settle(SessionStore *store, const SandboxLedger &ledger, const IsMetered &isMetered)
{
    QList<UsageRecord> runs;
    for (const UsageRecord &run : store->openCloudRuns()) {
        if (!isMetered || !isMetered(run))
            runs << run;
    }
    return settleRuns(store, ledger, runs);
}

QStringList CloudRunBill::settleSession(SessionStore *store, const SandboxLedger &ledger, const QString &sessionId)
{
    QList<UsageRecord> runs;
    for (const UsageRecord &run : store->openCloudRuns()) {
        if (run.sessionId == sessionId)
            runs << run;
    }
    return settleRuns(store, ledger, runs);
}

QStringList CloudRunBill::settleUnwatched(SessionStore *store, const SandboxLedger &ledger)
{
    return settle(store, ledger, [](const UsageRecord &run) { return RunRegistry::owner(run.sessionId) != 0; });
}

QStringList CloudRunBill::settleRuns(SessionStore *store, const SandboxLedger &ledger, const QList<UsageRecord> &runs)
{
    QSet<QString> changed;
    for (UsageRecord run : runs) {
        if (!billUpToDate(ledger, run))
            continue;
        if (const SpawnError error = store->recordUsage(run); error.isError()) {
            qCWarning(lcRunBill).noquote() << "could not bill sandbox" << run.sandboxId << error.message;
            continue;
        }
        changed.insert(run.sessionId);
    }
    QStringList sessions(changed.cbegin(), changed.cend());
    for (const QString &sessionId : std::as_const(sessions))
        store->setActualCost(sessionId, SessionCost::from(store->llmUsage(sessionId), store->usage(sessionId)).total());
    return sessions;
}

bool CloudRunBill::billUpToDate(const SandboxLedger &ledger, UsageRecord &run)
{
    const std::optional<SandboxLedger::Entry> entry = ledger.entry(run.sandboxId);
    // No size stored (a sandbox made before schema 8, or whose size E2B did
    // not say): a size is never assumed, so the row stays as it was read.
    if (!entry || (entry->cpuCount <= 0 && entry->memoryMB <= 0))
        return false;
    // A paused sandbox costs nothing from its pause, and its run was closed then.
    if (entry->state == SandboxLedger::State::Paused)
        return false;
    const bool ended = entry->state == SandboxLedger::State::Killed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime end = ended && entry->endedAt.isValid() ? entry->endedAt : now;
    if (entry->expiresAt.isValid() && entry->expiresAt < end)
        end = entry->expiresAt;
    const QDateTime start = entry->startedAt.isValid() ? entry->startedAt : entry->createdAt;
    const double seconds = double(std::max<qint64>(0, start.msecsTo(end))) / 1000.0;
    const double cpuSeconds = std::max(run.cpuSeconds, entry->cpuCount * seconds);
    const double memoryGbSeconds = std::max(run.memoryGbSeconds, entry->memoryMB / 1024.0 * seconds);
    if (!ended && cpuSeconds == run.cpuSeconds && memoryGbSeconds == run.memoryGbSeconds)
        return false;
    run.cpuSeconds = cpuSeconds;
    run.memoryGbSeconds = memoryGbSeconds;
    run.actualCost = PriceTable::current().sandboxCost(entry->kind, cpuSeconds, memoryGbSeconds);
    if (ended)
        run.endTime = std::max(end, run.startTime);
    qCInfo(lcRunBill).noquote() << "sandbox" << run.sandboxId << (ended ? "ended; billed" : "runs on; billed")
                                << seconds << "s so far at" << entry->cpuCount << "vCPU," << entry->memoryMB << "MiB";
    return true;
}
