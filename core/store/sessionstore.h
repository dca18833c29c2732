// SPDX-License-Identifier: MIT
#pragma once

#include "common/appfile.h"
#include "appversion.h"
#include "changetable.h"
#include "conversationmessage.h"
#include "logchangebatcher.h"
#include "common/spawnerror.h"
#include "session/session.h"
#include "session/sessionlog.h"
#include "sessionevent.h"
#include "sessionquery.h"
#include "usagerecords.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class ChangeFeed;
class Database;

// The session history: sessions, their timeline, the files of every app
// version and what each run cost. Every write is a small synchronous
// transaction on the calling thread and is on disk when the call returns, so
// a caller acts (starts a sandbox, shows "ready") only after the store has
// recorded it. Signals are emitted after the commit.
//
// Writes return a SpawnError: kind User for an unknown session id, System for
// a refused transition or a database failure (retryable if the file was busy).
class SessionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    // `database` must be open and outlive the store.
    explicit SessionStore(Database &database, QObject *parent = nullptr);
    ~SessionStore() override;

    // Writes a new session. An empty id gets Session::newId(); unset
    // created/updated times become now. The stored values are written back
    // into `session`. The timeline starts with a "created" event.
    SpawnError createSession(Session &session);
    std::optional<Session> session(const QString &id) const;
    QList<Session> sessions(const SessionQuery &query = {}) const;
    // How many sessions match, ignoring limit and offset.
    int sessionCount(const SessionQuery &query = {}) const;

    // Moves the session to `to` and journals it with `detail`, in one
    // transaction. A move isTransitionAllowed() refuses changes nothing.
    // Entering a terminal status clears the app URL (the sandbox is gone);
    // a redeploy (back to queued) clears the previous error.
    SpawnError transition(const QString &id, SessionStatus to, const QString &detail);
    // transition() to failed that also stores the error's kind, message and
    // whether retrying can help. The timeline entry reads "detail: message".
    SpawnError fail(const QString &id, const SpawnError &error, const QString &detail);
    // Run once at start-up, before anything else uses the store: every
    // session left live by a previous run that ended without stopping it is
    // moved to stopped, with the reason in its timeline and error message.
    // Returns the ids it stopped. Sessions for which `isStillRunning` says
    // yes (another live SpawnAI process runs them) are left alone, and so
    // are those whose cloud sandbox the ledger holds as possibly running:
    // the sweep ends them once it knows (stopAfterSandboxEnded()).
    QStringList reconcileAfterCrash(const std::function<bool(const QString &)> &isStillRunning = {});
    // A session the crash left live because its cloud sandbox ran on: the
    // sandbox is gone now (SpawnAI killed it, or E2B ended it, at
    // `endedAt`), so it moves to stopped as reconcileAfterCrash() does, and
    // its reason says what really happened.
    SpawnError stopAfterSandboxEnded(const QString &id, bool killedBySpawnAi, const QDateTime &endedAt);

    // Deletes the session for good but for its costs (SessionPurge: the
    // prompt, files, versions, conversation, timeline and log go; the
    // anonymous cost rows stay, so the month's spend does not move), in one
    // transaction: a crash leaves it whole or purged, never half. Refused
    // for a live session (stop it first). Its log file goes after the
    // commit; then sessionDeleted().
    SpawnError purgeSession(const QString &id);
    // (SessionPurge::request() journals a purge before the run is stopped;
    // SessionPurge::completePending() finishes those a crash cut short.)

    // Each bumps updated_at.
    SpawnError setAppUrl(const QString &id, const QUrl &url);
    SpawnError setSandboxId(const QString &id, const QString &sandboxId);
    SpawnError setExpiresAt(const QString &id, const QDateTime &expiresAt);
    SpawnError setEstimatedCost(const QString &id, double cost);
    SpawnError setActualCost(const QString &id, double cost);
    // The names only: values go to the keychain (AppEnvironmentWrite).
    SpawnError setEnvironmentNames(const QString &id, const QStringList &names);
    // Replaces the session's approved install scripts (validated names).
    SpawnError setApprovedScripts(const QString &id, const QStringList &names);

    // Steps and log lines for the timeline (kind Step or Log; status moves
    // go through transition()). They do not bump updated_at.
    SpawnError appendEvent(const QString &id, EventKind kind, const QString &detail);
    // Oldest first; `afterId` skips what a live view already has.
    QList<SessionEvent> events(const QString &id, qint64 afterId = 0) const;

    // Stores a version of the app; returns its number (1, 2, ...), or 0 if
    // nothing was stored (unknown session, two files with one path, ...).
    int saveAppVersion(const QString &id, const QString &manifestJson,
                       const QList<AppFile> &files, const QString &summary);
    std::optional<AppVersion> latestAppVersion(const QString &id) const;
    std::optional<AppVersion> appVersion(const QString &id, int version) const;
    // Every version, oldest first: number, time and summary, without files.
    QList<AppVersion> appVersions(const QString &id) const;

    // A run's resources: call with id 0 when it starts (fills in id and the
    // start time), then again with the same record as readings come in and
    // with endTime set when it ends.
    SpawnError recordUsage(UsageRecord &record);
    QList<UsageRecord> usage(const QString &id) const;
    // Runs of a cloud sandbox that have no end time yet, of every session:
    // running here or in another process, kept running, or left by a crash.
    QList<UsageRecord> openCloudRuns() const;
    // What a sandbox really used at one reading (usage() holds the bill).
    SpawnError recordSample(const UsageSample &sample);
    QList<UsageSample> samples(const QString &id) const;
    // Fills in id, and the time if unset.
    SpawnError recordLlmUsage(LlmUsageRecord &record);
    // The conversation with the model, oldest first.
    SpawnError appendMessage(ConversationMessage &message);
    QList<ConversationMessage> conversation(const QString &id) const;
    QList<LlmUsageRecord> llmUsage(const QString &id) const;

    // The file this store writes, for readers that add it up (CostTracker).
    Database &database() const { return m_database; }
    // Costs of these sessions were changed in the file directly (prices set
    // later, UsageRepricer): whoever shows or counts them reads them again,
    // and the feed gets a session.cost change of each.
    void announceCostsChanged(const QStringList &ids);

    // Where the runner says which bytes of a session's log file (SessionLog)
    // it wrote: coalesced into one session.log change per
    // LogChangeBatcher::IntervalMs, written before the session's next move.
    LogChangeBatcher *logChanges() const { return m_logChanges; }
    // What a SessionLog of session `id` tells when it wrote (logChanges()).
    SessionLog::Written logWriter(const QString &id) { return LogChangeBatcher::writer(m_logChanges, id); }
    // The hook for deleting a session: records session.deleted, the
    // session's last change. Whoever deletes the row calls it with the same
    // connection inside the deleting transaction, so the change and the
    // delete are written together (`db` is database().connection()). With
    // `purged`, the session's earlier changes go too (they carry timeline
    // text and file paths); session.deleted keeps the seq after them.
    static bool recordDeleted(const QSqlDatabase &db, const QString &id, bool purged, QSqlError &error)
    {
        return ChangeTable::append(db, id, ChangeType::Deleted, {{QStringLiteral("purged"), purged}}, error)
            && (!purged || ChangeTable::removeBeforeDeleted(db, id, error));
    }
    // Tells the feed that changes were committed outside a SessionStore
    // method (after the transaction that called recordDeleted()).
    void announceChangesWritten() { emit changesWritten(); }
    // The change feed of this store's file, shared by everyone in this process.
    ChangeFeed *feed() const { return m_feed; }
    // The estimate a new session was made with: how many past sessions its
    // history had (0: the defaults); -1 (the default) for none of CostEstimator.
    SpawnError setEstimateBasis(const QString &id, int basis);

signals:
    // A session's row, versions or costs changed; re-read it with session().
    void sessionChanged(const QString &id);
    void eventAppended(const QString &id, const SessionEvent &event);
    // A model request or a sandbox reading was recorded (the budget listens).
    void costRecorded(const QString &id);
    // The session was purged: session(id) knows it no more.
    void sessionDeleted(const QString &id);
    // Rows were committed to session_changes: the feed reads them at once.
    void changesWritten();

private:
    SpawnError move(const QString &id, SessionStatus to, const QString &detail,
                    const SpawnError *error);
    SpawnError updateColumn(const QString &id, const QString &column, const QVariant &value);
    // Runs `work` in a write transaction and reports what failed as `what`.
    SpawnError write(const QString &what, const std::function<bool(const QSqlDatabase &, QSqlError &)> &work);
    SpawnError closedError() const;
    void announce(const QList<SessionEvent> &events);

    Database &m_database;
    LogChangeBatcher *m_logChanges;
    ChangeFeed *m_feed;
};
