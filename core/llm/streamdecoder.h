// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "llmtypes.h"
#include "sseparser.h"

#include <optional>

// What one event of a generation stream changed.
struct StreamUpdate
{
    QString text;                     // visible answer text to append
    QString thinking;                 // a thinking model's thoughts: logged, never answer text
    std::optional<TokenUsage> usage;  // the running totals, when they changed
    QString stopReason;               // Anthropic's words: "end_turn", "max_tokens" ...
    QString model;                    // the model the service says it used
    std::optional<SpawnError> error;  // the stream reported a failure
};

// Reads the events of one service's streaming format. ChatStream does the
// HTTP side and hands each SSE event here.
class StreamDecoder
{
public:
    StreamDecoder() = default;
    virtual ~StreamDecoder() = default;
    Q_DISABLE_COPY_MOVE(StreamDecoder)

    // One JSON object per line (Ollama's NDJSON) instead of SSE events: each
    // line comes as an event with only `data` set.
    virtual bool lineDelimited() const { return false; }
    // A new attempt starts from nothing.
    virtual void reset() = 0;
    virtual StreamUpdate decode(const SseEvent &event) = 0;
    // The service has said its last word (Anthropic message_stop, OpenAI [DONE]).
    virtual bool isComplete() const = 0;
    // The body ended. An error if the answer is not complete.
    virtual std::optional<SpawnError> finish(const QString &transportError) = 0;
};
