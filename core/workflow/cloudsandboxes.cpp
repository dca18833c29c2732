// SPDX-License-Identifier: MIT
#include "cloudsandboxes.h"

#include "common/pendingoperation.h"
#include "runregistry.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/e2b/e2berrors.h"
#include "sandbox/e2b/e2bcreationqueue.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/sandboxledger.h"
#include "sandboxsweeper.h"
#include "sessionmanager.h"
#include "sessionrunner.h"
#include "store/sessionstore.h"
#include "traffictokens.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCloud, "spawnai.cloud")

namespace {
const QString E2bKind = QStringLiteral("e2b");
}

CloudSandboxes::CloudSandboxes(SandboxLedger *ledger, SessionManager *manager, SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_manager(manager)
    , m_store(store)
{
    m_manager->setSandboxLedger(ledger);
    m_kept = keptSessions(*m_ledger);
    m_manager->setPreviewHeaderSource([this](const QString &sessionId) { return previewHeaders(sessionId); });
    connect(m_manager, &SessionManager::sessionEnded, this, &CloudSandboxes::switchKeyWhenIdle);
}

CloudSandboxes::~CloudSandboxes()
{
    // Sessions still on E2B stop while their provider exists: their last
    // usage reading is priced by its kind and their kill goes through it.
    // (A kill that cannot go out any more is left to the next start's sweep.)
    if (m_e2b)
        stopE2bRunners(tr("SpawnAI closed"));
    m_manager->setPreviewHeaderSource({});
}

void CloudSandboxes::setTokenStore(SecretStore *store)
{
    m_tokens = store ? std::make_unique<TrafficTokens>(store) : nullptr;
    if (m_tokens)
        connect(m_tokens.get(), &TrafficTokens::found, this, &CloudSandboxes::onTokenFound);
}

// The runners of sessions on E2B that have not ended; every session, not
// the store's default page of 50.
QList<SessionRunner *> CloudSandboxes::e2bRunners() const
{
    SessionQuery onE2b;
    onE2b.sandboxKind = E2bKind;
    onE2b.limit = 0;
    QList<SessionRunner *> runners;
    for (const Session &session : m_store->sessions(onE2b)) {
        if (SessionRunner *runner = m_manager->runner(session.id); runner && !runner->hasEnded())
            runners << runner;
    }
    return runners;
}

void CloudSandboxes::stopE2bRunners(const QString &reason)
{
    for (SessionRunner *runner : e2bRunners())
        runner->stop(reason);
}

void CloudSandboxes::enableE2b(const E2bConfig &config)
{
    if (m_e2b) {
        const bool sameKey = m_e2b->config().apiKey == config.apiKey;
        // The old key's sandboxes are stopped through the old provider.
        if (sameKey || !e2bRunners().isEmpty() || m_e2b->killsUnderWay() > 0) {
            // Another key waits for the sessions on this one; the same key back drops it.
            m_nextKey = sameKey ? nullptr : std::make_unique<E2bConfig>(config);
            if (!sameKey)
                qCInfo(lcCloud) << "the new E2B key applies once no session runs on E2B";
            reconfigureE2b(config);
            return;
        }
        m_nextKey.reset();
        m_sweeper.reset();
        m_e2b.reset();
    }
    m_e2b = std::make_unique<E2bSandboxProvider>(config, m_ledger);
    // Apps kept running from an earlier run count against the plan's
    // concurrency until they end, as they do on E2B's side.
    m_kept = keptSessions(*m_ledger);
    m_keptSlots = int(m_kept.size());
    for (int slot = 0; slot < m_keptSlots; ++slot)
        m_e2b->queue()->occupy();
    m_manager->addProvider(m_e2b.get());
    // A private sandbox's token is kept while it lives, and goes when it ends.
    connect(m_e2b.get(), &E2bSandboxProvider::sandboxMade, this, [this](E2bSandbox *sandbox) {
        if (m_tokens)
            m_tokens->remember(sandbox->id(), sandbox->record().trafficAccessToken);
    });
    connect(m_e2b.get(), &E2bSandboxProvider::sandboxGone, this, [this](const QString &sandboxId) {
        if (m_tokens)
            m_tokens->forget(sandboxId);
        switchKeyWhenIdle();
    });
    m_sweeper = std::make_unique<SandboxSweeper>(m_e2b.get(), m_ledger);
    SessionManager *manager = m_manager;
    m_sweeper->setInUse([manager](const SandboxLedger::Entry &entry) {
        const SessionRunner *runner = manager->runner(entry.sessionId);
        return (runner && !runner->hasEnded()) || RunRegistry::owner(entry.sessionId) != 0;
    });
    connect(m_sweeper.get(), &SandboxSweeper::swept, this, [this](const QStringList &killed, const QStringList &closed) {
        // Closed: E2B no longer had them (they reached their end while nobody watched).
        if (m_tokens) {
            for (const QString &sandboxId : closed)
                m_tokens->forget(sandboxId);
        }
        onSwept(killed);
        switchKeyWhenIdle();
    });
    m_sweeper->startPeriodic(m_sweepInterval);
    m_sweeper->sweep();
}

void CloudSandboxes::switchKeyWhenIdle()
{
    if (!m_nextKey || !m_e2b || !e2bRunners().isEmpty() || m_e2b->killsUnderWay() > 0)
        return;
    const E2bConfig next = *std::exchange(m_nextKey, nullptr);
    // Not from inside the provider's own signal.
    QTimer::singleShot(0, this, [this, next] { enableE2b(next); });
}

void CloudSandboxes::reconfigureE2b(const E2bConfig &config)
{
    if (!m_e2b)
        return;
    E2bConfig current = config;
    current.apiKey = m_e2b->config().apiKey;
    m_e2b->reconfigure(current);
    if (m_nextKey) {
        const QString waiting = m_nextKey->apiKey;
        *m_nextKey = config;
        m_nextKey->apiKey = waiting;
    }
}

bool CloudSandboxes::isKeptRunning(const QString &sessionId) const
{
    return m_kept.contains(sessionId);
}

PendingOperation *CloudSandboxes::extendKept(const QString &sessionId, std::chrono::seconds more)
{
    auto *operation = new PendingOperation(this);
    auto failLater = [operation](const SpawnError &error) {
        QTimer::singleShot(0, operation, [operation, error] { operation->fail(error); });
        return operation;
    };
    std::optional<SandboxLedger::Entry> kept;
    for (const SandboxLedger::Entry &entry : m_ledger->openEntries(E2bKind)) {
        if (entry.sessionId == sessionId && entry.state == SandboxLedger::State::Kept)
            kept = entry;
    }
    if (!kept)
        return failLater(SpawnError::user(tr("No kept cloud sandbox serves session %1").arg(sessionId)));
    if (!m_e2b)
        return failLater(E2bErrors::missingKey());
    SpawnError refusal;
    const QDateTime endAt = extendedEnd(m_manager->plan(), m_manager->limits(), kept->createdAt, kept->expiresAt, more,
                                        &refusal);
    if (!endAt.isValid())
        return failLater(refusal);
    PendingOperation *call = m_e2b->extend(kept->sandboxId, endAt);
    connect(call, &AsyncOperation::finished, operation, [this, operation, call, sessionId, endAt] {
        if (!call->succeeded()) {
            operation->fail(call->error());
            return;
        }
        // Where the runner records an extend, so the window and `show` see it.
        m_store->setExpiresAt(sessionId, endAt);
        m_store->appendEvent(sessionId, EventKind::Step,
                             tr("Extended the sandbox until %1").arg(endAt.toLocalTime().toString(Qt::ISODate)));
        operation->succeed();
    });
    return operation;
}

QList<std::pair<QByteArray, QByteArray>> CloudSandboxes::previewHeaders(const QString &sessionId)
{
    if (!m_tokens)
        return {};
    for (const SandboxLedger::Entry &entry : m_ledger->openEntries(E2bKind)) {
        if (entry.sessionId != sessionId
            || (entry.state != SandboxLedger::State::Live && entry.state != SandboxLedger::State::Kept))
            continue;
        const QString token = m_tokens->token(entry.sandboxId);
        if (token.isEmpty())
            m_tokens->load(entry.sandboxId);  // onTokenFound() tells the window
        return E2bSandbox::trafficHeaders(token);
    }
    return {};
}

void CloudSandboxes::onTokenFound(const QString &sandboxId)
{
    for (const SandboxLedger::Entry &entry : m_ledger->openEntries(E2bKind)) {
        if (entry.sandboxId == sandboxId)
            emit m_manager->previewHeadersChanged(entry.sessionId);
    }
}

QSet<QString> CloudSandboxes::keptSessions(const SandboxLedger &ledger)
{
    QSet<QString> kept;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SandboxLedger::Entry &entry : ledger.openEntries(E2bKind)) {
        if (entry.state == SandboxLedger::State::Kept && (!entry.expiresAt.isValid() || entry.expiresAt > now))
            kept.insert(entry.sessionId);
    }
    return kept;
}

