// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "llm/anthropicclient.h"
#include "llm/chatstream.h"
#include "llm/counttokens.h"
#include "llm/modellisting.h"
#include "llmfixtures.h"
#include "streamwatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Ending = FakeLlmServer::Ending;

namespace {
const QString TestKey = QStringLiteral("sk-ant-api03-TESTKEYtestkey0123456789");

QStringList *g_logLines = nullptr;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_logLines)
        g_logLines->append(message);
}

QByteArray overloaded()
{
    return Fixtures::anthropicError("overloaded_error", "Overloaded");
}
} // namespace

class TestAnthropicClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void thinkingBlockFirst_onlyTextIsStreamed();
    void usage_followsRunningTotals();
    void maxTokens_stopReasonIsReported();
    void pingAndUnknownEvents_areIgnored();
    void request_hasTheRightHeadersAndNoSamplingParameters();
    void baseUrl_comesFromTheEnvironment();
    void prefill_isRefusedWithoutSending();
    void missingKey_isRefusedWithoutSending();

    void rateLimited429_retriesAfterRetryAfter();
    void overloaded529_thenSuccess();
    void serverError500ThreeTimes_failsAfterThreeAttempts();
    void badKey401_failsAtOnceAsUserError();
    void spendLimit429_isNotRetried();
    void shouldRetryFalse_isRespected();
    void unknownModel404_namesTheModel();
    void errorEventBeforeText_isRetried();
    void errorEventAfterText_failsAsOverloaded();
    void droppedBeforeText_isRetried();
    void droppedAfterText_failsWithoutRetry();
    void closeWithoutMessageStop_isTruncated();
    void silentStream_timesOutAndRetries();
    void silentAfterText_timesOutWithoutRetry();
    void cancelMidStream_stopsAtOnce();
    void cancelWhileWaitingToRetry_sendsNothingMore();
    void apiKey_isNeverLogged();

    void models_listedByTheServer();
    void models_fallBackToTheCatalogue();
    void countTokens_asksTheServer();
    void keyFromEnvironment_prefersAnthropicApiKey();

private:
    AnthropicConfig config() const;
    ChatRequest request() const;
    AnthropicClient *client();

    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AnthropicClient> m_client;
};

void TestAnthropicClient::init()
{
    qunsetenv("ANTHROPIC_BASE_URL");
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
}

AnthropicConfig TestAnthropicClient::config() const
{
    AnthropicConfig config;
    config.apiKey = TestKey;
    config.baseUrl = m_server->url();
    config.inactivityTimeout = 300ms;
    config.retry.timeScale = 0.01;
    return config;
}

ChatRequest TestAnthropicClient::request() const
{
    ChatRequest request;
    request.model = QStringLiteral("claude-sonnet-5-5");
    request.system = QStringLiteral("You write small web apps.");
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Say hello")}};
    request.maxTokens = 64000;
    return request;
}

AnthropicClient *TestAnthropicClient::client()
{
    if (!m_client)
        m_client = std::make_unique<AnthropicClient>(config(), m_network.get());
    return m_client.get();
}

void TestAnthropicClient::thinkingBlockFirst_onlyTextIsStreamed()
{
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"Hello, wörld ✓");
    QCOMPARE(watch.text.count(), 2);
    QCOMPARE(watch.text.at(0).at(0).toString(), u"Hello");
    QCOMPARE(watch->stopReason(), u"end_turn");
    QCOMPARE(watch->model(), u"claude-sonnet-5-5");
    QCOMPARE(watch->attempts(), 1);
    QCOMPARE(watch.retrying.count(), 0);
    QCOMPARE(watch->requestId(), QByteArray("req_011CVtestStream"));
}

void TestAnthropicClient::usage_followsRunningTotals()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({
        messageStart(412, 3900, 120), textStart(0), textDelta(0, QStringLiteral("Hi")),
        // Totals, not increments: older servers send only output_tokens...
        Fixtures::event("message_delta", R"({"type":"message_delta","delta":{"stop_reason":null,"stop_sequence":null},"usage":{"output_tokens":10}})"),
        textDelta(0, QStringLiteral("!")), blockStop(0),
        // ...newer ones restate the input counts too; a null field is no change.
        messageDelta("end_turn", R"({"input_tokens":412,"cache_creation_input_tokens":null,"cache_read_input_tokens":3900,"output_tokens":25})"),
        messageStop(),
    }));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    const TokenUsage expected{412, 25, 120, 3900};
    QCOMPARE(watch->usage(), expected);
    QCOMPARE(watch->usage().totalInputTokens(), 4432);
    QCOMPARE(watch.usage.count(), 3);
    QCOMPARE(watch.usage.at(1).at(0).value<TokenUsage>().outputTokens, 10);
    QCOMPARE(watch.usage.last().at(0).value<TokenUsage>(), expected);
}

