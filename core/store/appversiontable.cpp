// SPDX-License-Identifier: MIT
#include "appversiontable.h"

#include "sqlsupport.h"

#include <QSqlQuery>

namespace {
bool insertFiles(const QSqlDatabase &db, qint64 versionRowId, const QList<AppFile> &files,
                 QSqlError &error)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral(
            "INSERT INTO app_files (version_id, path, content, executable) VALUES (?, ?, ?, ?)"))) {
        error = query.lastError();
        return false;
    }
    for (const AppFile &file : files) {
        query.bindValue(0, versionRowId);
        query.bindValue(1, StoreSql::text(file.path));
        // An empty file is still a file: a null QByteArray would bind as NULL.
        query.bindValue(2, file.content.isNull() ? QByteArray("") : file.content);
        query.bindValue(3, file.executable ? 1 : 0);
        if (!StoreSql::exec(query)) {
            error = query.lastError();
            return false;
        }
    }
    return true;
}

QList<AppFile> loadFiles(const QSqlDatabase &db, qint64 versionRowId)
{
    QList<AppFile> files;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT path, content, executable FROM app_files WHERE version_id = ? ORDER BY path")))
        return files;
    query.addBindValue(versionRowId);
    if (!StoreSql::exec(query))
        return files;
    while (query.next())
        files.append({query.value(0).toString(), query.value(1).toByteArray(),
                      query.value(2).toInt() != 0});
    return files;
}
} // namespace

namespace AppVersionTable {

int insert(const QSqlDatabase &db, const QString &sessionId, const QDateTime &time,
           const QString &manifestJson, const QList<AppFile> &files, const QString &summary,
           QSqlError &error)
{
    int version = 0;
    {
        QSqlQuery query(db);
        if (!StoreSql::prepare(query, QStringLiteral(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM app_versions WHERE session_id = ?"))) {
            error = query.lastError();
            return 0;
        }
        query.addBindValue(sessionId);
        if (!StoreSql::exec(query) || !query.next()) {
            error = query.lastError();
            return 0;
        }
        version = query.value(0).toInt();
    }
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral(
            "INSERT INTO app_versions (session_id, version, created_at, manifest, summary) "
            "VALUES (?, ?, ?, ?, ?)"))) {
        error = query.lastError();
        return 0;
    }
    query.addBindValue(sessionId);
    query.addBindValue(version);
    query.addBindValue(StoreSql::timeValue(time));
    query.addBindValue(StoreSql::text(manifestJson));
    query.addBindValue(StoreSql::text(summary));
    if (!StoreSql::exec(query)) {
        error = query.lastError();
        return 0;
    }
    if (!insertFiles(db, query.lastInsertId().toLongLong(), files, error))
        return 0;
    return version;
}

std::optional<AppVersion> load(const QSqlDatabase &db, const QString &sessionId, int version)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "SELECT id, version, created_at, manifest, summary FROM app_versions ");
    const bool ok = version > 0
        ? StoreSql::prepare(query, columns + u"WHERE session_id = ? AND version = ?")
        : StoreSql::prepare(query, columns + u"WHERE session_id = ? ORDER BY version DESC LIMIT 1");
    if (!ok)
        return std::nullopt;
    query.addBindValue(sessionId);
    if (version > 0)
        query.addBindValue(version);
    if (!StoreSql::exec(query) || !query.next())
        return std::nullopt;
    AppVersion result;
    const qint64 rowId = query.value(0).toLongLong();
    result.version = query.value(1).toInt();
    result.createdAt = StoreSql::timeFromValue(query.value(2));
    result.manifestJson = query.value(3).toString();
    result.summary = query.value(4).toString();
    query.finish();
    result.files = loadFiles(db, rowId);
    return result;
}

QList<AppVersion> list(const QSqlDatabase &db, const QString &sessionId)
{
    QList<AppVersion> versions;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT version, created_at, summary FROM app_versions WHERE session_id = ? ORDER BY version")))
        return versions;
    query.addBindValue(sessionId);
    if (!StoreSql::exec(query))
        return versions;
    while (query.next()) {
        AppVersion version;
        version.version = query.value(0).toInt();
        version.createdAt = StoreSql::timeFromValue(query.value(1));
        version.summary = query.value(2).toString();
        versions.append(version);
    }
    return versions;
}

bool hasAny(const QSqlDatabase &db, const QString &sessionId)
{
    QSqlQuery query(db);
    if (!StoreSql::prepare(query, QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM app_versions WHERE session_id = ?)")))
        return false;
    query.addBindValue(sessionId);
    return StoreSql::exec(query) && query.next() && query.value(0).toInt() != 0;
}

} // namespace AppVersionTable
