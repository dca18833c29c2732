// SPDX-License-Identifier: MIT
#include "../store/storetestsupport.h"

#include "billing/costtracker.h"
#include "store/sqlsupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

// The per-day summaries (migration 5) against the usage rows they summarise:
// every section of the report must be the same whichever it is read from,
// after inserts, updates in place, deletions and a back-fill.
class TestCostSummary final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void summary_equalsRows_onARandomHistory();
    void runUpdatedInPlace_countsOnceWithItsLastReading();
    void deletedSession_leavesNoSummaryRows();
    void migration_backFillsAnOlderHistory();
    void partialDay_readsTheRows();

private:
    QString addSession(SandboxKind kind);
    void fillRandomly(SessionStore &store, int sessions, quint32 seed);
    static void compareReports(Database &database, const CostPeriod &period);
    static void compareGroups(const QList<CostGroup> &summary, const QList<CostGroup> &rows);
    static void compareTotals(const CostTotals &summary, const CostTotals &rows);
    static int summaryRows(Database &database);

    std::unique_ptr<StoreFixture> m_fixture;
};

void TestCostSummary::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
}

void TestCostSummary::cleanup()
{
    m_fixture.reset();
}

QString TestCostSummary::addSession(SandboxKind kind)
{
    Session session;
    session.prompt = QStringLiteral("a timer");
    session.appType = AppType::WebApp;
    session.sandboxKind = kind;
    return m_fixture->store().createSession(session).isError() ? QString() : session.id;
}

