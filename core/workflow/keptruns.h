// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class CloudSandboxes;
class KeptEnd;
class SandboxEnd;
class SandboxLedger;
class SessionManager;
class SessionStore;

// The E2B apps kept running from an earlier run that no runner here
// serves, as the window sees them: each one's end (KeptEnd) is what
// SessionManager::sandboxEnd() gives for it, so the countdown and Extend
// work as for a running app, and a hold on it (SessionHolds) makes its
// RunAutoExtend extend it by itself, in the same steps and under the same
// budget guard. Owned by CloudSandboxes.
class KeptRuns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeptRuns)

public:
    // All must outlive it; it answers the manager's sandboxEnd() until it goes.
    KeptRuns(CloudSandboxes *cloud, SandboxLedger *ledger, SessionManager *manager, SessionStore *store,
             QObject *parent = nullptr);
    ~KeptRuns() override;

    // The end of the kept sandbox that serves `sessionId`; null when none does.
    SandboxEnd *end(const QString &sessionId);

private:
    KeptEnd *endFor(const QString &sessionId);
    void onHeldChanged(const QString &sessionId, bool held);
    // E2B came on or the plan changed: every end may reach further.
    void refreshAll();

    CloudSandboxes *m_cloud;
    SandboxLedger *m_ledger;
    SessionManager *m_manager;
    SessionStore *m_store;
    // Made when first asked for; a handful per run of SpawnAI at most.
    QHash<QString, KeptEnd *> m_ends;
};
