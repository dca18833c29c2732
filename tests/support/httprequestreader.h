// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

// Cuts HTTP/1.1 requests out of the bytes of one connection as they arrive:
// Content-Length and chunked bodies, pipelined requests. The head is
// available before the body is complete, so a server can act mid-upload.
class HttpRequestReader
{
public:
    enum class State
    {
        NeedHead,   // the head has not fully arrived
        NeedBody,   // head parsed (see head()), body still in flight
        Complete,   // take() returns the request
        Malformed,  // not HTTP: the connection should be closed
    };

    void append(const QByteArray &bytes);
    State state();
    const HttpRequest &head() const { return m_request; }
    // The complete request; the reader moves on to the next one.
    HttpRequest take();
    // What arrived after the current request (a tunnelled connection).
    QByteArray takeBuffer();

private:
    bool parseHead();
    bool parseChunkedBody(qsizetype from);

    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedHead;
    qsizetype m_headLength = 0;
    qsizetype m_contentLength = 0;
    qsizetype m_consumed = 0;  // bytes of the buffer the complete request used
    bool m_chunked = false;
};
