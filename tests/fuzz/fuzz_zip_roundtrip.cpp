// SPDX-License-Identifier: MIT
// ZipWriter's round trip. The input is a list of files, separated by NUL
// bytes, each "path\ncontent" (a path starting with "*" is executable). The
// archive is empty exactly when a path is unsafe; otherwise a strict reader
// gets back every path, mode and byte. The replay build also has unzip -t
// and Python's zipfile read each archive back, byte for byte.
#include "export/zipwriter.h"
#include "fuzzsupport.h"
#include "ziptools.h"

#include <QDir>

namespace {

// The rule a name must meet, written out again on purpose: the property
// below checks ZipWriter against this statement of it, not against itself.
bool safe(const QString &path)
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

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size).toByteArray();
    ZipWriter writer(QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26)));
    QList<ZipReadEntry> expected;
    bool allSafe = true;
    for (const QByteArray &record : input.split('\0')) {
        const qsizetype newline = record.indexOf('\n');
        QString path = QString::fromUtf8(newline < 0 ? record : record.left(newline));
        const QByteArray content = newline < 0 ? QByteArray() : record.mid(newline + 1);
        const bool executable = path.startsWith(u'*');
        if (executable)
            path.remove(0, 1);
        writer.addFile(path, content, executable);
        expected.append({path, content, executable ? 0100755u : 0100644u});
        allSafe = allSafe && safe(path);
    }
    const QByteArray archive = writer.archive();
    FUZZ_CHECK(archive.isEmpty() == !allSafe);
    if (archive.isEmpty())
        return 0;
    bool ok = false;
    const QList<ZipReadEntry> read = readZip(archive, &ok);
    FUZZ_CHECK(ok);
    FUZZ_CHECK(read == expected);
#ifdef SPAWNAI_FUZZ_REPLAY
    QString why;
    if (!externalToolsAgree(archive, expected, &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        FUZZ_CHECK(false);
    }
#endif
    return 0;
}
