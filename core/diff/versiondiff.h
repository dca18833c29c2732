// SPDX-License-Identifier: MIT
#pragma once

#include "filediff.h"
#include "common/appfile.h"

#include <QJsonObject>

// What changed between two versions of an app, file by file: the Code
// tab's diff, `spawnai diff` and the API's …/versions/{a}/diff/{b}.
// Unchanged files are left out; paths are in order.
class VersionDiff final
{
public:
    static VersionDiff compare(const QList<AppFile> &from, const QList<AppFile> &to, int contextLines = 3);

    const QList<FileDiff> &files() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }
    int linesAdded() const { return m_linesAdded; }
    int linesDeleted() const { return m_linesDeleted; }

    // A unified diff that patch -p1 applies to the older version's files.
    QByteArray unified() const;
    // One line per file, as git diff --stat, and the totals.
    QString stat() const;
    // {files: [{path, change, binary, rewritten, added, deleted, diff}], added, deleted}
    QJsonObject toJson() const;

    static FileDiff compareFile(const QString &path, const QByteArray *from, const QByteArray *to, int contextLines);
    static QByteArray unified(const FileDiff &file);

private:
    QList<FileDiff> m_files;
    int m_linesAdded = 0;
    int m_linesDeleted = 0;
};
