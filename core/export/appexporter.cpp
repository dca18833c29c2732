// SPDX-License-Identifier: MIT
#include "appexporter.h"

#include "store/promptimagestore.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.export", QtInfoMsg)

// The version's files plus its manifest and `extras`, with relative '/' paths only.
QList<AppFile> filesOf(const AppVersion &version, const QList<AppFile> &extras, SpawnError *error)
{
    QList<AppFile> files = version.files;
    files.append({AppExporter::manifestFileName(), version.manifestJson.toUtf8(), false});
    files.append(extras);
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

SpawnError AppExporter::toFolder(const AppVersion &version, const QString &directory, const QList<AppFile> &extras)
{
    SpawnError error;
    const QList<AppFile> files = filesOf(version, extras, &error);
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

SpawnError AppExporter::toZip(const AppVersion &version, const QString &filePath, const QList<AppFile> &extras)
{
    SpawnError error;
    const QList<AppFile> files = filesOf(version, extras, &error);
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

QStringList AppExporter::promptImageNames(const QList<ConversationMessage> &conversation, const AppVersion &version)
{
    QStringList names;
    for (const ConversationMessage &message : conversation) {
        if (message.role != ConversationMessage::Role::User
            || (version.createdAt.isValid() && message.time > version.createdAt))
            continue;
        for (const QString &name : message.images) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

QList<AppFile> AppExporter::promptImages(const QString &sessionId, const QStringList &fileNames)
{
    QList<AppFile> files;
    for (const QString &name : fileNames) {
        SpawnError error;
        const QList<PromptImage> images = PromptImageStore::load(sessionId, {name}, &error);
        if (images.isEmpty()) {
            qCWarning(lc) << "a prompt picture is not exported:" << error.message;
            continue;
        }
        files.append({promptImagesFolder() + u'/' + name, images.constFirst().data, false});
    }
    return files;
}
