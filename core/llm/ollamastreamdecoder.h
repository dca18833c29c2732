// SPDX-License-Identifier: MIT
#pragma once

#include "llmendpoint.h"
#include "streamdecoder.h"
#include "thinkfilter.h"

// Ollama's native POST /api/chat stream: one JSON object per line (NDJSON),
// text in message.content, a thinking model's thoughts in message.thinking
// (or between <think> tags in the content, which ThinkFilter takes out), and
// a last object with "done": true, done_reason and the token counts
// (prompt_eval_count, eval_count). Only that last object proves the answer
// complete. done_reason "length" before the answer limit means the context
// was full: stopReason() is then "model_context_window_exceeded", which no
// continuation can fix.
class OllamaStreamDecoder final : public StreamDecoder
{
public:
    OllamaStreamDecoder(LlmEndpoint endpoint, QString model, int answerLimit);
    ~OllamaStreamDecoder() override;
    Q_DISABLE_COPY_MOVE(OllamaStreamDecoder)

    bool lineDelimited() const override { return true; }
    void reset() override;
    StreamUpdate decode(const SseEvent &event) override;
    bool isComplete() const override { return m_done; }
    std::optional<SpawnError> finish(const QString &transportError) override;

    static QString stopReasonFor(const QString &doneReason);

private:
    LlmEndpoint m_endpoint;
    QString m_model;
    int m_answerLimit;
    ThinkFilter m_filter;
    bool m_done = false;
};
