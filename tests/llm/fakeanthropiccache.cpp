// SPDX-License-Identifier: MIT
#include "fakeanthropiccache.h"

#include "llmfixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
struct Block
{
    QByteArray key;  // what the cache compares: role, type and content, no cache_control
    qint64 tokens = 0;
    bool breakpoint = false;
};

Block blockOf(const QString &role, const QJsonValue &value)
{
    Block block;
    if (value.isString()) {
        // "content": "text" is shorthand for one text block: the same prefix.
        block.key = role.toUtf8() + "\ntext\n" + value.toString().toUtf8();
        block.tokens = FakeAnthropicCache::tokens(value.toString());
        return block;
    }
    QJsonObject object = value.toObject();
    block.breakpoint = object.contains(u"cache_control");
    object.remove(u"cache_control");
    if (object.value(u"type").toString() == u"text") {
        block.key = role.toUtf8() + "\ntext\n" + object.value(u"text").toString().toUtf8();
        block.tokens = FakeAnthropicCache::tokens(object.value(u"text").toString());
    } else {
        block.key = role.toUtf8() + '\n' + QJsonDocument(object).toJson(QJsonDocument::Compact);
        block.tokens = FakeAnthropicCache::tokens(QString::fromUtf8(block.key));
    }
    return block;
}

void appendBlocks(QList<Block> *blocks, const QString &role, const QJsonValue &content)
{
    if (content.isArray()) {
        for (const QJsonValue &item : content.toArray())
            blocks->append(blockOf(role, item));
    } else {
        blocks->append(blockOf(role, content));
    }
}

QByteArray messageStart(const QString &model, const FakeAnthropicCache::Usage &usage)
{
    const QByteArray write = QByteArray::number(usage.cacheWriteTokens);
    return Fixtures::event(
        "message_start",
        R"({"type":"message_start","message":{"id":"msg_01CacheSimulatorReply","type":"message","role":"assistant","model":)"
            + Fixtures::jsonString(model) + R"(,"content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":)"
            + QByteArray::number(usage.inputTokens) + R"(,"cache_creation_input_tokens":)" + write
            + R"(,"cache_read_input_tokens":)" + QByteArray::number(usage.cacheReadTokens)
            + R"(,"cache_creation":{"ephemeral_5m_input_tokens":)" + write
            + R"(,"ephemeral_1h_input_tokens":0},"output_tokens":1,"service_tier":"standard"}}})");
}
} // namespace

FakeAnthropicCache::FakeAnthropicCache(qint64 minimumTokens, std::chrono::milliseconds ttl)
    : m_minimumTokens(minimumTokens)
    , m_ttlMs(ttl.count())
{
}

qint64 FakeAnthropicCache::tokens(const QString &text)
{
    return (text.toUtf8().size() + 3) / 4;
}

std::optional<FakeAnthropicCache::Usage> FakeAnthropicCache::account(const QByteArray &body)
{
    return account(body, QDateTime::currentMSecsSinceEpoch() + m_offsetMs);
}

std::optional<FakeAnthropicCache::Usage> FakeAnthropicCache::account(const QByteArray &body, qint64 nowMs)
{
    m_error.clear();
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    if (!request.value(u"model").isString() || !request.value(u"messages").isArray()) {
        m_error = QStringLiteral("not a Messages request");
        return std::nullopt;
    }
    QList<Block> blocks;
    if (request.contains(u"system"))
        appendBlocks(&blocks, QStringLiteral("system"), request.value(u"system"));
    for (const QJsonValue &message : request.value(u"messages").toArray())
        appendBlocks(&blocks, message.toObject().value(u"role").toString(), message.toObject().value(u"content"));

    // Each prefix's key chains the one before it, so equal keys mean equal
    // prefixes from the model on.
    QList<QByteArray> prefixKeys;
    QList<qint64> prefixTokens;
    QList<qsizetype> breakpoints;
    QByteArray key = QCryptographicHash::hash(request.value(u"model").toString().toUtf8(), QCryptographicHash::Sha256);
    qint64 total = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        key = QCryptographicHash::hash(QByteArray(key + blocks[i].key), QCryptographicHash::Sha256);
        total += blocks[i].tokens;
        prefixKeys << key;
        prefixTokens << total;
        if (blocks[i].breakpoint)
            breakpoints << i;
    }
    if (breakpoints.size() > MaxBreakpoints) {
        m_error = QStringLiteral("A maximum of %1 blocks with cache_control may be provided. Found %2.")
                      .arg(MaxBreakpoints)
                      .arg(breakpoints.size());
        return std::nullopt;
    }

    m_entries.removeIf([nowMs](const QHash<QByteArray, qint64>::iterator entry) { return entry.value() <= nowMs; });

    qsizetype readAt = -1;
    for (const qsizetype breakpoint : std::as_const(breakpoints)) {
        // The longest hit for this breakpoint; only one longer than the
        // best so far matters.
        for (qsizetype at = breakpoint; at >= std::max<qsizetype>(0, breakpoint - Lookback) && at > readAt; --at) {
            if (m_entries.contains(prefixKeys[at])) {
                readAt = at;
                break;
            }
        }
    }
    Usage usage;
    usage.breakpoints = int(breakpoints.size());
    if (readAt >= 0) {
        usage.cacheReadTokens = prefixTokens[readAt];
        m_entries[prefixKeys[readAt]] = nowMs + m_ttlMs;  // a hit refreshes the 5 minutes
    }
    const qsizetype last = breakpoints.isEmpty() ? -1 : breakpoints.constLast();
    if (last > readAt && prefixTokens[last] >= m_minimumTokens) {
        usage.cacheWriteTokens = prefixTokens[last] - usage.cacheReadTokens;
        for (const qsizetype breakpoint : std::as_const(breakpoints)) {
            if (breakpoint > readAt && prefixTokens[breakpoint] >= m_minimumTokens)
                m_entries[prefixKeys[breakpoint]] = nowMs + m_ttlMs;
        }
    }
    usage.inputTokens = total - usage.cacheReadTokens - usage.cacheWriteTokens;
    return usage;
}

FakeLlmServer::Response FakeAnthropicCache::respond(const QByteArray &body, const QString &text)
{
    std::optional<Usage> usage = account(body);
    if (!usage) {
        return FakeLlmServer::json(400, Fixtures::anthropicError("invalid_request_error", m_error.toUtf8().constData()));
    }
    usage->outputTokens = tokens(text);
    m_reported << *usage;
    const QString model = QJsonDocument::fromJson(body).object().value(u"model").toString();
    QList<QByteArray> events{messageStart(model, *usage), Fixtures::textStart(0)};
    // Enough pieces to stream, never splitting a surrogate pair.
    constexpr qsizetype Piece = 400;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype length = std::min(Piece, text.size() - at);
        if (at + length < text.size() && text.at(at + length - 1).isHighSurrogate())
            --length;
        events << Fixtures::textDelta(0, text.mid(at, length));
        at += length;
    }
    events << Fixtures::blockStop(0)
           << Fixtures::messageDelta("end_turn", R"({"output_tokens":)" + QByteArray::number(usage->outputTokens) + "}")
           << Fixtures::messageStop();
    return FakeLlmServer::sse(events);
}
