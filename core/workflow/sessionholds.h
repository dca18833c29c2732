// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "sandbox/sandboxkind.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

class SessionHold;
class SessionManager;
class SessionRunner;

// Who holds which session, and what a hold does: the runner of a held
// session extends its sandbox by itself before the end (RunAutoExtend),
// asking the budget first. A hold may come before the session's run (the
// window shows a session that is being redeployed) and outlive it; it
// applies to every run of the session while it lives. Counted: the window
// and an API client may hold one session at once.
class SessionHolds final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHolds)

public:
    // Follows the runners `manager` starts; belongs to it.
    explicit SessionHolds(SessionManager *manager);
    ~SessionHolds() override;

    // A new hold on `sessionId`, owned by `parent` (or by the caller).
    SessionHold *hold(const QString &sessionId, QObject *parent = nullptr);
    bool isHeld(const QString &sessionId) const { return m_counts.value(sessionId) > 0; }
    int holdCount(const QString &sessionId) const { return m_counts.value(sessionId); }

    // Whether extending a run of `sessionId` by `more` is within the
    // budget: paid sandboxes only (E2B bills per second), refused once the
    // month is spent or when the extension's cost would pass a limit.
    SpawnError checkExtension(const QString &sessionId, std::chrono::seconds more) const;
    // The same for a sandbox of `kind` billed `costPerSecond` that no
    // runner meters (a kept one: KeptEnd).
    SpawnError checkExtension(const QString &sessionId, SandboxKind kind, double costPerSecond,
                              std::chrono::seconds more) const;

signals:
    void heldChanged(const QString &sessionId, bool held);

private:
    friend class SessionHold;
    void release(const QString &sessionId);
    void follow(SessionRunner *runner);

    SessionManager *m_manager;
    QHash<QString, int> m_counts;
};
