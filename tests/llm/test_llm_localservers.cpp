// SPDX-License-Identifier: MIT
#include "fakelocalservers.h"
#include "llm/chatstream.h"
#include "llm/localserverscan.h"
#include "llm/openaiclient.h"
#include "llm/thinkfilter.h"
#include "streamwatch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using FakeLocalServers::Model;

// Local model servers through their own APIs: Ollama's native /api/chat
// with num_ctx set per request, requests refused before sending when the
// model cannot hold them, a thinking model's thoughts kept out of the
// answer, and the scan that finds servers on this machine.
class TestLocalServers final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void thinkFilter_takesTagsOutAtEverySplit();
    void ollama_longPrompt_carriesNumCtxLargeEnough();
    void ollama_rootWithoutV1_numCtxCappedByTheModel();
    void ollama_followUp_asksTheServerNothingAgain();
    void ollama_tooSmallModel_isRefusedWithNothingSentToChat();
    void ollama_thinkingModel_thoughtsStayOutOfTheAnswer();
    void ollama_lengthBeforeTheLimit_isAFullContext();
    void ollama_modelNotPulled_saysPullIt();
    void lmStudio_loadedContextTooSmall_saysHowToRaiseIt();
    void lmStudio_enoughContext_generatesThroughOpenAiApi();
    void llamaCpp_smallContext_saysRestartWithC();
    void llamaCpp_exceedContextSizeError_isAClearResourceError();
    void openAiLengthBeforeTheLimit_isAFullContext();
    void plainServer_isAskedOnce();
    void cancel_whileAskingTheServer_finishesAtOnce();
    void scan_findsEachServerAndListsItsModels();
    void scan_stoppedServers_areReportedNotWaitedOn();

private:
    OpenAiConfig config(const FakeLlmServer &server) const;
    static ChatRequest request(const QString &model, qsizetype promptCharacters = 200, int maxTokens = 4096);
    static QList<QByteArray> paths(const FakeLlmServer &server);
    static quint16 closedPort();

    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestLocalServers::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
}

OpenAiConfig TestLocalServers::config(const FakeLlmServer &server) const
{
    OpenAiConfig config;
    config.baseUrl = server.url(u"/v1"_s);
    config.inactivityTimeout = 2s;
    config.probeTimeout = 2s;
    config.retry.timeScale = 0.01;
    return config;
}

ChatRequest TestLocalServers::request(const QString &model, qsizetype promptCharacters, int maxTokens)
{
    ChatRequest request;
    request.model = model;
    request.system = u"You write small web apps."_s;
    request.messages = {{ChatMessage::Role::User, QString(promptCharacters, u'a')}};
    request.maxTokens = maxTokens;
    return request;
}

QList<QByteArray> TestLocalServers::paths(const FakeLlmServer &server)
{
    QList<QByteArray> result;
    for (const FakeLlmServer::Request &request : server.requests())
        result.append(request.method + ' ' + request.path());
    return result;
}

quint16 TestLocalServers::closedPort()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestLocalServers::thinkFilter_takesTagsOutAtEverySplit()
{
    const QString stream = u"<think>plan: a page</think><!DOCTYPE html><p>x</p>"_s;
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); b += 3) {
            ThinkFilter filter;
            QString text;
            QString thinking;
            for (const QString &piece : {stream.left(a), stream.mid(a, b - a), stream.mid(b)}) {
                const ThinkFilter::Split split = filter.feed(piece);
                text += split.text;
                thinking += split.thinking;
            }
            const ThinkFilter::Split rest = filter.finish();
            text += rest.text;
            thinking += rest.thinking;
            QCOMPARE(text, u"<!DOCTYPE html><p>x</p>"_s);
            QCOMPARE(thinking, u"plan: a page"_s);
        }
    }
    // A "<" that starts no tag is answer text, even at the very end.
    ThinkFilter filter;
    QCOMPARE(filter.feed(u" <"_s).text, u" "_s);
    QCOMPARE(filter.finish().text, u"<"_s);
    // Once the answer has begun, a tag is the answer's (a page about thinking).
    ThinkFilter answer;
    QCOMPARE(answer.feed(u"<p>Use <thi"_s).text, u"<p>Use <thi"_s);
    QCOMPARE(answer.feed(u"nk> tags</think></p>"_s).text, u"nk> tags</think></p>"_s);
    QVERIFY(answer.finish().thinking.isEmpty());
}

