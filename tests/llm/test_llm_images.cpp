// SPDX-License-Identifier: MIT
#include "fakelocalservers.h"
#include "fakellmserver.h"
#include "llm/anthropicclient.h"
#include "llm/chatstream.h"
#include "llm/openaiclient.h"
#include "llmfixtures.h"
#include "streamwatch.h"
#include "testimages.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Fixtures;

// Pictures in prompts, as each service receives them: the exact bytes of
// the image parts in each request body, and the refusal of a model that
// cannot see before anything is sent to it.
class TestLlmImages final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void anthropic_imagesBeforeTheText_asBase64Blocks();
    void anthropic_cachedTurnWithImages_marksTheTextBlock();
    void openAi_imagesAsDataUriParts_beforeTheText();
    void ollama_imagesAsBareBase64_nextToTheText();
    void ollama_modelWithoutVision_isRefusedBeforeChat();
    void lmStudio_textOnlyModel_isRefusedBeforeSending();
    void llamaCpp_noVisionModality_isRefusedBeforeSending();
    void llamaCpp_visionOrUnknownModality_sendsTheImages_data();
    void llamaCpp_visionOrUnknownModality_sendsTheImages();
    void textOnlyRequests_areSentAsBefore();

private:
    static ChatRequest withImages(const QString &model);
    static QByteArray pngBase64() { return TestImages::png(2, 1).toBase64(); }

    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestLlmImages::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
}

ChatRequest TestLlmImages::withImages(const QString &model)
{
    PromptImage png{u"image/png"_s, 2, 1, TestImages::png(2, 1), {}, u"a.png"_s};
    PromptImage gif{u"image/gif"_s, 3, 3, TestImages::gif(3, 3), {}, u"b.gif"_s};
    ChatRequest request;
    request.model = model;
    request.system = u"You write small web apps."_s;
    request.messages = {ChatMessage{ChatMessage::Role::User, u"Make this page"_s, {png, gif}}};
    request.maxTokens = 1000;
    return request;
}

void TestLlmImages::anthropic_imagesBeforeTheText_asBase64Blocks()
{
    m_server->enqueue(FakeLlmServer::sse(thinkingThenText()));
    AnthropicConfig config;
    config.apiKey = u"sk-ant-test"_s;
    config.baseUrl = m_server->url();
    config.promptCaching = false;
    config.retry.timeScale = 0.01;
    AnthropicClient client(config, m_network.get());
    StreamWatch watch(client.stream(withImages(u"claude-sonnet-4-5"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    const QByteArray body = m_server->requests().constFirst().body;
    const QByteArray expected = R"("messages":[{"content":[)"
                                R"({"source":{"data":")" + pngBase64() + R"(","media_type":"image/png","type":"base64"},"type":"image"},)"
                                R"({"source":{"data":")" + TestImages::gif(3, 3).toBase64()
                                + R"(","media_type":"image/gif","type":"base64"},"type":"image"},)"
                                R"({"text":"Make this page","type":"text"}],"role":"user"}])";
    QVERIFY2(body.contains(expected), body.constData());
}

void TestLlmImages::anthropic_cachedTurnWithImages_marksTheTextBlock()
{
    m_server->enqueue(FakeLlmServer::sse(thinkingThenText()));
    AnthropicConfig config;
    config.apiKey = u"sk-ant-test"_s;
    config.baseUrl = m_server->url();
    config.promptCaching = true;
    AnthropicClient client(config, m_network.get());
    StreamWatch watch(client.stream(withImages(u"claude-sonnet-4-5"_s)));
    QVERIFY(watch.waitFinished());
    const QByteArray body = m_server->requests().constFirst().body;
    // The breakpoint is on the turn's last block, so the pictures are in
    // the cached prefix too.
    const QByteArray marked = R"("type":"image"},{"cache_control":{"type":"ephemeral"},"text":"Make this page","type":"text"}])";
    QVERIFY2(body.contains(marked), body.constData());
}

void TestLlmImages::openAi_imagesAsDataUriParts_beforeTheText()
{
    m_server->enqueue(FakeLlmServer::sse({openAiText(u"x"_s), openAiFinish("stop"), openAiDone()}));
    OpenAiConfig config;
    config.baseUrl = m_server->url(u"/v1"_s);
    config.serverName = u"vLLM"_s;
    config.retry.timeScale = 0.01;
    OpenAiClient client(config, m_network.get());
    StreamWatch watch(client.stream(withImages(u"qwen2.5-vl"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    const QByteArray body = m_server->requests().constFirst().body;
    const QByteArray expected = R"({"content":[{"image_url":{"url":"data:image/png;base64,)" + pngBase64()
                                + R"("},"type":"image_url"},{"image_url":{"url":"data:image/gif;base64,)"
                                + TestImages::gif(3, 3).toBase64()
                                + R"("},"type":"image_url"},{"text":"Make this page","type":"text"}],"role":"user"})";
    QVERIFY2(body.contains(expected), body.constData());
}

