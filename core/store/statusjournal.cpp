// SPDX-License-Identifier: MIT
#include "statusjournal.h"

#include "changetable.h"
#include "eventtable.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace StatusJournal {

std::optional<SessionStatus> readStatus(const QSqlDatabase &db, const QString &id,
                                        QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("SELECT status FROM sessions WHERE id = ?"))) {
        error = query.lastError();
        return std::nullopt;
    }
    query.addBindValue(id);
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    SessionStatus status = SessionStatus::Queued;
    if (!sessionStatusFromString(query.value(0).toString(), &status)) {
        error = QSqlError(u"unknown status " + query.value(0).toString(), {},
                          QSqlError::UnknownError);
        return std::nullopt;
    }
    return status;
}

bool applyMove(const QSqlDatabase &db, const QString &id, SessionStatus from, SessionStatus to,
               const QString &detail, const SpawnError *failure, SessionEvent &event,
               QSqlError &error)
{
    event = {0, id, StoreSql::now(), EventKind::Transition, from, to, detail};
    // Fixed fragments only; every value is bound.
    QString sql = QStringLiteral("UPDATE sessions SET status = ?, updated_at = ?");
    if (failure)
        sql += u", error_kind = ?, error_message = ?, error_retryable = ?";
    else if (to == SessionStatus::Queued)
        sql += u", error_kind = NULL, error_message = NULL, error_retryable = 0";
    if (isTerminal(to))
        sql += u", app_url = NULL";
    sql += u" WHERE id = ? AND status = ?";

    QSqlQuery query(db);
    if (!StoreSql::prepare(query, sql)) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(sessionStatusToString(to));
    query.addBindValue(StoreSql::timeValue(event.time));
    if (failure) {
        query.addBindValue(errorKindToString(failure->kind));
        query.addBindValue(StoreSql::text(failure->message));
        query.addBindValue(failure->retryable ? 1 : 0);
    }
    query.addBindValue(id);
    query.addBindValue(sessionStatusToString(from));
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return false;
    }
    // The write lock is held, so this only trips if a caller passed a stale `from`.
    if (query.numRowsAffected() != 1) {
        error = QSqlError(u"session " + id + u" is no longer " + sessionStatusToString(from), {},
                          QSqlError::TransactionError);
        return false;
    }
    if (!EventTable::insert(db, event, error) || !ChangeTable::appendStatus(db, id, detail, error))
        return false;
    return !failure || ChangeTable::appendError(db, id, *failure, error);
}

} // namespace StatusJournal