void TestAnthropicClient::maxTokens_stopReasonIsReported()
{
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText({QStringLiteral("<file path=\"a.js\">")}, "max_tokens")));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY(watch->succeeded());  // a cut answer is still an answer: the caller continues it
    QCOMPARE(watch->stopReason(), u"max_tokens");
}

void TestAnthropicClient::pingAndUnknownEvents_areIgnored()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({
        ": a comment the server may send\n\n", messageStart(), ping(), textStart(0),
        Fixtures::event("content_block_future", R"({"type":"content_block_future","index":0,"surprise":true})"),
        textDelta(0, QStringLiteral("ok")),
        Fixtures::event("content_block_delta", R"({"type":"content_block_delta","index":0,"delta":{"type":"citations_delta","citation":{}}})"),
        ping(), blockStop(0), messageDelta("end_turn", R"({"output_tokens":2})"), ping(), messageStop(),
    }));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"ok");
}

void TestAnthropicClient::request_hasTheRightHeadersAndNoSamplingParameters()
{
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(m_server->requests().size(), 1);
    const FakeLlmServer::Request &sent = m_server->requests().first();
    QVERIFY2(sent.raw.startsWith("POST /v1/messages HTTP/1.1\r\n"), sent.raw.left(100).constData());
    QCOMPARE(sent.header("x-api-key"), TestKey.toUtf8());
    QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.header("accept"), QByteArray("text/event-stream"));
    QVERIFY(sent.header("user-agent").startsWith("SpawnAI/"));
    QVERIFY(!sent.hasHeader("authorization"));
    QVERIFY(!sent.hasHeader("origin"));
    QCOMPARE(sent.raw.count("\r\ncontent-type:") + sent.raw.count("\r\nContent-Type:"), 1);

    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("max_tokens"), QStringLiteral("messages"), QStringLiteral("model"), QStringLiteral("stream"), QStringLiteral("system")}));
    for (const char *forbidden : {"temperature", "top_p", "top_k"})
        QVERIFY(!sent.body.contains(forbidden));
    QCOMPARE(body.value(u"model").toString(), u"claude-sonnet-5-5");
    QCOMPARE(body.value(u"max_tokens").toInt(), 64000);
    QCOMPARE(body.value(u"stream").toBool(), true);
    // Prompt caching is on by default: the system prompt and the user turn
    // are text blocks with a breakpoint (test_llm_promptcache has the rules).
    const QJsonObject ephemeral{{QStringLiteral("type"), QStringLiteral("ephemeral")}};
    const QJsonArray system = body.value(u"system").toArray();
    QCOMPARE(system.size(), 1);
    QCOMPARE(system.first().toObject().value(u"text").toString(), u"You write small web apps.");
    QCOMPARE(system.first().toObject().value(u"cache_control").toObject(), ephemeral);
    const QJsonArray messages = body.value(u"messages").toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(u"role").toString(), u"user");
    const QJsonArray content = messages.first().toObject().value(u"content").toArray();
    QCOMPARE(content.size(), 1);
    QCOMPARE(content.first().toObject().value(u"text").toString(), u"Say hello");
    QCOMPARE(content.first().toObject().value(u"cache_control").toObject(), ephemeral);
}

void TestAnthropicClient::baseUrl_comesFromTheEnvironment()
{
    qputenv("ANTHROPIC_BASE_URL", m_server->url(QStringLiteral("/proxy/")).toString().toUtf8());
    AnthropicConfig fromEnvironment = config();
    fromEnvironment.baseUrl = QUrl();
    AnthropicClient client(fromEnvironment, m_network.get());
    qunsetenv("ANTHROPIC_BASE_URL");
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY(watch->succeeded());
    QCOMPARE(m_server->requests().first().target, QByteArray("/proxy/v1/messages"));
}

