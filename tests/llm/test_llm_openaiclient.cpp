// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "llm/chatstream.h"
#include "llm/counttokens.h"
#include "llm/modellisting.h"
#include "llm/openaiclient.h"
#include "llmfixtures.h"
#include "streamwatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;
using Ending = FakeLlmServer::Ending;

class TestOpenAiClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void stream_withUsageChunkAndDone();
    void request_hasSystemFirstAndAsksForUsage();
    void bearerKey_onlyWhenSet();
    void lengthFinish_isMaxTokens();
    void reasoningDeltas_areNotAnswerText();
    void thinkTagsInContent_areThinking();
    void endWithoutFinishReason_isAnError();
    void finishReasonWithoutDone_isComplete();
    void midStreamErrorChunk_fails();
    void modelNotPulled404_saysSo();
    void serverNotRunning_namesIt();
    void models_listedByTheServer();
    void countTokens_isUnsupported();

private:
    OpenAiConfig config() const;
    ChatRequest request() const;

    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestOpenAiClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
}

OpenAiConfig TestOpenAiClient::config() const
{
    OpenAiConfig config;
    config.baseUrl = m_server->url(QStringLiteral("/v1"));
    config.serverName = QStringLiteral("Ollama");
    config.inactivityTimeout = 300ms;
    config.retry.timeScale = 0.01;
    return config;
}

ChatRequest TestOpenAiClient::request() const
{
    ChatRequest request;
    request.model = QStringLiteral("qwen3-coder:30b");
    request.system = QStringLiteral("You write small web apps.");
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Say hello")}};
    request.maxTokens = 4096;
    return request;
}

void TestOpenAiClient::stream_withUsageChunkAndDone()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({
        openAiChunk(R"([{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}])"),
        openAiText(QStringLiteral("Hel")), openAiText(QStringLiteral("lo ✓")),
        openAiChunk(R"([{"index":0,"delta":{"content":null},"finish_reason":null}])"),
        openAiFinish("stop"), openAiUsage(26, 9), openAiDone(),
    }));
    OpenAiClient client(config(), m_network.get());
    QCOMPARE(client.provider(), u"openai");
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"Hello ✓");
    QCOMPARE(watch.text.count(), 2);
    QCOMPARE(watch->stopReason(), u"end_turn");
    QCOMPARE(watch->usage(), (TokenUsage{26, 9, 0, 0}));
    QCOMPARE(watch.usage.count(), 1);
    QCOMPARE(watch->model(), u"qwen3-coder:30b");
}

void TestOpenAiClient::request_hasSystemFirstAndAsksForUsage()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({openAiText(QStringLiteral("x")), openAiFinish("stop"), openAiDone()}));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    const FakeLlmServer::Request &sent = m_server->requests().first();
    QVERIFY(sent.raw.startsWith("POST /v1/chat/completions HTTP/1.1\r\n"));
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QVERIFY(sent.header("user-agent").startsWith("SpawnAI/"));
    QVERIFY(!sent.hasHeader("x-api-key"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(u"model").toString(), u"qwen3-coder:30b");
    QCOMPARE(body.value(u"max_tokens").toInt(), 4096);
    QVERIFY(!body.contains(u"max_completion_tokens"));
    QCOMPARE(body.value(u"stream").toBool(), true);
    QCOMPARE(body.value(u"stream_options").toObject().value(u"include_usage").toBool(), true);
    const QJsonArray messages = body.value(u"messages").toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(u"role").toString(), u"system");
    QCOMPARE(messages.at(0).toObject().value(u"content").toString(), u"You write small web apps.");
    QCOMPARE(messages.at(1).toObject().value(u"role").toString(), u"user");
}

void TestOpenAiClient::bearerKey_onlyWhenSet()
{
    using namespace Fixtures;
    for (int i = 0; i < 2; ++i)
        m_server->enqueue(FakeLlmServer::sse({openAiText(QStringLiteral("x")), openAiFinish("stop"), openAiDone()}));
    OpenAiClient open(config(), m_network.get());
    StreamWatch first(open.stream(request()));
    QVERIFY(first.waitFinished());
    QVERIFY(!m_server->requests().at(0).hasHeader("authorization"));

    OpenAiConfig keyed = config();
    keyed.apiKey = QStringLiteral("lm-studio-token");
    OpenAiClient guarded(keyed, m_network.get());
    StreamWatch second(guarded.stream(request()));
    QVERIFY(second.waitFinished());
    QCOMPARE(m_server->requests().at(1).header("authorization"), QByteArray("Bearer lm-studio-token"));
}

void TestOpenAiClient::lengthFinish_isMaxTokens()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({openAiText(QStringLiteral("<file")), openAiFinish("length"),
                                          openAiUsage(3000, 4096), openAiDone()}));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY(watch->succeeded());
    QCOMPARE(watch->stopReason(), u"max_tokens");
}

void TestOpenAiClient::reasoningDeltas_areNotAnswerText()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({
        openAiChunk(R"([{"index":0,"delta":{"role":"assistant","content":"","reasoning":"Let me think."},"finish_reason":null}])"),
        openAiChunk(R"([{"index":0,"delta":{"reasoning_content":"Still thinking."},"finish_reason":null}])"),
        openAiText(QStringLiteral("Answer")), openAiFinish("stop"), openAiDone(),
    }));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->text(), u"Answer");
    QCOMPARE(watch->thinking(), u"Let me think.Still thinking.");
}

