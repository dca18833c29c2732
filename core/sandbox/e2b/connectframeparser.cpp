// SPDX-License-Identifier: MIT
#include "connectframeparser.h"

#include <QCoreApplication>
#include <QtEndian>

ConnectFrameParser::ConnectFrameParser(qsizetype maxPayload)
    : m_maxPayload(maxPayload)
{
}

bool ConnectFrameParser::feed(QByteArrayView bytes, QList<ConnectEnvelope> *frames)
{
    if (hasError())
        return false;
    m_buffer.append(bytes);
    qsizetype offset = 0;
    while (m_buffer.size() - offset >= ConnectEnvelope::HeaderSize) {
        const quint8 flags = quint8(m_buffer.at(offset));
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + offset + 1);
        if (flags & ConnectEnvelope::Compressed) {
            m_error = QCoreApplication::translate("ConnectFrameParser", "a compressed frame, which was not asked for");
            return false;
        }
        if (qsizetype(length) > m_maxPayload) {
            m_error = QCoreApplication::translate("ConnectFrameParser", "a frame of %1 bytes, more than the %2 allowed")
                          .arg(length)
                          .arg(m_maxPayload);
            return false;
        }
        if (m_sawEndStream) {
            m_error = QCoreApplication::translate("ConnectFrameParser", "data after the end of the stream");
            return false;
        }
        if (m_buffer.size() - offset - ConnectEnvelope::HeaderSize < qsizetype(length))
            break;
        frames->append({flags, m_buffer.mid(offset + ConnectEnvelope::HeaderSize, length)});
        offset += ConnectEnvelope::HeaderSize + length;
        if (flags & ConnectEnvelope::EndStream)
            m_sawEndStream = true;
    }
    m_buffer.remove(0, offset);
    return true;
}
