// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What a change of the feed (session_changes, docs/store.md) says happened.
// The names are the WebSocket message types of docs/api.md.
enum class ChangeType
{
    Created,  // session.created: the row was written
    Status,   // session.status: status, message, appUrl, expiresAt (any of the row's visible state)
    Error,    // session.error: {error: {kind, message, recoverable}} when a run failed or stopped with a reason
    Step,     // session.step: a timeline entry {eventId, detail}
    File,     // session.file: a stored version {version, summary, files}
    Log,      // session.log: bytes [from, to) of the session's log file, coalesced
    Cost,     // session.cost: {actualCost, estimatedCost} after a model request or a sandbox reading
    Deleted,  // session.deleted: {purged}; the last change of a session
};

QString changeTypeToString(ChangeType type);
std::optional<ChangeType> changeTypeFromString(const QString &text);

// One row of session_changes.
struct SessionChange
{
    qint64 id = 0;   // the '*' room's seq: increases by commit order across processes
    QString sessionId;
    qint64 seq = 0;  // contiguous per session from 1
    ChangeType type = ChangeType::Status;
    QJsonObject payload;
    QDateTime at;
};

// A catch-up read: the changes after `afterId` (all sessions) or, with a
// session id, after that session's `afterSeq`; oldest first.
struct ChangeQuery
{
    qint64 afterId = 0;
    QString sessionId;  // empty: every session
    qint64 afterSeq = 0;  // only with sessionId
    qint64 untilId = -1;  // -1: no upper bound
    int limit = 500;
};

struct ChangePage
{
    QList<SessionChange> changes;
    // The limit cut the page: read again after the last change.
    bool more = false;
    // Changes right after the position asked for were removed by the
    // retention rule, so the reader missed some and should read the state.
    bool gap = false;
};

Q_DECLARE_METATYPE(SessionChange)
