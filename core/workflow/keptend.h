// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxledger.h"
#include "sandboxend.h"

#include <optional>

class CloudSandboxes;
class SessionManager;
class SessionStore;

// The end of an E2B sandbox kept running from an earlier run, for the
// session it serves, which no runner here runs: the ledger's expiry (what
// the window counts down), Extend within the plan's longest run from the
// sandbox's creation (KeptExtension), and, through its RunAutoExtend, the
// extension by itself while the session is held, as a running app's end
// (RunExpiry) has. Made by KeptRuns.
class KeptEnd final : public SandboxEnd
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeptEnd)

public:
    // All must outlive it.
    KeptEnd(CloudSandboxes *cloud, SandboxLedger *ledger, SessionManager *manager, SessionStore *store,
            const QString &sessionId, QObject *parent = nullptr);
    ~KeptEnd() override;

    QDateTime expiresAt() const override;
    // A kept sandbox with time left, and E2B on to reach it.
    bool isWatching() const override;
    const PlanLimits &limits() const override;
    std::chrono::milliseconds warning() const override;
    SpawnError extensionRefusal() const override;
    SpawnError extendRefusal(std::chrono::seconds more) const override;
    EndExtension *extend(std::chrono::seconds more = {}, Origin origin = Origin::User) override;

    // Reads the ledger again (the end moved, the sandbox went) and says
    // changed() when something did; `always`: also when E2B or the plan changed.
    void refresh(bool always = false);
    // What a second of the sandbox costs, at the size E2B reported for it.
    double costPerSecond() const;

private:
    CloudSandboxes *m_cloud;
    SandboxLedger *m_ledger;
    SessionManager *m_manager;
    SessionStore *m_store;
    QString m_sessionId;
    std::optional<SandboxLedger::Entry> m_entry;
};
