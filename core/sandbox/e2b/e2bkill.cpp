// SPDX-License-Identifier: MIT
#include "e2bkill.h"

#include "e2bcontrolplane.h"
#include "e2blog.h"
#include "sandbox/sandboxledger.h"

#include <QTimer>

E2bKill::E2bKill(E2bControlPlane *controlPlane, SandboxLedger *ledger, const QString &sandboxId, int maxAttempts,
                 const RetryPolicy &backoff, QObject *parent)
    : PendingOperation(parent)
    , m_controlPlane(controlPlane)
    , m_ledger(ledger)
    , m_sandboxId(sandboxId)
    , m_maxAttempts(std::max(1, maxAttempts))
    , m_backoff(backoff)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &E2bKill::attempt);
    setAbortHandler([this] {
        m_timer->stop();
        delete std::exchange(m_call, nullptr);
    });
}

E2bKill::~E2bKill()
{
    // PendingOperation's destructor would run the abort handler once this
    // object's members are gone (UBSan, the e2b tests under asan).
    setAbortHandler(nullptr);
    delete std::exchange(m_call, nullptr);
}

void E2bKill::start()
{
    m_timer->start(0);
}

void E2bKill::attempt()
{
    if (isFinished())
        return;
    ++m_attempts;
    if (m_ledger) {
        // An orphan found by the sweep is not in the ledger: nothing to note.
        if (const SpawnError error = m_ledger->recordKillRequested(m_sandboxId); error.isError())
            qCDebug(lcE2b) << "ledger:" << error.message;
    }
    m_call = m_controlPlane->kill(m_sandboxId, this);
    connect(m_call, &AsyncOperation::finished, this, &E2bKill::onAnswer);
}

void E2bKill::onAnswer()
{
    E2bHttpCall *call = std::exchange(m_call, nullptr);
    call->deleteLater();
    if (call->succeeded()) {
        qCInfo(lcE2b) << "sandbox" << m_sandboxId << (call->status() == 404 ? "was already gone" : "killed");
        if (m_ledger) {
            if (const SpawnError error = m_ledger->recordKilled(m_sandboxId); error.isError())
                qCDebug(lcE2b) << "ledger:" << error.message;
        }
        succeed();
        return;
    }
    // A refused key will not get better by asking again.
    if (call->status() == 401 || call->status() == 403 || m_attempts >= m_maxAttempts) {
        qCWarning(lcE2b) << "could not kill sandbox" << m_sandboxId << "after" << m_attempts
                         << "attempt(s); the ledger keeps it for the next sweep:" << call->error().message;
        fail(call->error());
        return;
    }
    const RetryHints hints = call->hints();
    const std::chrono::milliseconds delay = hints.retryAfter && hints.retryAfter->count() > 0
        ? std::min(*hints.retryAfter, m_backoff.maxServerDelay)
        : m_backoff.backoff(m_attempts - 1);
    qCInfo(lcE2b) << "kill of" << m_sandboxId << "failed, attempt" << m_attempts << "; again in" << delay.count()
                  << "ms";
    m_timer->start(delay);
}
