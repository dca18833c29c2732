// SPDX-License-Identifier: MIT
#include "thumbnailload.h"

#include <QImageReader>
#include <QThread>

struct ThumbnailLoad::Result
{
    QHash<QString, QImage> thumbnails;
};

ThumbnailLoad::ThumbnailLoad(const QStringList &paths, int size, QObject *parent)
    : AsyncOperation(parent)
    , m_paths(paths)
    , m_size(size)
    , m_result(std::make_shared<Result>())
{
}

ThumbnailLoad::~ThumbnailLoad()
{
    cancel();
}

const QHash<QString, QImage> &ThumbnailLoad::thumbnails() const
{
    return m_result->thumbnails;
}

void ThumbnailLoad::start()
{
    if (m_started)
        return;
    m_started = true;
    QThread *thread = QThread::create([paths = m_paths, size = m_size, result = m_result] {
        for (const QString &path : paths) {
            QImageReader reader(path);
            reader.setAllocationLimit(256);
            if (const QSize full = reader.size(); full.isValid())
                reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
            const QImage image = reader.read();
            if (!image.isNull())
                result->thumbnails.insert(path, image.scaled(size, size, Qt::KeepAspectRatio));
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this] {
        if (!isFinished())
            finishSuccess();
    });
    thread->start();
}
