// SPDX-License-Identifier: MIT
#include "generatedappbuilder.h"

#include "answertags.h"
#include "deploy/deploypaths.h"
#include "deploy/pathvalidator.h"
#include "entrypointcheck.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.generation.builder")

bool refuse(const SpawnError &reason, SpawnError *error)
{
    qCDebug(lc) << "refused generated app:" << reason.message;
    if (error)
        *error = reason;
    return false;
}

// A comment line that stands for code left out. Two shapes, both short:
// an ellipsis with words like "existing" or "unchanged" ("// ... existing
// code ...", "/* …unchanged… */"), or a phrase that says it outright
// ("# rest of the file unchanged"). A real comment that merely mentions
// "unchanged" has no ellipsis and is not one of the outright phrases.
bool isPlaceholder(QStringView trimmed)
{
    static const QRegularExpression comment(QStringLiteral("^(//|#|/\\*|<!--|\\{/\\*|--|\\*)\\s*(.*)$"));
    const QRegularExpressionMatch match = comment.match(trimmed);
    if (!match.hasMatch() || trimmed.size() > 100)
        return false;
    const QString text = match.captured(2).toLower();
    const bool ellipsis = text.contains(QLatin1String("...")) || text.contains(u'…');
    static const QRegularExpression hinted(QStringLiteral(
        "existing|unchanged|remains? the same|same as before|rest of|previous|omitted|as before|other (code|methods|"
        "functions|styles|routes)"));
    static const QRegularExpression outright(QStringLiteral(
        "^(the )?rest of (the )?(file|code|styles|functions|component)|omitted for brevity|(code|file) (remains|stays) "
        "(the same|unchanged)|keep (the )?existing (code|content)"));
    return (ellipsis && hinted.match(text).hasMatch()) || outright.match(text).hasMatch();
}

// Files that start with "#!" are meant to be run directly ("./run.sh").
void markScripts(QList<AppFile> *files)
{
    for (AppFile &file : *files)
        file.executable = file.content.startsWith("#!");
}
} // namespace

GeneratedAppBuilder::GeneratedAppBuilder(const BundleLimits &limits)
    : m_limits(limits)
{
}

std::optional<AppBundle> GeneratedAppBuilder::build(const AppAnswer &answer, SpawnError *error) const
{
    return assemble(nullptr, answer, error);
}

std::optional<AppBundle> GeneratedAppBuilder::buildFollowUp(const AppBundle &previous, const AppAnswer &answer,
                                                            SpawnError *error) const
{
    return assemble(&previous, answer, error);
}

std::optional<AppBundle> GeneratedAppBuilder::assemble(const AppBundle *previous, const AppAnswer &answer,
                                                       SpawnError *error) const
{
    if (!answer.sawAppStart) {
        refuse(SpawnError::user(tr("its answer had no app in it")), error);
        return std::nullopt;
    }
    if (answer.truncated || !answer.complete) {
        const QString where = answer.openFile.isEmpty()
            ? QString()
            : tr(" inside file \"%1\"").arg(PathValidator::displayName(answer.openFile));
        refuse(SpawnError::user(tr("The answer stopped%1 before </app>: it is incomplete").arg(where)), error);
        return std::nullopt;
    }

    // A manifest sent as a file instead of a <manifest> block means the same.
    QList<AppFile> files = answer.files;
    std::optional<QByteArray> manifestJson = answer.manifestJson;
    const QString manifestName = DeployPaths::manifestFileName();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).path != manifestName)
            continue;
        if (manifestJson) {
            refuse(SpawnError::user(tr("The answer has both a <manifest> block and a file \"spawnai.json\". Send the "
                                       "manifest only once, in <manifest>")),
                   error);
            return std::nullopt;
        }
        manifestJson = files.takeAt(i).content;
        break;
    }

    Manifest manifest;
    if (manifestJson) {
        SpawnError manifestError;
        std::optional<Manifest> parsed = Manifest::fromJson(*manifestJson, &manifestError);
        if (!parsed) {
            refuse(SpawnError::user(tr("The <manifest> block is not valid: %1").arg(manifestError.message)), error);
            return std::nullopt;
        }
        manifest = std::move(*parsed);
    } else if (previous) {
        manifest = previous->manifest();
    } else {
        refuse(SpawnError::user(tr("The answer has no <manifest>. A new app needs one right after <app>, for example "
                                   "<manifest>{\"type\": \"webapp\", \"port\": 3000}</manifest>")),
               error);
        return std::nullopt;
    }

    for (const QString &path : answer.deletions) {
        if (!PathValidator::validate(path, error))
            return std::nullopt;
        if (answer.file(path)) {
            refuse(SpawnError::user(tr("File \"%1\" is both sent and deleted in this answer; do one or the other")
                                        .arg(PathValidator::displayName(path))),
                   error);
            return std::nullopt;
        }
    }
    if (!checkForPlaceholders(files, error))
        return std::nullopt;

    QList<AppFile> merged;
    if (previous) {
        const QString folderSuffix = QStringLiteral("/");
        for (const AppFile &file : previous->files()) {
            // <delete path="src"/> removes the folder and all it holds;
            // deleting a file that is not there is harmless.
            const bool deleted = std::any_of(answer.deletions.cbegin(), answer.deletions.cend(),
                                             [&](const QString &path) {
                                                 return file.path == path || file.path.startsWith(path + folderSuffix);
                                             });
            if (!deleted)
                merged << file;
        }
    }
    for (AppFile &file : files) {
        const auto existing = std::find_if(merged.begin(), merged.end(),
                                           [&](const AppFile &old) { return old.path == file.path; });
        if (existing != merged.end())
            *existing = std::move(file);
        else
            merged << std::move(file);
    }
    markScripts(&merged);

    AppBundle bundle(std::move(manifest), std::move(merged));
    if (!validate(bundle, error))
        return std::nullopt;
    qCDebug(lc) << "built" << (previous ? "follow-up" : "app") << "with" << bundle.files().size() << "files";
    return bundle;
}

bool GeneratedAppBuilder::validate(const AppBundle &bundle, SpawnError *error) const
{
    if (bundle.files().isEmpty()) {
        return refuse(SpawnError::user(tr("The app has no files. Send every file of the app in <file path=\"...\"> "
                                          "blocks")),
                      error);
    }
    return bundle.validate(error, m_limits) && EntryPointCheck::validate(bundle, error);
}

bool GeneratedAppBuilder::checkForPlaceholders(const QList<AppFile> &files, SpawnError *error)
{
    for (const AppFile &file : files) {
        // Documentation may talk about placeholders; code must not hold them.
        if (AnswerTags::isProseFile(file.path))
            continue;
        const QString text = QString::fromUtf8(file.content);
        qsizetype lineNumber = 0;
        for (QStringView line : QStringView(text).split(u'\n')) {
            ++lineNumber;
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty() || !isPlaceholder(trimmed))
                continue;
            return refuse(SpawnError::user(tr("File \"%1\" line %2 is a placeholder (\"%3\") where code belongs. "
                                              "Files are deployed exactly as written: send the complete file")
                                               .arg(PathValidator::displayName(file.path))
                                               .arg(lineNumber)
                                               .arg(trimmed.left(80))),
                          error);
        }
    }
    return true;
}
