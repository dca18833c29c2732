// SPDX-License-Identifier: MIT
#pragma once

#include "llmexchange.h"
#include "llmtypes.h"
#include "sseparser.h"

#include <QPointer>

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
    // A thinking model's thoughts, kept apart from text(): for the log only.
    const QString &thinking() const { return m_thinking; }

    // For clients that ask the server something first (OpenAiClient and a
    // local server): until start() or refuse(), `preparation` runs and is
    // cancelled with the stream; redirect() then changes where the request
    // goes and how its answer is read.
    void setPreparation(AsyncOperation *preparation) { m_preparation = preparation; }
    void redirect(LlmExchangeSetup setup, std::unique_ptr<StreamDecoder> decoder);

signals:
    void textDelta(const QString &text);
    void usageUpdated(const TokenUsage &usage);

protected:
    void beginAttempt() override;
    std::optional<SpawnError> consume(const QByteArray &bytes) override;
    std::optional<SpawnError> complete(const QString &transportError) override;
    bool hasCompleteReply() const override;
    bool mayRetry() const override { return m_text.isEmpty(); }
    void abortWork() override;

private:
    QList<SseEvent> split(const QByteArray &bytes);
    std::optional<SpawnError> apply(const QList<SseEvent> &events);

    std::unique_ptr<StreamDecoder> m_decoder;
    QPointer<AsyncOperation> m_preparation;
    SseParser m_parser;
    QByteArray m_lines;  // an unfinished NDJSON line
    QString m_thinking;
    QString m_text;
    QString m_stopReason;
    QString m_model;
    TokenUsage m_usage;
};
