// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "billing/costtracker.h"
#include "session/sessionlog.h"
#include "store/sessionpurge.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>

// Delete with purge in the store: everything of the session goes but its
// anonymous cost rows, the month's spend does not move by a cent, and a
// purge that breaks half-way leaves the session whole.
class TestSessionPurge final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void purge_erasesTheSession_andTheMonthsSpendStaysExactly();
    void purge_ofALiveSession_isRefusedAndChangesNothing();
    void purge_brokenHalfWay_leavesEverything();
    void purge_ofAnUnknownSession_isAUserError();
    void purge_ofALargeSession_isOneShortWrite();
    void requestedPurge_cutShortByACrash_isCompletedOnceTheSessionEnded();

private:
    // A stopped session with everything a session has: a timeline, two
    // versions with files, a conversation, model requests, a sandbox run
    // with readings, and a log file.
    QString fullSession(const QString &prompt, SandboxKind kind);
    // Every cost row and summary, as text, to compare before and after.
    QStringList costTables();
    int rows(const QString &sql);

    std::unique_ptr<StoreFixture> m_fixture;
};

void TestSessionPurge::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->open());
}

void TestSessionPurge::cleanup()
{
    m_fixture.reset();
}

QString TestSessionPurge::fullSession(const QString &prompt, SandboxKind kind)
{
    SessionStore &store = m_fixture->store();
    Session session;
    session.prompt = prompt;
    session.appType = AppType::WebApp;
    session.sandboxKind = kind;
    session.provider = QStringLiteral("anthropic");
    session.model = QStringLiteral("claude-sonnet-5-5");
    if (store.createSession(session).isError())
        return {};
    const QString id = session.id;
    for (SessionStatus status : pathTo(SessionStatus::Stopped))
        store.transition(id, status, QStringLiteral("test"));
    store.appendEvent(id, EventKind::Step, QStringLiteral("write-files"));
    store.saveAppVersion(id, QStringLiteral("{}"), {{QStringLiteral("index.html"), "<h1>one</h1>", false}},
                         QStringLiteral("generated"));
    store.saveAppVersion(id, QStringLiteral("{}"), {{QStringLiteral("index.html"), "<h1>two</h1>", false}},
                         QStringLiteral("follow-up"));
    ConversationMessage message;
    message.sessionId = id;
    message.purpose = QStringLiteral("prompt");
    message.content = prompt;
    store.appendMessage(message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const double cost : {0.0125, 0.25}) {
        LlmUsageRecord request;
        request.sessionId = id;
        request.time = now;
        request.provider = QStringLiteral("anthropic");
        request.model = QStringLiteral("claude-sonnet-5-5");
        request.inputTokens = 1200;
        request.outputTokens = 900;
        request.cost = cost;
        request.purpose = QStringLiteral("prompt");
        store.recordLlmUsage(request);
    }
    UsageRecord run;
    run.sessionId = id;
    run.startTime = now.addSecs(-60);
    store.recordUsage(run);
    run.endTime = now;
    run.cpuSeconds = 12.5;
    run.actualCost = 0.0031;
    store.recordUsage(run);
    UsageSample sample;
    sample.sessionId = id;
    sample.usageId = run.id;
    sample.cpuSeconds = 12.5;
    store.recordSample(sample);
    SessionLog(id).append("npm install\nready\n");
    return id;
}

QStringList TestSessionPurge::costTables()
{
    QStringList dump;
    for (const char *table : {"llm_usage", "usage_metrics", "cost_days", "cost_session_days", "cost_kind_days"}) {
        QSqlQuery query(m_fixture->database().connection());
        if (!query.exec(u"SELECT * FROM " + QString::fromLatin1(table) + u" ORDER BY 1, 2"))
            return {};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            dump << QString::fromLatin1(table) + u": " + values.join(u'|');
        }
    }
    return dump;
}