void CloudSandboxes::onSwept(const QStringList &killed)
{
    if (!killed.isEmpty()) {
        qCInfo(lcCloud).noquote() << "ended" << killed.size() << "cloud sandbox(es) no session used:"
                                  << killed.join(u", ");
        emit orphansKilled(killed);
    }
    // A kept app whose sandbox reached its end leaves the history's live list.
    const QSet<QString> stillKept = keptSessions(*m_ledger);
    for (const QString &sessionId : std::as_const(m_kept)) {
        if (stillKept.contains(sessionId) || m_manager->runner(sessionId) || RunRegistry::owner(sessionId) != 0)
            continue;
        const std::optional<Session> session = m_store->session(sessionId);
        if (!session || isTerminal(session->status))
            continue;
        const SessionStatus end = isTransitionAllowed(session->status, SessionStatus::Expired) ? SessionStatus::Expired
                                                                                               : SessionStatus::Stopped;
        m_store->transition(sessionId, end, tr("the sandbox kept running reached its end"));
    }
    if (m_e2b) {
        for (; m_keptSlots > stillKept.size(); --m_keptSlots)
            m_e2b->queue()->release();
    }
    m_kept = stillKept;
}

PendingOperation *CloudSandboxes::shutdown(const QString &reason, bool keepRunning, std::chrono::milliseconds limit)
{
    auto *done = new PendingOperation(this);
    if (keepRunning && m_e2b)
        m_manager->keepCloudRunningStopRest(reason);
    else
        m_manager->stopAll(reason);
    if (!m_sweeper) {
        QTimer::singleShot(0, done, [done] { done->succeed(); });
        return done;
    }
    // The stops' kills are in flight in the provider; the sweep waits for
    // nothing of theirs but catches anything they miss.
    QTimer::singleShot(limit, done, [done] { done->succeed(); });
    PendingOperation *sweep = m_sweeper->sweep();
    connect(sweep, &AsyncOperation::finished, done, [this, done] {
        if (!m_tokens) {
            done->succeed();
            return;
        }
        // The ended sandboxes' tokens leave the keychain before the process does.
        connect(m_tokens->flush(), &AsyncOperation::finished, done, [done] { done->succeed(); });
    });
    return done;
}
