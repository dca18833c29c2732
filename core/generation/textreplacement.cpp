// SPDX-License-Identifier: MIT
#include "textreplacement.h"

namespace {
qsizetype countIn(const QList<AppFile> &files, const QByteArray &needle, const AppFile **where)
{
    qsizetype count = 0;
    for (const AppFile &file : files) {
        const qsizetype here = file.content.count(needle);
        if (here > 0 && where)
            *where = &file;
        count += here;
    }
    return count;
}
} // namespace

TextReplacement TextReplacement::apply(const QList<AppFile> &files, const QString &oldText, const QString &newText)
{
    TextReplacement result;
    const QString before = oldText.trimmed();
    if (before.isEmpty())
        return result;
    // The page shows "Tom & Jerry" where the markup says "Tom &amp; Jerry":
    // the new text is written the way the old one was found.
    const QList<std::pair<QByteArray, QByteArray>> forms{
        {before.toUtf8(), newText.trimmed().toUtf8()},
        {before.toHtmlEscaped().toUtf8(), newText.trimmed().toHtmlEscaped().toUtf8()},
    };
    for (const auto &[needle, replacement] : forms) {
        const AppFile *where = nullptr;
        const qsizetype count = countIn(files, needle, &where);
        if (count == 0)
            continue;
        result.matches = int(count);
        if (count == 1) {
            result.changed = *where;
            result.changed.content.replace(needle, replacement);
        }
        return result;
    }
    return result;
}
