// SPDX-License-Identifier: MIT
#include "keptruns.h"

#include "cloudsandboxes.h"
#include "keptend.h"
#include "runautoextend.h"
#include "sessionholds.h"
#include "sessionmanager.h"
#include "store/sessionstore.h"

#include <QPointer>


KeptRuns::KeptRuns(CloudSandboxes *cloud, SandboxLedger *ledger, SessionManager *manager, SessionStore *store,
                   QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_ledger(ledger)
    , m_manager(manager)
    , m_store(store)
{
    m_manager->setKeptEndSource([this](const QString &sessionId) { return end(sessionId); });
    connect(m_manager->holds(), &SessionHolds::heldChanged, this, &KeptRuns::onHeldChanged);
    connect(m_manager, &SessionManager::providerAdded, this, &KeptRuns::refreshAll);
    connect(m_manager, &SessionManager::planChanged, this, &KeptRuns::refreshAll);
    // An extension, a stop, the sweep finding it ended: the ledger moved with it.
    connect(m_store, &SessionStore::sessionChanged, this, [this](const QString &sessionId) {
        if (KeptEnd *kept = m_ends.value(sessionId))
            kept->refresh();
    });
}

KeptRuns::~KeptRuns()
{
    m_manager->setKeptEndSource({});
}

SandboxEnd *KeptRuns::end(const QString &sessionId)
{
    // The cloud side knows which sessions a kept sandbox with time left
    // serves; others need no look at the ledger.
    return m_cloud->isKeptRunning(sessionId) ? endFor(sessionId) : nullptr;
}

KeptEnd *KeptRuns::endFor(const QString &sessionId)
{
    if (KeptEnd *known = m_ends.value(sessionId))
        return known;
    auto *kept = new KeptEnd(m_cloud, m_ledger, m_manager, m_store, sessionId, this);
    m_ends.insert(sessionId, kept);
    // The budget guard a running app's holds use, at the kept sandbox's size.
    kept->autoExtend()->setGuard([holds = QPointer<SessionHolds>(m_manager->holds()), kept,
                                  sessionId](std::chrono::seconds more) {
        return holds ? holds->checkExtension(sessionId, SandboxKind::E2b, kept->costPerSecond(), more) : SpawnError();
    });
    kept->autoExtend()->setHeld(m_manager->holds()->isHeld(sessionId));
    return kept;
}

void KeptRuns::onHeldChanged(const QString &sessionId, bool held)
{
    if (KeptEnd *known = m_ends.value(sessionId))
        known->autoExtend()->setHeld(held);
    else if (held)
        end(sessionId);  // made held, if a kept sandbox serves it
}

void KeptRuns::refreshAll()
{
    for (KeptEnd *kept : std::as_const(m_ends))
        kept->refresh(true);
}
