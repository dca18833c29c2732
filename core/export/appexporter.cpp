// SPDX-License-Identifier: MIT
#include "appexporter.h"

#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// The version's files plus its manifest, with relative '/' paths only.
QList<AppFile> filesOf(const AppVersion &version, SpawnError *error)
{
    QList<AppFile> files = version.files;
    files.append({AppExporter::manifestFileName(), version.manifestJson.toUtf8(), false});
    for (const AppFile &file : std::as_const(files)) {
        const QString clean = QDir::cleanPath(file.path);
        if (file.path.isEmpty() || QDir::isAbsolutePath(file.path) || clean != file.path
            || clean.startsWith(QStringLiteral("../")) || clean == u"..") {
            *error = SpawnError::user(AppExporter::tr("The stored file name \"%1\" cannot be exported").arg(file.path));
            return {};
        }
    }
    return files;
}

constexpr QFile::Permissions ReadWrite = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions Executable = ReadWrite | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
} // namespace

SpawnError AppExporter::toFolder(const AppVersion &version, const QString &directory)
{
    SpawnError error;
    const QList<AppFile> files = filesOf(version, &error);
    if (error.isError())
        return error;
    const QDir root(directory);
    if (!root.mkpath(QStringLiteral(".")))
        return SpawnError::user(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(directory)));
    for (const AppFile &file : files) {
        if (QFileInfo::exists(root.filePath(file.path)))
            return SpawnError::user(tr("%1 already holds %2; choose an empty folder")
                                        .arg(QDir::toNativeSeparators(directory), file.path));
    }
    for (const AppFile &file : files) {
        const QString target = root.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return SpawnError::user(tr("Cannot create the folder for %1").arg(file.path));
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit())
            return SpawnError::user(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
        QFile::setPermissions(target, file.executable ? Executable : ReadWrite);
    }
    return {};
}

SpawnError AppExporter::toZip(const AppVersion &version, const QString &filePath)
{
    SpawnError error;
    const QList<AppFile> files = filesOf(version, &error);
    if (error.isError())
        return error;
    ZipWriter zip(version.createdAt.isValid() ? version.createdAt : QDateTime::currentDateTime());
    for (const AppFile &file : files)
        zip.addFile(file.path, file.content, file.executable);
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly) || !zip.write(&out) || !out.commit())
        return SpawnError::user(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath), out.errorString()));
    return {};
}
