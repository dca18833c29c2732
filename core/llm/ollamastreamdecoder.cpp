// SPDX-License-Identifier: MIT
#include "ollamastreamdecoder.h"

#include "llmerrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.ollama.stream", QtInfoMsg)
}

OllamaStreamDecoder::OllamaStreamDecoder(LlmEndpoint endpoint, QString model, int answerLimit)
    : m_endpoint(std::move(endpoint))
    , m_model(std::move(model))
    , m_answerLimit(answerLimit)
{
}

OllamaStreamDecoder::~OllamaStreamDecoder() = default;

void OllamaStreamDecoder::reset()
{
    m_filter.reset();
    m_done = false;
}

QString OllamaStreamDecoder::stopReasonFor(const QString &doneReason)
{
    if (doneReason == u"stop")
        return QStringLiteral("end_turn");
    if (doneReason == u"length")
        return QStringLiteral("max_tokens");
    return doneReason;
}

StreamUpdate OllamaStreamDecoder::decode(const SseEvent &event)
{
    StreamUpdate update;
    if (m_done || event.data.trimmed().isEmpty())
        return update;
    const QJsonDocument document = QJsonDocument::fromJson(event.data);
    if (!document.isObject()) {
        update.error = LlmErrors::unexpectedBody(m_endpoint, QString::fromUtf8(event.data.left(200)));
        return update;
    }
    const QJsonObject object = document.object();
    if (object.contains(u"error")) {  // {"error":"..."}: a failure after the 200
        const LlmErrors::Body body = LlmErrors::Body::parse(event.data);
        qCInfo(lc) << "error line:" << body.message;
        update.error = LlmErrors::forStreamError(m_endpoint, body, m_model);
        return update;
    }
    update.model = object.value(u"model").toString();
    const QJsonObject message = object.value(u"message").toObject();
    update.thinking = message.value(u"thinking").toString();
    ThinkFilter::Split split = m_filter.feed(message.value(u"content").toString());
    if (object.value(u"done").toBool()) {
        m_done = true;
        const ThinkFilter::Split rest = m_filter.finish();
        split.text += rest.text;
        split.thinking += rest.thinking;
        const QString doneReason = object.value(u"done_reason").toString();
        TokenUsage usage;
        usage.inputTokens = object.value(u"prompt_eval_count").toInteger();
        usage.outputTokens = object.value(u"eval_count").toInteger();
        update.usage = usage;
        update.stopReason = stopReasonFor(doneReason.isEmpty() ? QStringLiteral("stop") : doneReason);
        // The answer limit was not reached, so the context was: the prompt
        // and answer filled num_ctx (our estimate was short) and Ollama stopped.
        if (doneReason == u"length" && m_answerLimit > 0 && usage.outputTokens < m_answerLimit) {
            qCInfo(lc) << "context full after" << usage.inputTokens << "+" << usage.outputTokens << "tokens";
            update.stopReason = QStringLiteral("model_context_window_exceeded");
        }
    }
    update.text = split.text;
    update.thinking += split.thinking;
    return update;
}

std::optional<SpawnError> OllamaStreamDecoder::finish(const QString &transportError)
{
    if (m_done)
        return std::nullopt;
    QString detail = transportError;
    if (detail.isEmpty())
        detail = QStringLiteral("no \"done\": true");
    return LlmErrors::truncated(m_endpoint, detail);
}
