// SPDX-License-Identifier: MIT
#include "qimagescaler.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

ImageScaler::Scaled QImageScaler::scale(const QByteArray &data, const QString &mediaType, int longSide) const
{
    QByteArray bytes = data;
    QBuffer input(&bytes);
    QImageReader reader(&input);
    // The header was checked already (at most 8000 a side); the allocation
    // limit guards the decoder all the same.
    reader.setAllocationLimit(256);
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    const QImage scaled = image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const bool jpeg = mediaType == u"image/jpeg";
    Scaled result;
    QBuffer output(&result.data);
    output.open(QIODevice::WriteOnly);
    if (!scaled.save(&output, jpeg ? "JPEG" : "PNG", jpeg ? 90 : -1))
        return {};
    result.mediaType = jpeg ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
    result.width = scaled.width();
    result.height = scaled.height();
    return result;
}
