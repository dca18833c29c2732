// SPDX-License-Identifier: MIT
#pragma once

#include "common/appfile.h"
#include "common/spawnerror.h"
#include "session/session.h"
#include "sessionchange.h"
#include "sessionevent.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <chrono>

// The session_changes table, the feed's source (docs/store.md). Writes run
// inside the caller's transaction, so a change is recorded together with the
// state it describes, and the per-session seq is taken under the write lock:
// two processes never give one session the same seq or leave a hole.
namespace ChangeTable {

// How long changes are kept (docs/store.md, Retention).
struct Retention
{
    std::chrono::hours maxAge{24 * 30};
    std::chrono::hours maxLogAge{24};  // session.log changes only point into the log file
    qint64 maxRows = 100000;
};

// Stores a change of `sessionId` now; fills in `written` when given.
bool append(const QSqlDatabase &db, const QString &sessionId, ChangeType type, const QJsonObject &payload,
            QSqlError &error, SessionChange *written = nullptr);
// A session.status change with what the row holds now (status, appUrl,
// expiresAt) and `message` (the timeline's detail of a move).
bool appendStatus(const QSqlDatabase &db, const QString &sessionId, const QString &message, QSqlError &error);
// A session.error change: the seed's notifySessionError.
bool appendError(const QSqlDatabase &db, const QString &sessionId, const SpawnError &failure, QSqlError &error);
// session.created with what a new session's row says.
bool appendCreated(const QSqlDatabase &db, const Session &session, QSqlError &error);
// session.step for a timeline entry just inserted.
bool appendStep(const QSqlDatabase &db, const SessionEvent &event, QSqlError &error);
// session.file: version `version` was stored with `files` (their paths only).
bool appendFile(const QSqlDatabase &db, const QString &sessionId, int version, const QString &summary,
                const QList<AppFile> &files, QSqlError &error);
// session.log: bytes [from, to) of the session's log file.
bool appendLog(const QSqlDatabase &db, const QString &sessionId, qint64 from, qint64 to, QSqlError &error);
// A session.cost change with the row's costs now.
bool appendCost(const QSqlDatabase &db, const QString &sessionId, QSqlError &error);
bool appendCosts(const QSqlDatabase &db, const QStringList &sessionIds, QSqlError &error);

// A purged session's changes but its session.deleted.
bool removeBeforeDeleted(const QSqlDatabase &db, const QString &sessionId, QSqlError &error);

ChangePage list(const QSqlDatabase &db, const ChangeQuery &query);
// The newest change's id; 0 for none (or a failure).
qint64 lastId(const QSqlDatabase &db);
// Removes what `rule` no longer keeps, never a session's newest change nor
// its newest session.status. Returns how many rows went, -1 on failure.
int prune(const QSqlDatabase &db, const QDateTime &now, const Retention &rule = {});

} // namespace ChangeTable
