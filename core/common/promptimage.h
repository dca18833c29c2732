// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A picture that goes with a prompt: checked and, if it was large, scaled
// (PromptImageCheck), so `data` is what the model receives.
struct PromptImage
{
    QString mediaType;  // image/png, image/jpeg, image/gif, image/webp
    int width = 0;
    int height = 0;
    QByteArray data;
    // Its file in the session's image folder (PromptImageStore), named by
    // the hash of `data`; empty until stored.
    QString fileName;
    // Where it came from, for messages: a file's name, "image 2".
    QString source;

    // Anthropic's count for an image: width x height / 750 tokens.
    qint64 tokens() const { return tokensFor(width, height); }
    static qint64 tokensFor(int width, int height) { return (qint64(width) * height + 749) / 750; }
    static qint64 tokensOf(const QList<PromptImage> &images);
    QByteArray base64() const { return data.toBase64(); }
    // data:image/png;base64,...
    QByteArray dataUri() const;

    bool operator==(const PromptImage &) const = default;
};
