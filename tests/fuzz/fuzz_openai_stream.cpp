// SPDX-License-Identifier: MIT
// OpenAiStreamDecoder over any SSE body: no crash, and an answer the
// service never finished is an error at the end.
#include "llm/openaistreamdecoder.h"
#include "streamfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    OpenAiStreamDecoder decoder(fuzz::fuzzEndpoint("openai"), QStringLiteral("qwen2.5-coder"), 4096);
    fuzz::checkStream(&decoder, fuzz::bytes(data, size));
    return 0;
}
