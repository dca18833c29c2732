// SPDX-License-Identifier: MIT
#include "fakeanthropiccache.h"
#include "fakellmserver.h"
#include "streamwatch.h"

#include "generation/promptlibrary.h"
#include "llm/anthropicclient.h"
#include "llm/anthropicrequestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace std::chrono_literals;

// Prompt caching on the request side (where AnthropicRequestFactory puts
// cache_control) and the cache simulator the workflow tests and the
// benchmark use in place of Anthropic's (FakeAnthropicCache's rules).
class TestPromptCache final : public QObject
{
    Q_OBJECT

private slots:
    void cachingOff_sendsThePlainBodyByteForByte();
    void cachingOn_marksTheSystemPromptAndTheLastTwoUserTurns();
    void cachingOn_neverSendsMoreThanFourBreakpoints();
    void countTokens_isNeverMarked();
    void systemPrompts_areLongEnoughToCache_data();
    void systemPrompts_areLongEnoughToCache();

    void cache_firstRequestWrites_theSameAgainReads();
    void cache_nextRequestOfAConversation_readsWhatTheLastWrote();
    void cache_belowTheMinimum_cachesNothing();
    void cache_lookback_reachesTwentyBlocksBack();
    void cache_entries_liveFiveMinutesFromTheirLastHit();
    void cache_moreThanFourBreakpoints_isRefused();
    void client_readsTheCacheUsageTheServerReports();

private:
    static ChatRequest conversation(int userTurns);
    static QByteArray cached(const ChatRequest &request) { return AnthropicRequestFactory::messagesBody(request, true); }
    static QString system() { return PromptLibrary::builtIn().systemPrompt(AppType::WebApp, RuntimeFacts{}); }
    // A body built by hand: `blocks` user/assistant turns after a system
    // prompt, cache_control on the system prompt and/or on turn `markedTurn`.
    static QByteArray handMade(int turns, bool markSystem, int markedTurn);
};

ChatRequest TestPromptCache::conversation(int userTurns)
{
    ChatRequest request;
    request.model = QStringLiteral("claude-sonnet-5-5");
    request.system = system();
    for (int i = 1; i <= userTurns; ++i) {
        if (i > 1)
            request.messages << ChatMessage{ChatMessage::Role::Assistant, QStringLiteral("<app>answer %1</app>").arg(i - 1).repeated(40)};
        request.messages << ChatMessage{ChatMessage::Role::User, QStringLiteral("request %1").arg(i)};
    }
    return request;
}

QByteArray TestPromptCache::handMade(int turns, bool markSystem, int markedTurn)
{
    const QJsonObject ephemeral{{QStringLiteral("type"), QStringLiteral("ephemeral")}};
    QJsonObject systemBlock{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), system()}};
    if (markSystem)
        systemBlock.insert(u"cache_control", ephemeral);
    QJsonArray messages;
    for (int i = 1; i <= turns; ++i) {
        QJsonObject block{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("turn %1").arg(i)}};
        if (i == markedTurn)
            block.insert(u"cache_control", ephemeral);
        messages.append(QJsonObject{{QStringLiteral("role"), i % 2 ? QStringLiteral("user") : QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QJsonArray{block}}});
    }
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("claude-sonnet-5-5")},
                           {QStringLiteral("max_tokens"), 16000},
                           {QStringLiteral("system"), QJsonArray{systemBlock}},
                           {QStringLiteral("messages"), messages}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void TestPromptCache::cachingOff_sendsThePlainBodyByteForByte()
{
    ChatRequest request;
    request.model = QStringLiteral("claude-sonnet-5-5");
    request.system = QStringLiteral("You write apps.");
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Build it")},
                        {ChatMessage::Role::Assistant, QStringLiteral("<app></app>")},
                        {ChatMessage::Role::User, QStringLiteral("Fix it")}};
    request.maxTokens = 16000;
    QCOMPARE(AnthropicRequestFactory::messagesBody(request, false),
             QByteArrayLiteral(R"({"max_tokens":16000,"messages":[{"content":"Build it","role":"user"},)"
                               R"({"content":"<app></app>","role":"assistant"},{"content":"Fix it","role":"user"}],)"
                               R"("model":"claude-sonnet-5-5","stream":true,"system":"You write apps."})"));
}

