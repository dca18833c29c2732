// SPDX-License-Identifier: MIT
// The 100 % stop: when the month's spend reaches the monthly budget, model
// work in flight stops and paid (E2B) sandboxes are killed, local sandboxes
// keep running, nothing stored is lost, and a higher budget lets the user go on.
#include "../support/followupwait.h"
#include "billing/budgetpolicy.h"
#include "billing/budgetnotifier.h"
#include "budgetfixture.h"
#include "fakellmserver.h"
#include "fakesandboxprovider.h"
#include "llm/anthropicclient.h"
#include "llmfixtures.h"
#include "store/sessionstore.h"
#include "workflow/budgetenforcer.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Fixtures;

class TestBudgetEnforcer final : public QObject, private BudgetFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullBudget_stopsWhatCostsAndKeepsEverything();
    void spentBudget_refusesPaidWorkUntilRaised();
    void followUpInFlight_isDroppedAndTheLocalAppKeepsRunning();
    void pauseChoice_killsASandboxThatCannotPause();
    void sandboxAction_readsSettingValues();

private:
    QString spawnGenerated();
    void answer(const QString &text);
    void setBudget(double monthly);

    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<FakeSandboxProvider> m_e2b;
    std::unique_ptr<AnthropicClient> m_client;
};

void TestBudgetEnforcer::init()
{
    QVERIFY(openHistory());
    m_server = std::make_unique<FakeLlmServer>();
    m_e2b = std::make_unique<FakeSandboxProvider>(SandboxKind::E2b);
    AnthropicConfig config;
    config.apiKey = QStringLiteral("sk-ant-test-key");
    config.baseUrl = m_server->url();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<AnthropicClient>(config);
    startManager(m_e2b.get());
}

void TestBudgetEnforcer::cleanup()
{
    stopManager();
    m_client.reset();
    m_e2b.reset();
    m_server.reset();
    closeHistory();
}

// A generated session whose model answers the first bytes and then goes silent.
QString TestBudgetEnforcer::spawnGenerated()
{
    m_server->enqueue(FakeLlmServer::sse({messageStart(1200, 0, 0), textStart(0), textDelta(0, QStringLiteral("Here"))},
                                         FakeLlmServer::Ending::Hang));
    SpawnRequest request;
    request.prompt = QStringLiteral("a pomodoro timer");
    request.provider = QStringLiteral("anthropic");
    request.model = QStringLiteral("claude-sonnet-4-5");
    GenerationSettings settings;
    settings.client = m_client.get();
    settings.model = request.model;
    settings.appType = AppType::WebApp;
    request.generation = settings;
    SpawnError error;
    const QString id = m_manager->spawn(request, &error);
    if (id.isEmpty())
        qWarning().noquote() << error.message;
    return id;
}

// Queues one complete streamed answer.
void TestBudgetEnforcer::answer(const QString &text)
{
    QList<QByteArray> events{messageStart(1200, 0, 0), textStart(0)};
    for (qsizetype at = 0; at < text.size(); at += 40)
        events << textDelta(0, text.mid(at, 40));
    events << blockStop(0) << messageDelta("end_turn", R"({"output_tokens":900})") << messageStop();
    m_server->enqueue(FakeLlmServer::sse(events));
}

void TestBudgetEnforcer::setBudget(double monthly)
{
    Budget budget;
    budget.monthly = monthly;
    m_manager->budgetPolicy()->setBudget(budget);
}