void TestAnthropicClient::prefill_isRefusedWithoutSending()
{
    ChatRequest prefill = request();
    prefill.messages.append({ChatMessage::Role::Assistant, QStringLiteral("<manifest>")});
    StreamWatch watch(client()->stream(prefill));
    QCOMPARE(watch.finished.count(), 0);  // never before the caller is back in the event loop
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY(watch->error().message.contains(u"prefill"));
    QCOMPARE(watch->attempts(), 0);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestAnthropicClient::missingKey_isRefusedWithoutSending()
{
    AnthropicConfig noKey = config();
    noKey.apiKey.clear();
    noKey.baseUrl = QUrl(QStringLiteral("https://api.anthropic.com"));  // never contacted: refused first
    AnthropicClient client(noKey, m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY(watch->error().message.contains(u"Settings"));
    QCOMPARE(watch->attempts(), 0);
}

void TestAnthropicClient::rateLimited429_retriesAfterRetryAfter()
{
    m_server->enqueue(FakeLlmServer::json(
        429, Fixtures::anthropicError("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
        "retry-after: 0\r\nanthropic-ratelimit-requests-remaining: 0\r\n"));
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 2);
    QCOMPARE(watch.retrying.count(), 1);
    QCOMPARE(watch.retrying.first().at(0).toInt(), 2);
    QVERIFY(watch.retrying.first().at(2).toString().contains(u"rate limit"));
    QCOMPARE(watch->text(), u"Hello, wörld ✓");
    QCOMPARE(m_server->requests().size(), 2);
}

void TestAnthropicClient::overloaded529_thenSuccess()
{
    m_server->enqueue(FakeLlmServer::json(529, overloaded()));
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 2);
    QCOMPARE(watch.retrying.count(), 1);
}

void TestAnthropicClient::serverError500ThreeTimes_failsAfterThreeAttempts()
{
    for (int i = 0; i < 4; ++i)
        m_server->enqueue(FakeLlmServer::json(500, Fixtures::anthropicError("api_error", "Internal server error")));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::Api);
    QVERIFY(watch->error().retryable);
    QVERIFY2(watch->error().message.contains(u"3 attempts"), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 3);
    QCOMPARE(watch.retrying.count(), 2);
    QCOMPARE(watch.retrying.at(1).at(0).toInt(), 3);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestAnthropicClient::badKey401_failsAtOnceAsUserError()
{
    m_server->enqueue(FakeLlmServer::json(401, Fixtures::anthropicError("authentication_error", "invalid x-api-key")));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY(!watch->error().retryable);
    QCOMPARE(watch->error().message, u"Claude rejected the API key: update it in Settings");
    QCOMPARE(watch->attempts(), 1);
    QCOMPARE(watch.retrying.count(), 0);
}

void TestAnthropicClient::spendLimit429_isNotRetried()
{
    // A tier spend cap: 429 without retry-after.
    m_server->enqueue(FakeLlmServer::json(
        429, R"({"type":"error","error":{"type":"rate_limit_error","message":"You have reached your specified API usage limits. You will regain access on 2026-12-01 at 00:00 UTC.","details":{"error_code":"enforced_spend_limit_reached"}},"request_id":"req_011CVspend"})"));
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY(!watch->error().retryable);
    QVERIFY(watch->error().message.contains(u"limit"));
    QCOMPARE(watch->attempts(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAnthropicClient::shouldRetryFalse_isRespected()
{
    m_server->enqueue(FakeLlmServer::json(529, overloaded(), "x-should-retry: false\r\n"));
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::Api);
    QVERIFY(watch->error().message.contains(u"overloaded"));
    QCOMPARE(watch->attempts(), 1);
    QCOMPARE(watch.retrying.count(), 0);
}

void TestAnthropicClient::unknownModel404_namesTheModel()
{
    m_server->enqueue(FakeLlmServer::json(404, Fixtures::anthropicError("not_found_error", "model: claude-sonnet-9")));
    ChatRequest wrong = request();
    wrong.model = QStringLiteral("claude-sonnet-9");
    StreamWatch watch(client()->stream(wrong));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY(watch->error().message.contains(u"claude-sonnet-9"));
    QVERIFY(watch->error().message.contains(u"check the model name"));
    QCOMPARE(watch->attempts(), 1);
}

void TestAnthropicClient::errorEventBeforeText_isRetried()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({messageStart(), ping(), errorEvent("overloaded_error", "Overloaded")}));
    m_server->enqueue(FakeLlmServer::sse(thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 2);
    QVERIFY(watch.retrying.first().at(2).toString().contains(u"overloaded"));
}

void TestAnthropicClient::errorEventAfterText_failsAsOverloaded()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({messageStart(), textStart(0), textDelta(0, QStringLiteral("<manifest>")),
                                          errorEvent("overloaded_error", "Overloaded")}));
    m_server->enqueue(FakeLlmServer::sse(thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::Api);
    QVERIFY(watch->error().retryable);
    QVERIFY(watch->error().message.contains(u"overloaded"));
    QVERIFY(watch->error().message.contains(u"already arrived"));
    QCOMPARE(watch->text(), u"<manifest>");
    QCOMPARE(watch->attempts(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAnthropicClient::droppedBeforeText_isRetried()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({messageStart(), thinkingStart(0)}, Ending::Drop));
    m_server->enqueue(FakeLlmServer::sse(thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 2);
    QCOMPARE(watch.retrying.count(), 1);
    QCOMPARE(watch->text(), u"Hello, wörld ✓");
}

void TestAnthropicClient::droppedAfterText_failsWithoutRetry()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({messageStart(), textStart(0), textDelta(0, QStringLiteral("partial"))},
                                         Ending::Drop));
    m_server->enqueue(FakeLlmServer::sse(thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::Api);
    QVERIFY2(watch->error().message.contains(u"ended before it was complete"), qPrintable(watch->error().message));
    QVERIFY(watch->error().message.contains(u"not retried automatically"));
    QCOMPARE(watch->text(), u"partial");
    QCOMPARE(watch->attempts(), 1);
    QCOMPARE(watch.retrying.count(), 0);
}

void TestAnthropicClient::closeWithoutMessageStop_isTruncated()
{
    // A close-delimited body that ends cleanly but early: only the missing
    // message_stop shows the reply is incomplete.
    using namespace Fixtures;
    FakeLlmServer::Response response = FakeLlmServer::sse(
        {messageStart(), textStart(0), textDelta(0, QStringLiteral("half")), blockStop(0)});
    response.head.replace("Transfer-Encoding: chunked\r\n", "");
    response.head.replace("Connection: keep-alive", "Connection: close");
    response.framing = FakeLlmServer::Framing::CloseDelimited;
    m_server->enqueue(response);
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY(watch->error().message.contains(u"message_stop"));
    QCOMPARE(watch->attempts(), 1);
}

void TestAnthropicClient::silentStream_timesOutAndRetries()
{
    m_server->enqueue(FakeLlmServer::sse({}, Ending::Hang));  // headers, then nothing
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 2);
    QVERIFY(watch.retrying.first().at(2).toString().contains(u"timed out"));
}

void TestAnthropicClient::silentAfterText_timesOutWithoutRetry()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({messageStart(), textStart(0), textDelta(0, QStringLiteral("so far"))},
                                         Ending::Hang));
    StreamWatch watch(client()->stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::Api);
    QVERIFY(watch->error().retryable);
    QVERIFY2(watch->error().message.contains(u"timed out"), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 1);
    QTRY_COMPARE(m_server->openConnections(), 0);  // the dead connection is closed, not left open
}

