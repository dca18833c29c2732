// SPDX-License-Identifier: MIT
#pragma once

#include "common/imagescaler.h"

// Scales prompt pictures with QImage (QtGui, which core does not link): a
// JPEG stays JPEG (quality 90), anything else becomes PNG (an animated GIF
// keeps its first frame). A format without a Qt plugin here (WebP without
// qt6-image-formats-plugins) is left to the service to scale.
class QImageScaler final : public ImageScaler
{
public:
    Scaled scale(const QByteArray &data, const QString &mediaType, int longSide) const override;
};
