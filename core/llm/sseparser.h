// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// One dispatched Server-Sent Event.
struct SseEvent
{
    QString event = QStringLiteral("message");  // the "event:" field, "message" when absent
    QByteArray data;                            // "data:" lines joined with '\n', raw UTF-8
    QString id;                                 // the last "id:" seen so far in the stream

    bool operator==(const SseEvent &) const = default;
};

// An incremental parser for the text/event-stream format (WHATWG HTML,
// "Server-sent events", section 9.2.6). Feed it the body bytes as they
// arrive, split anywhere; it hands back every event completed by a blank
// line. Each byte is looked at once, so the cost is linear in the input
// however it is chunked. Data is kept as bytes: the protocols on top carry
// JSON, and an event is only handed out once complete, so a UTF-8 sequence
// split across network chunks is never decoded half.
class SseParser final
{
public:
    QList<SseEvent> feed(QByteArrayView bytes);
    // The body ended. Per the spec an event without its closing blank line is
    // discarded, not dispatched: a cut connection must not pass for a
    // complete message. Returns true if such a partial event was dropped.
    bool finish();
    void reset();

    // The last "retry:" value (reconnection time in ms), if any was sent.
    std::optional<int> retryMs() const { return m_retryMs; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> *events);
    void dispatch(QList<SseEvent> *events);

    QByteArray m_buffer;      // bytes of the line not yet terminated
    qsizetype m_scanned = 0;  // how much of m_buffer is known to hold no line end
    bool m_skipLineFeed = false;  // the last line ended with CR: an LF right after belongs to it
    bool m_firstLine = true;      // a UTF-8 BOM may open the stream
    QByteArray m_eventType;
    QByteArray m_data;  // every data line followed by '\n'
    bool m_pending = false;  // some field of an undispatched event was seen
    QString m_lastEventId;
    std::optional<int> m_retryMs;
};
