// SPDX-License-Identifier: MIT
#include "promptimagecheck.h"

#include "imageheader.h"
#include "imagescaler.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.common.images", QtInfoMsg)

const ImageScaler *g_scaler = nullptr;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The size Anthropic scales to: the long side at most ScaledSide.
std::pair<int, int> scaledSize(int width, int height)
{
    const int longSide = std::max(width, height);
    if (longSide <= PromptImageCheck::ScaledSide)
        return {width, height};
    const double factor = double(PromptImageCheck::ScaledSide) / longSide;
    return {std::max(1, int(width * factor + 0.5)), std::max(1, int(height * factor + 0.5))};
}
} // namespace

void PromptImageCheck::setScaler(const ImageScaler *scaler)
{
    g_scaler = scaler;
}

SpawnError PromptImageCheck::checkCount(qsizetype count)
{
    if (count <= MaxImages)
        return {};
    return SpawnError::user(tr("%1 images were attached; a prompt takes at most %2").arg(count).arg(MaxImages));
}

std::optional<PromptImage> PromptImageCheck::fromBytes(const QByteArray &bytes, const QString &source, SpawnError *error)
{
    if (bytes.size() > MaxBytes) {
        *error = SpawnError::user(tr("%1 is %2 MB; images may be at most 5 MB").arg(source, megabytes(bytes.size())));
        return std::nullopt;
    }
    const std::optional<ImageHeader> header = ImageHeader::read(bytes);
    if (!header) {
        *error = SpawnError::user(tr("%1 is not a PNG, JPEG, WebP or GIF image (or it is damaged)").arg(source));
        return std::nullopt;
    }
    if (header->width > MaxSide || header->height > MaxSide) {
        *error = SpawnError::user(tr("%1 is %2 x %3 pixels; images may be at most 8000 pixels a side")
                                      .arg(source).arg(header->width).arg(header->height));
        return std::nullopt;
    }
    PromptImage image{header->mediaType, header->width, header->height, bytes, {}, source};
    const auto [width, height] = scaledSize(header->width, header->height);
    if (width == header->width && height == header->height)
        return image;
    if (g_scaler) {
        const ImageScaler::Scaled scaled = g_scaler->scale(bytes, header->mediaType, ScaledSide);
        if (!scaled.data.isEmpty()) {
            qCInfo(lc) << source << "scaled from" << header->width << "x" << header->height << "to" << scaled.width
                       << "x" << scaled.height;
            image.data = scaled.data;
            image.mediaType = scaled.mediaType;
            image.width = scaled.width;
            image.height = scaled.height;
            return image;
        }
        qCInfo(lc) << "could not scale" << source << "; the service scales it";
    }
    // Sent as it is; the service scales it to this size, which is what it bills.
    image.width = width;
    image.height = height;
    return image;
}

std::optional<PromptImage> PromptImageCheck::fromFile(const QString &path, SpawnError *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        *error = SpawnError::user(tr("There is no image file %1").arg(path));
        return std::nullopt;
    }
    if (info.size() > MaxBytes) {
        // Refused without reading a file of any size into memory.
        *error = SpawnError::user(tr("%1 is %2 MB; images may be at most 5 MB").arg(name, megabytes(info.size())));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SpawnError::user(tr("Cannot read the image %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return fromBytes(file.read(MaxBytes + 1), name, error);
}

std::optional<PromptImage> PromptImageCheck::fromBase64(const QString &data, const QString &mediaType,
                                                        const QString &source, SpawnError *error)
{
    QStringView text(data);
    if (text.startsWith(u"data:")) {
        const qsizetype comma = text.indexOf(u',');
        if (comma < 0 || !text.left(comma).endsWith(u";base64")) {
            *error = SpawnError::user(tr("%1 is not a base64 data URI (data:image/png;base64,...)").arg(source));
            return std::nullopt;
        }
        text = text.mid(comma + 1);
    }
    // Base64 of 5 MB is 4/3 of it: anything longer is over the limit already.
    if (text.size() > MaxBytes / 3 * 4 + 8) {
        *error = SpawnError::user(tr("%1 is larger than 5 MB; images may be at most 5 MB").arg(source));
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        *error = SpawnError::user(tr("%1 is not valid base64").arg(source));
        return std::nullopt;
    }
    Q_UNUSED(mediaType)  // the content says what it is; a wrong label is no reason to refuse
    return fromBytes(decoded.decoded, source, error);
}
