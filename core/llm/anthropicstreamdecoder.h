// SPDX-License-Identifier: MIT
#pragma once

#include "llmendpoint.h"
#include "streamdecoder.h"

#include <QHash>

class QJsonObject;

// The Anthropic Messages stream (notes, 1.6): dispatches on the JSON "type",
// takes text only from text_delta deltas of text blocks (a thinking block
// often comes first), usage from message_start and the running totals in
// message_delta, the stop reason from message_delta. "error" fails the
// stream; ping and unknown events are ignored, as the API may add new ones.
class AnthropicStreamDecoder final : public StreamDecoder
{
public:
    AnthropicStreamDecoder(LlmEndpoint endpoint, QString model);
    ~AnthropicStreamDecoder() override;
    Q_DISABLE_COPY_MOVE(AnthropicStreamDecoder)

    void reset() override;
    StreamUpdate decode(const SseEvent &event) override;
    bool isComplete() const override { return m_stopped; }
    std::optional<SpawnError> finish(const QString &transportError) override;

private:
    bool mergeUsage(const QJsonObject &usage);

    LlmEndpoint m_endpoint;
    QString m_model;
    QHash<int, QString> m_blockTypes;  // content block index -> "text", "thinking" ...
    TokenUsage m_usage;
    bool m_started = false;
    bool m_stopped = false;
};
