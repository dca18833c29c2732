// SPDX-License-Identifier: MIT
#pragma once

#include "llmendpoint.h"
#include "streamdecoder.h"

// The OpenAI-compatible chat completion stream as Ollama, llama.cpp and LM
// Studio send it (notes, 4.4): "data: {chunk}" events, text in
// choices[0].delta.content, finish_reason at the end, usage in a chunk with
// empty choices, then "data: [DONE]". Only a finish_reason proves the answer
// complete: these servers end a failed stream by just closing it.
class OpenAiStreamDecoder final : public StreamDecoder
{
public:
    OpenAiStreamDecoder(LlmEndpoint endpoint, QString model);
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
    bool m_done = false;
};