void TestPromptCache::cachingOn_marksTheSystemPromptAndTheLastTwoUserTurns()
{
    const QJsonObject body = QJsonDocument::fromJson(cached(conversation(3))).object();
    const QJsonObject ephemeral{{QStringLiteral("type"), QStringLiteral("ephemeral")}};
    const QJsonArray systemBlocks = body.value(u"system").toArray();
    QCOMPARE(systemBlocks.size(), 1);
    QCOMPARE(systemBlocks.first().toObject().value(u"text").toString(), system());
    QCOMPARE(systemBlocks.first().toObject().value(u"cache_control").toObject(), ephemeral);

    // request 1, answer 1, request 2, answer 2, request 3: the last request
    // (the conversation so far) and the one before it (where the previous
    // request's breakpoint was) are marked; the rest stay plain strings.
    const QJsonArray messages = body.value(u"messages").toArray();
    QCOMPARE(messages.size(), 5);
    for (int i : {0, 1, 3})
        QVERIFY2(messages.at(i).toObject().value(u"content").isString(), qPrintable(QString::number(i)));
    for (int i : {2, 4}) {
        const QJsonArray content = messages.at(i).toObject().value(u"content").toArray();
        QCOMPARE(content.size(), 1);
        QCOMPARE(content.first().toObject().value(u"type").toString(), u"text");
        QCOMPARE(content.first().toObject().value(u"text").toString(), QStringLiteral("request %1").arg(i / 2 + 1));
        QCOMPARE(content.first().toObject().value(u"cache_control").toObject(), ephemeral);
    }
}

void TestPromptCache::cachingOn_neverSendsMoreThanFourBreakpoints()
{
    for (int turns : {1, 2, 3, 10, 30}) {
        ChatRequest request = conversation(turns);
        const qsizetype withSystem = cached(request).count("\"cache_control\"");
        QVERIFY(withSystem <= FakeAnthropicCache::MaxBreakpoints);
        QCOMPARE(withSystem, 1 + std::min(turns, 2));
        request.system.clear();
        QCOMPARE(cached(request).count("\"cache_control\""), std::min(turns, 2));
        QVERIFY(!cached(request).contains("\"system\""));
    }
}

void TestPromptCache::countTokens_isNeverMarked()
{
    // A cache_control there would create no entry: the count is the same.
    const QByteArray body = AnthropicRequestFactory::countTokensBody(conversation(3));
    QVERIFY(!body.contains("cache_control"));
    QVERIFY(QJsonDocument::fromJson(body).object().value(u"system").isString());
}

void TestPromptCache::systemPrompts_areLongEnoughToCache_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("webapp") << int(AppType::WebApp);
    QTest::newRow("api") << int(AppType::Api);
    QTest::newRow("script") << int(AppType::Script);
    QTest::newRow("auto") << -1;
}

void TestPromptCache::systemPrompts_areLongEnoughToCache()
{
    // The system prompt's own breakpoint only pays if it alone can be cached
    // (1,024 tokens on Sonnet 5.x): another session, or a new conversation
    // of the same session, then reads it.
    QFETCH(int, type);
    const std::optional<AppType> appType = type < 0 ? std::nullopt : std::optional<AppType>(AppType(type));
    const QString prompt = PromptLibrary::builtIn().systemPrompt(appType, RuntimeFacts{});
    QVERIFY2(FakeAnthropicCache::tokens(prompt) >= FakeAnthropicCache::DefaultMinimumTokens,
             qPrintable(QString::number(FakeAnthropicCache::tokens(prompt))));
}

