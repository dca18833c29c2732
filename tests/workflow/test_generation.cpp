// SPDX-License-Identifier: MIT
#include "../support/followupwait.h"
#include "fakellmserver.h"
#include "llmfixtures.h"

#include "billing/budgetpolicy.h"
#include "billing/budget.h"
#include "billing/budgetcheck.h"
#include "common/paths.h"
#include "llm/anthropicclient.h"
#include "sandbox/local/localsandboxprovider.h"
#include "httpfetch.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"
#include "workflow/spawnlaunch.h"
#include "billing/sessioncost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Fixtures;

namespace {
// Claude's client as a local server's would be once it knows the model's
// context (OpenAiClient::contextWindow): for the conversation's limits.
class ContextLimitedClient final : public LlmClient
{
public:
    ContextLimitedClient(LlmClient *inner, int context)
        : m_inner(inner)
        , m_context(context)
    {
    }
    QString provider() const override { return m_inner->provider(); }
    LlmEndpoint endpoint() const override { return m_inner->endpoint(); }
    ChatStream *stream(const ChatRequest &request) override { return m_inner->stream(request); }
    ModelListing *listModels() override { return m_inner->listModels(); }
    int contextWindow(const QString &) const override { return m_context; }

private:
    LlmClient *m_inner;
    int m_context;
};
}

// Prompt -> a fake Claude speaking the real SSE protocol -> a local sandbox
// -> the preview serves the generated page; repairs, continuations and
// follow-ups included.
class TestGeneration final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void prompt_becomesARunningApp();
    void thinkingModel_thoughtsFoldInTheTimeline_notTheApp();
    void deployFailure_isRepaired();
    void cutAnswer_isContinued();
    void followUp_changesTheRunningApp();
    void followUps_continueTheConversation_untilAnotherVersionRuns();
    void followUp_pastTheConversationsLimits_sendsTheWholeApp_data();
    void followUp_pastTheConversationsLimits_sendsTheWholeApp();
    void answersThatNeverWork_endFailedAfterTheSimplerTry();
    void fullContext_endsFailedWithoutARepairRound();
    void spendGuard_refusesASpawnAndAFollowUpWithItsNumbers();
    void unknownPrice_underABudget_sendsNothing();
    void unknownPrice_allowed_isStoredAsUnpriced();
    void launch_countsThePromptAndStoresThatEstimate();
    void launch_aCountThatNeverAnswers_fallsBackToThePromptsLength();

private:
    static QByteArray page(const QString &title);
    static QString siteAnswer(const QString &title, const QString &start = QStringLiteral("python3 -m http.server 3000"));
    void answer(const QString &text, const char *stopReason = "end_turn");
    QString spawn(const QString &prompt, const std::function<void(GenerationSettings &)> &adjust = {});
    // Starts the session as the window and the command line do (SpawnLaunch).
    std::unique_ptr<SpawnLaunch> launch(const QString &prompt, const QString &model);
    SessionStatus waitForEnd(const QString &id, SessionStatus target, int timeoutMs = 30000);
    QByteArray fetch(const QUrl &url);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<LocalSandboxProvider> m_provider;
    std::unique_ptr<AnthropicClient> m_client;
    std::unique_ptr<SessionManager> m_manager;
    QByteArray m_answerModel = "claude-sonnet-5-5";  // the model the fake server says answered
    int m_countDeadlineMs = 5000;
};

