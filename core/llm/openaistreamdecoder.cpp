// SPDX-License-Identifier: MIT
#include "openaistreamdecoder.h"

#include "llmerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.openai.stream", QtInfoMsg)
}

OpenAiStreamDecoder::OpenAiStreamDecoder(LlmEndpoint endpoint, QString model, int answerLimit)
    : m_endpoint(std::move(endpoint))
    , m_model(std::move(model))
    , m_answerLimit(answerLimit)
{
}

OpenAiStreamDecoder::~OpenAiStreamDecoder() = default;

void OpenAiStreamDecoder::reset()
{
    m_finishReason.clear();
    m_done = false;
    m_filter.reset();
}

QString OpenAiStreamDecoder::stopReasonFor(const QString &finishReason)
{
    if (finishReason == u"stop")
        return QStringLiteral("end_turn");
    if (finishReason == u"length")
        return QStringLiteral("max_tokens");
    if (finishReason == u"tool_calls" || finishReason == u"function_call")
        return QStringLiteral("tool_use");
    if (finishReason == u"content_filter")
        return QStringLiteral("refusal");
    return finishReason;
}

StreamUpdate OpenAiStreamDecoder::decode(const SseEvent &event)
{
    StreamUpdate update;
    if (m_done)
        return update;
    if (event.data == "[DONE]") {
        m_done = true;
        return update;
    }
    const QJsonDocument document = QJsonDocument::fromJson(event.data);
    if (!document.isObject()) {
        update.error = LlmErrors::unexpectedBody(m_endpoint, QString::fromUtf8(event.data.left(200)));
        return update;
    }
    const QJsonObject chunk = document.object();
    if (chunk.contains(u"error")) {  // llama.cpp reports a failure mid-stream this way
        const LlmErrors::Body body = LlmErrors::Body::parse(event.data);
        qCInfo(lc) << "error chunk:" << body.type << body.message;
        update.error = LlmErrors::forStreamError(m_endpoint, body, m_model);
        return update;
    }
    update.model = chunk.value(u"model").toString();
    // The usage chunk has "choices": [], so never assume a first choice.
    const QJsonArray choices = chunk.value(u"choices").toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(u"delta").toObject();
        // delta.reasoning (Ollama) and delta.reasoning_content (llama.cpp,
        // LM Studio) are thinking, not answer.
        update.thinking = delta.value(u"reasoning_content").toString() + delta.value(u"reasoning").toString();
        ThinkFilter::Split split = m_filter.feed(delta.value(u"content").toString());
        const QJsonValue finishReason = choice.value(u"finish_reason");
        if (finishReason.isString() && !finishReason.toString().isEmpty()) {
            m_finishReason = finishReason.toString();
            update.stopReason = stopReasonFor(m_finishReason);
            const ThinkFilter::Split rest = m_filter.finish();
            split.text += rest.text;
            split.thinking += rest.thinking;
        }
        update.text = split.text;
        update.thinking += split.thinking;
    }
    const QJsonValue usageValue = chunk.value(u"usage");
    if (usageValue.isObject()) {
        const QJsonObject usage = usageValue.toObject();
        // prompt_tokens includes cached tokens; TokenUsage keeps them apart as Anthropic does.
        const qint64 cached = usage.value(u"prompt_tokens_details").toObject().value(u"cached_tokens").toInteger();
        TokenUsage tokens;
        tokens.inputTokens = std::max<qint64>(0, usage.value(u"prompt_tokens").toInteger() - cached);
        tokens.cacheReadTokens = cached;
        tokens.outputTokens = usage.value(u"completion_tokens").toInteger();
        update.usage = tokens;
        // The usage chunk comes after the finish: only now can a full
        // context be told from a reached answer limit.
        if (m_finishReason == u"length" && m_answerLimit > 0 && tokens.outputTokens < m_answerLimit) {
            qCInfo(lc) << "context full after" << tokens.inputTokens << "+" << tokens.outputTokens << "tokens";
            update.stopReason = QStringLiteral("model_context_window_exceeded");
        }
    }
    return update;
}

std::optional<SpawnError> OpenAiStreamDecoder::finish(const QString &transportError)
{
    if (!m_finishReason.isEmpty())
        return std::nullopt;  // [DONE] is customary but the finish_reason is the proof
    QString detail = transportError;
    if (detail.isEmpty())
        detail = QStringLiteral("no finish_reason");
    return LlmErrors::truncated(m_endpoint, detail);
}
