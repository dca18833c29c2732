// SPDX-License-Identifier: MIT
#pragma once

#include "appversion.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

// The app_versions and app_files tables.
namespace AppVersionTable {

// Inside the caller's transaction. Returns the new version number (one more
// than the session's latest, starting at 1), or 0 on failure.
int insert(const QSqlDatabase &db, const QString &sessionId, const QDateTime &time,
           const QString &manifestJson, const QList<AppFile> &files, const QString &summary,
           QSqlError &error);
// `version` 0 means the latest. Files come sorted by path.
std::optional<AppVersion> load(const QSqlDatabase &db, const QString &sessionId, int version);
// Every version of the session, oldest first, without their files.
QList<AppVersion> list(const QSqlDatabase &db, const QString &sessionId);
bool hasAny(const QSqlDatabase &db, const QString &sessionId);

} // namespace AppVersionTable
