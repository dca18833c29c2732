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

void ChatStream::redirect(LlmExchangeSetup setup, std::unique_ptr<StreamDecoder> decoder)
{
    m_model = setup.model;
    replaceSetup(std::move(setup));
    m_decoder = std::move(decoder);
}

void ChatStream::abortWork()
{
    if (AsyncOperation *preparation = m_preparation)
        preparation->cancel();
    LlmExchange::abortWork();
}

void ChatStream::beginAttempt()
{
    // Only reached while no text was emitted, so nothing the caller saw is lost.
    m_parser.reset();
    m_lines.clear();
    m_thinking.clear();
    m_decoder->reset();
    m_stopReason.clear();
}

QList<SseEvent> ChatStream::split(const QByteArray &bytes)
{
    if (!m_decoder->lineDelimited())
        return m_parser.feed(bytes);
    m_lines += bytes;
    QList<SseEvent> lines;
    qsizetype start = 0;
    for (qsizetype end = m_lines.indexOf('\n'); end >= 0; end = m_lines.indexOf('\n', start)) {
        SseEvent line;
        line.data = m_lines.mid(start, end - start);
        lines.append(line);
        start = end + 1;
    }
    m_lines.remove(0, start);
    return lines;
}

std::optional<SpawnError> ChatStream::consume(const QByteArray &bytes)
{
    return apply(split(bytes));
}

std::optional<SpawnError> ChatStream::apply(const QList<SseEvent> &events)
{
    const QPointer<ChatStream> self(this);
    for (const SseEvent &event : events) {
        StreamUpdate update = m_decoder->decode(event);
        if (update.error)
            return update.error;
        m_thinking += update.thinking;
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
    if (m_decoder->lineDelimited() && !m_lines.trimmed().isEmpty()) {
        // The last line may lack its newline; it is still a whole object.
        SseEvent last;
        last.data = std::exchange(m_lines, QByteArray());
        const QPointer<ChatStream> self(this);
        if (std::optional<SpawnError> error = apply({last}))
            return error;
        if (!self || isFinished())
            return std::nullopt;
    } else if (m_parser.finish()) {
        qCDebug(lc) << "the body ended inside an event";
    }
    if (!m_thinking.isEmpty()) {
        // Folded: one line at info, the thoughts themselves only at debug.
        qCInfo(lc) << "the model thought" << m_thinking.size() << "characters before answering (hidden)";
        qCDebug(lc).noquote() << "thoughts:" << m_thinking;
    }
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