void TestGeneration::initTestCase()
{
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestGeneration::init()
{
    m_answerModel = "claude-sonnet-5-5";
    m_countDeadlineMs = 5000;
    m_dir = std::make_unique<QTemporaryDir>();
    Paths::setDataDirOverride(m_dir->path());
    m_server = std::make_unique<FakeLlmServer>();
    m_database = std::make_unique<Database>();
    QVERIFY(!m_database->open().isError());
    m_store = std::make_unique<SessionStore>(*m_database);
    m_provider = std::make_unique<LocalSandboxProvider>();
    AnthropicConfig config;
    config.apiKey = QStringLiteral("sk-ant-test-key");
    config.baseUrl = m_server->url();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<AnthropicClient>(config);
    m_manager = std::make_unique<SessionManager>(m_store.get());
    m_manager->addProvider(m_provider.get());
}

void TestGeneration::cleanup()
{
    m_manager.reset();
    m_client.reset();
    m_provider.reset();
    m_store.reset();
    m_database.reset();
    m_server.reset();
    Paths::setDataDirOverride({});
    m_dir.reset();
}

QByteArray TestGeneration::page(const QString &title)
{
    return "<!doctype html><html lang=\"en\"><head><title>" + title.toUtf8() + "</title></head><body><h1>"
        + title.toUtf8() + "</h1></body></html>\n";
}

QString TestGeneration::siteAnswer(const QString &title, const QString &start)
{
    return u"Here is your app.\n<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \""
        + QString(start).replace(u'"', QStringLiteral("\\\"")) + u"\", \"install\": {\"npm\": [], \"pip\": []}}\n</manifest>\n"
        + u"<file path=\"index.html\">\n" + QString::fromUtf8(page(title)) + u"</file>\n</app>\n";
}

// Queues one streamed answer, cut into pieces as a server sends them.
void TestGeneration::answer(const QString &text, const char *stopReason)
{
    QList<QByteArray> events{messageStart(1200, 0, 0, m_answerModel), textStart(0)};
    for (qsizetype at = 0; at < text.size(); at += 40)
        events << textDelta(0, text.mid(at, 40));
    events << blockStop(0) << messageDelta(stopReason, R"({"output_tokens":900})") << messageStop();
    m_server->enqueue(FakeLlmServer::sse(events));
}

QString TestGeneration::spawn(const QString &prompt, const std::function<void(GenerationSettings &)> &adjust)
{
    SpawnRequest request;
    request.prompt = prompt;
    request.provider = QStringLiteral("anthropic");
    request.model = QStringLiteral("claude-sonnet-5-5");
    GenerationSettings settings;
    settings.client = m_client.get();
    settings.model = request.model;
    settings.appType = AppType::WebApp;
    settings.facts.pipInstall = false;
    if (adjust)
        adjust(settings);
    request.generation = settings;
    SpawnError error;
    const QString id = m_manager->spawn(request, &error);
    if (id.isEmpty())
        qWarning() << error.message;
    return id;
}

std::unique_ptr<SpawnLaunch> TestGeneration::launch(const QString &prompt, const QString &model)
{
    SpawnRequest request;
    request.prompt = prompt;
    request.provider = QStringLiteral("anthropic");
    request.model = model;
    GenerationSettings settings;
    settings.client = m_client.get();
    settings.model = model;
    settings.appType = AppType::WebApp;
    settings.facts.pipInstall = false;
    request.generation = settings;
    auto started = std::make_unique<SpawnLaunch>(m_manager.get(), request);
    started->setCountDeadline(std::chrono::milliseconds(m_countDeadlineMs));
    QSignalSpy finished(started.get(), &AsyncOperation::finished);
    started->start();
    if (!finished.wait(10000))
        qWarning() << "the launch did not finish";
    return started;
}

SessionStatus TestGeneration::waitForEnd(const QString &id, SessionStatus target, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    QSignalSpy changed(m_store.get(), &SessionStore::sessionChanged);
    while (waited.elapsed() < timeoutMs) {
        const SessionStatus status = m_store->session(id)->status;
        if (status == target || isTerminal(status))
            return status;
        changed.wait(int(timeoutMs - waited.elapsed()));
    }
    return m_store->session(id)->status;
}

QByteArray TestGeneration::fetch(const QUrl &url)
{
    return fetchBody(url);
}

// Issue 19: a thinking model's thoughts never reach the app's parser; the
// timeline has one line for them, the thoughts folded under it.
void TestGeneration::thinkingModel_thoughtsFoldInTheTimeline_notTheApp()
{
    const QString thoughts = QStringLiteral("The user wants a timer page.\nI will write one index.html.");
    QList<QByteArray> events{messageStart(1200, 0, 0), thinkingStart(0), ping(), thinkingDelta(0, thoughts),
                             signatureDelta(0), blockStop(0), textStart(1)};
    const QString text = siteAnswer(QStringLiteral("Thought Through"));
    for (qsizetype at = 0; at < text.size(); at += 40)
        events << textDelta(1, text.mid(at, 40));
    events << blockStop(1) << messageDelta("end_turn", R"({"output_tokens":900})") << messageStop();
    m_server->enqueue(FakeLlmServer::sse(events));
    const QString id = spawn(QStringLiteral("a timer page"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);

    QString line;
    for (const SessionEvent &event : m_store->events(id)) {
        if (event.detail.startsWith(u"The model thought before answering"))
            line = event.detail;
    }
    QVERIFY2(line.startsWith(u"The model thought before answering (11 word"), qPrintable(line));
    QCOMPARE(line.section(u'\n', 1), thoughts);
    const std::optional<AppVersion> version = m_store->latestAppVersion(id);
    QVERIFY(version);
    for (const AppFile &file : version->files)
        QVERIFY(!file.content.contains("The user wants"));
}

void TestGeneration::prompt_becomesARunningApp()
{
    answer(siteAnswer(QStringLiteral("Pomodoro Timer")));
    const QString id = spawn(QStringLiteral("a pomodoro timer page"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    const Session session = *m_store->session(id);
    QVERIFY(fetch(session.appUrl).contains("<title>Pomodoro Timer</title>"));

    // What was asked: the real wire format, with no sampling settings.
    QCOMPARE(m_server->requests().size(), 1);
    const FakeLlmServer::Request &sent = m_server->requests().first();
    QCOMPARE(sent.header("x-api-key"), QByteArrayLiteral("sk-ant-test-key"));
    QVERIFY(sent.body.contains("\"stream\":true"));
    QVERIFY(!sent.body.contains("temperature"));
    QVERIFY(sent.body.contains("a pomodoro timer page"));

    // What it cost, and what was said, are in the history.
    const QList<LlmUsageRecord> usage = m_store->llmUsage(id);
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.first().outputTokens, 900);
    QVERIFY(qFuzzyCompare(usage.first().cost, (1200 * 2.0 + 900 * 10.0) / 1e6));
    QVERIFY(qFuzzyCompare(session.actualCost, usage.first().cost));
    QCOMPARE(m_store->conversation(id).size(), 2);
    QCOMPARE(m_store->latestAppVersion(id)->version, 1);
    QStringList statuses;
    for (const SessionEvent &event : m_store->events(id)) {
        if (event.toStatus)
            statuses << sessionStatusToString(*event.toStatus);
    }
    QCOMPARE(statuses, QStringList({QStringLiteral("queued"), QStringLiteral("generating"), QStringLiteral("validating"), QStringLiteral("provisioning"),
                                    QStringLiteral("deploying"), QStringLiteral("starting"), QStringLiteral("ready")}));
}

void TestGeneration::deployFailure_isRepaired()
{
    answer(siteAnswer(QStringLiteral("Broken"), QStringLiteral("python3 -c 'import sys; print(\"boom-7\"); sys.exit(7)'")));
    answer(siteAnswer(QStringLiteral("Fixed")));
    const QString id = spawn(QStringLiteral("a page"));
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    QVERIFY(fetch(m_store->session(id)->appUrl).contains("Fixed"));
    QCOMPARE(m_server->requests().size(), 2);
    // The repair request carried the failure and the app's output back.
    QVERIFY(m_server->requests().at(1).body.contains("boom-7"));
    bool sawRepair = false;
    for (const SessionEvent &event : m_store->events(id))
        sawRepair = sawRepair || event.detail.contains(u"repair round 1");
    QVERIFY(sawRepair);
    QCOMPARE(m_store->llmUsage(id).size(), 2);
}

void TestGeneration::cutAnswer_isContinued()
{
    const QString whole = siteAnswer(QStringLiteral("Long Page"));
    const qsizetype cut = whole.indexOf(u"<h1>") + 6;  // inside a line of index.html
    answer(whole.left(cut), "max_tokens");
    answer(whole.mid(cut));
    const QString id = spawn(QStringLiteral("a long page"));
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    QVERIFY(fetch(m_store->session(id)->appUrl).contains("<h1>Long Page</h1>"));
    QCOMPARE(m_server->requests().size(), 2);
    // No prefill: the last message of the continuation request is the user's.
    const QByteArray body = m_server->requests().at(1).body;
    QVERIFY(body.lastIndexOf("\"role\":\"user\"") > body.lastIndexOf("\"role\":\"assistant\""));
}

void TestGeneration::followUp_changesTheRunningApp()
{
    answer(siteAnswer(QStringLiteral("Version One")));
    const QString id = spawn(QStringLiteral("a page"));
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    const QUrl url = m_store->session(id)->appUrl;
    answer(u"<app>\n<file path=\"index.html\">\n" + QString::fromUtf8(page(QStringLiteral("Version Two"))) + u"</file>\n</app>\n");
    const std::unique_ptr<FollowUp> change(m_manager->followUp(id, QStringLiteral("call it Version Two")));
    QSignalSpy changed(change.get(), &AsyncOperation::finished);
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->session(id)->status, SessionStatus::Updating, 5000);
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    // One finished(), once the changed app is ready.
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY2(change->succeeded(), qPrintable(change->error().message));
    QCOMPARE(change->version(), 2);
    QCOMPARE(m_store->session(id)->appUrl, url);  // the same sandbox
    QVERIFY(fetch(url).contains("Version Two"));
    QCOMPARE(m_store->latestAppVersion(id)->version, 2);
    QVERIFY(m_store->appVersion(id, 1)->files.first().content.contains("Version One"));

    // Any earlier version can come back: it runs again as version 3.
    QVERIFY(!m_manager->restoreVersion(id, 1).isError());
    QTRY_VERIFY_WITH_TIMEOUT(m_store->latestAppVersion(id)->version == 3 && m_store->session(id)->status == SessionStatus::Ready,
                             15000);
    QVERIFY(fetch(url).contains("Version One"));
    QCOMPARE(m_store->latestAppVersion(id)->version, 3);
    QCOMPARE(m_server->requests().size(), 2);  // restoring asks no model
    QCOMPARE(m_manager->restoreVersion(id, 9).kind, ErrorKind::User);
}

void TestGeneration::followUps_continueTheConversation_untilAnotherVersionRuns()
{
    const auto change = [](const QString &title) -> QString {
        return u"<app>\n<file path=\"index.html\">\n" + QString::fromUtf8(page(title)) + u"</file>\n</app>\n";
    };
    const auto messagesOf = [](const QByteArray &body) {
        return QJsonDocument::fromJson(body).object().value(u"messages").toArray();
    };
    answer(siteAnswer(QStringLiteral("Version One")));
    const QString id = spawn(QStringLiteral("a page"));
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    for (const QString &title : {QStringLiteral("Version Two"), QStringLiteral("Version Three")}) {
        answer(change(title));
        QVERIFY(!followUpRefusal(m_manager->followUp(id, u"call it " + title)).isError());
        QCOMPARE(m_store->session(id)->status, SessionStatus::Updating);
        QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    }
    QVERIFY(fetch(m_store->session(id)->appUrl).contains("Version Three"));

    // The second follow-up sends the conversation so far (the request, the
    // answers, the first follow-up) and its own request, not the whole app again.
    QCOMPARE(m_server->requests().size(), 3);
    const QByteArray second = m_server->requests().at(2).body;
    const QJsonArray turns = messagesOf(second);
    QCOMPARE(turns.size(), 5);
    QVERIFY(turns.at(0).toObject().value(u"content").toString().contains(u"a page"));
    QVERIFY(turns.at(2).toObject().value(u"content").toArray().first().toObject().value(u"text").toString().contains(
        u"call it Version Two"));
    QVERIFY(turns.at(4).toObject().value(u"content").toArray().first().toObject().value(u"text").toString().contains(
        u"call it Version Three"));
    QVERIFY(!second.contains("<current_app>"));
    QCOMPARE(second.count("<title>Version One</title>"), 1);  // once, in the first answer
    QCOMPARE(second.count("\"cache_control\""), 3);
    // The conversation in the history is what was sent and answered.
    QCOMPARE(m_store->conversation(id).size(), 6);

    // Once another version runs, the next follow-up starts over with the whole current app.
    QVERIFY(!m_manager->restoreVersion(id, 1).isError());
    QTRY_VERIFY_WITH_TIMEOUT(m_store->latestAppVersion(id)->version == 4 && m_store->session(id)->status == SessionStatus::Ready,
                             15000);
    answer(change(QStringLiteral("Version Four")));
    QVERIFY(!followUpRefusal(m_manager->followUp(id, QStringLiteral("call it Version Four"))).isError());
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    QCOMPARE(m_server->requests().size(), 4);
    const QByteArray restarted = m_server->requests().at(3).body;
    QCOMPARE(messagesOf(restarted).size(), 1);
    QVERIFY(restarted.contains("<current_app>"));
    QVERIFY(restarted.contains("<title>Version One</title>"));
    QVERIFY(!restarted.contains("call it Version Three"));
    QVERIFY(fetch(m_store->session(id)->appUrl).contains("Version Four"));

    // And the conversation goes on from there.
    answer(change(QStringLiteral("Version Five")));
    QVERIFY(!followUpRefusal(m_manager->followUp(id, QStringLiteral("call it Version Five"))).isError());
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    const QByteArray continued = m_server->requests().at(4).body;
    QCOMPARE(messagesOf(continued).size(), 3);
    QCOMPARE(continued.count("<current_app>"), 1);
}

void TestGeneration::followUp_pastTheConversationsLimits_sendsTheWholeApp_data()
{
    QTest::addColumn<qint64>("limitTokens");
    QTest::addColumn<int>("idleLimitMs");
    QTest::addColumn<int>("contextTokens");
    // Deploying the first version alone takes longer than a millisecond.
    QTest::newRow("its cache has gone cold") << qint64(100'000) << 1 << 0;
    QTest::newRow("it has grown too long") << qint64(0) << 270'000 << 0;
    // The conversation and the answer limit would not fit a local model's
    // context: the request would be refused, the app alone fits.
    QTest::newRow("it no longer fits the model's context") << qint64(100'000) << 270'000 << 16000 + 1500;
}

void TestGeneration::followUp_pastTheConversationsLimits_sendsTheWholeApp()
{
    QFETCH(qint64, limitTokens);
    QFETCH(int, idleLimitMs);
    QFETCH(int, contextTokens);
    answer(siteAnswer(QStringLiteral("Version One")));
    ContextLimitedClient limited(m_client.get(), contextTokens);
    const QString id = spawn(QStringLiteral("a page"), [&](GenerationSettings &settings) {
        settings.conversationLimitTokens = limitTokens;
        settings.conversationIdleLimit = std::chrono::milliseconds(idleLimitMs);
        if (contextTokens > 0)
            settings.client = &limited;
    });
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    answer(u"<app>\n<file path=\"index.html\">\n" + QString::fromUtf8(page(QStringLiteral("Version Two"))) + u"</file>\n</app>\n");
    QVERIFY(!followUpRefusal(m_manager->followUp(id, QStringLiteral("call it Version Two"))).isError());
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    const QByteArray body = m_server->requests().at(1).body;
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"messages").toArray().size(), 1);
    QVERIFY(body.contains("<current_app>"));
    QVERIFY(body.contains("<title>Version One</title>"));
    QVERIFY(!body.contains("a page"));
}

void TestGeneration::answersThatNeverWork_endFailedAfterTheSimplerTry()
{
    const QString bad = QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n"
                                       "<file path=\"../../etc/passwd\">\nx\n</file>\n</app>\n");
    for (int i = 0; i < 4; ++i)
        answer(bad);
    const QString id = spawn(QStringLiteral("a page"));
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Failed);
    QCOMPARE(m_server->requests().size(), 4);  // the answer, 2 repairs, the simpler try
    const Session session = *m_store->session(id);
    QVERIFY2(session.error.message.contains(u"../../etc/passwd"), qPrintable(session.error.message));
    QCOMPARE(m_store->llmUsage(id).size(), 4);
}

