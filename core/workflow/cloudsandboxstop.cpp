// SPDX-License-Identifier: MIT
#include "cloudsandboxstop.h"

#include "cloudrunbill.h"
#include "sandbox/sandboxledger.h"
#include "sandbox/sandboxprovider.h"
#include "store/sessionstore.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcCloudStop, "spawnai.workflow.cloudstop", QtInfoMsg)
} // namespace

CloudSandboxStop::CloudSandboxStop(SandboxProvider *provider, SandboxLedger *ledger, SessionStore *store,
                                   const QString &sessionId, const QString &reason, const QStringList &sandboxIds,
                                   QObject *parent)
    : PendingOperation(parent)
    , m_provider(provider)
    , m_ledger(ledger)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_reason(reason)
    , m_sandboxIds(sandboxIds)
{
}

CloudSandboxStop::~CloudSandboxStop() = default;

QString CloudSandboxStop::stillRunningText(const QString &sandboxId, const SpawnError &error,
                                          std::chrono::seconds nextTry)
{
    return tr("Still running on E2B: the kill of sandbox %1 was not confirmed (%2). SpawnAI keeps trying to stop it "
              "(next try in %n s).",
              nullptr, int(nextTry.count()))
        .arg(sandboxId, error.message);
}

void CloudSandboxStop::start()
{
    QTimer::singleShot(0, this, [this] {
        if (isFinished())
            return;
        for (const QString &sandboxId : std::as_const(m_sandboxIds)) {
            if (!m_provider)
                break;
            qCInfo(lcCloudStop) << "ending sandbox" << sandboxId << "of session" << m_sessionId;
            // The provider owns the kill (two kills of one sandbox share one).
            PendingOperation *kill = m_provider->kill(sandboxId);
            connect(kill, &AsyncOperation::finished, this, &CloudSandboxStop::recheck);
        }
        recheck();
    });
}

bool CloudSandboxStop::reportStillRunning(const QString &sandboxId, const SpawnError &error,
                                          std::chrono::seconds nextTry)
{
    if (isFinished() || !m_sandboxIds.contains(sandboxId))
        return false;
    m_saidStillRunning = true;
    qCWarning(lcCloudStop).noquote() << "sandbox" << sandboxId << "still runs; next try in" << nextTry.count()
                                     << "s:" << error.message;
    m_store->appendEvent(m_sessionId, EventKind::Step, stillRunningText(sandboxId, error, nextTry));
    emit stillRunning(sandboxId, error, nextTry);
    return true;
}

void CloudSandboxStop::recheck()
{
    if (isFinished())
        return;
    for (const QString &sandboxId : std::as_const(m_sandboxIds)) {
        if (const std::optional<SandboxLedger::Entry> entry = m_ledger->entry(sandboxId);
            entry && SandboxLedger::mayStillRun(*entry))
            return;
    }
    finishStopped();
}

void CloudSandboxStop::finishStopped()
{
    // After a "still running", the timeline ends with what became true.
    for (const QString &sandboxId : std::as_const(m_sandboxIds)) {
        const std::optional<SandboxLedger::Entry> entry = m_ledger->entry(sandboxId);
        if (!m_saidStillRunning || !entry)
            continue;
        const bool confirmed = entry->state == SandboxLedger::State::Killed && entry->endedAt.isValid();
        const QString at = QLocale().toString((confirmed ? entry->endedAt : entry->expiresAt).toLocalTime().time(),
                                              QLocale::ShortFormat);
        m_store->appendEvent(m_sessionId, EventKind::Step,
                             confirmed ? tr("E2B confirmed the sandbox ended at %1").arg(at)
                                       : tr("The sandbox reached its end at %1, when E2B ends it").arg(at));
    }
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
