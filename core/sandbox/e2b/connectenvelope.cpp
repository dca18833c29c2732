// SPDX-License-Identifier: MIT
#include "connectenvelope.h"

#include <QtEndian>

QByteArray ConnectEnvelope::encode(const QByteArray &payload, quint8 flags)
{
    QByteArray frame(HeaderSize, Qt::Uninitialized);
    frame[0] = char(flags);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data() + 1);
    frame.append(payload);
    return frame;
}