void TestLocalServers::ollama_longPrompt_carriesNumCtxLargeEnough()
{
    FakeLocalServers::speakOllama(m_server.get(), {Model{u"qwen2.5-coder:7b"_s}},
                                  {{}, {u"<!DOCTYPE "_s, u"html>"_s}, u"stop"_s, 2});
    OpenAiClient client(config(*m_server), m_network.get());
    // About 5,000 tokens of prompt: more than Ollama's 4K default holds.
    StreamWatch watch(client.stream(request(u"qwen2.5-coder:7b"_s, 20000, 8192)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"<!DOCTYPE html>"_s);
    QCOMPARE(watch->stopReason(), u"end_turn"_s);
    QCOMPARE(watch->usage().outputTokens, 2);
    QVERIFY(watch->usage().inputTokens > 4096);
    QCOMPARE(client.server().kind, LocalServerKind::Ollama);

    const QList<QByteArray> asked = paths(*m_server);
    QVERIFY2(asked.contains("GET /api/version"), asked.join(", ").constData());
    QVERIFY(asked.indexOf("POST /api/show") < asked.indexOf("POST /api/chat"));
    QVERIFY(!asked.contains("POST /v1/chat/completions"));
    const FakeLlmServer::Request &chat = m_server->requests().last();
    QCOMPARE(chat.path(), QByteArray("/api/chat"));
    const QJsonObject body = QJsonDocument::fromJson(chat.body).object();
    const int numCtx = body.value(u"options").toObject().value(u"num_ctx").toInt();
    QVERIFY2(numCtx >= 5000 + 8192, QByteArray::number(numCtx).constData());
    QVERIFY(numCtx <= 32768);
    QCOMPARE(numCtx % 8192, 0);  // steps, so a follow-up finds the model loaded
    QCOMPARE(body.value(u"options").toObject().value(u"num_predict").toInt(), 8192);
    QCOMPARE(body.value(u"keep_alive").toString(), u"30m"_s);
    QCOMPARE(body.value(u"stream").toBool(), true);
    QCOMPARE(body.value(u"messages").toArray().first().toObject().value(u"role").toString(), u"system"_s);
}

void TestLocalServers::ollama_rootWithoutV1_numCtxCappedByTheModel()
{
    // The user gave http://localhost:11434 rather than …/v1; the model holds
    // 20,000 tokens, less than the step above what the request needs.
    Model model{u"qwen2.5-coder:7b"_s};
    model.context = 20000;
    FakeLocalServers::speakOllama(m_server.get(), {model});
    OpenAiConfig rooted = config(*m_server);
    rooted.baseUrl = m_server->url();
    OpenAiClient client(rooted, m_network.get());
    StreamWatch watch(client.stream(request(u"qwen2.5-coder:7b"_s, 20000, 12000)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(paths(*m_server).last(), QByteArray("POST /api/chat"));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().last().body).object();
    QCOMPARE(body.value(u"options").toObject().value(u"num_ctx").toInt(), 20000);
}

void TestLocalServers::ollama_followUp_asksTheServerNothingAgain()
{
    FakeLocalServers::speakOllama(m_server.get(), {Model{u"qwen2.5-coder:7b"_s}});
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch first(client.stream(request(u"qwen2.5-coder:7b"_s)));
    QVERIFY(first.waitFinished());
    QVERIFY2(first->succeeded(), qPrintable(first->error().message));
    const qsizetype before = m_server->requests().size();
    StreamWatch second(client.stream(request(u"qwen2.5-coder:7b"_s)));
    QVERIFY(second.waitFinished());
    QVERIFY2(second->succeeded(), qPrintable(second->error().message));
    QCOMPARE(m_server->requests().size(), before + 1);
    QCOMPARE(m_server->requests().last().path(), QByteArray("/api/chat"));
    // What the conversation's limits go by (GenerationPhase).
    QCOMPARE(client.contextWindow(u"qwen2.5-coder:7b"_s), 32768);
    QCOMPARE(client.contextWindow(u"another:1b"_s), 0);
}

void TestLocalServers::ollama_tooSmallModel_isRefusedWithNothingSentToChat()
{
    Model small{u"qwen2.5-coder:1.5b"_s};
    small.context = 4096;
    FakeLocalServers::speakOllama(m_server.get(), {small});
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"qwen2.5-coder:1.5b"_s, 8000, 16000)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    QCOMPARE(watch->error().kind, ErrorKind::Resource);
    const QString message = watch->error().message;
    QVERIFY2(message.startsWith(u"qwen2.5-coder:1.5b holds 4096 tokens; this request needs 18K"_s), qPrintable(message));
    QVERIFY2(message.contains(u"choose a larger model or a shorter answer limit"_s), qPrintable(message));
    QVERIFY2(message.contains(u"at most 1873 tokens of answer would fit"_s), qPrintable(message));
    QVERIFY(!paths(*m_server).contains("POST /api/chat"));
    QCOMPARE(watch.text.count(), 0);
}

void TestLocalServers::ollama_thinkingModel_thoughtsStayOutOfTheAnswer()
{
    Model thinker{u"qwen3:8b"_s};
    thinker.capabilities = {u"completion"_s, u"tools"_s, u"thinking"_s};
    FakeLocalServers::ChatScript chat;
    chat.thinking = {u"The user wants"_s, u" a page."_s};
    chat.content = {u"<thi"_s, u"nk>more thoughts</th"_s, u"ink><!DOCTYPE html>"_s, u"<p>hi</p>"_s};
    FakeLocalServers::speakOllama(m_server.get(), {thinker}, chat);
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"qwen3:8b"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"<!DOCTYPE html><p>hi</p>"_s);
    for (const QList<QVariant> &delta : std::as_const(watch.text))
        QVERIFY(!delta.first().toString().contains(u"thought"_s));
    QCOMPARE(watch->thinking(), u"The user wants a page.more thoughts"_s);
    QVERIFY(client.server().model(u"qwen3:8b"_s)->can(u"thinking"_s));
    QVERIFY(!client.server().model(u"qwen3:8b"_s)->can(u"vision"_s));
}

