// SPDX-License-Identifier: MIT
#include "sessionpurge.h"

#include "session/sessionstatus.h"
#include "database.h"
#include "sessionstore.h"
#include "sqlsupport.h"
#include "transaction.h"

#include <QSqlQuery>

SpawnError SessionPurge::run(const QSqlDatabase &db, const QString &sessionId)
{
    const auto failed = [&](const QSqlError &error) {
        return StoreSql::storeError(tr("Could not delete session %1").arg(sessionId), error);
    };
    Transaction transaction(db);
    if (!transaction.begin())
        return failed(transaction.lastError());
    {
        // Read inside the transaction: nobody moves it between the look and the erasure.
        QSqlQuery query(db);
        if (!StoreSql::prepare(query, QStringLiteral("SELECT status FROM sessions WHERE id = ? AND purged_at IS NULL")))
            return failed(query.lastError());
        query.addBindValue(sessionId);
        if (!StoreSql::exec(query))
            return failed(query.lastError());
        if (!query.next())
            return SpawnError::user(tr("There is no session %1 in the history.").arg(sessionId));
        SessionStatus status = SessionStatus::Queued;
        if (sessionStatusFromString(query.value(0).toString(), &status) && !isTerminal(status))
            return SpawnError::user(tr("Session %1 is still %2: stop it before deleting it")
                                        .arg(sessionId, sessionStatusToString(status)));
    }
    QSqlError error;
    if (!erase(db, sessionId, error))
        return failed(error);
    if (!transaction.commit())
        return failed(transaction.lastError());
    return {};
}

SpawnError SessionPurge::request(const QSqlDatabase &db, const QString &sessionId)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("UPDATE sessions SET purge_requested_at = ? "
                                                 "WHERE id = ? AND purged_at IS NULL"))) {
        return StoreSql::storeError(tr("Could not record the delete of session %1").arg(sessionId), query.lastError());
    }
    query.addBindValue(StoreSql::timeValue(StoreSql::now()));
    query.addBindValue(sessionId);
    if (!StoreSql::exec(query))
        return StoreSql::storeError(tr("Could not record the delete of session %1").arg(sessionId), query.lastError());
    if (query.numRowsAffected() != 1)
        return SpawnError::user(tr("There is no session %1 in the history.").arg(sessionId));
    return {};
}

QStringList SessionPurge::pending(const QSqlDatabase &db)
{
    QStringList ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral("SELECT id, status FROM sessions WHERE purge_requested_at IS NOT NULL "
                                                 "AND purged_at IS NULL ORDER BY purge_requested_at"))
        || !StoreSql::exec(query))
        return ids;
    while (query.next()) {
        SessionStatus status = SessionStatus::Queued;
        if (sessionStatusFromString(query.value(1).toString(), &status) && isTerminal(status))
            ids << query.value(0).toString();
    }
    return ids;
}

QStringList SessionPurge::completePending(SessionStore *store, QHash<QString, QStringList> *environments)
{
    QStringList purged;
    if (!store->database().isOpen())
        return purged;
    const QStringList ids = pending(store->database().connection());
    for (const QString &id : ids) {
        const std::optional<Session> before = store->session(id);
        if (store->purgeSession(id).isError())
            continue;
        purged << id;
        if (environments && before && !before->environmentNames.isEmpty())
            environments->insert(id, before->environmentNames);
    }
    return purged;
}

bool SessionPurge::erase(const QSqlDatabase &db, const QString &sessionId, QSqlError &error)
{
    // Files go with their versions (ON DELETE CASCADE); named anyway, so a
    // schema without the cascade would not keep them.
    static const char *const statements[] = {
        "DELETE FROM app_files WHERE version_id IN (SELECT id FROM app_versions WHERE session_id = ?)",
        "DELETE FROM app_versions WHERE session_id = ?",
        "DELETE FROM conversation_messages WHERE session_id = ?",
        "DELETE FROM session_events WHERE session_id = ?",
        "DELETE FROM usage_samples WHERE session_id = ?",
        "UPDATE sessions SET prompt = '', template_name = '', app_url = NULL, sandbox_id = NULL, "
        "error_kind = NULL, error_message = NULL, error_retryable = 0, expires_at = NULL, env_names = '[]', "
        "approved_scripts = '[]', "
        "purged_at = ? "
        "WHERE id = ?",
    };
    for (const char *statement : statements) {
        QSqlQuery query(db);
        if (!StoreSql::prepare(query, QString::fromLatin1(statement))) {
            error = query.lastError();
            return false;
        }
        if (QLatin1String(statement).startsWith(QLatin1String("UPDATE")))
            query.addBindValue(StoreSql::timeValue(StoreSql::now()));
        query.addBindValue(sessionId);
        if (!StoreSql::exec(query)) {
            error = query.lastError();
            return false;
        }
    }
    // The feed's last word on it, in the same transaction: other windows and the API drop it too.
    return SessionStore::recordDeleted(db, sessionId, true, error);
}
