// SPDX-License-Identifier: MIT
#include "cloudsandboxes.h"

#include "cloudrunbill.h"
#include "cloudsandboxstop.h"
#include "detachedstops.h"
#include "common/pendingoperation.h"
#include "keptextension.h"
#include "keptruns.h"
#include "runregistry.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/e2b/e2berrors.h"
#include "sandbox/e2b/e2bcreationqueue.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxledger.h"
#include "sandboxsweeper.h"
#include "sessionmanager.h"
#include "sessionrunner.h"
#include "store/sessionstore.h"
#include "traffictokens.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCloud, "spawnai.cloud")

namespace {
// The ledger and the store keep the kind by name.
const QString E2bKind = sandboxKindToString(SandboxKind::E2b);
// How much before its recorded end a kept sandbox may be found gone and
// still count as having reached it (the clocks of E2B and this machine).
constexpr int EndSlackSeconds = 5;
} // namespace

CloudSandboxes::CloudSandboxes(SandboxLedger *ledger, SessionManager *manager, SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_manager(manager)
    , m_store(store)
    , m_stops(new DetachedStops(ledger, store, manager, this))
{
    m_kept = keptSessions(*m_ledger);
    m_manager->setPreviewHeaderSource([this](const QString &sessionId) { return previewHeaders(sessionId); });
    connect(m_stops, &DetachedStops::stopEnded, this, [this] {
        refreshKept();
        finishQuitIfDone();
        switchKeyWhenIdle();
    });
    connect(m_manager, &SessionManager::sessionEnded, this, &CloudSandboxes::switchKeyWhenIdle);
    m_everKept = keptSessions(*m_ledger, false);
    // Known without asking E2B: it never runs a sandbox past its end.
    for (const QString &sessionId : m_everKept - m_kept)
        endLeftBehind(sessionId, {}, m_kept, false);
    // Stop on a session whose cloud sandbox outlived the run that made it
    // (kept running, left by a crash) ends the sandbox before the session.
    // A run here whose sandbox outlives it, too (SessionManager::stopRunner).
    m_manager->setDetachedStop([this](const Session &session, const QString &reason) -> std::optional<SpawnError> {
        if (session.sandboxKind != SandboxKind::E2b || sandboxesThatMayRun(*m_ledger, session.id).isEmpty())
            return std::nullopt;
        SpawnError refusal;
        return stopDetached(session.id, reason, &refusal) ? SpawnError() : refusal;
    });
    m_keptRuns = std::make_unique<KeptRuns>(this, m_ledger, m_manager, m_store);
}

CloudSandboxes::~CloudSandboxes()
{
    m_keptRuns.reset();
    m_manager->setDetachedStop({});
    // Before the provider goes; the ledger lets the next start go on.
    m_stops->disconnect(this);
    m_stops->cancelAll();
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
    onE2b.sandboxKind = SandboxKind::E2b;
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
        // Only the old key sees, kills and extends the old key's sandboxes:
        // another account's sweep would take them for gone.
        if (sameKey || !oldKeyIsDone()) {
            // Another key waits for the old one's sandboxes; the same key back drops it.
            m_nextKey = sameKey ? nullptr : std::make_unique<E2bConfig>(config);
            if (!sameKey)
                qCInfo(lcCloud) << "the new E2B key applies once no sandbox of the old key may still run";
            reconfigureE2b(config);
            return;
        }
        m_nextKey.reset();
        m_retrySweep.stop();
        m_retryDelay = FirstKillRetry;
        m_sweeper.reset();
        m_e2b.reset();
    }
    m_e2b = std::make_unique<E2bSandboxProvider>(config, m_ledger);
    // Apps kept running from an earlier run count against the plan's
    // concurrency until they end, as they do on E2B's side.
    m_kept = keptSessions(*m_ledger);
    m_everKept = keptSessions(*m_ledger, false);
    m_keptSlots = 0;
    for (const SandboxLedger::Entry &entry : m_ledger->entriesThatMayRun(E2bKind)) {
        if (entry.state == SandboxLedger::State::Kept && isOwn(entry)) {
            ++m_keptSlots;
            m_e2b->queue()->occupy();
        }
    }
    m_manager->addProvider(m_e2b.get());
    // A private sandbox's token is kept while it lives, and goes when it ends.
    connect(m_e2b.get(), &E2bSandboxProvider::sandboxMade, this, [this](E2bSandbox *sandbox) {
        if (m_tokens)
            m_tokens->remember(sandbox->id(), sandbox->record().trafficAccessToken);
    });
    connect(m_e2b.get(), &E2bSandboxProvider::sandboxGone, this, [this](const QString &sandboxId) {
        if (m_tokens)
            m_tokens->forget(sandboxId);
        m_stops->recheck();
        switchKeyWhenIdle();
    });
    m_sweeper = std::make_unique<SandboxSweeper>(m_e2b.get(), m_ledger);
    SessionManager *manager = m_manager;
    m_sweeper->setInUse([manager](const SandboxLedger::Entry &entry) {
        const SessionRunner *runner = manager->runner(entry.sessionId);
        return (runner && !runner->hasEnded()) || RunRegistry::owner(entry.sessionId) != 0;
    });
    m_sweeper->setOwns([this](const SandboxLedger::Entry &entry) { return isOwn(entry); });
    connect(m_sweeper.get(), &SandboxSweeper::swept, this, [this](const QStringList &killed, const QStringList &closed) {
        // Closed: E2B no longer had them (they reached their end while nobody watched).
        if (m_tokens) {
            for (const QString &sandboxId : closed)
                m_tokens->forget(sandboxId);
        }
        m_stops->recheck();
        onSwept(killed, closed);
        finishQuitIfDone();
        switchKeyWhenIdle();
    });
    connect(m_e2b.get(), &E2bSandboxProvider::killFailed, this, &CloudSandboxes::onKillFailed);
    m_sweeper->startPeriodic(m_sweepInterval);
    m_retrySweep.setSingleShot(true);
    connect(&m_retrySweep, &QTimer::timeout, m_sweeper.get(), [this] { m_sweeper->sweep(); });
    m_sweeper->sweep();
}

