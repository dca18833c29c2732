// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "fakelocalservers.h"
#include "llmfixtures.h"

#include "billing/sessioncost.h"
#include "common/paths.h"
#include "llm/anthropicclient.h"
#include "llm/openaiclient.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/generationphase.h"
#include "workflow/repairloop.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Fixtures;
using namespace std::chrono_literals;

// The model's side of a run until an answer runs: repair rounds, the
// simpler last try, and one end, against a fake Claude; and against a fake
// local server, what it costs and the requests that cannot fit.
class TestRepairLoop final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedAnswers_useTheRounds_thenTheSimplerTry_thenFailOnce();
    void aChange_hasNoSimplerTry();
    void anAnswerWithoutAnApp_failsInTheUsersWords_andTheRepairKeepsTheInstruction();
    void anAppThatFailsToStart_isRepaired_andTheLoopEndsWhenItRuns();
    void aFailedRequest_endsAtOnce_withNothingToRepair();
    void cancel_endsOnce();
    void localOllama_usageRow_isFreeWithTheServersCounts();
    void localModelTooSmall_endsAtOnce_withNothingSentOrRepaired();
    void localExceedContextSize_endsAtOnce_withoutARepairRound();

private:
    void answer(const QString &text);
    RepairLoop *makeLoop(int repairRounds, LlmClient *client = nullptr, const QString &model = {});
    std::unique_ptr<OpenAiClient> localClient() const;
    static QString app(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<AnthropicClient> m_client;
    std::unique_ptr<GenerationPhase> m_phase;
    QString m_sessionId;
    QStringList m_moves;  // what the loop journaled
};

void TestRepairLoop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Paths::setDataDirOverride(m_dir->path());
    m_server = std::make_unique<FakeLlmServer>();
    m_database = std::make_unique<Database>();
    QVERIFY(!m_database->open().isError());
    m_store = std::make_unique<SessionStore>(*m_database);
    AnthropicConfig config;
    config.apiKey = QStringLiteral("sk-ant-test-key");
    config.baseUrl = m_server->url();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<AnthropicClient>(config);
    m_moves.clear();
}

void TestRepairLoop::cleanup()
{
    m_phase.reset();
    m_client.reset();
    m_store.reset();
    m_database.reset();
    m_server.reset();
    Paths::setDataDirOverride({});
    m_dir.reset();
}

QString TestRepairLoop::app(const QString &title)
{
    return u"<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\", "
           u"\"install\": {\"npm\": [], \"pip\": []}}\n</manifest>\n<file path=\"index.html\">\n<h1>"
        + title + u"</h1>\n</file>\n</app>\n";
}

void TestRepairLoop::answer(const QString &text)
{
    m_server->enqueue(FakeLlmServer::sse({messageStart(1200, 0, 0, "claude-sonnet-5-5"), textStart(0),
                                          textDelta(0, text), blockStop(0),
                                          messageDelta("end_turn", R"({"output_tokens":900})"), messageStop()}));
}

RepairLoop *TestRepairLoop::makeLoop(int repairRounds, LlmClient *client, const QString &model)
{
    Session session;
    session.prompt = QStringLiteral("a page");
    if (m_store->createSession(session).isError())
        return nullptr;
    m_sessionId = session.id;
    GenerationSettings settings;
    settings.client = client ? client : m_client.get();
    settings.model = model.isEmpty() ? QStringLiteral("claude-sonnet-5-5") : model;
    settings.repairRounds = repairRounds;
    m_phase = std::make_unique<GenerationPhase>(m_store.get(), session.id, settings);
    return new RepairLoop(
        m_phase.get(),
        [this](SessionStatus to, const QString &detail) {
            m_moves << sessionStatusToString(to) + u": " + detail;
            return true;
        },
        m_phase.get());
}

void TestRepairLoop::refusedAnswers_useTheRounds_thenTheSimplerTry_thenFailOnce()
{
    const QString refused = QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n"
                                           "<file path=\"../../etc/passwd\">\nx\n</file>\n</app>\n");
    for (int i = 0; i < 4; ++i)
        answer(refused);
    RepairLoop *loop = makeLoop(2);
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    QSignalSpy answered(loop, &RepairLoop::answered);
    QSignalSpy repairs(loop, &RepairLoop::repairStarted);
    loop->writeApp(QStringLiteral("a page"));
    QVERIFY(finished.wait(20000));
    QVERIFY(!loop->succeeded());
    QVERIFY(!loop->requestFailed());
    QCOMPARE(loop->failedStep(), QStringLiteral("validation"));
    QVERIFY2(loop->error().message.contains(u"../../etc/passwd"), qPrintable(loop->error().message));
    QCOMPARE(answered.size(), 0);
    QCOMPARE(repairs.size(), 3);  // two rounds, then the simpler try
    QCOMPARE(repairs.at(0).at(0).toInt(), 1);
    QCOMPARE(repairs.at(2).at(0).toInt(), 3);
    QCOMPARE(m_server->requests().size(), 4);
    QVERIFY(std::any_of(m_moves.cbegin(), m_moves.cend(), [](const QString &move) {
        return move.startsWith(u"generating: repair round 2 of 2: ") && move.contains(u"../../etc/passwd");
    }));
    QVERIFY(m_moves.contains(u"generating: one last try with a simpler prompt"));
    QCOMPARE(m_moves.last(), QStringLiteral("validating: the answer was refused"));
    QCOMPARE(m_phase->repairsAsked(), 2);
    // One end, and nothing after it.
    QVERIFY(!finished.wait(300));
    QCOMPARE(finished.size(), 1);
}