void TestLocalServers::ollama_lengthBeforeTheLimit_isAFullContext()
{
    FakeLocalServers::ChatScript chat;
    chat.content = {u"<!DOCTYPE html><p>"_s};
    chat.doneReason = u"length"_s;
    chat.evalCount = 300;  // far below the 4096 asked: the context ran out, not the answer limit
    FakeLocalServers::speakOllama(m_server.get(), {Model{u"llama3.2:3b"_s}}, chat);
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"llama3.2:3b"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY(watch->succeeded());
    QCOMPARE(watch->stopReason(), u"model_context_window_exceeded"_s);

    chat.evalCount = 4096;
    FakeLocalServers::speakOllama(m_server.get(), {Model{u"llama3.2:3b"_s}}, chat);
    StreamWatch limit(client.stream(request(u"llama3.2:3b"_s)));
    QVERIFY(limit.waitFinished());
    QCOMPARE(limit->stopReason(), u"max_tokens"_s);  // a continuation can fix that one
}

void TestLocalServers::ollama_modelNotPulled_saysPullIt()
{
    FakeLocalServers::speakOllama(m_server.get(), {Model{u"qwen2.5-coder:7b"_s}});
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"gemma3:27b"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    QVERIFY2(watch->error().message.contains(u"ollama pull gemma3:27b"_s), qPrintable(watch->error().message));
    QCOMPARE(watch->attempts(), 1);
}

