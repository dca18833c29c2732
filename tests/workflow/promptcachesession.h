// SPDX-License-Identifier: MIT
#pragma once

#include "fakeanthropiccache.h"

#include "store/usagerecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What one run of the prompt-caching session cost, request by request.
struct PromptCacheRun
{
    QString failure;                             // empty: the session went as planned
    QList<LlmUsageRecord> requests;              // the session's llm_usage rows, in order
    QList<FakeAnthropicCache::Usage> reported;   // what the fake Claude reported for each
    QList<QByteArray> bodies;                    // what each request sent
    QString model;

    // Input, cache writes and cache reads at PriceTable::current()'s prices: the bill's input side.
    double billedInputCost() const;
    // What the rows cost, output included.
    double totalCost() const;
};

// One generated session, the same every time, through the real
// SessionManager and the local sandbox against a fake Claude whose prompt
// cache follows Anthropic's rules (FakeAnthropicCache): the first answer
// (an app of about 20 KB) and the first repair fail to start, the second
// repair works, then three follow-ups change it. Shared by
// test_promptcaching and bench_prompt_cache.
class PromptCacheSession final
{
    Q_DISABLE_COPY_MOVE(PromptCacheSession)

public:
    struct Options
    {
        bool promptCaching = true;
        // GenerationSettings::conversationLimitTokens; 0: every follow-up
        // sends the whole app in a new conversation, as before prompt caching.
        qint64 conversationLimitTokens = 100'000;
        // The user's pause before each follow-up, as the cache sees it. The
        // phase's clock is real: a pause past its idle limit is told to it
        // with `coldConversationsStartOver`.
        std::chrono::milliseconds pauseBeforeFollowUps{0};
        // With a pause: whether the phase starts over (its idle limit) or
        // goes on with the conversation anyway (no idle limit).
        bool coldConversationsStartOver = true;
        QString model = QStringLiteral("claude-sonnet-5-5");
        int timeoutMs = 60000;  // per step
    };

    static constexpr int Requests = 6;  // the answer, two repairs, three follow-ups

    // Empty when the local sandbox can run here; else why not.
    static QString unavailableReason();
    // Runs the session in a data directory of its own and returns its bill.
    static PromptCacheRun run(const Options &options);
    // The model's answers, in order, as the fake sends them.
    static QStringList answers();
    static QStringList followUps();
};
