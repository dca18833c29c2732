// SPDX-License-Identifier: MIT
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcSql, "spawnai.store.sql")

// SQLite's primary result codes for "someone else holds the lock".
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
// "Insertion failed because database is full": the disk (SQLite maps ENOSPC to it).
constexpr int SqliteFull = 13;
} // namespace

namespace StoreSql {

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        qCWarning(lcSql) << "Unreadable timestamp in the database:" << value.toString();
    return time.toUTC();
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalText(const QString &value)
{
    if (value.isEmpty())
        return {};
    return value;
}

bool prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    qCCritical(lcSql).noquote() << "Preparing a statement failed:" << query.lastError().text()
                                << "in" << sql.simplified();
    return false;
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcSql).noquote() << "A statement failed:" << query.lastError().text() << "in"
                               << query.lastQuery().simplified();
    return false;
}

SpawnError storeError(const QString &what, const QSqlError &error)
{
    // Extended result codes keep the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SqliteFull) {
        // The one place a full disk under the history becomes words: SQLite
        // rolled the transaction back, so what was stored before is whole.
        qCWarning(lcSql).noquote() << what << error.text();
        return SpawnError::resource(
            QCoreApplication::translate("StoreSql", "%1. The disk holding SpawnAI's data is full: free some space "
                                                    "on it and try again; nothing saved before is lost.")
                .arg(what));
    }
    const bool busy = code == SqliteBusy || code == SqliteLocked;
    QString message = what;
    if (error.isValid())
        message += u": " + error.text();
    return SpawnError::system(message, busy);
}

} // namespace StoreSql
