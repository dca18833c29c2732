// SPDX-License-Identifier: MIT
#include "pointedelement.h"

#include <QStringList>

namespace {
// Where `needle` occurs in exactly one of `files` (any number of times in
// it): that file's path; else empty.
QString onlyFileWith(const QList<AppFile> &files, const QByteArray &needle)
{
    if (needle.isEmpty())
        return {};
    QString found;
    for (const AppFile &file : files) {
        if (!file.content.contains(needle))
            continue;
        if (!found.isEmpty())
            return {};
        found = file.path;
    }
    return found;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}
} // namespace

QString PointedElementSource::fileFor(const PointedElement &element, const QList<AppFile> &files)
{
    const QString text = element.text.trimmed();
    if (!text.isEmpty()) {
        if (QString file = onlyFileWith(files, text.toUtf8()); !file.isEmpty())
            return file;
        if (QString file = onlyFileWith(files, text.toHtmlEscaped().toUtf8()); !file.isEmpty())
            return file;
    }
    // An element without text of its own (an input, an image, a box) is
    // found by what its markup or its script names it by.
    if (!element.id.isEmpty()) {
        if (QString file = onlyFileWith(files, QStringLiteral("id=\"%1\"").arg(element.id).toUtf8()); !file.isEmpty())
            return file;
        if (QString file = onlyFileWith(files, element.id.toUtf8()); !file.isEmpty())
            return file;
    }
    const QString firstClass = element.classes.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (firstClass.size() > 2)
        return onlyFileWith(files, firstClass.toUtf8());
    return {};
}

QString PointedElementSource::withElement(const QString &request, const PointedElement &element)
{
    if (element.isEmpty())
        return request;
    // Written for the model, like the rest of the request.
    QStringList parts{u'<' + element.tag + u'>', QStringLiteral("selector=") + quoted(element.selector)};
    if (!element.text.isEmpty())
        parts << QStringLiteral("text=") + quoted(element.text);
    if (!element.file.isEmpty())
        parts << QStringLiteral("file=") + element.file;
    return request + QStringLiteral("\n\nThe user pointed at this element in the app's page: ")
        + parts.join(u' ');
}

QString PointedElementSource::changeTextRequest(const QString &oldText, const QString &newText)
{
    return QStringLiteral("Change the text %1 to %2").arg(quoted(oldText), quoted(newText));
}
