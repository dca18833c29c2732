// SPDX-License-Identifier: MIT
#include "packagespec.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.packages")

// Semver building blocks, as npm's own range grammar has them.
#define SPAWNAI_PARTIAL \
    "(?:\\d+|[xX*])(?:\\.(?:\\d+|[xX*])){0,2}" \
    "(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?"
#define SPAWNAI_OPERATOR "(?:\\^|~>?|[<>]=?|=)"
#define SPAWNAI_TAG "[A-Za-z][A-Za-z0-9._-]*"
#define SPAWNAI_NPM_NAME "(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*"

const QRegularExpression &npmNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^" SPAWNAI_NPM_NAME "$"));
    return re;
}

// On the command line: no whitespace at all.
const QRegularExpression &npmSpecPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^" SPAWNAI_NPM_NAME "(?:@(?:" SPAWNAI_TAG
        "|\\*|" SPAWNAI_OPERATOR "?v?" SPAWNAI_PARTIAL
        "(?:\\|\\|" SPAWNAI_OPERATOR "?v?" SPAWNAI_PARTIAL ")*))?$"));
    return re;
}

// In package.json: comparator sets with spaces, "||" and hyphen ranges.
const QRegularExpression &npmRangePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:|\\*|" SPAWNAI_TAG "|"
        "(?:(?:v?" SPAWNAI_PARTIAL "\\s+-\\s+v?" SPAWNAI_PARTIAL ")"
        "|(?:" SPAWNAI_OPERATOR "?\\s*v?" SPAWNAI_PARTIAL
        "(?:\\s+" SPAWNAI_OPERATOR "?\\s*v?" SPAWNAI_PARTIAL ")*))"
        "(?:\\s*\\|\\|\\s*(?:(?:v?" SPAWNAI_PARTIAL "\\s+-\\s+v?" SPAWNAI_PARTIAL ")"
        "|(?:" SPAWNAI_OPERATOR "?\\s*v?" SPAWNAI_PARTIAL
        "(?:\\s+" SPAWNAI_OPERATOR "?\\s*v?" SPAWNAI_PARTIAL ")*)))*)\\s*$"));
    return re;
}

// PEP 508 names and extras, PEP 440 comparisons; no markers, no URLs.
const QRegularExpression &pipSpecPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?"
        "(?:\\[[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?"
        "(?:,[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)*\\])?"
        "(?:(?:==|>=|<=|~=|!=|<|>)[0-9][0-9A-Za-z.*+_-]*"
        "(?:,(?:==|>=|<=|~=|!=|<|>)[0-9][0-9A-Za-z.*+_-]*)*)?$"));
    return re;
}

#undef SPAWNAI_PARTIAL
#undef SPAWNAI_OPERATOR
#undef SPAWNAI_TAG
#undef SPAWNAI_NPM_NAME

bool looksLikeReference(const QString &spec)
{
    static const QRegularExpression scheme(
        QStringLiteral("^(?:git\\+|git:|file:|https?:|ssh:|github:|gitlab:|bitbucket:|gist:|npm:|link:|workspace:)"),
        QRegularExpression::CaseInsensitiveOption);
    return spec.contains(QLatin1String("://")) || spec.contains(scheme);
}

bool looksLikePath(const QString &spec)
{
    return spec.startsWith(u'.') || spec.startsWith(u'/') || spec.startsWith(u'~')
        || spec.contains(QLatin1String("..")) || spec.contains(u'\\');
}

// The reasons that have a clearer name than "not a plain package name".
QString commonRefusal(const QString &spec)
{
    if (spec.isEmpty())
        return PackageSpec::tr("it is empty");
    if (spec.size() > PackageSpec::MaxSpecLength)
        return PackageSpec::tr("it is longer than %1 characters").arg(PackageSpec::MaxSpecLength);
    for (QChar c : spec) {
        if (c.isSpace())
            return PackageSpec::tr("it contains whitespace");
        if (c.category() == QChar::Other_Control)
            return PackageSpec::tr("it contains a control character");
    }
    if (spec.startsWith(u'-'))
        return PackageSpec::tr("it looks like a command-line option");
    if (looksLikeReference(spec))
        return PackageSpec::tr("URLs, git and file references are not allowed, only registry names");
    // "|", "<", ">" and "!" are left to each grammar: ranges and pip
    // comparisons need them, and no shell ever sees a spec.
    static const QRegularExpression shell(QStringLiteral("[;&$`'\"(){}\\\\#?]"));
    if (spec.contains(shell))
        return PackageSpec::tr("it contains shell characters");
    return {};
}

bool refuse(const QString &manager, const QString &spec, const QString &reason, SpawnError *error)
{
    qCDebug(lc) << "refused" << manager << "spec" << spec << reason;
    if (error) {
        *error = SpawnError::user(PackageSpec::tr("%1 package \"%2\" is not allowed: %3")
                                      .arg(manager, spec.left(PackageSpec::MaxSpecLength), reason));
    }
    return false;
}
} // namespace

bool PackageSpec::validateNpm(const QString &spec, SpawnError *error)
{
    const QString npm = QStringLiteral("npm");
    if (const QString reason = commonRefusal(spec); !reason.isEmpty())
        return refuse(npm, spec, reason, error);
    if (looksLikePath(spec))
        return refuse(npm, spec, tr("paths are not allowed, only registry names"), error);
    const qsizetype at = spec.indexOf(u'@', 1);
    const QString name = at < 0 ? spec : spec.left(at);
    if (!npmNamePattern().match(name).hasMatch()) {
        return refuse(npm, spec,
                      tr("\"%1\" is not a valid package name (lower-case letters, digits, "
                         "\"-\", \".\", \"_\", an optional @scope/)").arg(name),
                      error);
    }
    if (name.size() > 214)
        return refuse(npm, spec, tr("the name is longer than 214 characters"), error);
    if (!npmSpecPattern().match(spec).hasMatch())
        return refuse(npm, spec, tr("the version must be a semver range or a tag such as ^4.19.2 or latest"), error);
    return true;
}

bool PackageSpec::validatePip(const QString &spec, SpawnError *error)
{
    const QString pip = QStringLiteral("pip");
    if (const QString reason = commonRefusal(spec); !reason.isEmpty())
        return refuse(pip, spec, reason, error);
    if (looksLikePath(spec) || spec.contains(u'/'))
        return refuse(pip, spec, tr("paths are not allowed, only registry names"), error);
    if (spec.contains(u'@') || spec.contains(u';'))
        return refuse(pip, spec, tr("direct references and markers are not allowed"), error);
    if (!pipSpecPattern().match(spec).hasMatch()) {
        return refuse(pip, spec,
                      tr("write a name with an optional version, such as requests==2.31.0 "
                         "or numpy>=1.26,<2"),
                      error);
    }
    return true;
}

bool PackageSpec::isNpmName(const QString &name)
{
    return name.size() <= 214 && npmNamePattern().match(name).hasMatch();
}

bool PackageSpec::isPipName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$"));
    return name.size() <= MaxSpecLength && re.match(name).hasMatch();
}

bool PackageSpec::validateApproval(const QString &name, SpawnError *error)
{
    if (isNpmName(name) || isPipName(name))
        return true;
    qCDebug(lc) << "refused approval of" << name;
    if (error) {
        *error = SpawnError::user(tr("\"%1\" is not a package name (such as sharp, @scope/name or Pillow)")
                                      .arg(name.left(MaxSpecLength)));
    }
    return false;
}

bool PackageSpec::isNpmRange(const QString &range)
{
    return range.size() <= MaxSpecLength && npmRangePattern().match(range).hasMatch();
}
