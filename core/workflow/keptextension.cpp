// SPDX-License-Identifier: MIT
#include "keptextension.h"

#include "runexpiry.h"
#include "sandbox/e2b/e2berrors.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "store/sessionstore.h"

#include <QTimer>


KeptExtension::KeptExtension(E2bSandboxProvider *provider, SandboxLedger *ledger, SessionStore *store, Plan plan,
                             const PlanLimits &limits, const QString &sessionId, std::chrono::seconds more,
                             SandboxEnd::Origin origin, QObject *parent)
    : PendingOperation(parent)
    , m_provider(provider)
    , m_ledger(ledger)
    , m_store(store)
    , m_plan(plan)
    , m_limits(limits)
    , m_sessionId(sessionId)
    , m_more(more)
    , m_origin(origin)
{
}

KeptExtension::~KeptExtension() = default;

std::optional<SandboxLedger::Entry> KeptExtension::keptEntry(const SandboxLedger &ledger, const QString &sessionId)
{
    for (const SandboxLedger::Entry &entry : ledger.openEntries(sandboxKindToString(SandboxKind::E2b))) {
        if (entry.sessionId == sessionId && entry.state == SandboxLedger::State::Kept)
            return entry;
    }
    return std::nullopt;
}

void KeptExtension::start()
{
    const std::optional<SandboxLedger::Entry> kept = keptEntry(*m_ledger, m_sessionId);
    if (!kept) {
        finishLater(SpawnError::user(tr("No kept cloud sandbox serves session %1").arg(m_sessionId)));
        return;
    }
    if (!m_provider) {
        finishLater(E2bErrors::missingKey());
        return;
    }
    SpawnError refusal;
    const QDateTime endAt = extendedEnd(m_plan, m_limits, kept->createdAt, kept->expiresAt, m_more, &refusal);
    if (!endAt.isValid()) {
        finishLater(refusal);
        return;
    }
    PendingOperation *call = m_provider->extend(kept->sandboxId, endAt);
    connect(call, &AsyncOperation::finished, this,
            [this, call, sandboxId = kept->sandboxId, before = kept->expiresAt] { finishWith(sandboxId, before, call); });
}

void KeptExtension::finishWith(const QString &sandboxId, const QDateTime &before, PendingOperation *call)
{
    // The provider recorded the end E2B set in the ledger, the one asked
    // for or, on an account with a shorter plan, E2B's own.
    const std::optional<SandboxLedger::Entry> entry = m_ledger->entry(sandboxId);
    const QDateTime recorded = entry ? entry->expiresAt : QDateTime();
    if (!call->succeeded()) {
        if (recorded.isValid() && recorded != before && entry->state != SandboxLedger::State::Killed)
            record(recorded);
        fail(call->error());
        return;
    }
    m_expiresAt = recorded;
    record(recorded);
    succeed();
}

void KeptExtension::record(const QDateTime &expiresAt)
{
    // Where a runner records an extension, so the window and `show` see it.
    m_store->setExpiresAt(m_sessionId, expiresAt);
    m_store->appendEvent(m_sessionId, EventKind::Step, RunExpiry::extendedLine(expiresAt, m_origin));
}
