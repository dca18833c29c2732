// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtEndian>

// Headers of PNG, JPEG, GIF and WebP files written byte by byte, with any
// size: what ImageHeader reads. Only the header is real; nothing decodes
// the rest, so a test can claim 9000 x 20 pixels in a few dozen bytes.
namespace TestImages {

inline QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

inline QByteArray png(quint32 width, quint32 height)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + be32(13) + "IHDR" + be32(width) + be32(height)
           + QByteArray("\x08\x06\x00\x00\x00", 5) + be32(0) + QByteArray(16, 'x');
}

inline QByteArray jpeg(quint16 width, quint16 height)
{
    QByteArray bytes("\xff\xd8", 2);
    // An APP0 segment first, as JFIF files have, then SOF0.
    bytes += QByteArray("\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    bytes += QByteArray("\xff\xc0\x00\x11\x08", 5);
    bytes += char(height >> 8);
    bytes += char(height & 0xff);
    bytes += char(width >> 8);
    bytes += char(width & 0xff);
    bytes += QByteArray("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    return bytes + QByteArray("\xff\xd9", 2);
}

inline QByteArray gif(quint16 width, quint16 height)
{
    QByteArray bytes("GIF89a", 6);
    bytes += char(width & 0xff);
    bytes += char(width >> 8);
    bytes += char(height & 0xff);
    bytes += char(height >> 8);
    return bytes + QByteArray("\x80\x00\x00", 3) + QByteArray(12, '\0') + ';';
}

// VP8X, the extended form: 24-bit sizes minus one.
inline QByteArray webp(quint32 width, quint32 height)
{
    QByteArray chunk("VP8X", 4);
    chunk += QByteArray("\x0a\x00\x00\x00", 4);  // chunk size 10
    chunk += QByteArray(4, '\0');               // flags, reserved
    for (quint32 side : {width - 1, height - 1}) {
        chunk += char(side & 0xff);
        chunk += char((side >> 8) & 0xff);
        chunk += char((side >> 16) & 0xff);
    }
    QByteArray riff("RIFF", 4);
    QByteArray size(4, '\0');
    qToLittleEndian(quint32(4 + chunk.size()), size.data());
    return riff + size + "WEBP" + chunk;
}

} // namespace TestImages