void TestAnthropicClient::cancelMidStream_stopsAtOnce()
{
    using namespace Fixtures;
    AnthropicConfig patient = config();
    patient.inactivityTimeout = 60s;
    AnthropicClient client(patient, m_network.get());
    m_server->enqueue(FakeLlmServer::sse({messageStart(), textStart(0), textDelta(0, QStringLiteral("first"))},
                                         Ending::Hang));
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitText());
    QCOMPARE(m_server->openConnections(), 1);
    watch->cancel();
    QCOMPARE(watch.finished.count(), 1);  // at once, inside cancel()
    QVERIFY(watch->isCancelled());
    QCOMPARE(watch->text(), u"first");
    watch->cancel();
    QCOMPARE(watch.finished.count(), 1);
    QTRY_COMPARE(m_server->openConnections(), 0);  // the reply was aborted
    QCOMPARE(watch.retrying.count(), 0);
}

void TestAnthropicClient::cancelWhileWaitingToRetry_sendsNothingMore()
{
    m_server->enqueue(FakeLlmServer::json(529, overloaded()));
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch watch(client()->stream(request()));
    connect(watch.stream.get(), &ChatStream::retrying, watch.stream.get(), &AsyncOperation::cancel);
    QVERIFY(watch.waitFinished());
    QVERIFY(watch->isCancelled());
    QCOMPARE(watch.retrying.count(), 1);

    // The retry timer is stopped: a second stream gets the scripted success,
    // and the server never sees a third request.
    StreamWatch second(client()->stream(request()));
    QVERIFY(second.waitFinished());
    QVERIFY2(second->succeeded(), qPrintable(second->error().message));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(watch->attempts(), 1);
}