void TestBudgetEnforcer::fullBudget_stopsWhatCostsAndKeepsEverything()
{
    setBudget(10.0);
    QSignalSpy thresholds(m_manager->budget()->notifier(), &BudgetNotifier::thresholdReached);
    QSignalSpy stopped(m_manager->budget(), &BudgetEnforcer::budgetStopped);
    const QString e2b = spawnTemplate(SandboxKind::E2b);
    const QString local = spawnTemplate(SandboxKind::Local);
    QVERIFY(!e2b.isEmpty() && !local.isEmpty());
    QTRY_COMPARE(status(e2b), SessionStatus::Ready);
    QTRY_COMPARE(status(local), SessionStatus::Ready);
    QSignalSpy asked(m_server.get(), &FakeLlmServer::requestReceived);
    const QString writing = spawnGenerated();
    QVERIFY(!writing.isEmpty());
    QVERIFY(asked.wait());
    QCOMPARE(status(writing), SessionStatus::Generating);
    QPointer<FakeSandbox> e2bSandbox = m_e2b->lastSandbox();
    QPointer<FakeSandbox> localSandbox = m_local->lastSandbox();
    QVERIFY(e2bSandbox && localSandbox);

    spend(local, 6.0);  // 60 %: told, nothing stops
    QTRY_COMPARE(thresholds.count(), 1);
    QCOMPARE(status(e2b), SessionStatus::Ready);
    spend(local, 4.0);  // 100 %
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(thresholds.count(), 3);
    QCOMPARE(thresholds.at(2).at(0).toInt(), 100);

    const QString reason = QStringLiteral("monthly budget of $10.00 reached");
    QCOMPARE(status(e2b), SessionStatus::Stopped);
    QCOMPARE(status(writing), SessionStatus::Stopped);
    QCOMPARE(status(local), SessionStatus::Ready);
    QTRY_VERIFY(!e2bSandbox);  // killed and gone
    QVERIFY(localSandbox);     // costs nothing: keeps running
    QVERIFY(!m_manager->runner(local)->hasEnded());
    const QStringList stoppedIds = stopped.at(0).at(2).toStringList();
    QCOMPARE(QSet<QString>(stoppedIds.cbegin(), stoppedIds.cend()), (QSet<QString>{e2b, writing}));
    QTRY_COMPARE(m_server->openConnections(), 0);  // the model's stream was cut

    // Nothing is lost: files, the run's usage, the history with the reason.
    QVERIFY(m_store->latestAppVersion(e2b).has_value());
    const QList<UsageRecord> runs = m_store->usage(e2b);
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.constFirst().endTime.isValid());
    for (const QString &id : {e2b, writing}) {
        const QList<SessionEvent> events = m_store->events(id);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const SessionEvent &event) {
            return event.toStatus == SessionStatus::Stopped && event.detail.contains(reason);
        }));
    }
    QCOMPARE(m_store->conversation(writing).constFirst().content.contains(u"pomodoro"), true);
}

void TestBudgetEnforcer::spentBudget_refusesPaidWorkUntilRaised()
{
    setBudget(10.0);
    const QString e2b = spawnTemplate(SandboxKind::E2b);
    QTRY_COMPARE(status(e2b), SessionStatus::Ready);
    spend(e2b, 12.5);
    QTRY_COMPARE(status(e2b), SessionStatus::Stopped);

    SpawnError error = m_manager->redeploy(e2b);
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(u"$10.00") && error.message.contains(u"$12.50"), qPrintable(error.message));
    QVERIFY(spawnTemplate(SandboxKind::E2b).isEmpty());
    QVERIFY(spawnGenerated().isEmpty());
    // A local sandbox without a model costs nothing.
    const QString local = spawnTemplate(SandboxKind::Local);
    QVERIFY(!local.isEmpty());
    QTRY_COMPARE(status(local), SessionStatus::Ready);

    setBudget(20.0);
    error = m_manager->redeploy(e2b);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QTRY_COMPARE(status(e2b), SessionStatus::Ready);
    QVERIFY(m_store->latestAppVersion(e2b).has_value());
}

