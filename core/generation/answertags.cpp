// SPDX-License-Identifier: MIT
#include "answertags.h"

#include <QCoreApplication>

namespace AnswerTags {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnswerTags", text);
}
// lupdate: the tr() calls below belong to this context.
/* TRANSLATOR AnswerTags */

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

// Skips whitespace from `at`; returns the new position.
qsizetype skipSpace(QStringView text, qsizetype at)
{
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    return at;
}

// <file ...> and <delete .../>: attributes until ">" or "/>". Attributes
// other than path are ignored (models add language="js" now and then).
void readAttributes(QStringView text, qsizetype at, Tag *tag)
{
    for (;;) {
        at = skipSpace(text, at);
        if (at >= text.size()) {
            tag->problem = tr("the tag is not closed with \">\"");
            return;
        }
        if (text.at(at) == u'>') {
            tag->rest = text.mid(at + 1);
            return;
        }
        if (text.at(at) == u'/' && at + 1 < text.size() && text.at(at + 1) == u'>') {
            tag->selfClosing = true;
            tag->rest = text.mid(at + 2);
            return;
        }
        const qsizetype nameStart = at;
        while (at < text.size() && isNameChar(text.at(at)))
            ++at;
        if (at == nameStart) {
            tag->problem = tr("unexpected \"%1\" in the tag").arg(text.at(at));
            return;
        }
        const QStringView name = text.sliced(nameStart, at - nameStart);
        at = skipSpace(text, at);
        if (at >= text.size() || text.at(at) != u'=') {
            tag->problem = tr("attribute \"%1\" has no value").arg(name);
            return;
        }
        at = skipSpace(text, at + 1);
        if (at >= text.size() || (text.at(at) != u'"' && text.at(at) != u'\'')) {
            tag->problem = tr("the value of \"%1\" must be in quotes").arg(name);
            return;
        }
        const QChar quote = text.at(at);
        const qsizetype valueEnd = text.indexOf(quote, at + 1);
        if (valueEnd < 0) {
            tag->problem = tr("the value of \"%1\" has no closing quote").arg(name);
            return;
        }
        if (name == u"path") {
            QString path = text.sliced(at + 1, valueEnd - at - 1).trimmed().toString();
            // "./index.html" is a common habit and means the same file.
            while (path.startsWith(QLatin1String("./")))
                path.remove(0, 2);
            tag->path = path;
            tag->hasPath = true;
        }
        at = valueEnd + 1;
    }
}

// "<app>", "</app>", "</manifest>", "</file>": the name, maybe spaces, ">".
bool readSimpleClose(QStringView text, qsizetype at, Tag *tag)
{
    at = skipSpace(text, at);
    if (at < text.size() && text.at(at) == u'>') {
        tag->rest = text.mid(at + 1);
        return true;
    }
    return false;
}

} // namespace

bool isProseFile(const QString &path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QLatin1String(".md")) || lower.endsWith(QLatin1String(".markdown"))
        || lower.endsWith(QLatin1String(".txt")) || lower.endsWith(QLatin1String(".rst"));
}

Tag read(QStringView trimmed)
{
    Tag tag;
    if (trimmed.size() < 3 || trimmed.front() != u'<')
        return tag;
    const bool closing = trimmed.at(1) == u'/';
    qsizetype at = closing ? 2 : 1;
    const qsizetype nameStart = at;
    while (at < trimmed.size() && isNameChar(trimmed.at(at)))
        ++at;
    const QStringView name = trimmed.sliced(nameStart, at - nameStart);
    // "<filename>" or "<files>" are not ours: the name must end here.
    if (at < trimmed.size() && !trimmed.at(at).isSpace() && trimmed.at(at) != u'>' && trimmed.at(at) != u'/')
        return tag;

    if (closing) {
        Kind kind = Kind::None;
        if (name == u"app")
            kind = Kind::AppClose;
        else if (name == u"manifest")
            kind = Kind::ManifestClose;
        else if (name == u"file")
            kind = Kind::FileClose;
        if (kind != Kind::None && readSimpleClose(trimmed, at, &tag))
            tag.kind = kind;
        return tag;
    }
    if (name == u"app" || name == u"manifest") {
        if (readSimpleClose(trimmed, at, &tag)) {
            tag.kind = name == u"app" ? Kind::AppOpen : Kind::ManifestOpen;
        } else if (at + 1 < trimmed.size() && trimmed.at(at) == u'/' && trimmed.at(at + 1) == u'>') {
            // <manifest/>: an empty block, the same as none.
            tag.kind = name == u"app" ? Kind::AppOpen : Kind::ManifestOpen;
            tag.selfClosing = true;
            tag.rest = trimmed.mid(at + 2);
        }
        return tag;
    }
    if (name == u"file" || name == u"delete") {
        tag.kind = name == u"file" ? Kind::FileOpen : Kind::Delete;
        readAttributes(trimmed, at, &tag);
        if (tag.problem.isEmpty() && !tag.hasPath)
            tag.problem = tr("it has no path attribute");
        else if (tag.problem.isEmpty() && tag.path.isEmpty())
            tag.problem = tr("its path is empty");
    }
    return tag;
}

} // namespace AnswerTags
