// SPDX-License-Identifier: MIT
// ConnectFrameParser: any bytes, whole or cut anywhere, give the same frames
// and verdict; and the frames read, encoded again, are the bytes they came
// from (nothing skipped, nothing invented).
#include "fuzzsupport.h"
#include "sandbox/e2b/connectframeparser.h"

namespace {

struct Outcome
{
    QList<ConnectEnvelope> frames;
    bool error = false;
    bool partial = false;
    bool endStream = false;
};

Outcome read(const QList<QByteArrayView> &pieces)
{
    // A small limit so that "too large" is reachable.
    ConnectFrameParser parser(4096);
    Outcome outcome;
    for (QByteArrayView piece : pieces) {
        if (!parser.feed(piece, &outcome.frames))
            break;
    }
    outcome.error = parser.hasError();
    outcome.partial = parser.hasPartialFrame();
    outcome.endStream = parser.sawEndStream();
    return outcome;
}

bool sameFrames(const QList<ConnectEnvelope> &a, const QList<ConnectEnvelope> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).flags != b.at(i).flags || a.at(i).payload != b.at(i).payload)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const Outcome whole = read({input});
    const Outcome split = read(fuzz::chunks(input));
    FUZZ_CHECK(whole.error == split.error);
    FUZZ_CHECK(sameFrames(whole.frames, split.frames));
    FUZZ_CHECK(whole.endStream == split.endStream);
    if (whole.error)
        return 0;
    FUZZ_CHECK(whole.partial == split.partial);

    QByteArray encoded;
    for (const ConnectEnvelope &frame : whole.frames)
        encoded += ConnectEnvelope::encode(frame.payload, frame.flags);
    FUZZ_CHECK(input.startsWith(encoded));
    FUZZ_CHECK(whole.partial == (encoded.size() < input.size()));
    return 0;
}
