// SPDX-License-Identifier: MIT
#include "pathvalidator.h"

#include <QLoggingCategory>
#include <QStringList>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.paths")

bool isForbiddenCodePoint(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)
        // Bidirectional overrides make a name read differently than it is.
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || QChar::isSurrogate(c) || QChar::isNonCharacter(c) || c == 0xfeff;
}

bool refuse(const QString &path, const QString &reason, SpawnError *error)
{
    qCDebug(lc) << "refused path" << path << reason;
    if (error) {
        *error = SpawnError::user(
            PathValidator::tr("File \"%1\" is not allowed: %2")
                .arg(PathValidator::displayName(path), reason));
    }
    return false;
}
} // namespace

bool PathValidator::validate(const QString &path, SpawnError *error)
{
    if (path.isEmpty())
        return refuse(path, tr("the path is empty"), error);
    if (path.size() > MaxPathLength)
        return refuse(path, tr("the path is longer than %1 characters").arg(MaxPathLength), error);
    for (char32_t c : path.toUcs4()) {
        if (isForbiddenCodePoint(c))
            return refuse(path, tr("it contains a control or invisible character"), error);
    }
    if (path.contains(u'\\'))
        return refuse(path, tr("backslashes are not allowed, use \"/\""), error);
    if (path.startsWith(u'/') || path.startsWith(u'~'))
        return refuse(path, tr("the path must be relative to the app folder"), error);
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter())
        return refuse(path, tr("drive letters are not allowed"), error);
    // Qt takes a path that starts with ":" for one of its embedded resources:
    // QDir(appFolder).filePath(":x") is ":x", not a file in the app folder.
    if (path.startsWith(u':'))
        return refuse(path, tr("a path must not start with \":\""), error);

    const QStringList segments = path.split(u'/');
    if (segments.size() > MaxDepth)
        return refuse(path, tr("it is nested deeper than %1 folders").arg(MaxDepth), error);
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return refuse(path, tr("it has an empty path segment"), error);
        if (segment == u"." || segment == u"..")
            return refuse(path, tr("\".\" and \"..\" segments are not allowed"), error);
        if (segment.toUtf8().size() > MaxSegmentBytes)
            return refuse(path, tr("a name is longer than %1 bytes").arg(MaxSegmentBytes), error);
        // npm owns node_modules; a file written there would be silently
        // replaced, or would plant code that the install then trusts.
        if (segment == u"node_modules")
            return refuse(path, tr("node_modules is filled by the package install"), error);
    }
    if (segments.constFirst() == u".spawnai")
        return refuse(path, tr(".spawnai is reserved for SpawnAI"), error);
    // npm reads the project's .npmrc, which could point it at any registry
    // while the install has network access.
    if (path == u".npmrc")
        return refuse(path, tr(".npmrc could redirect the package install"), error);
    return true;
}

QString PathValidator::displayName(const QString &path)
{
    QString shown;
    shown.reserve(path.size());
    for (char32_t c : path.toUcs4()) {
        if (isForbiddenCodePoint(c))
            shown += QStringLiteral("\\u{%1}").arg(quint32(c), 0, 16);
        else
            shown += QString::fromUcs4(&c, 1);
    }
    constexpr int MaxShown = 120;
    if (shown.size() > MaxShown)
        shown = shown.left(MaxShown) + QChar(0x2026);
    return shown;
}
