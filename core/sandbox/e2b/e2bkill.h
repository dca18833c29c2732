// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "net/retrypolicy.h"

class E2bControlPlane;
class E2bHttpCall;
class SandboxLedger;
class QTimer;

// Kills one sandbox until E2B confirms it (204, or 404: already gone),
// with backoff between attempts. The ledger holds the sandbox as Killing
// from the first attempt and as Killed only once confirmed; a kill that
// keeps failing stays there for the next sweep.
class E2bKill final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bKill)

public:
    E2bKill(E2bControlPlane *controlPlane, SandboxLedger *ledger, const QString &sandboxId, int maxAttempts,
            const RetryPolicy &backoff, QObject *parent = nullptr);
    ~E2bKill() override;

    void start();
    QString sandboxId() const { return m_sandboxId; }
    int attempts() const { return m_attempts; }

private:
    void attempt();
    void onAnswer();

    E2bControlPlane *m_controlPlane;
    SandboxLedger *m_ledger;
    QString m_sandboxId;
    int m_maxAttempts;
    RetryPolicy m_backoff;
    QTimer *m_timer;
    E2bHttpCall *m_call = nullptr;
    int m_attempts = 0;
};