int TestSessionPurge::rows(const QString &sql)
{
    QSqlQuery query(m_fixture->database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSessionPurge::purge_erasesTheSession_andTheMonthsSpendStaysExactly()
{
    const QString gone = fullSession(QStringLiteral("my secret diary app"), SandboxKind::E2b);
    const QString kept = fullSession(QStringLiteral("a timer"), SandboxKind::Local);
    QVERIFY(!gone.isEmpty() && !kept.isEmpty());
    const CostTracker tracker(m_fixture->database());
    const QDate today = QDate::currentDate();
    const QList<CostPeriod> periods{CostPeriod::month(today), CostPeriod::days(today, today),
                                    {QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addSecs(60)}};
    QList<CostTotals> before;
    for (const CostPeriod &period : periods) {
        CostTotals totals;
        QVERIFY(!tracker.overall(period, &totals).isError());
        before << totals;
    }
    QVERIFY(before.first().total() > 0.26);
    const QStringList tablesBefore = costTables();
    QVERIFY(QFile::exists(SessionLog::filePath(gone)));

    QSignalSpy deleted(&m_fixture->store(), &SessionStore::sessionDeleted);
    QVERIFY(!m_fixture->store().purgeSession(gone).isError());
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().first().toString(), gone);

    // Gone for every reader: the session, its timeline, versions, files,
    // conversation, readings and log.
    SessionStore &store = m_fixture->store();
    QVERIFY(!store.session(gone));
    QCOMPARE(store.sessionCount(), 1);
    QCOMPARE(store.sessions().size(), 1);
    QCOMPARE(store.sessions().first().id, kept);
    QVERIFY(store.events(gone).isEmpty());
    QVERIFY(store.appVersions(gone).isEmpty());
    QVERIFY(store.conversation(gone).isEmpty());
    QVERIFY(store.samples(gone).isEmpty());
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM app_files")), 2);  // the other session's
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE prompt LIKE '%diary%'")), 0);
    QVERIFY(!QFile::exists(SessionLog::filePath(gone)));
    SessionQuery search;
    search.promptSearch = QStringLiteral("diary");
    QCOMPARE(store.sessionCount(search), 0);

    // The costs: not a row, not a summary, not a cent moved.
    QCOMPARE(costTables(), tablesBefore);
    for (qsizetype i = 0; i < periods.size(); ++i) {
        CostTotals after;
        QVERIFY(!tracker.overall(periods.at(i), &after).isError());
        QCOMPARE(after.total(), before.at(i).total());
        QCOMPARE(after.llmCost, before.at(i).llmCost);
        QCOMPARE(after.sandboxCost, before.at(i).sandboxCost);
        QCOMPARE(after.requests, before.at(i).requests);
        QCOMPARE(after.sandboxRuns, before.at(i).sandboxRuns);
    }
    // The other session is whole, and a restart sees the same.
    QCOMPARE(store.appVersions(kept).size(), 2);
    QVERIFY(m_fixture->reopen());
    QVERIFY(!m_fixture->store().session(gone));
    QCOMPARE(costTables(), tablesBefore);
}

void TestSessionPurge::purge_ofALiveSession_isRefusedAndChangesNothing()
{
    SessionStore &store = m_fixture->store();
    Session session;
    session.prompt = QStringLiteral("a live app");
    session.appType = AppType::WebApp;
    QVERIFY(!store.createSession(session).isError());
    for (SessionStatus status : pathTo(SessionStatus::Ready))
        QVERIFY(!store.transition(session.id, status, QStringLiteral("test")).isError());
    const int events = int(store.events(session.id).size());
    QSignalSpy deleted(&store, &SessionStore::sessionDeleted);
    const SpawnError refused = store.purgeSession(session.id);
    QCOMPARE(refused.kind, ErrorKind::User);
    QVERIFY2(refused.message.contains(u"stop it"), qPrintable(refused.message));
    QCOMPARE(deleted.size(), 0);
    QCOMPARE(store.session(session.id)->prompt, QStringLiteral("a live app"));
    QCOMPARE(store.events(session.id).size(), events);
}

// A crash in the middle of the purge: the transaction is the unit, so a
// statement that fails after others succeeded leaves all of them undone.
void TestSessionPurge::purge_brokenHalfWay_leavesEverything()
{
    const QString id = fullSession(QStringLiteral("my secret diary app"), SandboxKind::Local);
    const QStringList tablesBefore = costTables();
    // Versions, files and the conversation are deleted before the
    // timeline; the timeline's deletion fails.
    QSqlQuery trigger(m_fixture->database().connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER break_purge BEFORE DELETE ON session_events "
                                        "BEGIN SELECT RAISE(ABORT, 'the disk went away'); END")));
    QSignalSpy deleted(&m_fixture->store(), &SessionStore::sessionDeleted);
    const SpawnError error = m_fixture->store().purgeSession(id);
    QVERIFY(error.isError());
    QCOMPARE(deleted.size(), 0);
    SessionStore &store = m_fixture->store();
    QVERIFY(store.session(id));
    QCOMPARE(store.session(id)->prompt, QStringLiteral("my secret diary app"));
    QCOMPARE(store.appVersions(id).size(), 2);
    QCOMPARE(store.appVersion(id, 2)->files.size(), 1);
    QCOMPARE(store.conversation(id).size(), 1);
    QVERIFY(!store.events(id).isEmpty());
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE purged_at IS NOT NULL")), 0);
    QVERIFY(QFile::exists(SessionLog::filePath(id)));
    QCOMPARE(costTables(), tablesBefore);

    // Once it can, the purge goes through.
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER break_purge")));
    QVERIFY(!store.purgeSession(id).isError());
    QVERIFY(!store.session(id));
    QCOMPARE(costTables(), tablesBefore);
}

