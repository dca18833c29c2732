// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "sandbox/sandboxledger.h"
#include "sandboxend.h"
#include "session/plan.h"

#include <QDateTime>
#include <QPointer>

#include <chrono>
#include <optional>

class E2bSandboxProvider;
class SessionStore;

// One extension of an E2B sandbox kept running from an earlier run, which
// no runner here serves: through E2B's timeout call by its id
// (E2bSandboxProvider::extend), within the plan's longest run counted from
// the ledger's creation time. The new end goes to the ledger and the
// history with a timeline line; an end E2B set short of the one asked (an
// account whose plan is shorter than the one chosen) is recorded as E2B
// set it, and the extension fails with what to set. Made by
// CloudSandboxes::extendKept, for Extend in the window and a hold's
// extension by itself (KeptEnd) and for `spawnai extend` alike.
class KeptExtension final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeptExtension)

public:
    // `provider` null: E2B is off (no key). `ledger` and `store` must
    // outlive it.
    KeptExtension(E2bSandboxProvider *provider, SandboxLedger *ledger, SessionStore *store, Plan plan,
                  const PlanLimits &limits, const QString &sessionId, std::chrono::seconds more,
                  SandboxEnd::Origin origin, QObject *parent = nullptr);
    ~KeptExtension() override;

    void start();
    // Ends it with `error` instead of starting: what its maker knows refuses it.
    void refuse(const SpawnError &error) { finishLater(error); }
    // The sandbox's new end, once succeeded.
    QDateTime expiresAt() const { return m_expiresAt; }

    // The ledger's kept entry of `sessionId`, if a kept sandbox serves it.
    static std::optional<SandboxLedger::Entry> keptEntry(const SandboxLedger &ledger, const QString &sessionId);

private:
    void finishWith(const QString &sandboxId, const QDateTime &before, PendingOperation *call);
    void record(const QDateTime &expiresAt);

    QPointer<E2bSandboxProvider> m_provider;
    SandboxLedger *m_ledger;
    SessionStore *m_store;
    Plan m_plan;
    PlanLimits m_limits;
    QString m_sessionId;
    std::chrono::seconds m_more;
    SandboxEnd::Origin m_origin;
    QDateTime m_expiresAt;
};
