// SPDX-License-Identifier: MIT
#include "folderloader.h"

#include "pathvalidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.folder")

std::nullopt_t refuse(const QString &message, SpawnError *error)
{
    qCInfo(lc) << "refused folder:" << message;
    if (error)
        *error = SpawnError::user(message);
    return std::nullopt;
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// Walks one folder level at a time so skipped folders are never entered
// and a link is seen as a link, never followed.
class Walker
{
public:
    Walker(const QString &root, const BundleLimits &limits, SpawnError *error)
        : m_root(root), m_limits(limits), m_error(error)
    {
    }

    bool walk(const QString &relativeDir)
    {
        const QString absoluteDir = relativeDir.isEmpty() ? m_root : m_root + u'/' + relativeDir;
        QDirIterator it(absoluteDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QStringList names;
        while (it.hasNext()) {
            it.next();
            names << it.fileName();
        }
        names.sort();
        for (const QString &name : names) {
            const QString relative = relativeDir.isEmpty() ? name : relativeDir + u'/' + name;
            if (!visit(relative, QFileInfo(absoluteDir + u'/' + name)))
                return false;
        }
        return true;
    }

    QList<AppFile> takeFiles() { return std::move(m_files); }

private:
    bool visit(const QString &relative, const QFileInfo &info)
    {
        const QString shown = PathValidator::displayName(relative);
        if (info.isSymLink()) {
            refuse(FolderLoader::tr("File \"%1\" is a symbolic link; copy the real file into the folder").arg(shown), m_error);
            return false;
        }
        if (info.isDir()) {
            if (FolderLoader::isSkippedFolder(info.fileName())) {
                qCDebug(lc) << "skipping" << relative;
                return true;
            }
            return walk(relative);
        }
        if (!info.isFile()) {
            refuse(FolderLoader::tr("File \"%1\" is not a regular file (a device, pipe or socket)").arg(shown), m_error);
            return false;
        }
        if (m_files.size() >= m_limits.maxFiles) {
            refuse(FolderLoader::tr("The folder has more than %1 files").arg(m_limits.maxFiles), m_error);
            return false;
        }
        // Checked before reading, so a huge file is never loaded into memory.
        if (info.size() > m_limits.maxFileBytes) {
            refuse(FolderLoader::tr("File \"%1\" is larger than the limit of %2 per file")
                       .arg(shown, formatBytes(m_limits.maxFileBytes)),
                   m_error);
            return false;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            refuse(FolderLoader::tr("File \"%1\" cannot be read: %2").arg(shown, file.errorString()), m_error);
            return false;
        }
        // Reads one byte past the cap in case the file grew since the check.
        QByteArray content = file.read(m_limits.maxFileBytes + 1);
        if (content.size() > m_limits.maxFileBytes) {
            refuse(FolderLoader::tr("File \"%1\" is larger than the limit of %2 per file")
                       .arg(shown, formatBytes(m_limits.maxFileBytes)),
                   m_error);
            return false;
        }
        m_files.append({relative, std::move(content), info.permissions().testFlag(QFile::ExeOwner)});
        return true;
    }

    QString m_root;
    BundleLimits m_limits;
    SpawnError *m_error;
    QList<AppFile> m_files;
};
} // namespace

std::optional<AppBundle> FolderLoader::load(const QString &directory, SpawnError *error,
                                            const BundleLimits &limits)
{
    const QFileInfo root(directory);
    if (!root.isDir())
        return refuse(tr("\"%1\" is not a folder").arg(directory), error);
    if (!QFileInfo(directory + QStringLiteral("/spawnai.json")).isFile())
        return refuse(tr("\"%1\" has no spawnai.json; see docs/manifest.md").arg(directory), error);

    Walker walker(QDir::cleanPath(directory), limits, error);
    if (!walker.walk(QString()))
        return std::nullopt;
    std::optional<AppBundle> bundle = AppBundle::fromFiles(walker.takeFiles(), error, limits);
    if (bundle)
        qCInfo(lc) << "loaded" << bundle->files().size() << "files from" << directory;
    return bundle;
}

bool FolderLoader::isSkippedFolder(const QString &name)
{
    return name == u"node_modules" || name == u".git";
}
