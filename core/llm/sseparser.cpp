// SPDX-License-Identifier: MIT
#include "sseparser.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.sse", QtInfoMsg)

constexpr QByteArrayView Bom("\xEF\xBB\xBF");
}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    m_buffer.append(bytes);
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype lineStart = 0;
    // Only the new bytes are scanned: everything before m_scanned is the
    // start of a line already known to be unterminated.
    for (qsizetype i = m_scanned; i < size; ++i) {
        const char c = data[i];
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == '\n') {  // the LF of a CRLF whose CR ended the line
                lineStart = i + 1;
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            processLine(QByteArrayView(data + lineStart, i - lineStart), &events);
            lineStart = i + 1;
            m_skipLineFeed = c == '\r';
        }
    }
    // What stays is at most the tail of this chunk, so the copy is linear too.
    m_buffer.remove(0, lineStart);
    m_scanned = m_buffer.size();
    return events;
}

bool SseParser::finish()
{
    const bool partialLine = !m_buffer.isEmpty() && !m_buffer.startsWith(':');
    const bool dropped = m_pending || partialLine;
    if (dropped)
        qCDebug(lc) << "stream ended inside an event; it is discarded";
    reset();
    return dropped;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> *events)
{
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith(Bom))
            line = line.sliced(Bom.size());
    }
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':')  // a comment, often a keep-alive
        return;
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = line;
    QByteArrayView value;
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    m_pending = true;
    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = !value.isEmpty();
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        if (ok)
            m_retryMs = value.toInt();
    }
    // Any other field is ignored, as the spec requires.
}

void SseParser::dispatch(QList<SseEvent> *events)
{
    m_pending = false;
    if (m_data.isEmpty()) {  // no data line: nothing to dispatch
        m_eventType.clear();
        return;
    }
    m_data.chop(1);  // the '\n' after the last data line
    SseEvent event;
    if (!m_eventType.isEmpty())
        event.event = QString::fromUtf8(m_eventType);
    event.data = std::exchange(m_data, {});
    event.id = m_lastEventId;
    m_eventType.clear();
    events->append(std::move(event));
}
