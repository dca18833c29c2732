// SPDX-License-Identifier: MIT
#include "anthropicstreamdecoder.h"

#include "llmerrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.llm.anthropic.stream", QtInfoMsg)

// Overwrites `field` when the usage block carries a number for it: the
// values are running totals, and a missing or null field means "unchanged".
bool takeCount(const QJsonObject &usage, QStringView key, qint64 *field)
{
    const QJsonValue value = usage.value(key);
    if (!value.isDouble() || value.toInteger() == *field)
        return false;
    *field = value.toInteger();
    return true;
}
} // namespace

AnthropicStreamDecoder::AnthropicStreamDecoder(LlmEndpoint endpoint, QString model)
    : m_endpoint(std::move(endpoint))
    , m_model(std::move(model))
{
}

AnthropicStreamDecoder::~AnthropicStreamDecoder() = default;

void AnthropicStreamDecoder::reset()
{
    m_blockTypes.clear();
    m_usage = {};
    m_started = false;
    m_stopped = false;
}

StreamUpdate AnthropicStreamDecoder::decode(const SseEvent &event)
{
    StreamUpdate update;
    if (m_stopped)
        return update;
    const QJsonDocument document = QJsonDocument::fromJson(event.data);
    if (!document.isObject()) {
        if (event.event == u"error") {
            LlmErrors::Body body;
            body.message = QString::fromUtf8(event.data);
            update.error = LlmErrors::forStreamError(m_endpoint, body, m_model);
        } else {
            qCDebug(lc) << "ignoring a non-JSON event" << event.event;
        }
        return update;
    }
    const QJsonObject object = document.object();
    QString type = object.value(u"type").toString();
    if (type.isEmpty())
        type = event.event;

    if (type == u"message_start") {
        m_started = true;
        const QJsonObject message = object.value(u"message").toObject();
        update.model = message.value(u"model").toString();
        mergeUsage(message.value(u"usage").toObject());
        update.usage = m_usage;
    } else if (type == u"content_block_start") {
        const int index = object.value(u"index").toInt();
        m_blockTypes.insert(index, object.value(u"content_block").toObject().value(u"type").toString());
    } else if (type == u"content_block_delta") {
        const QJsonObject delta = object.value(u"delta").toObject();
        // A text_delta belongs to a text block; trust it even if the block's
        // start was never seen, but never take text out of another block kind.
        const QString blockType = m_blockTypes.value(object.value(u"index").toInt(), QStringLiteral("text"));
        const QString deltaType = delta.value(u"type").toString();
        if (deltaType == u"text_delta" && blockType == u"text")
            update.text = delta.value(u"text").toString();
        else if (deltaType == u"thinking_delta" && blockType == u"thinking")
            update.thinking = delta.value(u"thinking").toString();
    } else if (type == u"message_delta") {
        const QJsonValue stopReason = object.value(u"delta").toObject().value(u"stop_reason");
        if (stopReason.isString())
            update.stopReason = stopReason.toString();
        if (mergeUsage(object.value(u"usage").toObject()))
            update.usage = m_usage;
    } else if (type == u"message_stop") {
        m_stopped = true;
    } else if (type == u"error") {
        const QJsonObject error = object.value(u"error").toObject();
        LlmErrors::Body body;
        body.type = error.value(u"type").toString();
        body.message = error.value(u"message").toString();
        body.parsed = true;
        qCInfo(lc) << "error event:" << body.type << body.message;
        update.error = LlmErrors::forStreamError(m_endpoint, body, m_model);
    }
    // content_block_stop, ping and event types added later need nothing.
    return update;
}

std::optional<SpawnError> AnthropicStreamDecoder::finish(const QString &transportError)
{
    if (m_stopped)
        return std::nullopt;
    QString detail = transportError;
    if (detail.isEmpty())
        detail = m_started ? QStringLiteral("no message_stop") : QStringLiteral("no message_start");
    return LlmErrors::truncated(m_endpoint, detail);
}

bool AnthropicStreamDecoder::mergeUsage(const QJsonObject &usage)
{
    bool changed = takeCount(usage, u"input_tokens", &m_usage.inputTokens);
    changed |= takeCount(usage, u"output_tokens", &m_usage.outputTokens);
    changed |= takeCount(usage, u"cache_creation_input_tokens", &m_usage.cacheWriteTokens);
    changed |= takeCount(usage, u"cache_read_input_tokens", &m_usage.cacheReadTokens);
    return changed;
}