void TestRepairLoop::aChange_hasNoSimplerTry()
{
    answer(QStringLiteral("no app in this answer"));
    answer(QStringLiteral("still none"));
    RepairLoop *loop = makeLoop(1);
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    QSignalSpy repairs(loop, &RepairLoop::repairStarted);
    loop->change(QStringLiteral("make it blue"), AppBundle());
    QVERIFY(finished.wait(20000));
    QVERIFY(loop->error().isError());
    QCOMPARE(repairs.size(), 1);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(!m_moves.join(u'\n').contains(u"simpler"));
}

void TestRepairLoop::anAnswerWithoutAnApp_failsInTheUsersWords_andTheRepairKeepsTheInstruction()
{
    for (int i = 0; i < 4; ++i)
        answer(QStringLiteral("Sorry, here is a description of the app instead."));
    RepairLoop *loop = makeLoop(2);
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    loop->writeApp(QStringLiteral("a page"));
    QVERIFY(finished.wait(20000));
    const QString message = loop->error().message;
    // English plural forms come with the translations; the source says "repair(s)".
    QVERIFY2(message == u"The model did not return an app (2 repair(s) and a simpler prompt were tried): its answer had "
                        u"no app in it",
             qPrintable(message));
    QVERIFY(!message.contains(u"<app>"));
    // The instruction still goes to the model, in every repair request.
    QCOMPARE(m_server->requests().size(), 4);
    QVERIFY(m_server->requests().at(1).body.contains("Write the whole app inside <app> ... </app>"));
    // The timeline has both: the words first, the instruction after.
    const auto round = std::find_if(m_moves.cbegin(), m_moves.cend(),
                                    [](const QString &move) { return move.startsWith(u"generating: repair round 1 "); });
    QVERIFY(round != m_moves.cend());
    QVERIFY2(round->startsWith(u"generating: repair round 1 of 2: its answer had no app in it\nAsked the model: "),
             qPrintable(*round));
    QVERIFY(round->contains(u"Write the whole app inside <app>"));
}

void TestRepairLoop::anAppThatFailsToStart_isRepaired_andTheLoopEndsWhenItRuns()
{
    answer(app(QStringLiteral("First")));
    answer(app(QStringLiteral("Fixed")));
    RepairLoop *loop = makeLoop(2);
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    QSignalSpy answered(loop, &RepairLoop::answered);
    loop->writeApp(QStringLiteral("a page"));
    QVERIFY(answered.wait(20000));
    const AppBundle first = answered.takeFirst().at(0).value<AppBundle>();
    QCOMPARE(first.files().size(), 1);
    RepairRequest repair;
    repair.step = QStringLiteral("start");
    repair.error = QStringLiteral("exit code 1");
    loop->appFailed(repair, SpawnError::user(QStringLiteral("exit code 1")), first);
    // The failure in the words it came with; what the model is told on the
    // lines the timeline folds away.
    QVERIFY2(m_moves.last().startsWith(u"generating: repair round 1 of 2: exit code 1\n"
                                       u"Asked the model: The app did not answer HTTP on port 3000"),
             qPrintable(m_moves.last()));
    QVERIFY(answered.wait(20000));
    QVERIFY(answered.first().at(0).value<AppBundle>().files().first().content.contains("Fixed"));
    QCOMPARE(finished.size(), 0);  // still the loop's until it runs
    loop->deployed();
    QCOMPARE(finished.size(), 1);
    QVERIFY(loop->succeeded());
    // The repair went back with the error the app gave.
    QVERIFY(m_server->requests().last().body.contains("exit code 1"));
}

