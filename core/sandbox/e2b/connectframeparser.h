// SPDX-License-Identifier: MIT
#pragma once

#include "connectenvelope.h"

#include <QList>
#include <QString>

// Cuts a Connect stream into frames however the network splits or joins the
// bytes. A compressed frame or one larger than the limit is an error: the
// stream cannot be read past it.
class ConnectFrameParser final
{
public:
    explicit ConnectFrameParser(qsizetype maxPayload = 16 * 1024 * 1024);

    // Appends `bytes` and moves every complete frame to `frames`. False once
    // the stream is unreadable; errorString() says why.
    bool feed(QByteArrayView bytes, QList<ConnectEnvelope> *frames);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes of a frame that has not fully arrived: at the end of the body
    // that means the stream was cut.
    bool hasPartialFrame() const { return !m_buffer.isEmpty(); }
    bool sawEndStream() const { return m_sawEndStream; }

private:
    qsizetype m_maxPayload;
    QByteArray m_buffer;
    QString m_error;
    bool m_sawEndStream = false;
};
