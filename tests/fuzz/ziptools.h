// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The archives fuzz_zip_roundtrip reads back: path, content, Unix mode.
struct ZipReadEntry
{
    QString path;
    QByteArray content;
    quint32 mode = 0;
    bool operator==(const ZipReadEntry &) const = default;
};

// A strict reader of the subset ZipWriter writes (stored or deflated, no
// ZIP64): nullopt-like failure is an empty list with `ok` false.
QList<ZipReadEntry> readZip(const QByteArray &archive, bool *ok);

// unzip -t and Python's zipfile on the same archive (replay build only:
// two processes per input are too slow for fuzzing). `ok` false when
// either refuses it or reads other bytes than `expected`.
bool externalToolsAgree(const QByteArray &archive, const QList<ZipReadEntry> &expected, QString *why);