void TestRepairLoop::aFailedRequest_endsAtOnce_withNothingToRepair()
{
    m_server->enqueue(
        FakeLlmServer::json(400, R"({"type":"error","error":{"type":"invalid_request_error","message":"bad"}})"));
    RepairLoop *loop = makeLoop(2);
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    QSignalSpy repairs(loop, &RepairLoop::repairStarted);
    loop->writeApp(QStringLiteral("a page"));
    QVERIFY(finished.wait(20000));
    QVERIFY(loop->requestFailed());
    QCOMPARE(loop->failedStep(), QStringLiteral("asking the model"));
    QCOMPARE(repairs.size(), 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestRepairLoop::cancel_endsOnce()
{
    answer(app(QStringLiteral("Never seen")));
    RepairLoop *loop = makeLoop(2);
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    QSignalSpy answered(loop, &RepairLoop::answered);
    loop->writeApp(QStringLiteral("a page"));
    loop->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(loop->isCancelled());
    loop->deployed();  // too late: nothing more
    QVERIFY(!answered.wait(500));
    QCOMPARE(finished.size(), 1);
}

std::unique_ptr<OpenAiClient> TestRepairLoop::localClient() const
{
    OpenAiConfig config;
    config.baseUrl = m_server->url(QStringLiteral("/v1"));
    config.probeTimeout = 2s;
    config.retry.maxAttempts = 1;
    return std::make_unique<OpenAiClient>(config);
}

void TestRepairLoop::localOllama_usageRow_isFreeWithTheServersCounts()
{
    FakeLocalServers::ChatScript chat;
    chat.content = {app(QStringLiteral("Local"))};
    chat.evalCount = 321;
    FakeLocalServers::speakOllama(m_server.get(), {FakeLocalServers::Model{QStringLiteral("qwen2.5-coder:7b")}}, chat);
    const std::unique_ptr<OpenAiClient> client = localClient();
    RepairLoop *loop = makeLoop(2, client.get(), QStringLiteral("qwen2.5-coder:7b"));
    QVERIFY(loop);
    QSignalSpy answered(loop, &RepairLoop::answered);
    loop->writeApp(QStringLiteral("a page"));
    QVERIFY(answered.wait(20000));
    const QList<LlmUsageRecord> rows = m_store->llmUsage(m_sessionId);
    QCOMPARE(rows.size(), 1);
    const LlmUsageRecord &row = rows.first();
    QCOMPARE(row.provider, QStringLiteral("openai"));
    QCOMPARE(row.model, QStringLiteral("qwen2.5-coder:7b"));
    // prompt_eval_count and eval_count of /api/chat's last line (the fake
    // counts a token per four bytes of the request).
    QCOMPARE(row.inputTokens, m_server->requests().constLast().body.size() / 4);
    QCOMPARE(row.outputTokens, 321);
    QCOMPARE(row.cost, 0.0);
    QCOMPARE(row.priceStatus, PriceStatus::Free);  // known to cost nothing: not "unknown"
    QVERIFY(SessionCost::from(rows, {}).isPriced());  // what `priced: true` says
}

void TestRepairLoop::localModelTooSmall_endsAtOnce_withNothingSentOrRepaired()
{
    FakeLocalServers::Model small{QStringLiteral("qwen2.5-coder:1.5b")};
    small.context = 8192;
    FakeLocalServers::speakOllama(m_server.get(), {small});
    const std::unique_ptr<OpenAiClient> client = localClient();
    RepairLoop *loop = makeLoop(2, client.get(), QStringLiteral("qwen2.5-coder:1.5b"));
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    QSignalSpy repairs(loop, &RepairLoop::repairStarted);
    loop->writeApp(QStringLiteral("a page"));
    QVERIFY(finished.wait(20000));
    QVERIFY(loop->requestFailed());
    QCOMPARE(loop->error().kind, ErrorKind::Resource);
    QVERIFY2(loop->error().message.startsWith(u"qwen2.5-coder:1.5b holds 8192 tokens; this request needs "),
             qPrintable(loop->error().message));
    QCOMPARE(repairs.size(), 0);
    for (const FakeLlmServer::Request &request : m_server->requests())
        QVERIFY2(request.path() != "/api/chat", request.path().constData());
    for (const LlmUsageRecord &row : m_store->llmUsage(m_sessionId))
        QCOMPARE(row.inputTokens + row.outputTokens, 0);  // nothing was generated
}

void TestRepairLoop::localExceedContextSize_endsAtOnce_withoutARepairRound()
{
    // A plain llama-server whose context (-c) the request does not fit.
    m_server->enqueue(FakeLlmServer::json(
        400, R"({"error":{"code":400,"message":"the request exceeds the available context size, try increasing it",)"
             R"("type":"exceed_context_size_error","n_prompt_tokens":5120,"n_ctx":4096}})"));
    const std::unique_ptr<OpenAiClient> client = localClient();
    RepairLoop *loop = makeLoop(2, client.get(), QStringLiteral("model"));
    QVERIFY(loop);
    QSignalSpy finished(loop, &AsyncOperation::finished);
    QSignalSpy repairs(loop, &RepairLoop::repairStarted);
    loop->writeApp(QStringLiteral("a page"));
    QVERIFY(finished.wait(20000));
    QVERIFY(loop->requestFailed());
    QCOMPARE(loop->error().kind, ErrorKind::Resource);
    QVERIFY2(loop->error().message.contains(u"restart llama-server with a larger -c"), qPrintable(loop->error().message));
    QCOMPARE(repairs.size(), 0);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_moves.join(u'\n').contains(u"simpler"));
}

QTEST_GUILESS_MAIN(TestRepairLoop)
#include "test_repairloop.moc"
