// SPDX-License-Identifier: MIT
#include "cloudsandboxstop.h"

#include "cloudrunbill.h"
#include "sandbox/sandboxledger.h"
#include "sandbox/sandboxprovider.h"
#include "store/sessionstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcCloudStop, "spawnai.workflow.cloudstop", QtInfoMsg)
} // namespace

CloudSandboxStop::CloudSandboxStop(SandboxProvider *provider, SandboxLedger *ledger, SessionStore *store,
                                   const QString &sessionId, const QString &reason, QObject *parent)
    : PendingOperation(parent)
    , m_provider(provider)
    , m_ledger(ledger)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_reason(reason)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &CloudSandboxStop::killRound);
    // Kills in flight go on in the provider and land in the ledger.
    setAbortHandler([this] { m_retry->stop(); });
}

CloudSandboxStop::~CloudSandboxStop() = default;

QStringList CloudSandboxStop::sandboxesThatMayRun(const SandboxLedger &ledger, const QString &kind,
                                                  const QString &sessionId)
{
    QStringList ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SandboxLedger::Entry &entry : ledger.openEntries(kind)) {
        // A paused one costs nothing, and the sweep ends it after its
        // retention; past its end the cloud has ended it.
        const bool mayRun = entry.state != SandboxLedger::State::Paused
            && (!entry.expiresAt.isValid() || entry.expiresAt > now);
        if (mayRun && (sessionId.isEmpty() || entry.sessionId == sessionId))
            ids << entry.sandboxId;
    }
    return ids;
}

QString CloudSandboxStop::stillRunningText(const QString &sandboxId, const SpawnError &error,
                                          std::chrono::seconds nextTry)
{
    return tr("Still running on E2B: the kill of sandbox %1 was not confirmed (%2). SpawnAI keeps trying to stop it "
              "(next try in %n s).",
              nullptr, int(nextTry.count()))
        .arg(sandboxId, error.message);
}

void CloudSandboxStop::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstDelay = first;
    m_longestDelay = std::max(first, longest);
}

void CloudSandboxStop::start()
{
    m_remaining = sandboxesThatMayRun(*m_ledger, m_provider->kind(), m_sessionId);
    // Never finished before the caller is back in the event loop.
    QTimer::singleShot(0, this, &CloudSandboxStop::killRound);
}

void CloudSandboxStop::killRound()
{
    if (isFinished())
        return;
    if (m_remaining.isEmpty()) {
        finishStopped();
        return;
    }
    m_failures.clear();
    const QStringList round = m_remaining;
    for (const QString &sandboxId : round) {
        m_inFlight.insert(sandboxId);
        qCInfo(lcCloudStop) << "ending sandbox" << sandboxId << "of session" << m_sessionId;
        PendingOperation *kill = m_provider->kill(sandboxId);
        // The provider owns the kill (two kills of one sandbox share one).
        connect(kill, &AsyncOperation::finished, this, [this, kill, sandboxId] {
            onKillFinished(sandboxId, kill->succeeded(), kill->error());
        });
    }
}

void CloudSandboxStop::onKillFinished(const QString &sandboxId, bool gone, const SpawnError &error)
{
    if (isFinished() || !m_inFlight.remove(sandboxId))
        return;
    if (gone)
        m_remaining.removeAll(sandboxId);
    else
        m_failures.append({sandboxId, error});
    if (!m_inFlight.isEmpty())
        return;
    if (m_remaining.isEmpty()) {
        finishStopped();
        return;
    }
    const std::chrono::milliseconds delay
        = std::min(m_longestDelay, std::chrono::milliseconds(m_firstDelay.count() << std::min(m_round, 16)));
    ++m_round;
    const auto nextTry = std::chrono::ceil<std::chrono::seconds>(delay);
    for (const auto &[id, why] : std::as_const(m_failures)) {
        qCWarning(lcCloudStop).noquote() << "sandbox" << id << "still runs; next try in" << nextTry.count() << "s:"
                                         << why.message;
        m_store->appendEvent(m_sessionId, EventKind::Step, stillRunningText(id, why, nextTry));
    }
    m_retry->start(delay);
    // Last: a slot may cancel() us.
    const QPointer<CloudSandboxStop> alive(this);
    for (const auto &[id, why] : std::as_const(m_failures)) {
        if (!alive || isFinished())
            return;
        emit stillRunning(id, why, nextTry);
    }
}

void CloudSandboxStop::finishStopped()
{
    // Billed up to the moment each kill was confirmed, before anyone reads it.
    CloudRunBill::settleSession(m_store, *m_ledger, m_sessionId);
    if (const std::optional<Session> session = m_store->session(m_sessionId); session && !isTerminal(session->status)) {
        if (const SpawnError error = m_store->transition(m_sessionId, SessionStatus::Stopped, m_reason);
            error.isError()) {
            fail(error);
            return;
        }
    }
    succeed();
}
