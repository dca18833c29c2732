// SPDX-License-Identifier: MIT
#include "appbundle.h"

#include "deploypaths.h"
#include "packagejson.h"
#include "pathvalidator.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <utility>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.bundle")

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// Sizes side by side must read differently, or "2.0 MiB; the limit is
// 2.0 MiB" hides why a file one byte over is refused.
std::pair<QString, QString> formatSizes(qint64 size, qint64 limit)
{
    QString shownSize = formatBytes(size);
    QString shownLimit = formatBytes(limit);
    if (shownSize == shownLimit) {
        shownSize = AppBundle::tr("%1 bytes").arg(size);
        shownLimit = AppBundle::tr("%1 bytes").arg(limit);
    }
    return {shownSize, shownLimit};
}

bool refuse(const SpawnError &reason, SpawnError *error)
{
    qCDebug(lc) << "refused bundle:" << reason.message;
    if (error)
        *error = reason;
    return false;
}
} // namespace

AppBundle::AppBundle(Manifest manifest, QList<AppFile> files)
    : m_manifest(std::move(manifest))
    , m_files(std::move(files))
{
}

std::optional<AppBundle> AppBundle::fromFiles(QList<AppFile> files, SpawnError *error,
                                              const BundleLimits &limits)
{
    const auto manifestFile = std::find_if(files.cbegin(), files.cend(), [](const AppFile &file) {
        return file.path == DeployPaths::manifestFileName();
    });
    if (manifestFile == files.cend()) {
        refuse(SpawnError::user(tr("The app has no spawnai.json; see docs/manifest.md")), error);
        return std::nullopt;
    }
    if (manifestFile->content.size() > limits.maxFileBytes) {
        refuse(SpawnError::user(tr("spawnai.json is larger than %1").arg(formatBytes(limits.maxFileBytes))), error);
        return std::nullopt;
    }
    std::optional<Manifest> manifest = Manifest::fromJson(manifestFile->content, error);
    if (!manifest)
        return std::nullopt;
    files.erase(manifestFile);
    AppBundle bundle(std::move(*manifest), std::move(files));
    if (!bundle.validate(error, limits))
        return std::nullopt;
    return bundle;
}

QStringList AppBundle::paths() const
{
    QStringList result;
    result.reserve(m_files.size());
    for (const AppFile &file : m_files)
        result << file.path;
    return result;
}

const AppFile *AppBundle::file(const QString &path) const
{
    for (const AppFile &file : m_files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

qint64 AppBundle::totalBytes() const
{
    qint64 total = 0;
    for (const AppFile &file : m_files)
        total += file.content.size();
    return total;
}

QString AppBundle::startCommand() const
{
    return m_manifest.effectiveStart(paths());
}

bool AppBundle::validate(SpawnError *error, const BundleLimits &limits) const
{
    return m_manifest.validate(error) && validateFiles(error, limits) && validateNpmFiles(error)
        && validateStart(error);
}

bool AppBundle::validateFiles(SpawnError *error, const BundleLimits &limits) const
{
    if (m_files.size() > limits.maxFiles) {
        return refuse(SpawnError::user(tr("The app has %1 files; the limit is %2")
                                           .arg(m_files.size()).arg(limits.maxFiles)),
                      error);
    }
    QSet<QString> seen;
    qint64 total = 0;
    for (const AppFile &file : m_files) {
        if (!PathValidator::validate(file.path, error))
            return false;
        const QString shown = PathValidator::displayName(file.path);
        if (file.path == DeployPaths::manifestFileName()) {
            return refuse(SpawnError::user(tr("File \"spawnai.json\" is written from the manifest; "
                                              "it cannot also be an app file")),
                          error);
        }
        if (file.content.size() > limits.maxFileBytes) {
            const auto [size, limit] = formatSizes(file.content.size(), limits.maxFileBytes);
            return refuse(SpawnError::user(tr("File \"%1\" is %2; the limit is %3 per file").arg(shown, size, limit)),
                          error);
        }
        total += file.content.size();
        if (seen.contains(file.path))
            return refuse(SpawnError::user(tr("File \"%1\" is listed twice").arg(shown)), error);
        seen.insert(file.path);
    }
    if (total > limits.maxTotalBytes) {
        const auto [size, limit] = formatSizes(total, limits.maxTotalBytes);
        return refuse(SpawnError::user(tr("The app's files add up to %1; the limit is %2").arg(size, limit)), error);
    }
    // "a" as a file and "a/b" would need "a" to be a folder too.
    for (const AppFile &file : m_files) {
        for (qsizetype slash = file.path.indexOf(u'/'); slash > 0; slash = file.path.indexOf(u'/', slash + 1)) {
            if (seen.contains(file.path.left(slash))) {
                return refuse(SpawnError::user(tr("File \"%1\" needs \"%2\" to be a folder, but it is a file")
                                                   .arg(PathValidator::displayName(file.path),
                                                        PathValidator::displayName(file.path.left(slash)))),
                              error);
            }
        }
    }
    return true;
}

bool AppBundle::validateNpmFiles(SpawnError *error) const
{
    if (const AppFile *packageJson = file(QStringLiteral("package.json"))) {
        if (!PackageJson::parse(packageJson->content, error))
            return false;
    }
    for (const QString &lockName : {QStringLiteral("package-lock.json"), QStringLiteral("npm-shrinkwrap.json")}) {
        if (const AppFile *lock = file(lockName)) {
            if (!PackageJson::validateLockFile(lockName, lock->content, error))
                return false;
        }
    }
    return true;
}

bool AppBundle::validateStart(SpawnError *error) const
{
    if (!startCommand().isEmpty())
        return true;
    switch (m_manifest.type()) {
    case AppType::Api:
        return refuse(SpawnError::user(tr("spawnai.json: \"start\" is not set and there is no "
                                          "server.js for the default \"node server.js\"")),
                      error);
    case AppType::Script:
        return refuse(SpawnError::user(tr("spawnai.json: \"start\" is not set and there is no "
                                          "main.py or script.js to run")),
                      error);
    case AppType::WebApp:
        break;
    }
    return refuse(SpawnError::user(tr("spawnai.json: \"start\" is not set")), error);
}
