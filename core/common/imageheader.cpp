// SPDX-License-Identifier: MIT
#include "imageheader.h"

namespace {
quint32 be16(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) << 8 | quint8(b[at + 1]);
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    return be16(b, at) << 16 | be16(b, at + 2);
}

quint32 le16(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at + 1])) << 8 | quint8(b[at]);
}

quint32 le24(const QByteArray &b, qsizetype at)
{
    return le16(b, at) | quint32(quint8(b[at + 2])) << 16;
}

std::optional<ImageHeader> sized(const char *type, quint32 width, quint32 height)
{
    // A side of 0 is no image; beyond int, no real one either.
    if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff)
        return std::nullopt;
    return ImageHeader{QString::fromLatin1(type), int(width), int(height)};
}

std::optional<ImageHeader> png(const QByteArray &b)
{
    // The signature, then IHDR first: length 13, "IHDR", width, height.
    if (b.size() < 24 || b.mid(12, 4) != "IHDR")
        return std::nullopt;
    return sized("image/png", be32(b, 16), be32(b, 20));
}

std::optional<ImageHeader> gif(const QByteArray &b)
{
    if (b.size() < 10)
        return std::nullopt;
    return sized("image/gif", le16(b, 6), le16(b, 8));
}

bool isStartOfFrame(quint8 marker)
{
    // SOF0..SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

std::optional<ImageHeader> jpeg(const QByteArray &b)
{
    // Segments after SOI: FF, marker, big-endian length that counts itself.
    qsizetype at = 2;
    while (at + 4 <= b.size()) {
        if (quint8(b[at]) != 0xff)
            return std::nullopt;
        const quint8 marker = quint8(b[at + 1]);
        if (marker == 0xff) {  // fill bytes before a marker
            ++at;
            continue;
        }
        if (marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
            at += 2;  // markers without a length
            continue;
        }
        if (marker == 0xd9 || marker == 0xda)
            return std::nullopt;  // end of image, or scan data before any frame header
        const quint32 length = be16(b, at + 2);
        if (length < 2)
            return std::nullopt;
        if (isStartOfFrame(marker)) {
            // length, precision (1), height (2), width (2)
            if (length < 7 || at + 9 > b.size())
                return std::nullopt;
            return sized("image/jpeg", be16(b, at + 7), be16(b, at + 5));
        }
        at += 2 + qsizetype(length);
    }
    return std::nullopt;
}

std::optional<ImageHeader> webp(const QByteArray &b)
{
    // RIFF, size, WEBP, then the first chunk: VP8 (lossy), VP8L or VP8X.
    if (b.size() < 30)
        return std::nullopt;
    const QByteArray chunk = b.mid(12, 4);
    if (chunk == "VP8 ") {
        // Frame tag (3), start code 9d 01 2a, then 14-bit width and height.
        if (quint8(b[23]) != 0x9d || quint8(b[24]) != 0x01 || quint8(b[25]) != 0x2a)
            return std::nullopt;
        return sized("image/webp", le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
    }
    if (chunk == "VP8L") {
        if (quint8(b[20]) != 0x2f)
            return std::nullopt;
        const quint32 bits = le16(b, 21) | le16(b, 23) << 16;
        return sized("image/webp", (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (chunk == "VP8X")
        return sized("image/webp", le24(b, 24) + 1, le24(b, 27) + 1);
    return std::nullopt;
}
} // namespace

std::optional<ImageHeader> ImageHeader::read(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return png(bytes);
    if (bytes.startsWith("\xff\xd8\xff"))
        return jpeg(bytes);
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return gif(bytes);
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return webp(bytes);
    return std::nullopt;
}