void TestPromptCache::cache_firstRequestWrites_theSameAgainReads()
{
    FakeAnthropicCache cache;
    const ChatRequest request = conversation(1);
    const qint64 prompt = FakeAnthropicCache::tokens(request.system) + FakeAnthropicCache::tokens(request.messages.first().text);
    const auto first = cache.account(cached(request), 0);
    QVERIFY(first);
    QCOMPARE(first->cacheWriteTokens, prompt);
    QCOMPARE(first->cacheReadTokens, 0);
    QCOMPARE(first->inputTokens, 0);  // nothing follows the last breakpoint
    QCOMPARE(first->breakpoints, 2);
    QCOMPARE(cache.entryCount(), 2);  // the system prompt, and the whole prompt

    const auto again = cache.account(cached(request), 1000);
    QCOMPARE(again->cacheReadTokens, prompt);
    QCOMPARE(again->cacheWriteTokens, 0);
    QCOMPARE(again->inputTokens, 0);

    // Without markers nothing is cached, whatever is there.
    const auto plain = cache.account(AnthropicRequestFactory::messagesBody(request, false), 2000);
    QCOMPARE(plain->inputTokens, prompt);
    QCOMPARE(plain->cacheReadTokens + plain->cacheWriteTokens, 0);

    // Another model has a cache of its own.
    ChatRequest other = request;
    other.model = QStringLiteral("claude-opus-5-5");
    QCOMPARE(cache.account(cached(other), 3000)->cacheReadTokens, 0);
}

void TestPromptCache::cache_nextRequestOfAConversation_readsWhatTheLastWrote()
{
    FakeAnthropicCache cache;
    const ChatRequest first = conversation(1);
    const ChatRequest second = conversation(2);
    const qint64 firstPrompt = FakeAnthropicCache::tokens(first.system) + FakeAnthropicCache::tokens(first.messages.at(0).text);
    QVERIFY(cache.account(cached(first), 0));
    const auto next = cache.account(cached(second), 1000);
    QCOMPARE(next->cacheReadTokens, firstPrompt);
    QCOMPARE(next->cacheWriteTokens, FakeAnthropicCache::tokens(second.messages.at(1).text)
                                         + FakeAnthropicCache::tokens(second.messages.at(2).text));
    QCOMPARE(next->inputTokens, 0);

    // Another conversation with the same system prompt reads the system prompt.
    ChatRequest elsewhere = first;
    elsewhere.messages.first().text = QStringLiteral("something else");
    const auto other = cache.account(cached(elsewhere), 2000);
    QCOMPARE(other->cacheReadTokens, FakeAnthropicCache::tokens(first.system));
    QCOMPARE(other->cacheWriteTokens, FakeAnthropicCache::tokens(QStringLiteral("something else")));
}

void TestPromptCache::cache_belowTheMinimum_cachesNothing()
{
    FakeAnthropicCache cache;
    ChatRequest request = conversation(2);
    request.system = QStringLiteral("You write apps.");
    for (ChatMessage &message : request.messages)
        message.text = message.text.left(40);
    const QByteArray body = cached(request);
    const auto usage = cache.account(body, 0);
    QVERIFY(usage);
    QCOMPARE(usage->breakpoints, 3);
    QCOMPARE(usage->cacheWriteTokens, 0);
    QCOMPARE(usage->cacheReadTokens, 0);
    QVERIFY(usage->inputTokens > 0);
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.account(body, 1000)->cacheReadTokens, 0);

    // The minimum is the model's; a smaller one caches the same request.
    FakeAnthropicCache small(16);
    QCOMPARE(small.account(body, 0)->cacheWriteTokens, usage->inputTokens);
}

void TestPromptCache::cache_lookback_reachesTwentyBlocksBack()
{
    // The system prompt (block 0) is cached; a later request marks only one
    // turn. Turn 20 is block 20, which looks back to block 0; turn 21 does not.
    FakeAnthropicCache cache;
    QCOMPARE(cache.account(handMade(0, true, 0), 0)->cacheWriteTokens, FakeAnthropicCache::tokens(system()));
    const auto within = cache.account(handMade(20, false, 20), 1000);
    QCOMPARE(within->cacheReadTokens, FakeAnthropicCache::tokens(system()));

    FakeAnthropicCache other;
    other.account(handMade(0, true, 0), 0);
    const auto beyond = other.account(handMade(21, false, 21), 1000);
    QCOMPARE(beyond->cacheReadTokens, 0);
    QVERIFY(beyond->cacheWriteTokens > FakeAnthropicCache::tokens(system()));
}

