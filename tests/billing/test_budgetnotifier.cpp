// SPDX-License-Identifier: MIT
#include "../store/storetestsupport.h"

#include "billing/budgetnotifier.h"

#include <QSignalSpy>

// Budget notifications: once per threshold and month, again the next month,
// never again after a restart.
class TestBudgetNotifier final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void thresholds_fireOncePerMonth();
    void oneBigCost_firesEveryThresholdItPasses();
    void nextMonth_firesAgain();
    void restart_doesNotFireAgain();
    void noBudget_firesNothing();

private:
    void spend(const char *iso, double cost);
    std::unique_ptr<BudgetNotifier> newNotifier();
    static QList<int> percents(const QSignalSpy &spy);

    std::unique_ptr<StoreFixture> m_fixture;
    QString m_session;
};

void TestBudgetNotifier::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
    Session session;
    session.prompt = QStringLiteral("a timer");
    session.appType = AppType::WebApp;
    session.sandboxKind = SandboxKind::E2b;
    QVERIFY(!m_fixture->store().createSession(session).isError());
    m_session = session.id;
}

void TestBudgetNotifier::cleanup()
{
    m_fixture.reset();
}

void TestBudgetNotifier::spend(const char *iso, double cost)
{
    LlmUsageRecord record;
    record.sessionId = m_session;
    record.time = QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
    record.provider = QStringLiteral("anthropic");
    record.model = QStringLiteral("claude-sonnet-4-5");
    record.cost = cost;
    QVERIFY(!m_fixture->store().recordLlmUsage(record).isError());
}

std::unique_ptr<BudgetNotifier> TestBudgetNotifier::newNotifier()
{
    auto notifier = std::make_unique<BudgetNotifier>(m_fixture->database());
    Budget budget;
    budget.monthly = 10.0;
    notifier->setBudget(budget);
    return notifier;
}

QList<int> TestBudgetNotifier::percents(const QSignalSpy &spy)
{
    QList<int> result;
    for (const QList<QVariant> &call : spy)
        result << call.at(0).toInt();
    return result;
}

static QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

void TestBudgetNotifier::thresholds_fireOncePerMonth()
{
    auto notifier = newNotifier();
    QSignalSpy spy(notifier.get(), &BudgetNotifier::thresholdReached);
    spend("2026-11-02T10:00:00.000Z", 4.0);
    QVERIFY(!notifier->costRecorded(at("2026-11-02T10:00:00.000Z")).isError());
    QCOMPARE(spy.count(), 0);
    spend("2026-11-03T10:00:00.000Z", 1.0);  // $5.00: 50 %
    QVERIFY(!notifier->costRecorded(at("2026-11-03T10:00:00.000Z")).isError());
    QCOMPARE(percents(spy), (QList<int>{50}));
    QCOMPARE(spy.at(0).at(1).toDouble(), 5.0);
    QCOMPARE(spy.at(0).at(2).toDouble(), 10.0);
    spend("2026-11-03T11:00:00.000Z", 0.5);  // still between 50 and 80
    QVERIFY(!notifier->costRecorded(at("2026-11-03T11:00:00.000Z")).isError());
    QCOMPARE(spy.count(), 1);
    spend("2026-11-04T11:00:00.000Z", 2.5);  // $8.00: 80 % exactly
    QVERIFY(!notifier->costRecorded(at("2026-11-04T11:00:00.000Z")).isError());
    spend("2026-11-05T11:00:00.000Z", 2.0);  // $10.00: 100 %
    QVERIFY(!notifier->costRecorded(at("2026-11-05T11:00:00.000Z")).isError());
    spend("2026-11-06T11:00:00.000Z", 3.0);  // past it: nothing new
    QVERIFY(!notifier->costRecorded(at("2026-11-06T11:00:00.000Z")).isError());
    QCOMPARE(percents(spy), (QList<int>{50, 80, 100}));
    QCOMPARE(notifier->spent(), 13.0);
    QCOMPARE(notifier->reported(QDate(2026, 11, 30)), (QList<int>{50, 80, 100}));
}

void TestBudgetNotifier::oneBigCost_firesEveryThresholdItPasses()
{
    auto notifier = newNotifier();
    QSignalSpy spy(notifier.get(), &BudgetNotifier::thresholdReached);
    spend("2026-11-02T10:00:00.000Z", 12.0);
    QVERIFY(!notifier->costRecorded(at("2026-11-02T10:00:00.000Z")).isError());
    QCOMPARE(percents(spy), (QList<int>{50, 80, 100}));
}

void TestBudgetNotifier::nextMonth_firesAgain()
{
    auto notifier = newNotifier();
    QSignalSpy spy(notifier.get(), &BudgetNotifier::thresholdReached);
    spend("2026-11-30T23:00:00.000Z", 6.0);
    QVERIFY(!notifier->costRecorded(at("2026-11-30T23:00:00.000Z")).isError());
    QCOMPARE(percents(spy), (QList<int>{50}));
    // December starts at $0: November's $6 does not count.
    spend("2026-12-01T01:00:00.000Z", 1.0);
    QVERIFY(!notifier->costRecorded(at("2026-12-01T01:00:00.000Z")).isError());
    QCOMPARE(spy.count(), 1);
    spend("2026-12-02T01:00:00.000Z", 4.5);
    QVERIFY(!notifier->costRecorded(at("2026-12-02T01:00:00.000Z")).isError());
    QCOMPARE(percents(spy), (QList<int>{50, 50}));
    QCOMPARE(notifier->reported(QDate(2026, 12, 1)), (QList<int>{50}));
}

void TestBudgetNotifier::restart_doesNotFireAgain()
{
    {
        auto notifier = newNotifier();
        QSignalSpy spy(notifier.get(), &BudgetNotifier::thresholdReached);
        spend("2026-11-02T10:00:00.000Z", 8.5);
        QVERIFY(!notifier->costRecorded(at("2026-11-02T10:00:00.000Z")).isError());
        QCOMPARE(percents(spy), (QList<int>{50, 80}));
    }
    QVERIFY(m_fixture->reopen());
    auto notifier = newNotifier();
    QSignalSpy spy(notifier.get(), &BudgetNotifier::thresholdReached);
    spend("2026-11-03T10:00:00.000Z", 0.5);
    QVERIFY(!notifier->costRecorded(at("2026-11-03T10:00:00.000Z")).isError());
    QCOMPARE(spy.count(), 0);
    spend("2026-11-04T10:00:00.000Z", 1.0);
    QVERIFY(!notifier->costRecorded(at("2026-11-04T10:00:00.000Z")).isError());
    QCOMPARE(percents(spy), (QList<int>{100}));
}

void TestBudgetNotifier::noBudget_firesNothing()
{
    BudgetNotifier notifier(m_fixture->database());
    QSignalSpy spy(&notifier, &BudgetNotifier::thresholdReached);
    spend("2026-11-02T10:00:00.000Z", 100.0);
    QVERIFY(!notifier.costRecorded(at("2026-11-02T10:00:00.000Z")).isError());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(notifier.spent(), 100.0);
}

QTEST_GUILESS_MAIN(TestBudgetNotifier)
#include "test_budgetnotifier.moc"
