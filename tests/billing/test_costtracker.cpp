// SPDX-License-Identifier: MIT
#include "../store/storetestsupport.h"

#include "billing/costtracker.h"


// The spend meter's totals on a hand-built history whose sums are known.
class TestCostTracker final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void overall_addsModelsAndSandboxesOfThePeriod();
    void byDay_splitsAtMidnightUtc();
    void periodBoundary_includesSinceAndExcludesUntil();
    void byMonth_groupsCalendarMonths();
    void byModelAndProvider_sumTokensAndCost();
    void bySandboxKind_sumsRunsOfEachKind();
    void topSessions_mostExpensiveFirstWithLimit();
    void report_holdsEverySection();
    void spent_perSessionAndPerMonth();
    void emptyPeriod_isAllZero();

private:
    static QDateTime at(const char *iso);
    QString addSession(SandboxKind kind);
    void addLlm(const QString &session, const char *time, const QString &provider, const QString &model,
                qint64 in, qint64 out, double cost);
    void addRun(const QString &session, const char *start, double cpu, double mem, double cost);
    static const CostGroup *find(const QList<CostGroup> &groups, const QString &key);

    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<CostTracker> m_tracker;
    QString m_local;
    QString m_e2b;
};

QDateTime TestCostTracker::at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

QString TestCostTracker::addSession(SandboxKind kind)
{
    Session session;
    session.prompt = QStringLiteral("a timer");
    session.appType = AppType::WebApp;
    session.sandboxKind = kind;
    if (m_fixture->store().createSession(session).isError())
        return {};
    return session.id;
}

void TestCostTracker::addLlm(const QString &session, const char *time, const QString &provider,
                             const QString &model, qint64 in, qint64 out, double cost)
{
    LlmUsageRecord record;
    record.sessionId = session;
    record.time = at(time);
    record.provider = provider;
    record.model = model;
    record.inputTokens = in;
    record.outputTokens = out;
    record.cost = cost;
    QVERIFY(!m_fixture->store().recordLlmUsage(record).isError());
}

void TestCostTracker::addRun(const QString &session, const char *start, double cpu, double mem, double cost)
{
    UsageRecord record;
    record.sessionId = session;
    record.startTime = at(start);
    record.cpuSeconds = cpu;
    record.memoryGbSeconds = mem;
    record.actualCost = cost;
    QVERIFY(!m_fixture->store().recordUsage(record).isError());
}

const CostGroup *TestCostTracker::find(const QList<CostGroup> &groups, const QString &key)
{
    for (const CostGroup &group : groups) {
        if (group.key == key)
            return &group;
    }
    return nullptr;
}

// Costs are multiples of 1/8 so every sum is exact in binary and QCOMPARE on
// doubles means what it says.
void TestCostTracker::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->open());
    m_tracker = std::make_unique<CostTracker>(m_fixture->database());
    m_local = addSession(SandboxKind::Local);
    m_e2b = addSession(SandboxKind::E2b);
    QVERIFY(!m_local.isEmpty() && !m_e2b.isEmpty());
    const QString anthropic = QStringLiteral("anthropic");
    const QString openai = QStringLiteral("openai");
    const QString sonnet = QStringLiteral("claude-sonnet-4-5");
    const QString haiku = QStringLiteral("claude-haiku-4-5");
    const QString qwen = QStringLiteral("qwen2.5-coder");
    // October: outside November, inside October.
    addLlm(m_local, "2026-10-31T23:59:59.999Z", anthropic, sonnet, 1000, 100, 4.0);
    // 1 November, the first millisecond and later.
    addLlm(m_local, "2026-11-01T00:00:00.000Z", anthropic, sonnet, 2000, 200, 0.5);
    addLlm(m_e2b, "2026-11-01T12:00:00.000Z", anthropic, haiku, 300, 30, 0.125);
    addRun(m_e2b, "2026-11-01T12:00:01.000Z", 10.0, 5.0, 0.25);
    addRun(m_local, "2026-11-01T23:59:59.999Z", 20.0, 2.5, 0.0);
    // 2 November.
    addLlm(m_e2b, "2026-11-02T00:00:00.000Z", anthropic, sonnet, 4000, 400, 1.0);
    addLlm(m_local, "2026-11-02T08:00:00.000Z", openai, qwen, 500, 50, 0.0);
    addRun(m_e2b, "2026-11-02T09:00:00.000Z", 30.0, 7.5, 0.75);
    // 1 December: outside November.
    addLlm(m_e2b, "2026-12-01T00:00:00.000Z", anthropic, sonnet, 8000, 800, 2.0);
    addRun(m_e2b, "2026-12-01T00:00:00.000Z", 40.0, 10.0, 1.5);
}

void TestCostTracker::cleanup()
{
    m_tracker.reset();
    m_fixture.reset();
}

