// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QVariant>

class QSqlQuery;

// Conversions and error handling shared by the store's tables, so every
// table writes times and empty values the same way.
namespace StoreSql {

// UTC ISO-8601 with milliseconds; an invalid time is NULL.
QVariant timeValue(const QDateTime &time);
QDateTime timeFromValue(const QVariant &value);
QDateTime now();

// NOT NULL text columns: a null QString would otherwise bind as NULL.
QString text(const QString &value);
// Optional text columns: empty is NULL.
QVariant optionalText(const QString &value);

// Prepare/exec that log the statement's error; the caller turns a failure
// into a SpawnError with storeError().
bool prepare(QSqlQuery &query, const QString &sql);
bool exec(QSqlQuery &query);

// A failed database call as the user sees it. A busy or locked database
// (another SpawnAI process held it past the timeout) is worth retrying.
SpawnError storeError(const QString &what, const QSqlError &error);

} // namespace StoreSql
