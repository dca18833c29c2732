// SPDX-License-Identifier: MIT
#include "chatstream.h"

#include "streamdecoder.h"

#include <QLoggingCategory>
#include <QPointer>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.stream", QtInfoMsg)
}

ChatStream::ChatStream(LlmExchangeSetup setup, std::unique_ptr<StreamDecoder> decoder, QObject *parent)
    : LlmExchange(std::move(setup), parent)
    , m_decoder(std::move(decoder))
    , m_model(this->setup().model)
{
}

ChatStream::~ChatStream() = default;

void ChatStream::beginAttempt()
{
    // Only reached while no text was emitted, so nothing the caller saw is lost.
    m_parser.reset();
    m_decoder->reset();
    m_stopReason.clear();
}

std::optional<SpawnError> ChatStream::consume(const QByteArray &bytes)
{
    const QPointer<ChatStream> self(this);
    for (const SseEvent &event : m_parser.feed(bytes)) {
        StreamUpdate update = m_decoder->decode(event);
        if (update.error)
            return update.error;
        if (!update.model.isEmpty())
            m_model = update.model;
        if (!update.stopReason.isEmpty())
            m_stopReason = update.stopReason;
        if (update.usage && *update.usage != m_usage) {
            m_usage = *update.usage;
            emit usageUpdated(m_usage);
            if (!self || isFinished())
                return std::nullopt;
        }
        if (!update.text.isEmpty()) {
            m_text += update.text;
            emit textDelta(update.text);
            if (!self || isFinished())  // a receiver cancelled
                return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<SpawnError> ChatStream::complete(const QString &transportError)
{
    if (m_parser.finish())
        qCDebug(lc) << "the body ended inside an event";
    std::optional<SpawnError> error = m_decoder->finish(transportError);
    if (!error)
        qCDebug(lc) << "done:" << m_stopReason << m_text.size() << "chars, usage in" << m_usage.inputTokens
                    << "out" << m_usage.outputTokens;
    return error;
}

bool ChatStream::hasCompleteReply() const
{
    return m_decoder->isComplete();
}
