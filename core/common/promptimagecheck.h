// SPDX-License-Identifier: MIT
#pragma once

#include "promptimage.h"
#include "spawnerror.h"

#include <QCoreApplication>

#include <optional>

class ImageScaler;

// Turns what a user attaches (a file, bytes from the API) into a
// PromptImage, or refuses it with a user error naming it and the limit,
// before anything is sent: PNG, JPEG, WebP or GIF by content, at most
// 5 MB and 8,000 pixels a side. Larger than 1,568 pixels on the long side,
// it is scaled down (Anthropic's recommendation) by the installed scaler;
// without one (a process without QtGui) it goes as it is and the server
// scales it, and its tokens are counted at the scaled size either way.
class PromptImageCheck final
{
    Q_DECLARE_TR_FUNCTIONS(PromptImageCheck)

public:
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;
    static constexpr int MaxSide = 8000;
    static constexpr int ScaledSide = 1568;
    static constexpr int MaxImages = 20;

    // Not owned; it must outlive every check (the executable's main()).
    static void setScaler(const ImageScaler *scaler);

    static std::optional<PromptImage> fromBytes(const QByteArray &bytes, const QString &source, SpawnError *error);
    static std::optional<PromptImage> fromFile(const QString &path, SpawnError *error);
    // The API's form: base64 with a media type, or a data URI
    // ("data:image/png;base64,..."), in which case `mediaType` may be empty.
    static std::optional<PromptImage> fromBase64(const QString &data, const QString &mediaType, const QString &source,
                                                 SpawnError *error);
    // More than MaxImages is refused as a whole.
    static SpawnError checkCount(qsizetype count);
};