void TestLocalServers::lmStudio_loadedContextTooSmall_saysHowToRaiseIt()
{
    Model loaded{u"qwen2.5-coder-7b-instruct"_s};
    loaded.context = 32768;
    loaded.loadedContext = 4096;
    FakeLocalServers::speakLmStudio(m_server.get(), {loaded});
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"qwen2.5-coder-7b-instruct"_s, 2000, 16000)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    QCOMPARE(watch->error().kind, ErrorKind::Resource);
    const QString message = watch->error().message;
    QVERIFY2(message.startsWith(u"LM Studio runs qwen2.5-coder-7b-instruct with a context of 4096 tokens; this request needs 16K"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"context slider"_s), qPrintable(message));
    QCOMPARE(client.server().kind, LocalServerKind::LmStudio);
    QVERIFY(!paths(*m_server).contains("POST /v1/chat/completions"));
}

void TestLocalServers::lmStudio_enoughContext_generatesThroughOpenAiApi()
{
    Model loaded{u"qwen2.5-coder-7b-instruct"_s};
    loaded.loadedContext = 32768;
    FakeLocalServers::speakLmStudio(m_server.get(), {loaded});
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"qwen2.5-coder-7b-instruct"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY2(watch->succeeded(), qPrintable(watch->error().message));
    QCOMPARE(watch->text(), u"Hi"_s);
    QCOMPARE(paths(*m_server).last(), QByteArray("POST /v1/chat/completions"));
}

void TestLocalServers::llamaCpp_smallContext_saysRestartWithC()
{
    Model model{u"qwen2.5-coder-7b-q4_k_m"_s};
    model.loadedContext = 4096;
    FakeLocalServers::speakLlamaCpp(m_server.get(), model);
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"anything"_s, 2000, 8000)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    const QString message = watch->error().message;
    QVERIFY2(message.startsWith(u"llama.cpp server runs qwen2.5-coder-7b-q4_k_m with a context of 4096 tokens"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"restart llama-server with -c "_s), qPrintable(message));
    QCOMPARE(client.server().kind, LocalServerKind::LlamaCpp);
    QCOMPARE(client.contextWindow(u"anything"_s), 4096);  // one model, whatever the name
    QVERIFY(!paths(*m_server).contains("POST /v1/chat/completions"));
}

void TestLocalServers::llamaCpp_exceedContextSizeError_isAClearResourceError()
{
    // An older llama-server without /props: the error comes from the request itself.
    m_server->enqueue(FakeLlmServer::json(
        400, R"({"error":{"code":400,"message":"the request exceeds the available context size, try increasing it",)"
             R"("type":"exceed_context_size_error","n_prompt_tokens":5120,"n_ctx":4096}})"));
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"model"_s)));
    QVERIFY(watch.waitFinished());
    QVERIFY(!watch->succeeded());
    QCOMPARE(watch->error().kind, ErrorKind::Resource);
    QCOMPARE(watch->error().message,
             u"The request needs 5120 tokens but the model server was started with a context of 4096: restart "
             "llama-server with a larger -c, or choose a shorter request"_s);
    QCOMPARE(watch->attempts(), 1);
}

void TestLocalServers::openAiLengthBeforeTheLimit_isAFullContext()
{
    // llama-server and LM Studio stop with "length" when the context is full
    // too; the usage chunk after it tells which limit it was.
    const QByteArray finish = R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]})" "\n\n";
    const auto usage = [](int completion) -> QByteArray {
        return "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3900,\"completion_tokens\":"
            + QByteArray::number(completion) + "}}\n\n";
    };
    const QByteArray text = R"(data: {"choices":[{"index":0,"delta":{"content":"<app>"},"finish_reason":null}]})" "\n\n";
    m_server->enqueue(FakeLlmServer::sse({text, finish, usage(196), "data: [DONE]\n\n"}));
    m_server->enqueue(FakeLlmServer::sse({text, finish, usage(4096), "data: [DONE]\n\n"}));
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch full(client.stream(request(u"m"_s)));
    QVERIFY(full.waitFinished());
    QVERIFY(full->succeeded());
    QCOMPARE(full->stopReason(), u"model_context_window_exceeded"_s);
    StreamWatch limit(client.stream(request(u"m"_s)));
    QVERIFY(limit.waitFinished());
    QCOMPARE(limit->stopReason(), u"max_tokens"_s);
}

