// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QByteArray>
#include <QString>

// The API's bearer token of one data folder: 256 random bits, base64url.
// The host keeps it in <data>/api-token (mode 0600, for scripts and the
// command line) and a copy in the keychain (ApiTokenSetup). current()
// re-reads the file when it changed, so `spawnai token --rotate` reaches a
// running host at its next request.
class ApiToken final
{
public:
    explicit ApiToken(const QString &dataDir);

    // The token the file holds now; empty when there is none.
    QByteArray current();

    static QByteArray generate();
    // In constant time for tokens of the same length (the length is public).
    static bool matches(const QByteArray &expected, const QByteArray &given);
    static QString filePath(const QString &dataDir);
    // The keychain entry of `dataDir`'s token: one per data folder.
    static QString keychainName(const QString &dataDir);
    static QByteArray readFile(const QString &dataDir);
    // Written to a new file with mode 0600 and renamed over the old one.
    static SpawnError writeFile(const QString &dataDir, const QByteArray &token);
    static bool looksValid(const QByteArray &token);

private:
    struct FileStamp
    {
        qint64 inode = -1;
        qint64 modifiedNs = -1;
        qint64 size = -1;
        friend bool operator==(const FileStamp &, const FileStamp &) = default;
    };

    QString m_dataDir;
    QByteArray m_token;
    FileStamp m_stamp;
};
