// SPDX-License-Identifier: MIT
#include "keptend.h"

#include "billing/pricetable.h"
#include "cloudsandboxes.h"
#include "endextension.h"
#include "keptextension.h"
#include "runautoextend.h"
#include "runexpiry.h"
#include "runoptions.h"
#include "sandbox/e2b/e2berrors.h"
#include "sessionmanager.h"
#include "store/sessionstore.h"

#include <QPointer>

KeptEnd::KeptEnd(CloudSandboxes *cloud, SandboxLedger *ledger, SessionManager *manager, SessionStore *store,
                 const QString &sessionId, QObject *parent)
    : SandboxEnd(parent)
    , m_cloud(cloud)
    , m_ledger(ledger)
    , m_manager(manager)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_entry(KeptExtension::keptEntry(*ledger, sessionId))
{
    // As a running app's end says it (RunExpiry), without the warning: no
    // runner here tells the user a kept app is about to end.
    connect(autoExtend(), &RunAutoExtend::declined, this, [this](const SpawnError &reason) {
        m_store->appendEvent(m_sessionId, EventKind::Step, RunExpiry::notExtendedLine(reason));
    });
}

KeptEnd::~KeptEnd() = default;

QDateTime KeptEnd::expiresAt() const
{
    return m_entry ? m_entry->expiresAt : QDateTime();
}

bool KeptEnd::isWatching() const
{
    return m_entry && m_entry->expiresAt > QDateTime::currentDateTimeUtc() && m_cloud->isE2bEnabled();
}

const PlanLimits &KeptEnd::limits() const
{
    return m_manager->limits();
}

std::chrono::milliseconds KeptEnd::warning() const
{
    // A running app's: a held one is extended a minute before it.
    return DefaultExpiryWarning;
}

SpawnError KeptEnd::extensionRefusal() const
{
    if (!m_entry || m_entry->expiresAt <= QDateTime::currentDateTimeUtc())
        return SpawnError::user(tr("Only a running sandbox can be extended"));
    if (!m_cloud->isE2bEnabled())
        return E2bErrors::missingKey();
    SpawnError refusal;
    extendedEnd(m_manager->plan(), m_manager->limits(), m_entry->createdAt, m_entry->expiresAt, {}, &refusal);
    return refusal;
}

SpawnError KeptEnd::extendRefusal(std::chrono::seconds) const
{
    // The plan's longest run is KeptExtension's to check, as it is for
    // `spawnai extend` on a kept sandbox.
    if (!m_entry || m_entry->expiresAt <= QDateTime::currentDateTimeUtc())
        return SpawnError::user(tr("Only a running sandbox can be extended"));
    if (!m_cloud->isE2bEnabled())
        return E2bErrors::missingKey();
    return {};
}

EndExtension *KeptEnd::extend(std::chrono::seconds more, Origin origin)
{
    auto *extension = new EndExtension;
    if (const SpawnError refusal = extendRefusal(more); refusal.isError()) {
        extension->finishLater(refusal);
        return extension;
    }
    // Through the cloud side's one door for kept sandboxes.
    PendingOperation *call = m_cloud->extendKept(m_sessionId, more, origin);
    extension->failWhenGone(call);
    extension->failWhenGone(this);
    connect(call, &AsyncOperation::finished, this, [this, call, extension = QPointer(extension)] {
        call->deleteLater();
        refresh(true);
        if (call->succeeded())
            emit extended(expiresAt());
        else
            emit extendFailed(call->error());
        if (!extension)
            return;
        if (call->succeeded())
            extension->succeedWith(expiresAt());
        else
            extension->fail(call->error());
    });
    return extension;
}

void KeptEnd::refresh(bool always)
{
    const std::optional<SandboxLedger::Entry> entry = KeptExtension::keptEntry(*m_ledger, m_sessionId);
    const bool same = entry.has_value() == m_entry.has_value()
        && (!entry || (entry->sandboxId == m_entry->sandboxId && entry->expiresAt == m_entry->expiresAt));
    m_entry = entry;
    if (!same || always)
        emit changed();
}

double KeptEnd::costPerSecond() const
{
    // E2B's default size when the ledger has none (a sandbox made before schema 8).
    const double cpus = m_entry && m_entry->cpuCount > 0 ? m_entry->cpuCount : 2.0;
    const double gib = m_entry && m_entry->memoryMB > 0 ? m_entry->memoryMB / 1024.0 : 0.5;
    return PriceTable::current().sandboxCost(sandboxKindToString(SandboxKind::E2b), cpus, gib);
}
