// SPDX-License-Identifier: MIT
// SseParser: any bytes, fed whole or cut into network-sized pieces, give the
// same events, the same retry value and the same verdict at the end.
#include "fuzzsupport.h"
#include "llm/sseparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);

    SseParser whole;
    const QList<SseEvent> expected = whole.feed(input);
    const bool wholeDropped = whole.finish();

    SseParser split;
    QList<SseEvent> events;
    for (QByteArrayView piece : fuzz::chunks(input))
        events += split.feed(piece);
    const bool splitDropped = split.finish();

    FUZZ_CHECK(events == expected);
    FUZZ_CHECK(wholeDropped == splitDropped);
    FUZZ_CHECK(whole.retryMs() == split.retryMs());
    return 0;
}
