// SPDX-License-Identifier: MIT
#include "promptimagestore.h"

#include "common/imageheader.h"
#include "common/paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {
QString extensionOf(const QString &mediaType)
{
    if (mediaType == u"image/jpeg")
        return QStringLiteral("jpg");
    return mediaType.mid(mediaType.indexOf(u'/') + 1);
}

// Only names this store made: a hash and an extension, no path.
bool isStoredName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !name.startsWith(u'.');
}
} // namespace

QString PromptImageStore::folder(const QString &sessionId)
{
    return Paths::imagesDir() + u'/' + sessionId;
}

SpawnError PromptImageStore::save(const QString &sessionId, QList<PromptImage> &images)
{
    if (images.isEmpty())
        return {};
    const QString dir = folder(sessionId);
    if (!QDir().mkpath(dir))
        return SpawnError::system(tr("Cannot create the folder %1 for the prompt's images").arg(dir));
    for (PromptImage &image : images) {
        if (!image.fileName.isEmpty() && image.data.isEmpty())
            continue;  // stored already, and named
        const QString name = QString::fromLatin1(QCryptographicHash::hash(image.data, QCryptographicHash::Sha256).toHex())
                             + u'.' + extensionOf(image.mediaType);
        const QString path = dir + u'/' + name;
        if (!QFile::exists(path)) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(image.data) != image.data.size() || !file.commit())
                return SpawnError::system(tr("Cannot store the image %1 in %2").arg(image.source, dir));
        }
        image.fileName = name;
    }
    return {};
}

QList<PromptImage> PromptImageStore::load(const QString &sessionId, const QStringList &fileNames, SpawnError *error)
{
    QList<PromptImage> images;
    for (const QString &name : fileNames) {
        QFile file(folder(sessionId) + u'/' + name);
        if (!isStoredName(name) || !file.open(QIODevice::ReadOnly)) {
            *error = SpawnError::system(tr("The prompt's image %1 is missing from %2").arg(name, folder(sessionId)));
            return {};
        }
        const QByteArray data = file.readAll();
        const std::optional<ImageHeader> header = ImageHeader::read(data);
        if (!header) {
            *error = SpawnError::system(tr("The prompt's image %1 is damaged").arg(file.fileName()));
            return {};
        }
        images.append(PromptImage{header->mediaType, header->width, header->height, data, name, name});
    }
    return images;
}

void PromptImageStore::remove(const QString &sessionId)
{
    if (!sessionId.isEmpty())
        QDir(folder(sessionId)).removeRecursively();
}

QStringList PromptImageStore::fileNames(const QList<PromptImage> &images)
{
    QStringList names;
    for (const PromptImage &image : images)
        names << image.fileName;
    return names;
}
