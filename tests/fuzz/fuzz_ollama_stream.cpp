// SPDX-License-Identifier: MIT
// OllamaStreamDecoder over any NDJSON body: no crash (ThinkFilter keeps
// state across lines: a <think> tag split between objects is the hard
// case), and an answer without its "done" object is an error at the end.
#include "llm/ollamastreamdecoder.h"
#include "streamfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    OllamaStreamDecoder decoder(fuzz::fuzzEndpoint("ollama"), QStringLiteral("qwen3"), 4096);
    fuzz::checkStream(&decoder, fuzz::bytes(data, size));
    return 0;
}