void TestGeneration::fullContext_endsFailedWithoutARepairRound()
{
    // The answer filled the model's context: a continuation or a repair would
    // need more still, so the session says why and asks nothing more.
    const QString whole = siteAnswer(QStringLiteral("Long Page"));
    answer(whole.left(whole.indexOf(u"<h1>") + 6), "model_context_window_exceeded");
    for (int i = 0; i < 3; ++i)
        answer(whole);
    const QString id = spawn(QStringLiteral("a long page"));
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Failed);
    QCOMPARE(m_server->requests().size(), 1);
    const Session session = *m_store->session(id);
    QCOMPARE(session.error.kind, ErrorKind::Resource);
    QVERIFY2(session.error.message.contains(u"filled its context before it was complete"), qPrintable(session.error.message));
    QCOMPARE(m_store->llmUsage(id).size(), 1);  // its tokens are still counted
}

void TestGeneration::spendGuard_refusesASpawnAndAFollowUpWithItsNumbers()
{
    // $0.20 of a $1.00 month is spent elsewhere.
    Budget budget;
    budget.monthly = 1.0;
    std::optional<CostEstimate> guarded;
    m_manager->budgetPolicy()->setSpendCheck([&](const CostEstimate &estimate, const QString &sessionId) {
        guarded = estimate;
        const double session = sessionId.isEmpty() ? 0.0 : m_store->session(sessionId)->actualCost;
        return BudgetCheck(budget).check(estimate, 0.20 + session, session);
    });
    answer(siteAnswer(QStringLiteral("Guarded")));
    const QString id = spawn(QStringLiteral("a page"));
    QVERIFY(!id.isEmpty());
    // No history yet: the prompt from its length, a web app's default answer.
    QVERIFY(guarded && !guarded->promptTokensCounted);
    QCOMPARE(guarded->outputTokens, CostEstimator::defaultOutputTokens(QStringLiteral("webapp"), false));
    QCOMPARE(guarded->priceStatus, PriceStatus::Priced);
    // What the budget checked is what the session stores.
    QCOMPARE(m_store->session(id)->estimatedCost, guarded->total());
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);

    // What the first answer cost plus the change's estimate passes the cap.
    budget.perSession = m_store->session(id)->actualCost + 0.001;
    const SpawnError refused = followUpRefusal(m_manager->followUp(id, QStringLiteral("change it")));
    QCOMPARE(refused.kind, ErrorKind::User);
    QVERIFY2(refused.message.contains(Budget::formatUsd(budget.perSession)), qPrintable(refused.message));
    QVERIFY(guarded->followUp);
    QCOMPARE(m_server->requests().size(), 1);  // nothing was sent
    QCOMPARE(m_store->session(id)->status, SessionStatus::Ready);

    // A spawn that would pass the month is refused before a session exists.
    budget.perSession = 0.0;
    budget.monthly = 0.21;
    const int before = m_store->sessionCount();
    SpawnRequest request;
    request.prompt = QStringLiteral("another page");
    GenerationSettings settings;
    settings.client = m_client.get();
    settings.model = QStringLiteral("claude-sonnet-5-5");
    request.generation = settings;
    SpawnError error;
    QVERIFY(m_manager->spawn(request, &error).isEmpty());
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(u"$0.21"), qPrintable(error.message));
    QCOMPARE(m_store->sessionCount(), before);
}

