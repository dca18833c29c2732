// SPDX-License-Identifier: MIT
#pragma once

#include "llmexchange.h"
#include "llmtypes.h"
#include "sseparser.h"

#include <memory>

class StreamDecoder;

// One streamed generation. Text arrives through textDelta() as the model
// writes it; finished() comes once, at the end, on failure or on cancel().
// A failure before any text is retried as RetryPolicy allows (retrying()
// says so); once text has been emitted a failure is final, and error() says
// that part of the reply had arrived. A complete answer may still have been
// cut by max_tokens: check stopReason().
class ChatStream final : public LlmExchange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)

public:
    // Made by the clients: the decoder reads the service's event format.
    ChatStream(LlmExchangeSetup setup, std::unique_ptr<StreamDecoder> decoder, QObject *parent = nullptr);
    ~ChatStream() override;

    // All text emitted so far.
    const QString &text() const { return m_text; }
    // In Anthropic's words: "end_turn", "max_tokens", "stop_sequence",
    // "refusal", "model_context_window_exceeded" ...; empty until known.
    const QString &stopReason() const { return m_stopReason; }
    const TokenUsage &usage() const { return m_usage; }
    // The model the service reports, else the one asked for.
    const QString &model() const { return m_model; }

signals:
    void textDelta(const QString &text);
    void usageUpdated(const TokenUsage &usage);

protected:
    void beginAttempt() override;
    std::optional<SpawnError> consume(const QByteArray &bytes) override;
    std::optional<SpawnError> complete(const QString &transportError) override;
    bool hasCompleteReply() const override;
    bool mayRetry() const override { return m_text.isEmpty(); }

private:
    std::unique_ptr<StreamDecoder> m_decoder;
    SseParser m_parser;
    QString m_text;
    QString m_stopReason;
    QString m_model;
    TokenUsage m_usage;
};