// Sessions over three months with requests and runs at random times; every
// run is recorded the way SessionRunner does it: inserted, then rewritten
// with a few readings.
void TestCostSummary::fillRandomly(SessionStore &store, int sessions, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDateTime start(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    const QStringList models{QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-haiku-4-5"),
                             QStringLiteral("qwen2.5-coder")};
    for (int i = 0; i < sessions; ++i) {
        Session session;
        session.prompt = QStringLiteral("app %1").arg(i);
        session.appType = AppType::WebApp;
        session.sandboxKind = random.bounded(3) == 0 ? SandboxKind::E2b : SandboxKind::Local;
        if (store.database().schemaVersion() >= 9) {
            QVERIFY(!store.createSession(session).isError());
        } else {
            // A history written before schema 9 has no change feed to write to.
            session.id = Session::newId();
            QSqlQuery old(store.database().connection());
            old.prepare(QStringLiteral("INSERT INTO sessions (id, prompt, app_type, sandbox_kind, status, created_at, "
                                       "updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)"));
            for (const QVariant &value : QVariantList{session.id, session.prompt, appTypeToString(session.appType),
                                                      sandboxKindToString(session.sandboxKind), StoreSql::timeValue(start),
                                                      StoreSql::timeValue(start)})
                old.addBindValue(value);
            QVERIFY2(old.exec(), qPrintable(old.lastError().text()));
        }
        QDateTime at = start.addSecs(random.bounded(90 * 86400));
        const int requests = random.bounded(5);
        for (int r = 0; r < requests; ++r) {
            LlmUsageRecord record;
            record.sessionId = session.id;
            record.time = at = at.addSecs(random.bounded(7200));
            record.model = models.at(random.bounded(int(models.size())));
            record.provider = record.model.startsWith(u"claude") ? QStringLiteral("anthropic") : QStringLiteral("openai");
            record.inputTokens = random.bounded(50000);
            record.outputTokens = random.bounded(9000);
            record.cost = random.bounded(0.5);
            if (store.database().schemaVersion() >= 7) {
                QVERIFY(!store.recordLlmUsage(record).isError());
                continue;
            }
            // A history written before schema 7 has only the columns it had then.
            QSqlQuery old(store.database().connection());
            old.prepare(QStringLiteral("INSERT INTO llm_usage (session_id, time, provider, model, input_tokens, "
                                       "output_tokens, cost) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : QVariantList{record.sessionId, StoreSql::timeValue(record.time), record.provider,
                                                      record.model, record.inputTokens, record.outputTokens, record.cost})
                old.addBindValue(value);
            QVERIFY2(old.exec(), qPrintable(old.lastError().text()));
        }
        const int runs = random.bounded(3);
        for (int r = 0; r < runs; ++r) {
            UsageRecord run;
            run.sessionId = session.id;
            run.startTime = at = at.addSecs(random.bounded(7200));
            const bool current = store.database().schemaVersion() >= 8;
            if (current)
                QVERIFY(!store.recordUsage(run).isError());
            for (int reading = 0; reading < 3; ++reading) {
                run.cpuSeconds += random.bounded(30.0);
                run.memoryGbSeconds += random.bounded(10.0);
                run.actualCost = session.sandboxKind == SandboxKind::E2b ? run.cpuSeconds * 0.000014 : 0.0;
                if (current)
                    QVERIFY(!store.recordUsage(run).isError());
            }
            if (current)
                continue;
            // A history written before schema 8 has no sandbox_id: its last reading.
            QSqlQuery old(store.database().connection());
            old.prepare(QStringLiteral("INSERT INTO usage_metrics (session_id, start_time, cpu_seconds, "
                                       "memory_gb_seconds, actual_cost) VALUES (?, ?, ?, ?, ?)"));
            for (const QVariant &value : QVariantList{run.sessionId, StoreSql::timeValue(run.startTime), run.cpuSeconds,
                                                      run.memoryGbSeconds, run.actualCost})
                old.addBindValue(value);
            QVERIFY2(old.exec(), qPrintable(old.lastError().text()));
        }
    }
}

void TestCostSummary::compareTotals(const CostTotals &summary, const CostTotals &rows)
{
    // Counts are integers and must match exactly; dollars and seconds are
    // sums of doubles added in another order.
    QCOMPARE(summary.inputTokens, rows.inputTokens);
    QCOMPARE(summary.outputTokens, rows.outputTokens);
    QCOMPARE(summary.requests, rows.requests);
    QCOMPARE(summary.sandboxRuns, rows.sandboxRuns);
    QVERIFY2(qAbs(summary.llmCost - rows.llmCost) < 1e-9, qPrintable(QString::number(summary.llmCost - rows.llmCost)));
    QVERIFY(qAbs(summary.sandboxCost - rows.sandboxCost) < 1e-9);
    QVERIFY(qAbs(summary.cpuSeconds - rows.cpuSeconds) < 1e-6);
    QVERIFY(qAbs(summary.memoryGbSeconds - rows.memoryGbSeconds) < 1e-6);
}

void TestCostSummary::compareGroups(const QList<CostGroup> &summary, const QList<CostGroup> &rows)
{
    QCOMPARE(summary.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(summary.at(i).key, rows.at(i).key);
        compareTotals(summary.at(i).totals, rows.at(i).totals);
    }
}

void TestCostSummary::compareReports(Database &database, const CostPeriod &period)
{
    const CostTracker summaryTracker(database, CostTracker::Source::Summary);
    const CostTracker rowTracker(database, CostTracker::Source::Rows);
    QVERIFY(summaryTracker.usesSummary(period));
    QVERIFY(!rowTracker.usesSummary(period));
    CostReport fromSummary;
    CostReport fromRows;
    QVERIFY(!summaryTracker.report(period, 25, &fromSummary).isError());
    QVERIFY(!rowTracker.report(period, 25, &fromRows).isError());
    compareTotals(fromSummary.overall, fromRows.overall);
    compareGroups(fromSummary.byDay, fromRows.byDay);
    compareGroups(fromSummary.byMonth, fromRows.byMonth);
    compareGroups(fromSummary.byModel, fromRows.byModel);
    compareGroups(fromSummary.byProvider, fromRows.byProvider);
    compareGroups(fromSummary.bySandboxKind, fromRows.bySandboxKind);
    compareGroups(fromSummary.topSessions, fromRows.topSessions);
    QList<CostGroup> a;
    QList<CostGroup> b;
    QVERIFY(!summaryTracker.byModel(period, &a).isError());
    QVERIFY(!rowTracker.byModel(period, &b).isError());
    compareGroups(a, b);
    QVERIFY(!summaryTracker.byProvider(period, &a).isError());
    QVERIFY(!rowTracker.byProvider(period, &b).isError());
    compareGroups(a, b);
}

int TestCostSummary::summaryRows(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM cost_days) + (SELECT COUNT(*) FROM cost_session_days) "
                                   "+ (SELECT COUNT(*) FROM cost_kind_days)"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestCostSummary::summary_equalsRows_onARandomHistory()
{
    fillRandomly(m_fixture->store(), 300, 42);
    compareReports(m_fixture->database(), CostPeriod::month(QDate(2026, 10, 1)));
    compareReports(m_fixture->database(), CostPeriod::days(QDate(2026, 9, 1), QDate(2026, 11, 30)));
    compareReports(m_fixture->database(), CostPeriod::days(QDate(2026, 9, 14), QDate(2026, 9, 14)));
    compareReports(m_fixture->database(), CostPeriod::month(QDate(2027, 1, 1)));  // empty
}

void TestCostSummary::runUpdatedInPlace_countsOnceWithItsLastReading()
{
    const QString e2b = addSession(SandboxKind::E2b);
    UsageRecord run;
    run.sessionId = e2b;
    run.startTime = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    QVERIFY(!m_fixture->store().recordUsage(run).isError());
    for (const double cost : {0.25, 0.5, 0.75}) {
        run.actualCost = cost;
        run.cpuSeconds = cost * 100;
        QVERIFY(!m_fixture->store().recordUsage(run).isError());
    }
    CostTotals totals;
    const CostTracker tracker(m_fixture->database());
    QVERIFY(!tracker.overall(CostPeriod::month(QDate(2026, 11, 1)), &totals).isError());
    QCOMPARE(totals.sandboxRuns, 1);
    QCOMPARE(totals.sandboxCost, 0.75);
    QCOMPARE(totals.cpuSeconds, 75.0);
    // A reading that moves the run's start to another day moves its cost too.
    run.startTime = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!m_fixture->store().recordUsage(run).isError());
    QVERIFY(!tracker.overall(CostPeriod::month(QDate(2026, 11, 1)), &totals).isError());
    QCOMPARE(totals.sandboxRuns, 0);
    QCOMPARE(totals.total(), 0.0);
    QVERIFY(!tracker.overall(CostPeriod::month(QDate(2026, 12, 1)), &totals).isError());
    QCOMPARE(totals.sandboxCost, 0.75);
}

