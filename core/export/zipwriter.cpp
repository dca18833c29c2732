// SPDX-License-Identifier: MIT
#include "zipwriter.h"

#include <algorithm>

#include <QIODevice>
#include <QStringList>
#include <QtEndian>

#include <zlib.h>

namespace {
constexpr quint16 VersionNeeded = 20;       // 2.0: deflate
constexpr quint16 VersionMadeByUnix = 0x031e;  // Unix, spec 3.0
constexpr quint16 Utf8NamesFlag = 0x0800;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// Raw deflate (no zlib header), as ZIP wants it; empty on failure.
QByteArray deflateRaw(const QByteArray &input)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray output(qsizetype(deflateBound(&stream, uLong(input.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = uInt(output.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    output.truncate(written);
    return output;
}

bool isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}
} // namespace

ZipWriter::ZipWriter(const QDateTime &modified)
{
    // MS-DOS time: two-second resolution, years from 1980.
    const QDateTime local = modified.toLocalTime();
    const QDate date = local.date();
    const QTime time = local.time();
    m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    m_dosDate = quint16((std::max(date.year() - 1980, 0) << 9) | (date.month() << 5) | date.day());
}

void ZipWriter::addFile(const QString &path, const QByteArray &content, bool executable)
{
    m_entries.append({path, content, executable});
}

QByteArray ZipWriter::archive() const
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &entry : m_entries) {
        if (!isSafePath(entry.path))
            return {};
        const QByteArray name = entry.path.toUtf8();
        const quint32 crc = quint32(crc32(crc32(0, nullptr, 0),
                                          reinterpret_cast<const Bytef *>(entry.content.constData()),
                                          uInt(entry.content.size())));
        QByteArray data = deflateRaw(entry.content);
        quint16 method = MethodDeflated;
        if (data.isEmpty() || data.size() >= entry.content.size()) {
            data = entry.content;
            method = MethodStored;
        }
        const quint32 offset = quint32(out.size());

        put32(out, 0x04034b50);
        put16(out, VersionNeeded);
        put16(out, Utf8NamesFlag);
        put16(out, method);
        put16(out, m_dosTime);
        put16(out, m_dosDate);
        put32(out, crc);
        put32(out, quint32(data.size()));
        put32(out, quint32(entry.content.size()));
        put16(out, quint16(name.size()));
        put16(out, 0);
        out.append(name);
        out.append(data);

        const quint32 mode = entry.executable ? 0100755 : 0100644;
        put32(directory, 0x02014b50);
        put16(directory, VersionMadeByUnix);
        put16(directory, VersionNeeded);
        put16(directory, Utf8NamesFlag);
        put16(directory, method);
        put16(directory, m_dosTime);
        put16(directory, m_dosDate);
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, quint32(entry.content.size()));
        put16(directory, quint16(name.size()));
        put16(directory, 0);  // extra field
        put16(directory, 0);  // comment
        put16(directory, 0);  // disk
        put16(directory, 0);  // internal attributes
        put32(directory, mode << 16);
        put32(directory, offset);
        directory.append(name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

bool ZipWriter::write(QIODevice *device) const
{
    const QByteArray bytes = archive();
    return !bytes.isEmpty() && device->write(bytes) == bytes.size();
}