void TestLocalServers::plainServer_isAskedOnce()
{
    m_server->enqueue(FakeLlmServer::sse({"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"},\"finish_reason\":\"stop\"}]}\n\n",
                                          "data: [DONE]\n\n"}));
    m_server->enqueue(FakeLlmServer::sse({"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"b\"},\"finish_reason\":\"stop\"}]}\n\n",
                                          "data: [DONE]\n\n"}));
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch first(client.stream(request(u"m"_s)));
    QVERIFY(first.waitFinished());
    QVERIFY2(first->succeeded(), qPrintable(first->error().message));
    QCOMPARE(m_server->probeRequests().size(), 3);
    QCOMPARE(client.server().kind, LocalServerKind::Other);
    StreamWatch second(client.stream(request(u"m"_s)));
    QVERIFY(second.waitFinished());
    QCOMPARE(second->text(), u"b"_s);
    QCOMPARE(m_server->probeRequests().size(), 3);
}

void TestLocalServers::cancel_whileAskingTheServer_finishesAtOnce()
{
    m_server->setAnswerProbes(false);
    m_server->enqueue({"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n", {"{"}, FakeLlmServer::Framing::Chunked,
                       FakeLlmServer::Ending::Hang});
    OpenAiClient client(config(*m_server), m_network.get());
    StreamWatch watch(client.stream(request(u"m"_s)));
    QTRY_VERIFY(!m_server->requests().isEmpty());
    watch->cancel();
    QCOMPARE(watch.finished.count(), 1);
    QVERIFY(watch->isCancelled());
    QTest::qWait(50);  // nothing more may come: no second finished(), no request sent
    QCOMPARE(watch.finished.count(), 1);
    QVERIFY(!paths(*m_server).contains("POST /v1/chat/completions"));
}

