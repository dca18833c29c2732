// SPDX-License-Identifier: MIT
#pragma once

#include "fakellmserver.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// Anthropic's prompt cache as its documentation describes it
// (/work/shared/reference/llm-apis.md 2.1), for a fake Claude that reports
// cache usage as the real one does. Given a Messages request body:
//
// - The prompt is a list of blocks in the order system, then messages (no
//   tools here). A string content is one text block. A block costs
//   ceil(UTF-8 bytes / 4) tokens: no tokenizer, but about what Claude's
//   averages on English and code, and the same on every run.
// - Each block with "cache_control" is a breakpoint (at most 4, or the
//   request is refused with a 400 as Anthropic does). The key of a cache
//   entry is the model and the exact prefix up to and including that block,
//   cache_control itself left out.
// - A read is the longest prefix with a live entry found at a breakpoint or
//   within the Lookback blocks before it. A hit refreshes the entry's TTL.
// - The write is every token from the read (or the start) to the last
//   breakpoint, and creates an entry at each breakpoint past the read.
//   A prefix shorter than the minimum (1,024 tokens: Sonnet 5's) is never
//   cached, without an error.
// - input_tokens is the rest: what comes after the last breakpoint, or
//   everything when nothing was cached.
class FakeAnthropicCache final
{
    Q_DISABLE_COPY_MOVE(FakeAnthropicCache)

public:
    static constexpr qint64 DefaultMinimumTokens = 1024;
    static constexpr int Lookback = 20;
    static constexpr int MaxBreakpoints = 4;

    struct Usage
    {
        qint64 inputTokens = 0;
        qint64 cacheWriteTokens = 0;
        qint64 cacheReadTokens = 0;
        qint64 outputTokens = 0;  // set by respond()
        int breakpoints = 0;

        bool operator==(const Usage &) const = default;
    };

    explicit FakeAnthropicCache(qint64 minimumTokens = DefaultMinimumTokens,
                                std::chrono::milliseconds ttl = std::chrono::minutes(5));

    // What a request costs in cached and uncached tokens at `nowMs` (ms since
    // the epoch), and the entries it writes. nullopt: not a Messages body,
    // or too many breakpoints (error()).
    std::optional<Usage> account(const QByteArray &body, qint64 nowMs);
    // At the current time, plus what advance() added.
    std::optional<Usage> account(const QByteArray &body);
    // Lets time pass for the cache alone: a user's pause between requests.
    void advance(std::chrono::milliseconds time) { m_offsetMs += time.count(); }
    QString error() const { return m_error; }

    // The streamed answer `text` with the usage this request earns, as the
    // API sends it (llm-apis.md 1.5, 1.6): the input side and the cache
    // fields, with cache_creation's 5-minute split, in message_start, the
    // output tokens in message_delta. A refused request gets Anthropic's 400.
    FakeLlmServer::Response respond(const QByteArray &body, const QString &text);
    // Every usage respond() reported, in order.
    const QList<Usage> &reported() const { return m_reported; }

    static qint64 tokens(const QString &text);
    int entryCount() const { return int(m_entries.size()); }

private:
    qint64 m_minimumTokens;
    qint64 m_ttlMs;
    qint64 m_offsetMs = 0;
    QHash<QByteArray, qint64> m_entries;  // prefix hash -> expiry, ms since the epoch
    QList<Usage> m_reported;
    QString m_error;
};
