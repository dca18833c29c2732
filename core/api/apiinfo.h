// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QString>
#include <QUrl>

#include <optional>

// <data>/api.json: where a data folder's host listens, for scripts and for
// `spawnai spawn --detach`. Mode 0600. It says where the token is, never
// the token itself.
struct ApiInfo
{
    QUrl url;           // http://127.0.0.1:PORT
    qint64 pid = 0;     // the host's process
    QString tokenFile;  // <data>/api-token
    QString version;

    static QString filePath(const QString &dataDir);
    SpawnError write(const QString &dataDir) const;
    // Nothing when there is no file or it does not parse.
    static std::optional<ApiInfo> read(const QString &dataDir);
    // Removes the file when it names this process.
    static void removeOwn(const QString &dataDir);
};
