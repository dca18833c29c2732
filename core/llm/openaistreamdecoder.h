// SPDX-License-Identifier: MIT
#pragma once

#include "llmendpoint.h"
#include "streamdecoder.h"
#include "thinkfilter.h"

// The OpenAI-compatible chat completion stream as Ollama, llama.cpp and LM
// Studio send it (notes, 4.4): "data: {chunk}" events, text in
// choices[0].delta.content, finish_reason at the end, usage in a chunk with
// empty choices, then "data: [DONE]". Only a finish_reason proves the answer
// complete: these servers end a failed stream by just closing it. A
// thinking model's thoughts (delta.reasoning_content, delta.reasoning, or
// <think>…</think> before the answer when the server does not split them
// off) are thinking, never answer text.
class OpenAiStreamDecoder final : public StreamDecoder
{
public:
    // `answerLimit`: the request's max_tokens. A "length" finish with fewer
    // completion tokens than that means the context was full, not the
    // answer: stopReason() then becomes "model_context_window_exceeded".
    OpenAiStreamDecoder(LlmEndpoint endpoint, QString model, int answerLimit = 0);
    ~OpenAiStreamDecoder() override;
    Q_DISABLE_COPY_MOVE(OpenAiStreamDecoder)

    void reset() override;
    StreamUpdate decode(const SseEvent &event) override;
    bool isComplete() const override { return m_done && !m_finishReason.isEmpty(); }
    std::optional<SpawnError> finish(const QString &transportError) override;

    // OpenAI's finish_reason in Anthropic's stop_reason words, so callers
    // handle one vocabulary: "stop" -> "end_turn", "length" -> "max_tokens".
    static QString stopReasonFor(const QString &finishReason);

private:
    LlmEndpoint m_endpoint;
    QString m_model;
    QString m_finishReason;
    int m_answerLimit = 0;
    bool m_done = false;
    ThinkFilter m_filter;
};
