// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

// One frame of Connect's streaming protocol: a flags byte, a 4-byte
// big-endian length and that many bytes of JSON.
struct ConnectEnvelope
{
    enum Flag : quint8
    {
        Compressed = 0x01,  // never asked for (no Connect-Accept-Encoding), so an error
        EndStream = 0x02,   // the payload is the EndStreamResponse, not a message
    };
    static constexpr qsizetype HeaderSize = 5;

    quint8 flags = 0;
    QByteArray payload;

    bool isEndStream() const { return flags & EndStream; }
    static QByteArray encode(const QByteArray &payload, quint8 flags = 0);
};
