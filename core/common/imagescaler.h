// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// Scales a picture down. Core cannot decode images (it has no QtGui); the
// executables that link QtGui install one (app/qimagescaler.h) with
// PromptImageCheck::setScaler().
class ImageScaler
{
public:
    struct Scaled
    {
        QByteArray data;  // empty: could not decode or encode it
        QString mediaType;
        int width = 0;
        int height = 0;
    };

    virtual ~ImageScaler() = default;
    // `data` of `mediaType` with its long side at most `longSide` pixels.
    virtual Scaled scale(const QByteArray &data, const QString &mediaType, int longSide) const = 0;
};
