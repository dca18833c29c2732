// SPDX-License-Identifier: MIT
#include "sessionpurge.h"

#include "sqlsupport.h"

#include <QSqlQuery>

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
        "error_kind = NULL, error_message = NULL, error_retryable = 0, expires_at = NULL, purged_at = ? "
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
    return true;
}
