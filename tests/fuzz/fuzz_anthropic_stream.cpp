// SPDX-License-Identifier: MIT
// AnthropicStreamDecoder over any SSE body: no crash, and an answer the
// service never finished is an error at the end.
#include "llm/anthropicstreamdecoder.h"
#include "streamfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AnthropicStreamDecoder decoder(fuzz::fuzzEndpoint("anthropic"), QStringLiteral("claude-sonnet-4-5"));
    fuzz::checkStream(&decoder, fuzz::bytes(data, size));
    return 0;
}
