// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"

#include <QString>

class QSqlQuery;

// How a Session maps onto a row of the sessions table, kept in one place so
// reads and writes cannot drift apart.
namespace SessionRow {

// The column list for SELECT, in the order read() expects.
QString columns();
// INSERT with one positional placeholder per column.
QString insertSql();
// Binds every field, in columns() order, to an INSERT prepared from insertSql().
void bind(QSqlQuery &query, const Session &session);
// Reads the current row of a SELECT of columns().
Session read(const QSqlQuery &query);

} // namespace SessionRow
