// SPDX-License-Identifier: MIT
// PathValidator: a path it accepts never leaves the app folder once joined
// and normalised, is already normal (nothing for normalisation to fold), and
// names a file, not the folder itself. Its display name escapes every
// control character.
#include "deploy/pathvalidator.h"
#include "fuzzsupport.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QString::fromUtf8(fuzz::bytes(data, size));
    SpawnError error;
    const bool valid = PathValidator::validate(path, &error);
    FUZZ_CHECK(valid != error.isError());

    const QString shown = PathValidator::displayName(path);
    for (QChar c : shown)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    if (!valid)
        return 0;

    const QString root = QStringLiteral("/home/user/app");
    const QString joined = QDir::cleanPath(root + u'/' + path);
    FUZZ_CHECK(joined.startsWith(root + u'/'));
    FUZZ_CHECK(joined.size() > root.size() + 1);
    FUZZ_CHECK(QDir::cleanPath(path) == path);
    FUZZ_CHECK(!QDir::isAbsolutePath(path));
    FUZZ_CHECK(QDir(root).relativeFilePath(joined) == path);
    return 0;
}
