// SPDX-License-Identifier: MIT
#pragma once

#include "fuzzsupport.h"
#include "llm/sseparser.h"
#include "llm/streamdecoder.h"

namespace fuzz {

// Runs a response body through `decoder` as ChatStream does (SSE events, or
// one event per line for NDJSON), cut in network-sized pieces, and ends it.
struct StreamResult
{
    QString text;
    QString thinking;
    QString stopReason;
    bool failed = false;
    bool complete = false;
    bool finishError = false;
};

inline QList<SseEvent> ndjsonLines(QByteArray *pending, QByteArrayView bytes)
{
    pending->append(bytes);
    QList<SseEvent> lines;
    qsizetype start = 0;
    for (qsizetype end = pending->indexOf('\n'); end >= 0; end = pending->indexOf('\n', start)) {
        SseEvent line;
        line.data = pending->mid(start, end - start);
        lines.append(line);
        start = end + 1;
    }
    pending->remove(0, start);
    return lines;
}

inline StreamResult decodeStream(StreamDecoder *decoder, const QList<QByteArrayView> &pieces)
{
    decoder->reset();
    StreamResult result;
    SseParser parser;
    QByteArray pending;
    auto apply = [&](const QList<SseEvent> &events) {
        for (const SseEvent &event : events) {
            if (result.failed)
                return;
            const StreamUpdate update = decoder->decode(event);
            result.text += update.text;
            result.thinking += update.thinking;
            if (!update.stopReason.isEmpty())
                result.stopReason = update.stopReason;
            result.failed = update.error.has_value();
        }
    };
    for (QByteArrayView piece : pieces)
        apply(decoder->lineDelimited() ? ndjsonLines(&pending, piece) : parser.feed(piece));
    if (decoder->lineDelimited() && !pending.trimmed().isEmpty()) {
        SseEvent last;
        last.data = pending;
        apply({last});
    } else {
        parser.finish();
    }
    result.complete = decoder->isComplete();
    if (!result.failed)
        result.finishError = decoder->finish(QString()).has_value();
    return result;
}

// No crash, no sanitizer report; and a body the service did not end (no
// stop reason, no closing event) is an error at its end, never an answer.
inline void checkStream(StreamDecoder *decoder, QByteArrayView input)
{
    const StreamResult result = decodeStream(decoder, chunks(input));
    if (!result.failed && !result.finishError)
        FUZZ_CHECK(result.complete || !result.stopReason.isEmpty());
}

inline LlmEndpoint fuzzEndpoint(const char *provider)
{
    LlmEndpoint endpoint;
    endpoint.provider = QString::fromLatin1(provider);
    endpoint.serviceName = QStringLiteral("the model server");
    endpoint.baseUrl = QUrl(QStringLiteral("http://localhost:11434"));
    endpoint.local = true;
    return endpoint;
}

} // namespace fuzz