void TestLocalServers::scan_findsEachServerAndListsItsModels()
{
    FakeLlmServer ollama;
    Model big{u"qwen2.5-coder:7b"_s};
    Model tiny{u"tinyllama:1.1b"_s};
    tiny.context = 2048;
    tiny.size = 637'700'138;
    tiny.architecture = u"llama"_s;
    FakeLocalServers::speakOllama(&ollama, {big, tiny});
    FakeLlmServer lmStudio;
    Model studio{u"qwen2.5-coder-14b-instruct"_s};
    studio.loadedContext = 8192;
    FakeLocalServers::speakLmStudio(&lmStudio, {studio});
    FakeLlmServer llama;
    Model served{u"qwen2.5-coder-7b"_s};
    served.loadedContext = 32768;
    FakeLocalServers::speakLlamaCpp(&llama, served);

    LocalServerScan scan(m_network.get(), {{LocalServerKind::Ollama, ollama.port()},
                                           {LocalServerKind::LmStudio, lmStudio.port()},
                                           {LocalServerKind::LlamaCpp, llama.port()}});
    QSignalSpy finished(&scan, &AsyncOperation::finished);
    QVERIFY(finished.wait());
    QVERIFY(scan.succeeded());
    QCOMPARE(scan.foundServers().size(), 3);

    const LocalServerInfo &o = scan.servers().at(0);
    QCOMPARE(o.kind, LocalServerKind::Ollama);
    QCOMPARE(o.version, u"0.13.2"_s);
    QCOMPARE(o.root, QUrl(u"http://127.0.0.1:%1"_s.arg(ollama.port())));
    QCOMPARE(o.models.size(), 2);
    QCOMPARE(o.models.at(0).name, u"qwen2.5-coder:7b"_s);
    QCOMPARE(o.models.at(0).sizeBytes, 4'683'087'332);
    QCOMPARE(o.models.at(0).contextLength, 32768);
    QVERIFY(!o.models.at(0).tooSmallForApps());
    QCOMPARE(o.models.at(1).contextLength, 2048);
    QVERIFY(o.models.at(1).tooSmallForApps());

    const LocalServerInfo &s = scan.servers().at(1);
    QVERIFY(s.found);
    QCOMPARE(s.models.size(), 1);
    QCOMPARE(s.models.first().loadedContext, 8192);
    QCOMPARE(s.models.first().contextLength, 32768);
    QVERIFY(s.models.first().tooSmallForApps());  // as loaded

    const LocalServerInfo &l = scan.servers().at(2);
    QVERIFY(l.found);
    QCOMPARE(l.models.first().name, u"qwen2.5-coder-7b"_s);
    QCOMPARE(l.models.first().loadedContext, 32768);
    // Only 127.0.0.1 is asked, and by default on each kind's own port.
    for (const LocalServerInfo &server : scan.servers())
        QCOMPARE(server.root.host(), u"127.0.0.1"_s);
    const QList<LocalServerScan::Target> defaults = LocalServerScan::defaultTargets();
    QCOMPARE(defaults.size(), 3);
    QCOMPARE(defaults.at(0).kind, LocalServerKind::Ollama);
    QCOMPARE(defaults.at(0).port, quint16(11434));
    QCOMPARE(defaults.at(1).kind, LocalServerKind::LmStudio);
    QCOMPARE(defaults.at(1).port, quint16(1234));
    QCOMPARE(defaults.at(2).kind, LocalServerKind::LlamaCpp);
    QCOMPARE(defaults.at(2).port, quint16(8080));
}

namespace {
QStringList loggedDuringScan;
void keepInfoAndAbove(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg)
        loggedDuringScan << QString::fromLatin1(context.category) + u": "_s + message;
}
} // namespace

void TestLocalServers::scan_stoppedServers_areReportedNotWaitedOn()
{
    // A server that is not running is the usual answer: the scan runs each
    // time the form opens, so it must not log a failed request per server.
    loggedDuringScan.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepInfoAndAbove);
    QElapsedTimer timer;
    timer.start();
    LocalServerScan scan(m_network.get(), {{LocalServerKind::Ollama, closedPort()},
                                           {LocalServerKind::LmStudio, closedPort()},
                                           {LocalServerKind::LlamaCpp, closedPort()}});
    QSignalSpy finished(&scan, &AsyncOperation::finished);
    const bool ended = finished.wait(5000);
    qInstallMessageHandler(previous);
    QVERIFY(ended);
    QVERIFY2(loggedDuringScan.isEmpty(), qPrintable(loggedDuringScan.join(u'\n')));
    const qint64 elapsed = timer.elapsed();
    qInfo() << "scan with no server running:" << elapsed << "ms";
    // Refused connections, not the 1.5 s limit of each call: well under it
    // even on a loaded machine (the 300 ms target is measured unloaded, docs/llm.md).
    QVERIFY2(elapsed < 1000, QByteArray::number(elapsed).constData());
    QVERIFY(scan.succeeded());
    QVERIFY(scan.foundServers().isEmpty());
    QCOMPARE(scan.servers().size(), 3);
    for (const LocalServerInfo &server : scan.servers()) {
        QVERIFY(!server.found);
        QVERIFY2(server.error.message.startsWith(u"Could not reach"_s), qPrintable(server.error.message));
    }
    QVERIFY2(scan.servers().first().error.message.contains(u"is Ollama running?"_s),
             qPrintable(scan.servers().first().error.message));
}

QTEST_GUILESS_MAIN(TestLocalServers)
#include "test_llm_localservers.moc"