void TestCostSummary::deletedSession_leavesNoSummaryRows()
{
    fillRandomly(m_fixture->store(), 20, 7);
    QVERIFY(summaryRows(m_fixture->database()) > 0);
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM sessions")));
    QCOMPARE(summaryRows(m_fixture->database()), 0);
}

void TestCostSummary::migration_backFillsAnOlderHistory()
{
    // A history written by schema 3, before the summaries existed.
    const QString path = m_fixture->dataDir() + u"/old.db";
    QList<Migration> upToThree = builtinMigrations().mid(0, 3);
    {
        Database old(path, upToThree);
        QVERIFY(!old.open().isError());
        SessionStore store(old);
        fillRandomly(store, 200, 99);
    }
    Database upgraded(path, builtinMigrations());
    QVERIFY(!upgraded.open().isError());
    QCOMPARE(upgraded.schemaVersion(), upgraded.latestSchemaVersion());
    QVERIFY(summaryRows(upgraded) > 0);
    compareReports(upgraded, CostPeriod::days(QDate(2026, 9, 1), QDate(2026, 11, 30)));
    compareReports(upgraded, CostPeriod::month(QDate(2026, 10, 1)));
}

void TestCostSummary::partialDay_readsTheRows()
{
    const CostTracker tracker(m_fixture->database());
    const QDateTime noon(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(!tracker.usesSummary({noon.addDays(-1), noon}));
    QVERIFY(tracker.usesSummary(CostPeriod::month(QDate(2026, 11, 1))));
}

QTEST_GUILESS_MAIN(TestCostSummary)
#include "test_costsummary.moc"
