// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;
class QDateTime;
class QVariant;

// How a Session maps onto a row of the sessions table, kept in one place so
// reads and writes cannot drift apart.
namespace SessionRow {

// The approved_scripts column: a sorted JSON array; reading drops what is
// no package name.
QString approvedToJson(const QStringList &names);
QStringList approvedFromJson(const QString &json);
// The column list for SELECT, in the order read() expects.
QString columns();
// INSERT with one positional placeholder per column.
QString insertSql();
// Binds every field, in columns() order, to an INSERT prepared from insertSql().
void bind(QSqlQuery &query, const Session &session);
// Reads the current row of a SELECT of columns().
Session read(const QSqlQuery &query);
// Sets one fixed column (never caller data) and updated_at, and records the
// change in the feed (session.cost for a cost, else session.status), inside
// the caller's transaction. `found` is false for an unknown id.
bool update(const QSqlDatabase &db, const QString &id, const QString &column, const QVariant &value,
            bool &found, QSqlError &error);
// Sets updated_at only (a new version).
bool touch(const QSqlDatabase &db, const QString &id, const QDateTime &now, QSqlError &error);

} // namespace SessionRow