void TestAnthropicClient::apiKey_isNeverLogged()
{
    QStringList lines;
    g_logLines = &lines;
    QLoggingCategory::setFilterRules(QStringLiteral("spawnai.llm.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    m_server->enqueue(FakeLlmServer::json(401, Fixtures::anthropicError("authentication_error", "invalid x-api-key")));
    m_server->enqueue(FakeLlmServer::sse(Fixtures::thinkingThenText()));
    StreamWatch rejected(client()->stream(request()));
    const bool rejectedDone = rejected.waitFinished();
    StreamWatch accepted(client()->stream(request()));
    const bool acceptedDone = accepted.waitFinished();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_logLines = nullptr;

    QVERIFY(rejectedDone && acceptedDone);
    QVERIFY(lines.join(u'\n').contains(u"x-api-key: [redacted]"));  // the request was logged...
    for (const QString &line : std::as_const(lines))
        QVERIFY2(!line.contains(TestKey), qPrintable(line));  // ...without the key
}

void TestAnthropicClient::models_listedByTheServer()
{
    m_server->enqueue(FakeLlmServer::json(200, R"({"data":[
        {"type":"model","id":"claude-opus-5-5","display_name":"Claude Opus 5.5","created_at":"2026-09-01T00:00:00Z","max_input_tokens":1000000,"max_tokens":128000},
        {"type":"model","id":"claude-sonnet-5-5","display_name":"Claude Sonnet 5.5","created_at":"2026-09-01T00:00:00Z"}
    ],"has_more":false,"first_id":"claude-opus-5-5","last_id":"claude-sonnet-5-5"})"));
    std::unique_ptr<ModelListing> listing(client()->listModels());
    QSignalSpy finished(listing.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(listing->succeeded());
    QVERIFY(!listing->isFallback());
    QCOMPARE(listing->models().size(), 2);
    QCOMPARE(listing->models().at(0).id, u"claude-opus-5-5");
    QCOMPARE(listing->models().at(0).maxOutputTokens, 128000);
    QCOMPARE(listing->models().at(0).createdAt, QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(listing->models().at(1).maxOutputTokens, 128000);  // an older server: the catalogue fills in
    const FakeLlmServer::Request &sent = m_server->requests().first();
    QVERIFY(sent.raw.startsWith("GET /v1/models?limit=1000 HTTP/1.1\r\n"));
    QCOMPARE(sent.header("x-api-key"), TestKey.toUtf8());
    QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
}

void TestAnthropicClient::models_fallBackToTheCatalogue()
{
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(FakeLlmServer::json(500, Fixtures::anthropicError("api_error", "Internal server error")));
    std::unique_ptr<ModelListing> listing(client()->listModels());
    QSignalSpy finished(listing.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(listing->succeeded());
    QVERIFY(listing->isFallback());
    QCOMPARE(listing->fallbackReason().kind, ErrorKind::Api);
    QCOMPARE(listing->models(), AnthropicClient::builtinCatalogue());
    QCOMPARE(listing->attempts(), 3);
    QCOMPARE(AnthropicClient::defaultModel(), u"claude-sonnet-5-5");
    bool listed = false;
    for (const ModelInfo &info : AnthropicClient::builtinCatalogue())
        listed = listed || info.id == AnthropicClient::defaultModel();
    QVERIFY(listed);
}

void TestAnthropicClient::countTokens_asksTheServer()
{
    m_server->setAnswerCountTokens(false);
    m_server->enqueue(FakeLlmServer::json(200, R"({"input_tokens":2095})"));
    std::unique_ptr<CountTokens> count(client()->countTokens(request()));
    QSignalSpy finished(count.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(count->succeeded());
    QCOMPARE(count->inputTokens(), 2095);
    const FakeLlmServer::Request &sent = m_server->requests().first();
    QVERIFY(sent.raw.startsWith("POST /v1/messages/count_tokens HTTP/1.1\r\n"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QVERIFY(!body.contains(u"max_tokens"));
    QVERIFY(!body.contains(u"stream"));
    QCOMPARE(body.value(u"model").toString(), u"claude-sonnet-5-5");
}

void TestAnthropicClient::keyFromEnvironment_prefersAnthropicApiKey()
{
    const QByteArray savedAnthropic = qgetenv("ANTHROPIC_API_KEY");
    const QByteArray savedClaude = qgetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_API_KEY");
    qputenv("CLAUDE_API_KEY", "sk-ant-claude");
    QCOMPARE(AnthropicClient::keyFromEnvironment(), u"sk-ant-claude");
    qputenv("ANTHROPIC_API_KEY", "sk-ant-anthropic");
    QCOMPARE(AnthropicClient::keyFromEnvironment(), u"sk-ant-anthropic");
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    QCOMPARE(AnthropicClient::keyFromEnvironment(), QString());
    if (!savedAnthropic.isEmpty())
        qputenv("ANTHROPIC_API_KEY", savedAnthropic);
    if (!savedClaude.isEmpty())
        qputenv("CLAUDE_API_KEY", savedClaude);
}

QTEST_GUILESS_MAIN(TestAnthropicClient)
#include "test_llm_anthropicclient.moc"
