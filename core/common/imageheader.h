// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What an image is and how large, read from its first bytes alone: PNG,
// JPEG, GIF and WebP, told apart by their magic bytes rather than a file's
// name. Core has no QtGui (docs/architecture.md, "Pictures in prompts"), so
// these are small parsers of their own. They read only within `bytes` and
// give nullopt for anything truncated, unknown or without a size.
struct ImageHeader
{
    QString mediaType;  // image/png, image/jpeg, image/gif, image/webp
    int width = 0;
    int height = 0;

    static std::optional<ImageHeader> read(const QByteArray &bytes);
};
