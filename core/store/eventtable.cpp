// SPDX-License-Identifier: MIT
#include "eventtable.h"

#include "sqlsupport.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcEvents, "spawnai.store.events")

QVariant statusValue(const std::optional<SessionStatus> &status)
{
    return status ? QVariant(sessionStatusToString(*status)) : QVariant();
}

std::optional<SessionStatus> statusFromValue(const QVariant &value)
{
    SessionStatus status = SessionStatus::Queued;
    if (value.isNull() || !sessionStatusFromString(value.toString(), &status))
        return std::nullopt;
    return status;
}
} // namespace

namespace EventTable {

bool insert(const QSqlDatabase &db, SessionEvent &event, QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral(
            "INSERT INTO session_events (session_id, time, kind, from_status, to_status, detail) "
            "VALUES (?, ?, ?, ?, ?, ?)"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(event.sessionId);
    query.addBindValue(StoreSql::timeValue(event.time));
    query.addBindValue(eventKindToString(event.kind));
    query.addBindValue(statusValue(event.fromStatus));
    query.addBindValue(statusValue(event.toStatus));
    query.addBindValue(StoreSql::text(event.detail));
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    event.id = query.lastInsertId().toLongLong();
    return true;
}

QList<SessionEvent> list(const QSqlDatabase &db, const QString &sessionId, qint64 afterId)
{
    QList<SessionEvent> events;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT id, time, kind, from_status, to_status, detail FROM session_events "
            "WHERE session_id = ? AND id > ? ORDER BY id")))
        return events;
    query.addBindValue(sessionId);
    query.addBindValue(afterId);
    if (!StoreSql::exec(query))
        return events;
    while (query.next()) {
        SessionEvent event;
        event.id = query.value(0).toLongLong();
        event.sessionId = sessionId;
        event.time = StoreSql::timeFromValue(query.value(1));
        if (!eventKindFromString(query.value(2).toString(), &event.kind))
            qCWarning(lcEvents) << "Event" << event.id << "has an unknown kind" << query.value(2);
        event.fromStatus = statusFromValue(query.value(3));
        event.toStatus = statusFromValue(query.value(4));
        event.detail = query.value(5).toString();
        events.append(event);
    }
    return events;
}

} // namespace EventTable
