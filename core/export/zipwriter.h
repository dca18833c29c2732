// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

// A minimal ZIP writer (Qt's QZipWriter is private API): each entry is
// deflated with zlib, or stored when that does not make it smaller. UTF-8
// names, no ZIP64 (an app's code is far below 4 GB), Unix permissions so
// executables stay executable when unpacked.
class ZipWriter final
{
public:
    struct Entry
    {
        QString path;  // with '/' separators, relative
        QByteArray content;
        bool executable = false;
    };

    explicit ZipWriter(const QDateTime &modified = QDateTime::currentDateTime());

    void addFile(const QString &path, const QByteArray &content, bool executable = false);
    // The whole archive, or an empty array when an entry's name is empty,
    // absolute or climbs out with "..".
    QByteArray archive() const;
    // Writes archive() to `device`; false when it is invalid or writing fails.
    bool write(QIODevice *device) const;

private:
    QList<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};