void TestBudgetEnforcer::followUpInFlight_isDroppedAndTheLocalAppKeepsRunning()
{
    setBudget(10.0);
    answer(QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": "
                          "\"python3 -m http.server 3000\", \"install\": {\"npm\": [], \"pip\": []}}\n</manifest>\n"
                          "<file path=\"index.html\">\n<!doctype html><html lang=\"en\"><head><title>One</title></head>"
                          "<body><h1>One</h1></body></html>\n</file>\n</app>\n"));
    // spawnGenerated() queues a silent answer for the follow-up, after the complete one.
    const QString id = spawnGenerated();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status(id), SessionStatus::Ready, 10000);
    QPointer<FakeSandbox> sandbox = m_local->lastSandbox();
    QVERIFY(sandbox);
    SessionRunner *runner = m_manager->runner(id);
    QSignalSpy dropped(runner, &SessionRunner::followUpFailed);
    QSignalSpy asked(m_server.get(), &FakeLlmServer::requestReceived);
    QVERIFY(!followUpRefusal(m_manager->followUp(id, QStringLiteral("make it blue"))).isError());
    // The request may already have come while the follow-up was accepted.
    QVERIFY(!asked.isEmpty() || asked.wait());
    QCOMPARE(status(id), SessionStatus::Updating);
    QVERIFY(runner->isGenerating());

    spend(id, 10.0);
    QTRY_COMPARE(dropped.count(), 1);
    QVERIFY(dropped.at(0).at(0).value<SpawnError>().message.contains(u"monthly budget of $10.00 reached"));
    QCOMPARE(status(id), SessionStatus::Ready);  // the running version stays
    QVERIFY(sandbox);
    QVERIFY(!runner->hasEnded());
    QCOMPARE(m_store->latestAppVersion(id)->version, 1);
    QTRY_COMPARE(m_server->openConnections(), 0);
    // And no new model work while the budget is spent.
    QCOMPARE(followUpRefusal(m_manager->followUp(id, QStringLiteral("make it red"))).kind, ErrorKind::User);
}

void TestBudgetEnforcer::pauseChoice_killsASandboxThatCannotPause()
{
    // The fake paid sandbox has no pause (Sandbox's default fails): it must
    // not be left running and billing. E2B's real pause: test_budgetpause.
    setBudget(1.0);
    m_manager->budgetPolicy()->setAction(BudgetAction::Pause);
    const QString e2b = spawnTemplate(SandboxKind::E2b);
    QTRY_COMPARE(status(e2b), SessionStatus::Ready);
    QPointer<FakeSandbox> sandbox = m_e2b->lastSandbox();
    spend(e2b, 1.0);
    QTRY_COMPARE(status(e2b), SessionStatus::Stopped);
    QTRY_VERIFY(!sandbox);
    const QList<SessionEvent> events = m_store->events(e2b);
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const SessionEvent &event) {
        return event.detail.contains(u"could not be paused");
    }));
}

void TestBudgetEnforcer::sandboxAction_readsSettingValues()
{
    QCOMPARE(budgetActionFromString(QStringLiteral("kill")), BudgetAction::Kill);
    QCOMPARE(budgetActionFromString(QStringLiteral("pause")), BudgetAction::Pause);
    QVERIFY(!budgetActionFromString(QStringLiteral("hibernate")));
    QCOMPARE(budgetActionToString(BudgetAction::Pause), QStringLiteral("pause"));
    QVERIFY(sandboxKindIsPaid(SandboxKind::E2b));
    QVERIFY(!sandboxKindIsPaid(SandboxKind::Local));
    // The names the store, the API and --sandbox keep.
    SandboxKind kind = SandboxKind::Local;
    QVERIFY(sandboxKindFromString(QStringLiteral("e2b"), &kind));
    QCOMPARE(kind, SandboxKind::E2b);
    QVERIFY(!sandboxKindFromString(QStringLiteral("fake"), &kind));
    QCOMPARE(kind, SandboxKind::E2b);
    QCOMPARE(sandboxKindToString(SandboxKind::Local), QStringLiteral("local"));
    QCOMPARE(sandboxKindNames(), QStringList({QStringLiteral("local"), QStringLiteral("e2b")}));
}

QTEST_GUILESS_MAIN(TestBudgetEnforcer)
#include "test_budgetenforcer.moc"
