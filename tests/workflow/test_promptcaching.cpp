// SPDX-License-Identifier: MIT
#include "promptcachesession.h"

#include <QTest>

// One generated session (an answer, two repair rounds, three follow-ups)
// through the real SessionManager and local sandbox, against a fake Claude
// that reports cache usage as Anthropic does: what the prompt cache saves,
// and that every request's cache reads and writes reach llm_usage.
class TestPromptCaching final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void session_withCaching_billsAtMostHalfTheInputOfTheSameSessionWithout();

private:
    static void verifyStored(const PromptCacheRun &run);
};

void TestPromptCaching::initTestCase()
{
    if (const QString missing = PromptCacheSession::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestPromptCaching::verifyStored(const PromptCacheRun &run)
{
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
    QCOMPARE(run.requests.size(), PromptCacheSession::Requests);
    QCOMPARE(run.reported.size(), PromptCacheSession::Requests);
    for (int i = 0; i < PromptCacheSession::Requests; ++i) {
        const LlmUsageRecord &row = run.requests.at(i);
        const FakeAnthropicCache::Usage &reported = run.reported.at(i);
        QCOMPARE(row.model, run.model);
        QCOMPARE(row.inputTokens, reported.inputTokens);
        QCOMPARE(row.cacheWriteTokens, reported.cacheWriteTokens);
        QCOMPARE(row.cacheReadTokens, reported.cacheReadTokens);
        QCOMPARE(row.outputTokens, reported.outputTokens);
    }
}

void TestPromptCaching::session_withCaching_billsAtMostHalfTheInputOfTheSameSessionWithout()
{
    PromptCacheSession::Options cached;
    const PromptCacheRun withCache = PromptCacheSession::run(cached);
    verifyStored(withCache);
    PromptCacheSession::Options uncached;
    uncached.promptCaching = false;
    const PromptCacheRun without = PromptCacheSession::run(uncached);
    verifyStored(without);

    // Each request reads what the one before it wrote, and writes only what is new.
    QVERIFY(withCache.requests.first().cacheWriteTokens > FakeAnthropicCache::DefaultMinimumTokens);  // system prompt, request
    QCOMPARE(withCache.requests.first().cacheReadTokens, 0);
    for (int i = 1; i < PromptCacheSession::Requests; ++i) {
        const LlmUsageRecord &previous = withCache.requests.at(i - 1);
        QCOMPARE(withCache.requests.at(i).cacheReadTokens, previous.cacheReadTokens + previous.cacheWriteTokens);
    }
    for (const QByteArray &body : withCache.bodies)
        QVERIFY(body.count("\"cache_control\"") <= FakeAnthropicCache::MaxBreakpoints);
    // Without caching nothing is marked, and every token is plain input.
    for (const LlmUsageRecord &request : without.requests)
        QCOMPARE(request.cacheReadTokens + request.cacheWriteTokens, 0);
    for (const QByteArray &body : without.bodies)
        QVERIFY(!body.contains("cache_control"));
    // The same prompts either way.
    for (int i = 0; i < PromptCacheSession::Requests; ++i)
        QCOMPARE(withCache.requests.at(i).cacheReadTokens + withCache.requests.at(i).cacheWriteTokens
                     + withCache.requests.at(i).inputTokens,
                 without.requests.at(i).inputTokens);

    // And before prompt caching, each follow-up sent the whole app in one message.
    PromptCacheSession::Options before;
    before.promptCaching = false;
    before.conversationLimitTokens = 0;
    const PromptCacheRun beforeCaching = PromptCacheSession::run(before);
    verifyStored(beforeCaching);

    const double ratio = withCache.billedInputCost() / without.billedInputCost();
    const double ratioToBefore = withCache.billedInputCost() / beforeCaching.billedInputCost();
    qInfo("billed input: $%.4f with caching, $%.4f without (%.1f %%), $%.4f before caching (%.1f %%); "
          "total $%.4f, $%.4f and $%.4f",
          withCache.billedInputCost(), without.billedInputCost(), 100.0 * ratio, beforeCaching.billedInputCost(),
          100.0 * ratioToBefore, withCache.totalCost(), without.totalCost(), beforeCaching.totalCost());
    QVERIFY2(ratio <= 0.5, qPrintable(QString::number(ratio)));
    QVERIFY2(ratioToBefore < 1.0, qPrintable(QString::number(ratioToBefore)));
}

QTEST_GUILESS_MAIN(TestPromptCaching)
#include "test_promptcaching.moc"
