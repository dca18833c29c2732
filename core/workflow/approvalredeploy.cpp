// SPDX-License-Identifier: MIT
#include "approvalredeploy.h"

#include "scriptapproval.h"
#include "sessionmanager.h"
#include "sessionrunner.h"

#include <QLoggingCategory>

#include <utility>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.workflow.approvalredeploy")
} // namespace

ApprovalRedeploy::ApprovalRedeploy(SessionManager *manager, QString sessionId, QStringList names, QObject *parent)
    : AsyncOperation(parent)
    , m_manager(manager)
    , m_sessionId(std::move(sessionId))
    , m_names(std::move(names))
{
}

void ApprovalRedeploy::start()
{
    if (!m_manager)
        return finishLater(SpawnError::system(tr("SpawnAI is shutting down")));
    // The approval is stored first: it holds even if the redeploy is refused.
    if (const SpawnError error = ScriptApproval::approve(m_manager->store(), m_sessionId, m_names); error.isError())
        return finishLater(error);
    const SessionRunner *running = m_manager->runner(m_sessionId);
    if (!running || running->hasEnded())
        return redeploy();
    qCInfo(lc) << "stopping" << m_sessionId << "to redeploy it with the approved install scripts";
    connect(m_manager, &SessionManager::sessionEnded, this, &ApprovalRedeploy::onSessionEnded);
    if (const SpawnError error = m_manager->stop(m_sessionId, tr("redeploying with the approved install scripts"));
        error.isError()) {
        disconnect(m_manager, nullptr, this, nullptr);
        finishLater(error);
    }
}

void ApprovalRedeploy::onSessionEnded(const QString &sessionId, SessionStatus)
{
    if (sessionId != m_sessionId || isFinished())
        return;
    disconnect(m_manager, nullptr, this, nullptr);
    redeploy();
}

void ApprovalRedeploy::redeploy()
{
    const SpawnError error = m_manager->redeploy(m_sessionId);
    finishLater(error);
}

void ApprovalRedeploy::abortWork()
{
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
}
