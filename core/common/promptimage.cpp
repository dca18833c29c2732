// SPDX-License-Identifier: MIT
#include "promptimage.h"

qint64 PromptImage::tokensOf(const QList<PromptImage> &images)
{
    qint64 total = 0;
    for (const PromptImage &image : images)
        total += image.tokens();
    return total;
}

QByteArray PromptImage::dataUri() const
{
    return "data:" + mediaType.toLatin1() + ";base64," + base64();
}