void TestGeneration::unknownPrice_underABudget_sendsNothing()
{
    Budget budget;
    budget.monthly = 10.0;
    m_manager->budgetPolicy()->setSpendCheck([&](const CostEstimate &estimate, const QString &) {
        return BudgetCheck(budget).check(estimate, 0.0);
    });
    answer(siteAnswer(QStringLiteral("Never")));
    const std::unique_ptr<SpawnLaunch> refused = launch(QStringLiteral("a page"), QStringLiteral("claude-future-9"));
    QVERIFY(refused->isFinished() && !refused->succeeded());
    QCOMPARE(refused->error().kind, ErrorKind::User);
    QVERIFY2(refused->error().message.contains(u"claude-future-9"), qPrintable(refused->error().message));
    // Not a token counted, not a request sent, no session.
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_server->countRequests().size(), 0);
    QCOMPARE(m_store->sessionCount(), 0);
}

void TestGeneration::unknownPrice_allowed_isStoredAsUnpriced()
{
    Budget budget;
    budget.monthly = 10.0;
    budget.allowUnpriced = true;
    m_manager->budgetPolicy()->setSpendCheck([&](const CostEstimate &estimate, const QString &) {
        return BudgetCheck(budget).check(estimate, 0.0);
    });
    m_answerModel = "claude-future-9";
    answer(siteAnswer(QStringLiteral("Unpriced")));
    const std::unique_ptr<SpawnLaunch> started = launch(QStringLiteral("a page"), QStringLiteral("claude-future-9"));
    QVERIFY(started->succeeded());
    const QString id = started->sessionId();
    QCOMPARE(waitForEnd(id, SessionStatus::Ready), SessionStatus::Ready);
    const QList<LlmUsageRecord> usage = m_store->llmUsage(id);
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.first().priceStatus, PriceStatus::Unknown);
    QCOMPARE(usage.first().cost, 0.0);
    QCOMPARE(usage.first().purpose, u"prompt");
    const SessionCost cost = SessionCost::from(usage, m_store->usage(id));
    QVERIFY(!cost.isPriced());
    QCOMPARE(cost.unpricedRequests, 1);
    QCOMPARE(cost.unpricedInputTokens, 1200);
    QCOMPARE(cost.unpricedOutputTokens, 900);
    QCOMPARE(cost.unpricedModels, QStringList{QStringLiteral("claude-future-9")});
}

