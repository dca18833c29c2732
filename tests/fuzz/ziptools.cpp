// SPDX-License-Identifier: MIT
#include "ziptools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <zlib.h>

namespace {

quint16 get16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 get32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

bool inflateRaw(const QByteArray &input, qsizetype size, QByteArray *output)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    output->resize(size);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output->data());
    stream.avail_out = uInt(output->size());
    const int result = inflate(&stream, Z_FINISH);
    const bool whole = result == Z_STREAM_END && stream.total_out == uLong(size) && stream.avail_in == 0;
    inflateEnd(&stream);
    return whole;
}

} // namespace

QList<ZipReadEntry> readZip(const QByteArray &archive, bool *ok)
{
    *ok = false;
    QList<ZipReadEntry> entries;
    constexpr qsizetype EndSize = 22;
    if (archive.size() < EndSize)
        return {};
    const qsizetype end = archive.size() - EndSize;
    if (get32(archive, end) != 0x06054b50)
        return {};
    const quint16 count = get16(archive, end + 10);
    const quint32 directorySize = get32(archive, end + 12);
    qsizetype at = get32(archive, end + 16);
    if (at + qsizetype(directorySize) != end)
        return {};
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > end || get32(archive, at) != 0x02014b50)
            return {};
        const quint16 method = get16(archive, at + 10);
        const quint32 crc = get32(archive, at + 16);
        const quint32 packed = get32(archive, at + 20);
        const quint32 size = get32(archive, at + 24);
        const quint16 nameSize = get16(archive, at + 28);
        const qsizetype extra = get16(archive, at + 30) + get16(archive, at + 32);
        const quint32 mode = get32(archive, at + 38) >> 16;
        const qsizetype local = get32(archive, at + 42);
        if (at + 46 + nameSize + extra > end)
            return {};
        const QByteArray name = archive.mid(at + 46, nameSize);
        at += 46 + nameSize + extra;

        if (local + 30 > archive.size() || get32(archive, local) != 0x04034b50)
            return {};
        const qsizetype dataStart = local + 30 + get16(archive, local + 26) + get16(archive, local + 28);
        if (archive.mid(local + 30, get16(archive, local + 26)) != name || dataStart + qsizetype(packed) > archive.size())
            return {};
        const QByteArray data = archive.mid(dataStart, packed);
        QByteArray content;
        if (method == 0) {
            content = data;
        } else if (method != 8 || !inflateRaw(data, size, &content)) {
            return {};
        }
        if (quint32(content.size()) != size
            || crc != quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(content.constData()),
                                    uInt(content.size()))))
            return {};
        entries.append({QString::fromUtf8(name), content, mode});
    }
    *ok = at == end;
    return entries;
}

bool externalToolsAgree(const QByteArray &archive, const QList<ZipReadEntry> &expected, QString *why)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(archive) != archive.size())
        return *why = QStringLiteral("cannot write %1").arg(path), false;
    file.close();

    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-tqq"), path});
        if (!unzip.waitForFinished(60000) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0)
            return *why = QStringLiteral("unzip -t: ") + QString::fromLocal8Bit(unzip.readAll()), false;
    }

    // Names, modes and contents as Python's zipfile reads them.
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, zipfile\n"
                                 "z = zipfile.ZipFile(sys.argv[1])\n"
                                 "bad = z.testzip()\n"
                                 "if bad: sys.exit('bad entry ' + bad)\n"
                                 "print(json.dumps([[i.filename, z.read(i).hex(), i.external_attr >> 16]"
                                 " for i in z.infolist()]))\n"),
                  path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return *why = QStringLiteral("zipfile: ") + QString::fromLocal8Bit(python.readAllStandardError()), false;
    QList<ZipReadEntry> read;
    const QJsonArray list = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &value : list) {
        const QJsonArray entry = value.toArray();
        read.append({entry.at(0).toString(), QByteArray::fromHex(entry.at(1).toString().toLatin1()),
                     quint32(entry.at(2).toInteger())});
    }
    if (read != expected)
        return *why = QStringLiteral("zipfile read other entries"), false;
    return true;
}