void TestPromptCache::cache_entries_liveFiveMinutesFromTheirLastHit()
{
    FakeAnthropicCache cache;
    const QByteArray body = cached(conversation(1));
    const qint64 t0 = 1'000'000;
    const qint64 minute = 60'000;
    QCOMPARE(cache.account(body, t0)->cacheReadTokens, 0);
    QVERIFY(cache.account(body, t0 + 4 * minute)->cacheReadTokens > 0);
    // Refreshed at 4 minutes, so still there at 8.
    QVERIFY(cache.account(body, t0 + 8 * minute)->cacheReadTokens > 0);
    // Nothing for more than five minutes: written again.
    const auto late = cache.account(body, t0 + 14 * minute);
    QCOMPARE(late->cacheReadTokens, 0);
    QVERIFY(late->cacheWriteTokens > 0);
}

void TestPromptCache::cache_moreThanFourBreakpoints_isRefused()
{
    QJsonObject body = QJsonDocument::fromJson(handMade(5, true, 1)).object();
    QJsonArray messages = body.value(u"messages").toArray();
    for (int i : {1, 2, 3, 4}) {
        QJsonObject message = messages.at(i).toObject();
        QJsonArray content = message.value(u"content").toArray();
        QJsonObject block = content.first().toObject();
        block.insert(u"cache_control", QJsonObject{{QStringLiteral("type"), QStringLiteral("ephemeral")}});
        content.replace(0, block);
        message.insert(u"content", content);
        messages.replace(i, message);
    }
    body.insert(u"messages", messages);
    const QByteArray tooMany = QJsonDocument(body).toJson(QJsonDocument::Compact);
    FakeAnthropicCache cache;
    QVERIFY(!cache.account(tooMany, 0));
    QVERIFY(cache.error().contains(u"Found 6"));
    const FakeLlmServer::Response refused = cache.respond(tooMany, QStringLiteral("never sent"));
    QVERIFY(refused.head.startsWith("HTTP/1.1 400 "));
    QVERIFY(refused.pieces.first().contains("invalid_request_error"));
}

void TestPromptCache::client_readsTheCacheUsageTheServerReports()
{
    FakeLlmServer server;
    FakeAnthropicCache cache;
    server.setResponder([&cache](const FakeLlmServer::Request &request) {
        return cache.respond(request.body, QStringLiteral("<app>\n</app>\n"));
    });
    QNetworkAccessManager network;
    AnthropicConfig config;
    config.apiKey = QStringLiteral("sk-ant-test-key");
    config.baseUrl = server.url();
    config.promptCaching = true;
    AnthropicClient client(config, &network);
    for (int turns : {1, 2}) {
        StreamWatch watch(client.stream(conversation(turns)));
        QVERIFY(watch.waitFinished());
        QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
        const FakeAnthropicCache::Usage &reported = cache.reported().constLast();
        const TokenUsage usage = watch->usage();
        QCOMPARE(usage.inputTokens, reported.inputTokens);
        QCOMPARE(usage.cacheWriteTokens, reported.cacheWriteTokens);
        QCOMPARE(usage.cacheReadTokens, reported.cacheReadTokens);
        QCOMPARE(usage.outputTokens, FakeAnthropicCache::tokens(QStringLiteral("<app>\n</app>\n")));
        QCOMPARE(watch->text(), u"<app>\n</app>\n");
    }
    QCOMPARE(cache.reported().at(0).cacheReadTokens, 0);
    QVERIFY(cache.reported().at(1).cacheReadTokens > 1024);
    QVERIFY(server.requests().at(1).body.contains("\"cache_control\":{\"type\":\"ephemeral\"}"));
}

QTEST_GUILESS_MAIN(TestPromptCache)
#include "test_llm_promptcache.moc"