void TestGeneration::launch_countsThePromptAndStoresThatEstimate()
{
    std::optional<CostEstimate> guarded;
    m_manager->budgetPolicy()->setSpendCheck([&](const CostEstimate &estimate, const QString &) {
        guarded = estimate;
        return SpawnError();
    });
    answer(siteAnswer(QStringLiteral("Counted")));
    const std::unique_ptr<SpawnLaunch> started = launch(QStringLiteral("a page"), QStringLiteral("claude-sonnet-5-5"));
    QVERIFY(started->succeeded());
    // Claude counted the opening prompt (system and request) before the session existed.
    QCOMPARE(m_server->countRequests().size(), 1);
    const QJsonObject counted = QJsonDocument::fromJson(m_server->countRequests().first().body).object();
    QVERIFY(counted.value(u"system").toString().size() > 1000 || counted.value(u"system").isArray());
    QVERIFY(guarded && guarded->promptTokensCounted);
    QCOMPARE(guarded->promptTokens, qint64(m_server->countRequests().first().body.size() / 4));
    QCOMPARE(m_store->session(started->sessionId())->estimatedCost, guarded->total());
    QCOMPARE(waitForEnd(started->sessionId(), SessionStatus::Ready), SessionStatus::Ready);
}

void TestGeneration::launch_aCountThatNeverAnswers_fallsBackToThePromptsLength()
{
    std::optional<CostEstimate> guarded;
    m_manager->budgetPolicy()->setSpendCheck([&](const CostEstimate &estimate, const QString &) {
        guarded = estimate;
        return SpawnError();
    });
    // The count's connection goes silent; the answer comes on the next one.
    m_server->setAnswerCountTokens(false);
    FakeLlmServer::Response silent = FakeLlmServer::json(200, R"({"input_tokens":)");
    silent.ending = FakeLlmServer::Ending::Hang;
    silent.framing = FakeLlmServer::Framing::Chunked;
    m_server->enqueue(silent);
    answer(siteAnswer(QStringLiteral("Not Counted")));
    m_countDeadlineMs = 300;
    const std::unique_ptr<SpawnLaunch> started = launch(QStringLiteral("a page"), QStringLiteral("claude-sonnet-5-5"));
    QVERIFY(started->succeeded());
    QVERIFY(guarded && !guarded->promptTokensCounted);
    QCOMPARE(waitForEnd(started->sessionId(), SessionStatus::Ready), SessionStatus::Ready);
    QVERIFY(m_server->requests().first().path().endsWith("/count_tokens"));
}

QTEST_GUILESS_MAIN(TestGeneration)
#include "test_generation.moc"
