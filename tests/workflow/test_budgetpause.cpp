// SPDX-License-Identifier: MIT
// The 100 % stop with the user's choice "pause", against the in-test E2B
// server: the E2B sandbox is paused, not killed, and bills nothing after;
// the session ends stopped with a reason that says so and keeps its files,
// log and history; local sessions keep running; a sandbox whose pause fails
// is killed.
#include "budgetfixture.h"
#include "fakee2bserver.h"
#include "fakesandboxprovider.h"
#include "billing/budgetpolicy.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/memorysandboxledger.h"
#include "store/sessionstore.h"
#include "workflow/budgetenforcer.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestBudgetPause final : public QObject, private BudgetFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pauseChoice_pausesTheE2bSandboxAndKeepsEverything();
    void pauseFailing_killsTheSandbox();

private:
    bool hasEvent(const QString &id, const QString &text) const;

    std::unique_ptr<FakeE2bServer> m_fake;
    std::unique_ptr<MemorySandboxLedger> m_ledger;
    std::unique_ptr<E2bSandboxProvider> m_e2b;
};

void TestBudgetPause::init()
{
    QVERIFY(openHistory());
    m_fake = std::make_unique<FakeE2bServer>();
    QVERIFY(m_fake->isListening());
    m_ledger = std::make_unique<MemorySandboxLedger>();
    E2bConfig config;
    config.apiKey = QString::fromLatin1(m_fake->apiKey());
    config.apiUrl = m_fake->url();
    config.sandboxUrl = QUrl(QStringLiteral("http://localhost:%1").arg(m_fake->port()));
    config.installId = QStringLiteral("budget-pause");
    config.retry.timeScale = 0.01;
    config.retry.jitter = false;
    m_e2b = std::make_unique<E2bSandboxProvider>(config, m_ledger.get());
    // {port}-{id}.localhost is not in every resolver: the server takes it in proxy form.
    m_e2b->network()->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_fake->port()));
    startManager(m_e2b.get());
    Budget budget;
    budget.monthly = 10.0;
    m_manager->budgetPolicy()->setBudget(budget);
    m_manager->budgetPolicy()->setAction(BudgetAction::Pause);
}

void TestBudgetPause::cleanup()
{
    stopManager();
    m_e2b.reset();
    m_ledger.reset();
    m_fake.reset();
    closeHistory();
}

bool TestBudgetPause::hasEvent(const QString &id, const QString &text) const
{
    const QList<SessionEvent> events = m_store->events(id);
    return std::any_of(events.cbegin(), events.cend(),
                       [&](const SessionEvent &event) { return event.detail.contains(text); });
}

void TestBudgetPause::pauseChoice_pausesTheE2bSandboxAndKeepsEverything()
{
    QSignalSpy stopped(m_manager->budget(), &BudgetEnforcer::budgetStopped);
    const QString e2b = spawnTemplate(SandboxKind::E2b);
    const QString local = spawnTemplate(SandboxKind::Local);
    QVERIFY(!e2b.isEmpty() && !local.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status(e2b), SessionStatus::Ready, 60000);
    QTRY_COMPARE(status(local), SessionStatus::Ready);
    const QString sandboxId = m_store->session(e2b)->sandboxId;
    QVERIFY(!sandboxId.isEmpty());
    QPointer<FakeSandbox> localSandbox = m_local->lastSandbox();

    spend(local, 10.0);  // 100 %
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(stopped.at(0).at(2).toStringList(), QStringList{e2b});
    QCOMPARE(status(e2b), SessionStatus::Stopped);
    QVERIFY(hasEvent(e2b, QStringLiteral("monthly budget of $10.00 reached; the E2B sandbox is paused")));

    // The cloud holds it paused, not killed; the ledger keeps it as paused.
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->isPaused(sandboxId), 10000);
    const auto ledgerState = [this] {
        const QList<SandboxLedger::Entry> open = m_ledger->openEntries(QStringLiteral("e2b"));
        return open.size() == 1 ? open.first().state : SandboxLedger::State::Killed;
    };
    // The ledger notes it once the answer is back.
    QTRY_COMPARE(ledgerState(), SandboxLedger::State::Paused);
    QCOMPARE(m_fake->killCount(), 0);
    QCOMPARE(m_fake->liveSandboxCount(), 1);

    // Nothing is billed after the stop: the run's usage is closed and stays so.
    const QList<UsageRecord> runs = m_store->usage(e2b);
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.constFirst().endTime.isValid());
    const double billed = runs.constFirst().actualCost;
    const int metricsCalls = int(m_fake->requestsTo(QStringLiteral("api GET /sandboxes/{id}/metrics")).size());
    QTest::qWait(300);
    QCOMPARE(m_store->usage(e2b).constFirst().actualCost, billed);
    QCOMPARE(int(m_fake->requestsTo(QStringLiteral("api GET /sandboxes/{id}/metrics")).size()), metricsCalls);
    QCOMPARE(m_fake->requestsTo(QStringLiteral("api DELETE /sandboxes/{id}")).size(), 0);
    // The app's process is paused with the sandbox, not killed before it.
    QCOMPARE(m_fake->requestsTo(QStringLiteral("envd POST /process.Process/SendSignal")).size(), 0);

    // Files and history are kept; the local session was not touched.
    QVERIFY(m_store->latestAppVersion(e2b).has_value());
    QCOMPARE(status(local), SessionStatus::Ready);
    QVERIFY(localSandbox);
    QVERIFY(!m_manager->runner(local)->hasEnded());
}

void TestBudgetPause::pauseFailing_killsTheSandbox()
{
    // A refusal that no retry helps (403): the sandbox must not run on billing.
    m_fake->addFault(FakeE2bFault::respond(QStringLiteral("api POST /sandboxes/{id}/pause"), 403));
    const QString e2b = spawnTemplate(SandboxKind::E2b);
    QVERIFY(!e2b.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status(e2b), SessionStatus::Ready, 60000);
    const QString sandboxId = m_store->session(e2b)->sandboxId;

    spend(e2b, 10.0);
    QTRY_COMPARE(status(e2b), SessionStatus::Stopped);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->liveSandboxCount(), 0, 10000);
    QCOMPARE(m_fake->killCount(), 1);
    QCOMPARE(m_fake->pauseCount(), 0);
    QTRY_VERIFY(m_ledger->openEntries(QStringLiteral("e2b")).isEmpty());
    QTRY_VERIFY(hasEvent(e2b, QStringLiteral("could not be paused")));
    QVERIFY(m_store->latestAppVersion(e2b).has_value());
    QVERIFY(!sandboxId.isEmpty());
}

QTEST_GUILESS_MAIN(TestBudgetPause)
#include "test_budgetpause.moc"
