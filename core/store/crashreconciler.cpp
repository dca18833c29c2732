// SPDX-License-Identifier: MIT
#include "crashreconciler.h"

#include "appversiontable.h"
#include "sandbox/sandboxledger.h"
#include "sqlsupport.h"
#include "statusjournal.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CrashReconciler", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR CrashReconciler */

struct LiveSession
{
    QString id;
    SessionStatus status;
    SandboxKind sandboxKind = SandboxKind::Local;
};

bool readLiveSessions(const QSqlDatabase &db, QList<LiveSession> &sessions, QSqlError &error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT id, status, sandbox_kind FROM sessions ORDER BY created_at, rowid"))
        || !StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    // Filtered here rather than in SQL so "live" has one definition: isTerminal().
    while (query.next()) {
        if (CrashReconciler::hasSandboxThatMayRun(db, query.value(0).toString()))
            continue;
        SessionStatus status = SessionStatus::Failed;
        if (!sessionStatusFromString(query.value(1).toString(), &status) || isTerminal(status))
            continue;
        LiveSession live{query.value(0).toString(), status};
        sandboxKindFromString(query.value(2).toString(), &live.sandboxKind);
        sessions.append(live);
    }
    return true;
}
} // namespace

namespace CrashReconciler {

bool stopSessionsLeftRunning(const QSqlDatabase &db, QList<SessionEvent> &events,
                             QSqlError &error, const std::function<bool(const QString &)> &isStillRunning)
{
    Transaction transaction(db);
    if (!transaction.begin()) {
        error = transaction.lastError();
        return false;
    }
    QList<LiveSession> live;
    if (!readLiveSessions(db, live, error))
        return false;
    QList<SessionEvent> moved;
    for (const LiveSession &session : std::as_const(live)) {
        if (isStillRunning && isStillRunning(session.id))
            continue;
        const QString why = reason(session.id, session.sandboxKind,
                                   AppVersionTable::hasAny(db, session.id));
        const SpawnError failure = SpawnError::system(why, true);
        SessionEvent event;
        if (!StatusJournal::applyMove(db, session.id, session.status, SessionStatus::Stopped, why,
                                      &failure, event, error))
            return false;
        moved.append(event);
    }
    if (!transaction.commit()) {
        error = transaction.lastError();
        return false;
    }
    events = moved;
    return true;
}

bool hasSandboxThatMayRun(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral("SELECT state, expires_at FROM sandbox_ledger "
                                                 "WHERE session_id = ? AND state <> 'killed'")))
        return false;
    query.addBindValue(id);
    if (!StoreSql::exec(query))
        return false;
    // SandboxLedger's one definition (a kept one past its end does not run:
    // the caller leaves its session to end as kept ones do, CloudSandboxes).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (query.next()) {
        SandboxLedger::Entry entry;
        if (!sandboxLedgerStateFromString(query.value(0).toString(), &entry.state))
            entry.state = SandboxLedger::State::Killing;  // unknown text: as the ledger reads it
        entry.expiresAt = StoreSql::timeFromValue(query.value(1));
        if (SandboxLedger::mayStillRun(entry, now))
            return true;
    }
    return false;
}

QString reason(const QString &id, SandboxKind sandboxKind, bool hasFiles)
{
    // A cloud session gets here only once the ledger holds no sandbox of
    // it that may still run: E2B confirmed the kill, or none was made.
    const QString sandbox = sandboxKind == SandboxKind::Local
        ? tr("SpawnAI closed while this session was running; its local sandbox is gone.")
        : tr("SpawnAI closed while this session was running; its %1 sandbox is gone.")
              .arg(sandboxKindToString(sandboxKind));
    return sandbox + u' ' + nextStep(id, hasFiles);
}

QString sandboxEndedReason(const QString &id, SandboxKind sandboxKind, bool hasFiles, bool killedBySpawnAi,
                           const QDateTime &endedAt)
{
    const QString at = QLocale().toString(endedAt.toLocalTime(), QLocale::ShortFormat);
    const QString kind = sandboxKindToString(sandboxKind);
    const QString sandbox = killedBySpawnAi
        ? tr("SpawnAI closed while this session was running; its %1 sandbox ran on until SpawnAI ended it at %2.")
              .arg(kind, at)
        : tr("SpawnAI closed while this session was running; its %1 sandbox ran on until it ended at %2.")
              .arg(kind, at);
    return sandbox + u' ' + nextStep(id, hasFiles);
}

QString nextStep(const QString &id, bool hasFiles)
{
    return hasFiles ? tr("Its files are kept: run `spawnai redeploy %1` to start it again.").arg(id)
                    : tr("No app had been saved yet, so there is nothing to redeploy: "
                         "`spawnai show %1` shows its prompt, to spawn it again.")
                          .arg(id);
}

} // namespace CrashReconciler