void TestOpenAiClient::thinkTagsInContent_areThinking()
{
    // llama-server --reasoning-format none, LM Studio without its reasoning
    // parser: a thinking model's <think> block arrives as content, the tags
    // cut anywhere between chunks.
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({
        openAiText(QStringLiteral("<thi")), openAiText(QStringLiteral("nk>Plan a page.</thi")),
        openAiText(QStringLiteral("nk>\n<app>")), openAiText(QStringLiteral("</app>")), openAiFinish("stop"), openAiDone(),
    }));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"\n<app></app>");
    QCOMPARE(watch->thinking(), u"Plan a page.");
    for (const QList<QVariant> &delta : std::as_const(watch.text))
        QVERIFY(!delta.first().toString().contains(u"think"));
}

void TestOpenAiClient::endWithoutFinishReason_isAnError()
{
    using namespace Fixtures;
    // Ollama ends a failed generation by closing the stream: no finish chunk, no [DONE].
    m_server->enqueue(FakeLlmServer::sse({openAiText(QStringLiteral("Hel")), openAiText(QStringLiteral("lo"))}));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::Api);
    QVERIFY2(watch->error().message.contains(u"ended before it was complete"), qPrintable(watch->error().message));
    QVERIFY(watch->error().message.contains(u"finish_reason"));
    QCOMPARE(watch->text(), u"Hello");
    QCOMPARE(watch->attempts(), 1);
}

void TestOpenAiClient::finishReasonWithoutDone_isComplete()
{
    using namespace Fixtures;
    m_server->enqueue(FakeLlmServer::sse({openAiText(QStringLiteral("ok")), openAiFinish("stop")}));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
}

void TestOpenAiClient::midStreamErrorChunk_fails()
{
    using namespace Fixtures;
    // llama.cpp: one data line with an error object, then the stream closes.
    m_server->enqueue(FakeLlmServer::sse(
        {openAiText(QStringLiteral("partial")),
         "data: {\"error\":{\"code\":400,\"message\":\"the request exceeds the available context size\",\"type\":\"exceed_context_size_error\"}}\n\n"}));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    // A resource error, so the session reports it instead of a repair round
    // whose conversation would be longer still.
    QCOMPARE(watch->error().kind, ErrorKind::Resource);
    QVERIFY2(watch->error().message.contains(u"restart llama-server with a larger -c"), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 1);
}

void TestOpenAiClient::modelNotPulled404_saysSo()
{
    m_server->enqueue(FakeLlmServer::json(
        404, R"({"error":{"message":"model \"qwen3-coder:30b\" not found, try pulling it first","type":"not_found_error","param":null,"code":null}})"));
    OpenAiClient client(config(), m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY(watch->error().message.contains(u"check the model name"));
    QVERIFY(watch->error().message.contains(u"ollama pull qwen3-coder:30b"));
    QCOMPARE(watch->attempts(), 1);
}

void TestOpenAiClient::serverNotRunning_namesIt()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    OpenAiConfig down = config();
    down.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort));
    OpenAiClient client(down, m_network.get());
    StreamWatch watch(client.stream(request()));
    QVERIFY(watch.waitFinished());
    QCOMPARE(watch->error().kind, ErrorKind::Api);
    QVERIFY2(watch->error().message.startsWith(QStringLiteral("Could not reach http://127.0.0.1:%1/v1: is Ollama running?").arg(closedPort)),
             qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 3);  // connection failures are retried
}

void TestOpenAiClient::models_listedByTheServer()
{
    m_server->enqueue(FakeLlmServer::json(200, R"({"object":"list","data":[
        {"id":"qwen3-coder:30b","object":"model","created":1764000000,"owned_by":"library"},
        {"id":"/models/gemma.gguf","object":"model","created":1764000000,"owned_by":"llamacpp","meta":{"n_ctx_train":131072,"n_params":27000000000}}
    ]})"));
    OpenAiClient client(config(), m_network.get());
    std::unique_ptr<ModelListing> listing(client.listModels());
    QSignalSpy finished(listing.get(), &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(listing->succeeded());
    QCOMPARE(listing->models().size(), 2);
    QCOMPARE(listing->models().at(0).id, u"qwen3-coder:30b");
    QCOMPARE(listing->models().at(1).maxInputTokens, 131072);
    QVERIFY(m_server->requests().first().raw.startsWith("GET /v1/models HTTP/1.1\r\n"));

    // No fallback for a local server: its list cannot be guessed.
    m_server->enqueue(FakeLlmServer::json(404, R"({"error":"not found"})"));
    std::unique_ptr<ModelListing> failed(client.listModels());
    QSignalSpy failedFinished(failed.get(), &AsyncOperation::finished);
    QVERIFY(failedFinished.wait());
    QVERIFY(!failed->succeeded());
}

void TestOpenAiClient::countTokens_isUnsupported()
{
    OpenAiClient client(config(), m_network.get());
    std::unique_ptr<CountTokens> count(client.countTokens(request()));
    QSignalSpy finished(count.get(), &AsyncOperation::finished);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait());
    QVERIFY(count->isUnsupported());
    QVERIFY(count->error().message.contains(u"not supported"));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestOpenAiClient)
#include "test_llm_openaiclient.moc"