void TestLlmImages::ollama_imagesAsBareBase64_nextToTheText()
{
    FakeLocalServers::Model model{u"llava:7b"_s};
    model.capabilities = {u"completion"_s, u"vision"_s};
    FakeLocalServers::speakOllama(m_server.get(), {model});
    OpenAiConfig config;
    config.baseUrl = m_server->url(u"/v1"_s);
    config.probeTimeout = 2s;
    config.retry.timeScale = 0.01;
    OpenAiClient client(config, m_network.get());
    StreamWatch watch(client.stream(withImages(u"llava:7b"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    const FakeLlmServer::Request &chat = m_server->requests().constLast();
    QCOMPARE(chat.path(), QByteArray("/api/chat"));
    const QByteArray expected = R"({"content":"Make this page","images":[")" + pngBase64() + R"(",")"
                                + TestImages::gif(3, 3).toBase64() + R"("],"role":"user"})";
    QVERIFY2(chat.body.contains(expected), chat.body.constData());
}

void TestLlmImages::ollama_modelWithoutVision_isRefusedBeforeChat()
{
    FakeLocalServers::speakOllama(m_server.get(), {FakeLocalServers::Model{u"qwen2.5-coder:7b"_s}});
    OpenAiConfig config;
    config.baseUrl = m_server->url(u"/v1"_s);
    config.probeTimeout = 2s;
    OpenAiClient client(config, m_network.get());
    StreamWatch watch(client.stream(withImages(u"qwen2.5-coder:7b"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY2(watch->error().message.contains(u"qwen2.5-coder:7b cannot read images"),
             qPrintable(watch->error().message));
    for (const FakeLlmServer::Request &request : m_server->requests())
        QVERIFY2(request.path() != "/api/chat" && request.path() != "/v1/chat/completions", request.path().constData());
}

void TestLlmImages::lmStudio_textOnlyModel_isRefusedBeforeSending()
{
    FakeLocalServers::Model model{u"qwen2.5-coder-7b"_s};
    model.loadedContext = 32768;
    FakeLocalServers::speakLmStudio(m_server.get(), {model});
    OpenAiConfig config;
    config.baseUrl = m_server->url(u"/v1"_s);
    config.probeTimeout = 2s;
    OpenAiClient client(config, m_network.get());
    StreamWatch watch(client.stream(withImages(u"qwen2.5-coder-7b"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    QVERIFY2(watch->error().message.contains(u"cannot read images"), qPrintable(watch->error().message));
    for (const FakeLlmServer::Request &request : m_server->requests())
        QVERIFY(request.path() != "/v1/chat/completions");
}

void TestLlmImages::llamaCpp_noVisionModality_isRefusedBeforeSending()
{
    // GET /props: "modalities": {"vision": false, "audio": false}, a model
    // started without a projector (--mmproj).
    FakeLocalServers::Model model{u"qwen2.5-coder-7b-q4_k_m"_s};
    model.loadedContext = 32768;
    FakeLocalServers::speakLlamaCpp(m_server.get(), model);
    OpenAiConfig config;
    config.baseUrl = m_server->url(u"/v1"_s);
    config.probeTimeout = 2s;
    OpenAiClient client(config, m_network.get());
    // llama-server serves one model whatever the request names.
    StreamWatch watch(client.stream(withImages(u"default"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    QCOMPARE(watch->error().kind, ErrorKind::User);
    QVERIFY2(watch->error().message.startsWith(u"qwen2.5-coder-7b-q4_k_m cannot read images"),
             qPrintable(watch->error().message));
    QCOMPARE(client.server().kind, LocalServerKind::LlamaCpp);
    QCOMPARE(watch.text.count(), 0);
    for (const FakeLlmServer::Request &request : m_server->requests())
        QVERIFY2(request.path() != "/v1/chat/completions", request.path().constData());
}

void TestLlmImages::llamaCpp_visionOrUnknownModality_sendsTheImages_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::newRow("modalities.vision true") << QStringList{u"completion"_s, u"vision"_s};
    // An older llama-server, or the router mode's /props: nothing is known, the server decides.
    QTest::newRow("no modalities") << QStringList{};
}

void TestLlmImages::llamaCpp_visionOrUnknownModality_sendsTheImages()
{
    QFETCH(QStringList, capabilities);
    FakeLocalServers::Model model{u"gemma-3-4b-it"_s};
    model.loadedContext = 32768;
    model.capabilities = capabilities;
    FakeLocalServers::speakLlamaCpp(m_server.get(), model);
    OpenAiConfig config;
    config.baseUrl = m_server->url(u"/v1"_s);
    config.probeTimeout = 2s;
    OpenAiClient client(config, m_network.get());
    StreamWatch watch(client.stream(withImages(u"gemma-3-4b-it"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"Hi"_s);
    const FakeLlmServer::Request &chat = m_server->requests().constLast();
    QCOMPARE(chat.path(), QByteArray("/v1/chat/completions"));
    QVERIFY(chat.body.contains(QByteArray("data:image/png;base64," + pngBase64())));
}

void TestLlmImages::textOnlyRequests_areSentAsBefore()
{
    m_server->enqueue(FakeLlmServer::sse({openAiText(u"x"_s), openAiFinish("stop"), openAiDone()}));
    OpenAiConfig config;
    config.baseUrl = m_server->url(u"/v1"_s);
    config.serverName = u"vLLM"_s;
    OpenAiClient client(config, m_network.get());
    ChatRequest request = withImages(u"m"_s);
    request.messages.first().images.clear();
    StreamWatch watch(client.stream(request));
    QVERIFY(watch.waitFinished());
    const QByteArray body = m_server->requests().constFirst().body;
    const QByteArray plain = R"({"content":"Make this page","role":"user"})";
    QVERIFY2(body.contains(plain), body.constData());
    QVERIFY(!body.contains("image"));
}

QTEST_GUILESS_MAIN(TestLlmImages)
#include "test_llm_images.moc"
