// SPDX-License-Identifier: MIT
#include "changetable.h"

#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcChanges, "spawnai.store.changes")

const QString Columns = QStringLiteral("id, session_id, seq, type, payload, at");

SessionChange readChange(const QSqlQuery &query)
{
    SessionChange change;
    change.id = query.value(0).toLongLong();
    change.sessionId = query.value(1).toString();
    change.seq = query.value(2).toLongLong();
    const QString type = query.value(3).toString();
    if (const std::optional<ChangeType> known = changeTypeFromString(type))
        change.type = *known;
    else
        qCWarning(lcChanges) << "Change" << change.id << "has an unknown type" << type;
    change.payload = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    change.at = StoreSql::timeFromValue(query.value(5));
    return change;
}

bool run(QSqlQuery &query, QSqlError &error)
{
    if (StoreSql::exec(query))
        return true;
    error = query.lastError();
    return false;
}
} // namespace

namespace ChangeTable {

bool append(const QSqlDatabase &db, const QString &sessionId, ChangeType type, const QJsonObject &payload,
            QSqlError &error, SessionChange *written)
{
    const QDateTime at = StoreSql::now();
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QSqlQuery query(db);
    // The seq is computed in the statement that writes it, under the write
    // lock of the caller's transaction; UNIQUE(session_id, seq) backs it up.
    if (!StoreSql::prepare(query, QStringLiteral(
            "INSERT INTO session_changes (session_id, seq, type, payload, at) VALUES (?, "
            "(SELECT COALESCE(MAX(seq), 0) + 1 FROM session_changes WHERE session_id = ?), ?, ?, ?)"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(sessionId);
    query.addBindValue(sessionId);
    query.addBindValue(changeTypeToString(type));
    query.addBindValue(QString::fromUtf8(json));
    query.addBindValue(StoreSql::timeValue(at));
    if (!run(query, error))
        return false;
    if (written) {
        const qint64 id = query.lastInsertId().toLongLong();
        QSqlQuery seq(db);
        if (!StoreSql::prepare(seq, QStringLiteral("SELECT seq FROM session_changes WHERE id = ?"))) {
            error = seq.lastError();
            return false;
        }
        seq.addBindValue(id);
        if (!run(seq, error) || !seq.next())
            return false;
        *written = {id, sessionId, seq.value(0).toLongLong(), type, payload, at};
    }
    return true;
}

bool appendStatus(const QSqlDatabase &db, const QString &sessionId, const QString &message, QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("SELECT status, app_url, expires_at FROM sessions WHERE id = ?"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(sessionId);
    if (!run(query, error))
        return false;
    if (!query.next())
        return true;  // the caller reports an unknown session
    QJsonObject payload{{QStringLiteral("status"), query.value(0).toString()},
                        {QStringLiteral("message"), message}};
    payload.insert(QStringLiteral("appUrl"), query.value(1).isNull() ? QJsonValue() : query.value(1).toString());
    payload.insert(QStringLiteral("expiresAt"), query.value(2).isNull() ? QJsonValue() : query.value(2).toString());
    return append(db, sessionId, ChangeType::Status, payload, error);
}

bool appendCreated(const QSqlDatabase &db, const Session &session, QSqlError &error)
{
    return append(db, session.id, ChangeType::Created,
                  {{QStringLiteral("status"), sessionStatusToString(session.status)},
                   {QStringLiteral("appType"), appTypeToString(session.appType)},
                   {QStringLiteral("sandbox"), sandboxKindToString(session.sandboxKind)},
                   {QStringLiteral("template"), session.templateName},
                   {QStringLiteral("createdAt"), StoreSql::timeValue(session.createdAt).toString()}},
                  error);
}

bool appendStep(const QSqlDatabase &db, const SessionEvent &event, QSqlError &error)
{
    return append(db, event.sessionId, ChangeType::Step,
                  {{QStringLiteral("eventId"), event.id}, {QStringLiteral("kind"), eventKindToString(event.kind)},
                   {QStringLiteral("detail"), event.detail}},
                  error);
}

bool appendFile(const QSqlDatabase &db, const QString &sessionId, int version, const QString &summary,
                const QList<AppFile> &files, QSqlError &error)
{
    QJsonArray paths;
    for (const AppFile &file : files)
        paths.append(file.path);
    return append(db, sessionId, ChangeType::File,
                  {{QStringLiteral("version"), version}, {QStringLiteral("summary"), summary},
                   {QStringLiteral("files"), paths}},
                  error);
}

bool appendLog(const QSqlDatabase &db, const QString &sessionId, qint64 from, qint64 to, QSqlError &error)
{
    return append(db, sessionId, ChangeType::Log, {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}, error);
}

bool appendError(const QSqlDatabase &db, const QString &sessionId, const SpawnError &failure, QSqlError &error)
{
    const QJsonObject body{{QStringLiteral("kind"), errorKindToString(failure.kind)},
                           {QStringLiteral("message"), failure.message},
                           {QStringLiteral("recoverable"), failure.retryable}};
    return append(db, sessionId, ChangeType::Error, {{QStringLiteral("error"), body}}, error);
}

bool appendCost(const QSqlDatabase &db, const QString &sessionId, QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("SELECT actual_cost, estimated_cost FROM sessions WHERE id = ?"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(sessionId);
    if (!run(query, error))
        return false;
    if (!query.next())
        return true;
    return append(db, sessionId, ChangeType::Cost,
                  {{QStringLiteral("actualCost"), query.value(0).toDouble()},
                   {QStringLiteral("estimatedCost"), query.value(1).toDouble()}},
                  error);
}

bool appendCosts(const QSqlDatabase &db, const QStringList &sessionIds, QSqlError &error)
{
    for (const QString &id : sessionIds) {
        if (!appendCost(db, id, error))
            return false;
    }
    return true;
}

bool removeBeforeDeleted(const QSqlDatabase &db, const QString &sessionId, QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral(
            "DELETE FROM session_changes WHERE session_id = ? AND type != 'session.deleted'"))) {
        error = query.lastError();
        return false;
    }
    query.addBindValue(sessionId);
    return run(query, error);
}

ChangePage list(const QSqlDatabase &db, const ChangeQuery &request)
{
    ChangePage page;
    const int limit = request.limit > 0 ? request.limit : 500;
    const bool oneSession = !request.sessionId.isEmpty();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = u"SELECT " + Columns + u" FROM session_changes WHERE "
                  + (oneSession ? u"session_id = ? AND seq > ?" : u"id > ?");
    if (request.untilId >= 0)
        sql += u" AND id <= ?";
    sql += oneSession ? u" ORDER BY seq LIMIT ?" : u" ORDER BY id LIMIT ?";
    if (!StoreSql::prepare(query, sql))
        return page;
    if (oneSession) {
        query.addBindValue(request.sessionId);
        query.addBindValue(request.afterSeq);
    } else {
        query.addBindValue(request.afterId);
    }
    if (request.untilId >= 0)
        query.addBindValue(request.untilId);
    query.addBindValue(limit + 1);
    if (!StoreSql::exec(query))
        return page;
    while (query.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        page.changes.append(readChange(query));
    }
    // Ids and seqs have no holes but the ones retention makes (a rolled back
    // insert gives its AUTOINCREMENT value back).
    if (!page.changes.isEmpty()) {
        const SessionChange &first = page.changes.constFirst();
        page.gap = oneSession ? first.seq != request.afterSeq + 1
                              : request.afterId > 0 && first.id != request.afterId + 1;
    }
    return page;
}

qint64 lastId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM session_changes"))
        || !StoreSql::exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

int prune(const QSqlDatabase &db, const QDateTime &now, const Retention &rule)
{
    const qint64 last = lastId(db);
    QSqlQuery query(db);
    // A session's newest change carries its latest seq (the next one counts
    // on it) and its newest status is what a late reader must still see.
    if (!StoreSql::prepare(query, QStringLiteral(
            "DELETE FROM session_changes WHERE (at < ? OR (type = 'session.log' AND at < ?) OR id <= ?) "
            "AND id NOT IN (SELECT MAX(id) FROM session_changes GROUP BY session_id) "
            "AND id NOT IN (SELECT MAX(id) FROM session_changes WHERE type = 'session.status' GROUP BY session_id)")))
        return -1;
    query.addBindValue(StoreSql::timeValue(now.addSecs(-std::chrono::seconds(rule.maxAge).count())));
    query.addBindValue(StoreSql::timeValue(now.addSecs(-std::chrono::seconds(rule.maxLogAge).count())));
    query.addBindValue(last - rule.maxRows);
    if (!StoreSql::exec(query))
        return -1;
    return query.numRowsAffected();
}

} // namespace ChangeTable
