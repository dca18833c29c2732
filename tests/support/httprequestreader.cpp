// SPDX-License-Identifier: MIT
#include "httprequestreader.h"

void HttpRequestReader::append(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

HttpRequestReader::State HttpRequestReader::state()
{
    if (m_state == State::NeedHead && !parseHead())
        return m_state;
    if (m_state != State::NeedBody)
        return m_state;
    if (m_chunked) {
        if (parseChunkedBody(m_headLength))
            m_state = State::Complete;
        return m_state;
    }
    if (m_buffer.size() >= m_headLength + m_contentLength) {
        m_request.body = m_buffer.sliced(m_headLength, m_contentLength);
        m_consumed = m_headLength + m_contentLength;
        m_state = State::Complete;
    }
    return m_state;
}

HttpRequest HttpRequestReader::take()
{
    HttpRequest request = std::move(m_request);
    request.raw = m_buffer.first(m_consumed);
    m_buffer.remove(0, m_consumed);
    m_request = {};
    m_state = State::NeedHead;
    m_headLength = m_contentLength = m_consumed = 0;
    m_chunked = false;
    return request;
}

QByteArray HttpRequestReader::takeBuffer()
{
    return std::exchange(m_buffer, {});
}

bool HttpRequestReader::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > 64 * 1024)
            m_state = State::Malformed;
        return false;
    }
    const QList<QByteArray> lines = m_buffer.first(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        m_state = State::Malformed;
        return false;
    }
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_request.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    m_headLength = end + 4;
    m_chunked = m_request.header("transfer-encoding").toLower().contains("chunked");
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_contentLength < 0) {
        m_state = State::Malformed;
        return false;
    }
    m_state = State::NeedBody;
    return true;
}

bool HttpRequestReader::parseChunkedBody(qsizetype from)
{
    QByteArray body;
    qsizetype position = from;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qsizetype size = m_buffer.sliced(position, lineEnd - position).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            m_state = State::Malformed;
            return false;
        }
        position = lineEnd + 2;
        if (size == 0) {
            // Trailers end with an empty line; clients send none.
            const qsizetype trailerEnd = m_buffer.indexOf("\r\n", position);
            if (trailerEnd < 0)
                return false;
            m_request.body = body;
            m_consumed = trailerEnd + 2;
            return true;
        }
        if (m_buffer.size() < position + size + 2)
            return false;
        body += m_buffer.sliced(position, size);
        position += size + 2;
    }
}