void TestCostTracker::overall_addsModelsAndSandboxesOfThePeriod()
{
    CostTotals totals;
    QVERIFY(!m_tracker->overall(CostPeriod::month(QDate(2026, 11, 15)), &totals).isError());
    QCOMPARE(totals.llmCost, 1.625);
    QCOMPARE(totals.inputTokens, 6800);
    QCOMPARE(totals.outputTokens, 680);
    QCOMPARE(totals.requests, 4);
    QCOMPARE(totals.sandboxCost, 1.0);
    QCOMPARE(totals.cpuSeconds, 60.0);
    QCOMPARE(totals.memoryGbSeconds, 15.0);
    QCOMPARE(totals.sandboxRuns, 3);
    QCOMPARE(totals.total(), 2.625);
}

void TestCostTracker::byDay_splitsAtMidnightUtc()
{
    QList<CostGroup> days;
    QVERIFY(!m_tracker->byDay(CostPeriod::month(QDate(2026, 11, 1)), &days).isError());
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).key, QStringLiteral("2026-11-01"));
    QCOMPARE(days.at(0).totals.llmCost, 0.625);
    QCOMPARE(days.at(0).totals.inputTokens, 2300);
    QCOMPARE(days.at(0).totals.sandboxCost, 0.25);
    QCOMPARE(days.at(0).totals.cpuSeconds, 30.0);
    QCOMPARE(days.at(0).totals.sandboxRuns, 2);
    QCOMPARE(days.at(1).key, QStringLiteral("2026-11-02"));
    QCOMPARE(days.at(1).totals.llmCost, 1.0);
    QCOMPARE(days.at(1).totals.outputTokens, 450);
    QCOMPARE(days.at(1).totals.sandboxCost, 0.75);
    QCOMPARE(days.at(1).totals.memoryGbSeconds, 7.5);
}

void TestCostTracker::periodBoundary_includesSinceAndExcludesUntil()
{
    // [1 Nov 00:00, 2 Nov 00:00): the request at 00:00:00.000 on the 1st is
    // in, the one at 00:00:00.000 on the 2nd is out, and so is 31 Oct 23:59:59.999.
    CostTotals totals;
    QVERIFY(!m_tracker->overall(CostPeriod::days(QDate(2026, 11, 1), QDate(2026, 11, 1)), &totals).isError());
    QCOMPARE(totals.llmCost, 0.625);
    QCOMPARE(totals.requests, 2);
    QCOMPARE(totals.sandboxRuns, 2);
    // Starting at 31 Oct takes the last millisecond of October in.
    QVERIFY(!m_tracker->overall(CostPeriod::days(QDate(2026, 10, 31), QDate(2026, 11, 1)), &totals).isError());
    QCOMPARE(totals.llmCost, 4.625);
    // An until in the middle of a day: to the millisecond.
    const CostPeriod toNoon{at("2026-11-01T00:00:00.000Z"), at("2026-11-01T12:00:00.000Z")};
    QVERIFY(!m_tracker->overall(toNoon, &totals).isError());
    QCOMPARE(totals.llmCost, 0.5);
    QCOMPARE(totals.sandboxRuns, 0);
}

void TestCostTracker::byMonth_groupsCalendarMonths()
{
    QList<CostGroup> months;
    QVERIFY(!m_tracker->byMonth(CostPeriod::days(QDate(2026, 10, 1), QDate(2026, 12, 31)), &months).isError());
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.at(0).key, QStringLiteral("2026-10"));
    QCOMPARE(months.at(0).totals.total(), 4.0);
    QCOMPARE(months.at(1).key, QStringLiteral("2026-11"));
    QCOMPARE(months.at(1).totals.total(), 2.625);
    QCOMPARE(months.at(2).key, QStringLiteral("2026-12"));
    QCOMPARE(months.at(2).totals.total(), 3.5);
}

void TestCostTracker::byModelAndProvider_sumTokensAndCost()
{
    const CostPeriod november = CostPeriod::month(QDate(2026, 11, 1));
    QList<CostGroup> models;
    QVERIFY(!m_tracker->byModel(november, &models).isError());
    QCOMPARE(models.size(), 3);
    QCOMPARE(models.at(0).key, QStringLiteral("claude-sonnet-4-5"));  // most expensive first
    QCOMPARE(models.at(0).totals.llmCost, 1.5);
    QCOMPARE(models.at(0).totals.inputTokens, 6000);
    QCOMPARE(models.at(0).totals.outputTokens, 600);
    QCOMPARE(models.at(0).totals.requests, 2);
    QCOMPARE(models.at(0).totals.sandboxCost, 0.0);
    QCOMPARE(find(models, QStringLiteral("claude-haiku-4-5"))->totals.llmCost, 0.125);
    QCOMPARE(find(models, QStringLiteral("qwen2.5-coder"))->totals.inputTokens, 500);

    QList<CostGroup> providers;
    QVERIFY(!m_tracker->byProvider(november, &providers).isError());
    QCOMPARE(providers.size(), 2);
    QCOMPARE(providers.at(0).key, QStringLiteral("anthropic"));
    QCOMPARE(providers.at(0).totals.llmCost, 1.625);
    QCOMPARE(providers.at(0).totals.requests, 3);
    QCOMPARE(providers.at(1).key, QStringLiteral("openai"));
    QCOMPARE(providers.at(1).totals.llmCost, 0.0);
    QCOMPARE(providers.at(1).totals.outputTokens, 50);
}