void TestSessionPurge::purge_ofAnUnknownSession_isAUserError()
{
    QCOMPARE(m_fixture->store().purgeSession(QStringLiteral("no-such-session")).kind, ErrorKind::User);
}

// The window purges on its own thread, as every store write: a long-lived
// session (a thousand log lines in its timeline, 20 versions of 30 files,
// 200 turns) among 500 others must still be a short write.
void TestSessionPurge::purge_ofALargeSession_isOneShortWrite()
{
    // A history this size logs a line per move: the figure below would drown.
    QLoggingCategory::setFilterRules(QStringLiteral("spawnai.*.debug=false\nspawnai.*.info=false"));
    SessionStore &store = m_fixture->store();
    for (int i = 0; i < 500; ++i)
        QVERIFY(!fullSession(QStringLiteral("app %1").arg(i), SandboxKind::Local).isEmpty());
    const QString id = fullSession(QStringLiteral("a long-lived app"), SandboxKind::Local);
    for (int i = 0; i < 1000; ++i)
        store.appendEvent(id, EventKind::Log, QStringLiteral("line %1 of the app's output").arg(i));
    for (int v = 0; v < 20; ++v) {
        QList<AppFile> files;
        for (int f = 0; f < 30; ++f)
            files.append({QStringLiteral("src/file%1.js").arg(f), QByteArray(2048, 'x'), false});
        QVERIFY(store.saveAppVersion(id, QStringLiteral("{}"), files, QStringLiteral("follow-up")) > 0);
    }
    for (int i = 0; i < 200; ++i) {
        ConversationMessage message;
        message.sessionId = id;
        message.content = QString(4000, u'y');
        store.appendMessage(message);
    }
    const QStringList tablesBefore = costTables();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!store.purgeSession(id).isError());
    const qint64 ms = timer.elapsed();
    qInfo().noquote() << QStringLiteral("purged 1000+ events, 22 versions (600+ files), 201 turns in %1 ms").arg(ms);
    QLoggingCategory::setFilterRules({});
    QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
    QCOMPARE(costTables(), tablesBefore);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM app_files WHERE version_id NOT IN (SELECT id FROM app_versions)")), 0);
}

// Journal first: the purge is recorded before the run is stopped; a crash
// (or a Stop E2B does not confirm) between the two leaves it requested, and
// the next start completes it once the session has ended.
void TestSessionPurge::requestedPurge_cutShortByACrash_isCompletedOnceTheSessionEnded()
{
    const QString done = fullSession(QStringLiteral("already stopped"), SandboxKind::Local);
    SessionStore &store = m_fixture->store();
    Session live;
    live.prompt = QStringLiteral("my secret diary app");
    live.appType = AppType::WebApp;
    QVERIFY(!store.createSession(live).isError());
    for (SessionStatus status : pathTo(SessionStatus::Ready))
        QVERIFY(!store.transition(live.id, status, QStringLiteral("test")).isError());
    QVERIFY(!SessionPurge::request(m_fixture->database().connection(), live.id).isError());
    QCOMPARE(SessionPurge::request(m_fixture->database().connection(), QStringLiteral("nope")).kind, ErrorKind::User);
    const QStringList tablesBefore = costTables();
    // Still running: nothing is purged yet.
    QVERIFY(SessionPurge::completePending(&store).isEmpty());
    QVERIFY(store.session(live.id));

    // SpawnAI dies before the Stop ends; the next start reconciles, then completes.
    QVERIFY(m_fixture->reopen());
    QCOMPARE(m_fixture->store().reconcileAfterCrash(), QStringList{live.id});
    QCOMPARE(SessionPurge::completePending(&m_fixture->store()), QStringList{live.id});
    QVERIFY(!m_fixture->store().session(live.id));
    QVERIFY(m_fixture->store().session(done));  // never asked: kept
    QCOMPARE(costTables(), tablesBefore);
    QVERIFY(SessionPurge::completePending(&m_fixture->store()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionPurge)
#include "test_sessionpurge.moc"