bool CloudSandboxes::isOwn(const SandboxLedger::Entry &entry) const
{
    return m_e2b && (entry.keyFingerprint.isEmpty() || entry.keyFingerprint == m_e2b->keyFingerprint());
}

bool CloudSandboxes::oldKeyIsDone() const
{
    if (!e2bRunners().isEmpty() || m_e2b->killsUnderWay() > 0 || !m_stops->isEmpty())
        return false;
    const QList<SandboxLedger::Entry> mayRun = m_ledger->entriesThatMayRun(E2bKind);
    return std::none_of(mayRun.cbegin(), mayRun.cend(),
                        [this](const SandboxLedger::Entry &entry) { return isOwn(entry); });
}

void CloudSandboxes::switchKeyWhenIdle()
{
    if (!m_nextKey || !m_e2b || !oldKeyIsDone())
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

PendingOperation *CloudSandboxes::extendKept(const QString &sessionId, std::chrono::seconds more,
                                             SandboxEnd::Origin origin)
{
    auto *extension = new KeptExtension(m_e2b.get(), m_ledger, m_store, m_manager->plan(), m_manager->limits(),
                                        sessionId, more, origin, this);
    // Another key's sandbox: this key's calls would be refused by E2B, or reach the wrong account.
    const std::optional<SandboxLedger::Entry> kept = KeptExtension::keptEntry(*m_ledger, sessionId);
    if (kept && m_e2b && !isOwn(*kept))
        extension->refuse(otherKeyRefusal({kept->sandboxId}));
    else
        extension->start();
    return extension;
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

QSet<QString> CloudSandboxes::keptSessions(const SandboxLedger &ledger, bool withTimeLeft)
{
    QSet<QString> kept;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SandboxLedger::Entry &entry : ledger.openEntries(E2bKind)) {
        const bool timeLeft = !entry.expiresAt.isValid() || entry.expiresAt > now;
        if (entry.state == SandboxLedger::State::Kept && (timeLeft || !withTimeLeft))
            kept.insert(entry.sessionId);
    }
    return kept;
}

CloudSandboxStop *CloudSandboxes::stopUnderWay(const QString &sessionId) const
{
    return m_stops->underWay(sessionId);
}

CloudSandboxStop *CloudSandboxes::stopDetached(const QString &sessionId, const QString &reason, SpawnError *refusal)
{
    // A second Stop joins the first: one kill, one line per failure.
    if (CloudSandboxStop *running = m_stops->underWay(sessionId))
        return running;
    SpawnError why;
    QStringList own;
    QStringList others;
    for (const SandboxLedger::Entry &entry : m_ledger->entriesThatMayRun(E2bKind, sessionId))
        (isOwn(entry) ? own : others) << entry.sandboxId;
    if (!m_e2b)
        why = E2bErrors::missingKey();
    else if (!others.isEmpty())
        why = otherKeyRefusal(others);
    if (why.isError()) {
        if (refusal)
            *refusal = why;
        return nullptr;
    }
    return m_stops->stop(m_e2b.get(), sessionId, reason, own);
}

SpawnError CloudSandboxes::otherKeyRefusal(const QStringList &sandboxIds)
{
    return SpawnError::user(tr("%n E2B sandbox(es) of this session (%1) were made with another E2B key than the one "
                               "SpawnAI uses now, and only that key can reach them: set it again in Settings or in "
                               "E2B_API_KEY. Until then E2B ends them at their end.",
                               nullptr, int(sandboxIds.size()))
                                .arg(sandboxIds.join(QStringLiteral(", "))));
}

void CloudSandboxes::onKillFailed(const QString &sandboxId, const SpawnError &error)
{
    scheduleKillRetry();
    const std::optional<SandboxLedger::Entry> entry = m_ledger->entry(sandboxId);
    if (!entry || entry->sessionId.isEmpty() || !m_store->session(entry->sessionId))
        return;
    // Rounded: a coarse timer may say a few milliseconds more than it was given.
    const auto nextTry = std::chrono::round<std::chrono::seconds>(m_retrySweep.remainingTimeAsDuration());
    if (m_stops->reportStillRunning(entry->sessionId, sandboxId, error, nextTry))
        return;
    m_store->appendEvent(entry->sessionId, EventKind::Step,
                         CloudSandboxStop::stillRunningText(sandboxId, error, nextTry));
}

void CloudSandboxes::scheduleKillRetry()
{
    // The next sweep kills what the ledger holds as Killing; it comes sooner
    // than the periodic one, and later each time it fails again.
    if (m_retrySweep.isActive() || !m_sweeper)
        return;
    m_retrySweep.start(m_retryDelay);
    m_retryDelay = std::min(m_sweepInterval, m_retryDelay * 2);
}

bool CloudSandboxes::isMetered(const QString &sessionId, const QString &sandboxId) const
{
    if (const SessionRunner *runner = m_manager->runner(sessionId); runner && !runner->hasEnded()
        && runner->sandbox() && runner->sandbox()->id() == sandboxId)
        return true;
    return RunRegistry::owner(sessionId) != 0;
}

QStringList CloudSandboxes::sandboxesThatMayRun(const SandboxLedger &ledger, const QString &sessionId)
{
    QStringList ids;
    for (const SandboxLedger::Entry &entry : ledger.entriesThatMayRun(E2bKind, sessionId))
        ids << entry.sandboxId;
    return ids;
}

void CloudSandboxes::onSwept(const QStringList &killed, const QStringList &closed)
{
    if (!killed.isEmpty()) {
        qCInfo(lcCloud).noquote() << "ended" << killed.size() << "cloud sandbox(es) no session used:"
                                  << killed.join(u", ");
        emit orphansKilled(killed);
    }
    // Once nothing waits for a kill, the next failure is retried soon again;
    // while something does (a listing that failed tried nothing), later.
    const QList<SandboxLedger::Entry> mayRun = m_ledger->entriesThatMayRun(E2bKind);
    if (std::none_of(mayRun.cbegin(), mayRun.cend(), [this](const SandboxLedger::Entry &entry) {
            return entry.state == SandboxLedger::State::Killing && isOwn(entry);
        }))
        m_retryDelay = FirstKillRetry;
    else
        scheduleKillRetry();
    // What ran while nobody watched is billed: up to now while it runs, up
    // to its end once it is gone.
    CloudRunBill::settle(m_store, *m_ledger,
                         [this](const UsageRecord &run) { return isMetered(run.sessionId, run.sandboxId); });
    // A session whose sandbox outlived SpawnAI ends once the sandbox is
    // known to be gone, with what really happened to it.
    QHash<QString, SandboxLedger::Entry> gone;
    for (const QString &sandboxId : killed + closed) {
        if (const std::optional<SandboxLedger::Entry> entry = m_ledger->entry(sandboxId);
            entry && entry->state == SandboxLedger::State::Killed && !entry->sessionId.isEmpty())
            gone.insert(entry->sessionId, *entry);
    }
    for (const QString &sessionId : std::as_const(m_everKept)) {
        if (!gone.contains(sessionId))
            gone.insert(sessionId, {});
    }
    const QSet<QString> stillKept = keptSessions(*m_ledger);
    for (auto it = gone.cbegin(); it != gone.cend(); ++it)
        endLeftBehind(it.key(), it.value(), stillKept, killed.contains(it.value().sandboxId));
    refreshKept();
}

void CloudSandboxes::endLeftBehind(const QString &sessionId, const SandboxLedger::Entry &ended,
                                   const QSet<QString> &stillKept, bool killedHere)
{
    // A Stop under way ends its session itself, with the user's reason.
    if (m_stops->underWay(sessionId) || stillKept.contains(sessionId) || m_manager->runner(sessionId)
        || RunRegistry::owner(sessionId) != 0 || !sandboxesThatMayRun(*m_ledger, sessionId).isEmpty())
        return;
    const std::optional<Session> session = m_store->session(sessionId);
    if (!session || isTerminal(session->status))
        return;
    if (m_everKept.contains(sessionId)) {
        // A kept app leaves the history's live list as its sandbox ended:
        // at its end (expired), or before it, outside SpawnAI (stopped).
        const bool beforeItsEnd = ended.endedAt.isValid() && ended.expiresAt.isValid()
            && ended.endedAt.addSecs(EndSlackSeconds) < ended.expiresAt;
        if (beforeItsEnd) {
            m_store->transition(sessionId, SessionStatus::Stopped,
                                tr("E2B no longer runs the sandbox kept running: it was found gone at %1, before its "
                                   "end at %2")
                                    .arg(QLocale().toString(ended.endedAt.toLocalTime().time(), QLocale::ShortFormat),
                                         QLocale().toString(ended.expiresAt.toLocalTime().time(),
                                                            QLocale::ShortFormat)));
            return;
        }
        const SessionStatus end = isTransitionAllowed(session->status, SessionStatus::Expired)
            ? SessionStatus::Expired
            : SessionStatus::Stopped;
        m_store->transition(sessionId, end, tr("the sandbox kept running reached its end"));
        return;
    }
    // Left live by a crash while its sandbox ran on (reconcileAfterCrash
    // leaves such sessions to the sweep).
    const QDateTime endedAt = ended.endedAt.isValid() ? ended.endedAt : QDateTime::currentDateTimeUtc();
    m_store->stopAfterSandboxEnded(sessionId, killedHere, endedAt);
}

void CloudSandboxes::refreshKept()
{
    const QSet<QString> stillKept = keptSessions(*m_ledger);
    if (m_e2b) {
        int ownKept = 0;
        for (const SandboxLedger::Entry &entry : m_ledger->entriesThatMayRun(E2bKind))
            ownKept += entry.state == SandboxLedger::State::Kept && isOwn(entry) ? 1 : 0;
        for (; m_keptSlots > ownKept; --m_keptSlots)
            m_e2b->queue()->release();
    }
    m_kept = stillKept;
    m_everKept = keptSessions(*m_ledger, false);
}

PendingOperation *CloudSandboxes::shutdown(const QString &reason, bool keepRunning, std::chrono::milliseconds limit)
{
    auto *done = new PendingOperation(this);
    if (keepRunning && m_e2b)
        m_manager->keepCloudRunningStopRest(reason);
    else
        m_manager->stopAll(reason);
    if (!m_sweeper) {
        done->finishLater();
        return done;
    }
    // The stops' kills are in flight in the provider; the sweep catches
    // anything they miss. Done once it and the stops are, or at the limit.
    m_quit = done;
    m_quitSwept = false;
    QTimer::singleShot(limit, done, [done] { done->succeed(); });
    PendingOperation *sweep = m_sweeper->sweep();
    connect(sweep, &AsyncOperation::finished, done, [this] {
        m_quitSwept = true;
        finishQuitIfDone();
    });
    return done;
}

void CloudSandboxes::finishQuitIfDone()
{
    if (!m_quit || m_quit->isFinished() || !m_quitSwept || !m_stops->isEmpty())
        return;
    PendingOperation *done = std::exchange(m_quit, nullptr);
    if (!m_tokens) {
        done->succeed();
        return;
    }
    // The ended sandboxes' tokens leave the keychain before the process does.
    connect(m_tokens->flush(), &AsyncOperation::finished, done, [done] { done->succeed(); });
}