void TestCostTracker::bySandboxKind_sumsRunsOfEachKind()
{
    QList<CostGroup> kinds;
    QVERIFY(!m_tracker->bySandboxKind(CostPeriod::month(QDate(2026, 11, 1)), &kinds).isError());
    QCOMPARE(kinds.size(), 2);
    QCOMPARE(kinds.at(0).key, QStringLiteral("e2b"));
    QCOMPARE(kinds.at(0).totals.sandboxCost, 1.0);
    QCOMPARE(kinds.at(0).totals.cpuSeconds, 40.0);
    QCOMPARE(kinds.at(0).totals.memoryGbSeconds, 12.5);
    QCOMPARE(kinds.at(0).totals.sandboxRuns, 2);
    QCOMPARE(kinds.at(0).totals.llmCost, 0.0);
    QCOMPARE(kinds.at(1).key, QStringLiteral("local"));
    QCOMPARE(kinds.at(1).totals.sandboxCost, 0.0);  // local runs are free but still measured
    QCOMPARE(kinds.at(1).totals.cpuSeconds, 20.0);
    QCOMPARE(kinds.at(1).totals.memoryGbSeconds, 2.5);
}

void TestCostTracker::topSessions_mostExpensiveFirstWithLimit()
{
    const CostPeriod november = CostPeriod::month(QDate(2026, 11, 1));
    QList<CostGroup> top;
    QVERIFY(!m_tracker->topSessions(november, 10, &top).isError());
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(0).key, m_e2b);
    QCOMPARE(top.at(0).totals.llmCost, 1.125);
    QCOMPARE(top.at(0).totals.sandboxCost, 1.0);
    QCOMPARE(top.at(0).totals.total(), 2.125);
    QCOMPARE(top.at(1).key, m_local);
    QCOMPARE(top.at(1).totals.total(), 0.5);
    QCOMPARE(top.at(1).totals.cpuSeconds, 20.0);

    QVERIFY(!m_tracker->topSessions(november, 1, &top).isError());
    QCOMPARE(top.size(), 1);
    QCOMPARE(top.at(0).key, m_e2b);
    // October: the local session alone, by its one request.
    QVERIFY(!m_tracker->topSessions(CostPeriod::month(QDate(2026, 10, 1)), 10, &top).isError());
    QCOMPARE(top.size(), 1);
    QCOMPARE(top.at(0).key, m_local);
    QCOMPARE(top.at(0).totals.total(), 4.0);
}

void TestCostTracker::report_holdsEverySection()
{
    CostReport report;
    QVERIFY(!m_tracker->report(CostPeriod::month(QDate(2026, 11, 1)), 5, &report).isError());
    QCOMPARE(report.overall.total(), 2.625);
    QCOMPARE(report.overall.cpuSeconds, 60.0);
    QCOMPARE(report.overall.requests, 4);
    QCOMPARE(report.byDay.size(), 2);
    QCOMPARE(report.byMonth.size(), 1);
    QCOMPARE(report.byModel.size(), 3);
    QCOMPARE(report.byProvider.size(), 2);
    QCOMPARE(report.bySandboxKind.size(), 2);
    QCOMPARE(report.topSessions.size(), 2);
}

void TestCostTracker::spent_perSessionAndPerMonth()
{
    double spent = -1;
    // All time: October, November and December.
    QVERIFY(!m_tracker->sessionSpent(m_local, &spent).isError());
    QCOMPARE(spent, 4.5);
    QVERIFY(!m_tracker->sessionSpent(m_e2b, &spent).isError());
    QCOMPARE(spent, 5.625);
    QVERIFY(!m_tracker->sessionSpent(QStringLiteral("no-such-session"), &spent).isError());
    QCOMPARE(spent, 0.0);
    QVERIFY(!m_tracker->monthSpent(QDate(2026, 11, 30), &spent).isError());
    QCOMPARE(spent, 2.625);
    QVERIFY(!m_tracker->monthSpent(QDate(2026, 12, 1), &spent).isError());
    QCOMPARE(spent, 3.5);
}

void TestCostTracker::emptyPeriod_isAllZero()
{
    const CostPeriod june = CostPeriod::month(QDate(2026, 6, 1));
    CostReport report;
    QVERIFY(!m_tracker->report(june, 10, &report).isError());
    QCOMPARE(report.overall.total(), 0.0);
    QCOMPARE(report.overall.requests, 0);
    QVERIFY(report.byDay.isEmpty());
    QVERIFY(report.byModel.isEmpty());
    QVERIFY(report.bySandboxKind.isEmpty());
    QVERIFY(report.topSessions.isEmpty());
}

QTEST_GUILESS_MAIN(TestCostTracker)
#include "test_costtracker.moc"
