// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "session/sessionlog.h"
#include "store/changefeed.h"
#include "store/logchangebatcher.h"
#include "store/sessionwatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <memory>

// Collects what the feed emits, checking as it goes that ids only grow and
// every session's seq goes up by one.
class FeedRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit FeedRecorder(ChangeFeed *feed)
    {
        connect(feed, &ChangeFeed::changed, this, &FeedRecorder::record);
    }
    void record(const SessionChange &change)
    {
        if (!changes.isEmpty() && change.id <= changes.constLast().id)
            problems << u"id " + QString::number(change.id) + u" after " + QString::number(changes.constLast().id);
        const qint64 expected = lastSeq.value(change.sessionId, change.seq - 1) + 1;
        if (change.seq != expected && lastSeq.contains(change.sessionId))
            problems << change.sessionId + u" seq " + QString::number(change.seq) + u" after "
                            + QString::number(expected - 1);
        lastSeq.insert(change.sessionId, change.seq);
        changes << change;
    }
    QList<SessionChange> changes;
    QHash<QString, qint64> lastSeq;
    QStringList problems;
};

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void inProcessWrite_isEmittedBeforeTheCallReturns();
    void sessionLife_isRecordedWithContiguousSeqAndTypes();
    void catchUpThenLive_hasNoGapAndNoDuplicate();
    void sessionCatchUp_readsAfterItsSeq();
    void otherConnectionWrite_isFoundByThePoll();
    void otherConnectionWrite_isFoundWithoutTheFileWatch();
    void twoWriterProcesses_feedSeesEveryChangeInOrder();
    void receiverThatWrites_getsItsChangeAfterTheCurrentOne();
    void withoutListener_timerDoesNotRun();
    void logOutput_isCoalescedAndWrittenBeforeTheNextMove();
    void retention_keepsEachSessionsNewestChangeAndStatus();
    void deletedHook_isTheSessionsLastChange();
    void watcher_bringsEventsOfAnotherConnection();
    void manyListenersDestroyed_neverHang();

private:
    QList<SessionChange> all(qint64 afterId = 0);
    std::unique_ptr<StoreFixture> m_fixture;
};

void TestChangeFeed::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->open());
}

void TestChangeFeed::cleanup()
{
    m_fixture.reset();
}

QList<SessionChange> TestChangeFeed::all(qint64 afterId)
{
    ChangeQuery query;
    query.afterId = afterId;
    query.limit = 100000;
    return ChangeTable::list(m_fixture->database().connection(), query).changes;
}

void TestChangeFeed::inProcessWrite_isEmittedBeforeTheCallReturns()
{
    FeedRecorder recorder(m_fixture->store().feed());
    QVERIFY(m_fixture->store().feed()->isListening());
    Session session;
    session.prompt = QStringLiteral("a clock");
    QVERIFY(!m_fixture->store().createSession(session).isError());
    QCOMPARE(recorder.changes.size(), 1);
    QCOMPARE(recorder.changes.constFirst().type, ChangeType::Created);
    QCOMPARE(recorder.changes.constFirst().seq, 1);
    QVERIFY(!m_fixture->store().transition(session.id, SessionStatus::Provisioning, QStringLiteral("go")).isError());
    QCOMPARE(recorder.changes.size(), 2);
    QCOMPARE(recorder.changes.constLast().type, ChangeType::Status);
    QCOMPARE(recorder.changes.constLast().payload.value(u"status").toString(), QStringLiteral("provisioning"));
    QCOMPARE(recorder.changes.constLast().payload.value(u"message").toString(), QStringLiteral("go"));
    QCOMPARE(m_fixture->store().feed()->position(), recorder.changes.constLast().id);
}

void TestChangeFeed::sessionLife_isRecordedWithContiguousSeqAndTypes()
{
    SessionStore &store = m_fixture->store();
    const QString id = sessionIn(store, SessionStatus::Deploying);
    QVERIFY(!id.isEmpty());
    QVERIFY(!store.appendEvent(id, EventKind::Step, QStringLiteral("installing")).isError());
    QCOMPARE(store.saveAppVersion(id, QStringLiteral("{}"), {{QStringLiteral("index.html"), "<p>", false}}, {}), 1);
    QVERIFY(!store.setAppUrl(id, QUrl(QStringLiteral("http://127.0.0.1:5000/"))).isError());
    QVERIFY(!store.setActualCost(id, 0.25).isError());
    QVERIFY(!store.fail(id, SpawnError::resource(QStringLiteral("out of memory")), QStringLiteral("the app")).isError());

    const QList<SessionChange> changes = all();
    QStringList types;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QCOMPARE(changes[i].sessionId, id);
        QCOMPARE(changes[i].seq, i + 1);
        types << changeTypeToString(changes[i].type);
    }
    QCOMPARE(types, (QStringList{QStringLiteral("session.created"), QStringLiteral("session.status"), QStringLiteral("session.status"),
                                 QStringLiteral("session.status"), QStringLiteral("session.status"), QStringLiteral("session.step"),
                                 QStringLiteral("session.step"), QStringLiteral("session.file"), QStringLiteral("session.status"),
                                 QStringLiteral("session.cost"), QStringLiteral("session.status"), QStringLiteral("session.error")}));
    QCOMPARE(changes[8].payload.value(u"appUrl").toString(), QStringLiteral("http://127.0.0.1:5000/"));
    QCOMPARE(changes[9].payload.value(u"actualCost").toDouble(), 0.25);
    QCOMPARE(changes[7].payload.value(u"files").toArray().first().toString(), QStringLiteral("index.html"));
    const QJsonObject error = changes[11].payload.value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), QStringLiteral("resource"));
    QCOMPARE(error.value(u"message").toString(), QStringLiteral("out of memory"));
    QCOMPARE(error.value(u"recoverable").toBool(), false);
    QCOMPARE(changes[10].payload.value(u"status").toString(), QStringLiteral("failed"));
    QVERIFY(changes[10].payload.value(u"appUrl").isNull());
}

void TestChangeFeed::catchUpThenLive_hasNoGapAndNoDuplicate()
{
    SessionStore &store = m_fixture->store();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!sessionIn(store, SessionStatus::Ready).isEmpty());
    const qint64 clientSaw = all().at(4).id;

    // Another connection writes after the feed started listening, and before
    // it looked: catch-up stops at position(), the rest comes live.
    FeedRecorder live(store.feed());
    const qint64 position = store.feed()->position();
    Database other(Paths::databaseFile(), builtinMigrations());
    QVERIFY(!other.open().isError());
    SessionStore otherStore(other);
    QVERIFY(!sessionIn(otherStore, SessionStatus::Ready).isEmpty());

    ChangeQuery query;
    query.afterId = clientSaw;
    query.limit = 4;
    QList<SessionChange> seen;
    for (;;) {
        const ChangePage page = store.feed()->changes(query);
        QVERIFY(!page.gap);
        seen << page.changes;
        if (!page.more)
            break;
        query.afterId = page.changes.constLast().id;
    }
    QCOMPARE(seen.constLast().id, position);
    QTRY_VERIFY(!live.changes.isEmpty() && live.changes.constLast().payload.value(u"status").toString() == u"ready");
    seen << live.changes;
    const QList<SessionChange> expected = all(clientSaw);
    QCOMPARE(seen.size(), expected.size());
    for (qsizetype i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i].id, expected[i].id);
    QVERIFY2(live.problems.isEmpty(), qPrintable(live.problems.join(u"; ")));
}

void TestChangeFeed::sessionCatchUp_readsAfterItsSeq()
{
    SessionStore &store = m_fixture->store();
    const QString first = sessionIn(store, SessionStatus::Ready);
    const QString second = sessionIn(store, SessionStatus::Starting);
    QVERIFY(!store.transition(first, SessionStatus::Stopped, {}).isError());
    ChangeQuery query;
    query.sessionId = first;
    query.afterSeq = 3;
    const ChangePage page = store.feed()->changes(query);
    QVERIFY(!page.gap);
    QCOMPARE(page.changes.size(), 5);  // provisioning .. ready (3 of 6 moves) and stopped
    for (qsizetype i = 0; i < page.changes.size(); ++i) {
        QCOMPARE(page.changes[i].sessionId, first);
        QCOMPARE(page.changes[i].seq, 4 + i);
    }
    QCOMPARE(page.changes.constLast().payload.value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY(!second.isEmpty());
}

void TestChangeFeed::otherConnectionWrite_isFoundByThePoll()
{
    FeedRecorder recorder(m_fixture->store().feed());
    QVERIFY(m_fixture->store().feed()->isWatchingFile());
    Database other(Paths::databaseFile(), builtinMigrations());
    QVERIFY(!other.open().isError());
    SessionStore otherStore(other);
    Session session;
    session.prompt = QStringLiteral("from elsewhere");
    QVERIFY(!otherStore.createSession(session).isError());
    QVERIFY(recorder.changes.isEmpty());  // the other store's signal is not this feed's
    // The WAL's watch wakes the feed well before its fallback tick.
    QTRY_COMPARE_WITH_TIMEOUT(recorder.changes.size(), 1, 500);
    QCOMPARE(recorder.changes.constFirst().sessionId, session.id);
}

void TestChangeFeed::otherConnectionWrite_isFoundWithoutTheFileWatch()
{
    ChangeFeed *feed = m_fixture->store().feed();
    feed->setPollInterval(std::chrono::milliseconds(20), false);
    FeedRecorder recorder(feed);
    QVERIFY(!feed->isWatchingFile());
    Database other(Paths::databaseFile(), builtinMigrations());
    QVERIFY(!other.open().isError());
    SessionStore otherStore(other);
    QVERIFY(!sessionIn(otherStore, SessionStatus::Provisioning).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.changes.size(), 4, 1000);  // created and 3 moves
    QVERIFY(recorder.problems.isEmpty());
}

void TestChangeFeed::twoWriterProcesses_feedSeesEveryChangeInOrder()
{
    FeedRecorder recorder(m_fixture->store().feed());
    const qint64 start = m_fixture->store().feed()->position();
    QList<QProcess *> writers;
    for (int i = 0; i < 2; ++i) {
        auto *writer = new QProcess(this);
        writer->start(QStringLiteral(STORE_CHANGEWRITER),
                      {m_fixture->dataDir(), QStringLiteral("15"), QStringLiteral("4"), QStringLiteral("--wait")});
        QVERIFY(writer->waitForStarted());
        writers << writer;
    }
    // Both start writing at once, while this one also writes.
    for (QProcess *writer : std::as_const(writers))
        writer->write("go\n");
    for (int i = 0; i < 5; ++i)
        QVERIFY(!sessionIn(m_fixture->store(), SessionStatus::Ready).isEmpty());
    for (QProcess *writer : std::as_const(writers)) {
        QTRY_COMPARE_WITH_TIMEOUT(writer->state(), QProcess::NotRunning, 60000);
        QCOMPARE(writer->exitCode(), 0);
    }
    // 35 sessions: created, 4 steps, 6 moves to ready (this process's: no steps).
    const int expected = 30 * 11 + 5 * 7;
    QTRY_COMPARE_WITH_TIMEOUT(recorder.changes.size(), expected, 5000);
    QVERIFY2(recorder.problems.isEmpty(), qPrintable(recorder.problems.join(u"; ")));
    const QList<SessionChange> stored = all(start);
    QCOMPARE(stored.size(), expected);
    QCOMPARE(stored.constLast().id - stored.constFirst().id + 1, qint64(expected));  // no hole
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(recorder.changes[i].id, stored[i].id);
    for (auto it = recorder.lastSeq.cbegin(); it != recorder.lastSeq.cend(); ++it)
        QVERIFY(it.value() == 11 || it.value() == 7);
}

void TestChangeFeed::receiverThatWrites_getsItsChangeAfterTheCurrentOne()
{
    SessionStore &store = m_fixture->store();
    Session session;
    session.prompt = QStringLiteral("echo");
    QVERIFY(!store.createSession(session).isError());
    QList<qint64> seqs;
    QObject context;
    connect(store.feed(), &ChangeFeed::changed, &context, [&](const SessionChange &change) {
        seqs << change.seq;
        if (change.type == ChangeType::Status && seqs.size() < 3)
            QVERIFY(!store.appendEvent(session.id, EventKind::Step, QStringLiteral("seen")).isError());
    });
    FeedRecorder recorder(store.feed());
    QVERIFY(!store.transition(session.id, SessionStatus::Provisioning, {}).isError());
    QCOMPARE(seqs, (QList<qint64>{2, 3}));
    QCOMPARE(recorder.changes.size(), 2);
    QVERIFY(recorder.problems.isEmpty());
}

void TestChangeFeed::withoutListener_timerDoesNotRun()
{
    ChangeFeed *feed = m_fixture->store().feed();
    QVERIFY(!feed->isListening());
    QCOMPARE(feed->position(), -1);
    {
        FeedRecorder recorder(feed);
        QVERIFY(feed->isListening());
        QVERIFY(feed->findChild<QTimer *>()->isActive());
    }
    QTRY_VERIFY(!feed->isListening());
    QVERIFY(!feed->findChild<QTimer *>()->isActive());
    QVERIFY(!feed->isWatchingFile());
    QCOMPARE(feed->position(), -1);
}

void TestChangeFeed::logOutput_isCoalescedAndWrittenBeforeTheNextMove()
{
    SessionStore &store = m_fixture->store();
    const QString id = sessionIn(store, SessionStatus::Starting);
    FeedRecorder recorder(store.feed());
    SessionLog log(id, store.logWriter(id));
    for (int i = 0; i < 1000; ++i)
        log.append("a line of a chatty app\n");
    QVERIFY(recorder.changes.isEmpty());
    QTRY_COMPARE(recorder.changes.size(), 1);
    const SessionChange first = recorder.changes.constFirst();
    QCOMPARE(first.type, ChangeType::Log);
    QCOMPARE(first.payload.value(u"from").toInteger(), 0);
    QCOMPARE(first.payload.value(u"to").toInteger(), 23000);
    QCOMPARE(SessionLog::range(id, 0, 23), QByteArray("a line of a chatty app\n"));

    log.append("last words\n");
    QVERIFY(!store.transition(id, SessionStatus::Failed, QStringLiteral("exited")).isError());
    QCOMPARE(recorder.changes.size(), 3);
    QCOMPARE(recorder.changes[1].type, ChangeType::Log);
    QCOMPARE(recorder.changes[1].payload.value(u"from").toInteger(), 23000);
    QCOMPARE(recorder.changes[2].type, ChangeType::Status);
}

void TestChangeFeed::retention_keepsEachSessionsNewestChangeAndStatus()
{
    SessionStore &store = m_fixture->store();
    const QString old = sessionIn(store, SessionStatus::Ready);
    QVERIFY(!store.appendEvent(old, EventKind::Step, QStringLiteral("later")).isError());
    const QString recent = sessionIn(store, SessionStatus::Ready);
    QSqlQuery age(m_fixture->database().connection());
    QVERIFY(age.prepare(QStringLiteral("UPDATE session_changes SET at = '2020-01-01T00:00:00.000Z' WHERE session_id = ?")));
    age.addBindValue(old);
    QVERIFY(age.exec());

    QCOMPARE(store.feed()->prune(), 6);  // created and the moves before ready; the step is the newest
    ChangeQuery query;
    query.sessionId = old;
    const ChangePage kept = store.feed()->changes(query);
    QCOMPARE(kept.changes.size(), 2);
    QVERIFY(kept.gap);
    QCOMPARE(kept.changes[0].payload.value(u"status").toString(), QStringLiteral("ready"));
    QCOMPARE(kept.changes[1].type, ChangeType::Step);
    query.sessionId = recent;
    QCOMPARE(store.feed()->changes(query).changes.size(), 7);

    // By count: only each session's newest change and newest status remain.
    ChangeTable::Retention byCount;
    byCount.maxRows = 0;
    QCOMPARE(ChangeTable::prune(m_fixture->database().connection(), QDateTime::currentDateTimeUtc(), byCount), 6);
    QCOMPARE(all().size(), 3);
    // The next seq continues after the newest.
    QVERIFY(!store.transition(old, SessionStatus::Stopped, {}).isError());
    QCOMPARE(all().constLast().seq, 9);
}

void TestChangeFeed::deletedHook_isTheSessionsLastChange()
{
    SessionStore &store = m_fixture->store();
    const QString id = sessionIn(store, SessionStatus::Stopped);
    FeedRecorder recorder(store.feed());
    const QSqlDatabase db = m_fixture->database().connection();
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSqlError error;
    QVERIFY(SessionStore::recordDeleted(db, id, true, error));
    QSqlQuery remove(db);
    QVERIFY(remove.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?")));
    remove.addBindValue(id);
    QVERIFY(remove.exec());
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("COMMIT")));
    store.announceChangesWritten();
    QCOMPARE(recorder.changes.size(), 1);
    QCOMPARE(recorder.changes.constFirst().type, ChangeType::Deleted);
    QCOMPARE(recorder.changes.constFirst().seq, 9);
    QCOMPARE(recorder.changes.constFirst().payload.value(u"purged").toBool(), true);
    // Purged: what the session's changes said went with it.
    ChangeQuery query;
    query.sessionId = id;
    const ChangePage left = store.feed()->changes(query);
    QCOMPARE(left.changes.size(), 1);
    QCOMPARE(left.changes.constFirst().type, ChangeType::Deleted);
    QVERIFY(left.gap);
}

void TestChangeFeed::watcher_bringsEventsOfAnotherConnection()
{
    SessionStore &store = m_fixture->store();
    const QString id = sessionIn(store, SessionStatus::Deploying);
    SessionWatcher watcher(&store);
    watcher.setSessionId(id);
    QSignalSpy events(&watcher, &SessionWatcher::eventAppended);
    QSignalSpy changed(&watcher, &SessionWatcher::sessionChanged);
    Database other(Paths::databaseFile(), builtinMigrations());
    QVERIFY(!other.open().isError());
    SessionStore otherStore(other);
    QVERIFY(!otherStore.appendEvent(id, EventKind::Step, QStringLiteral("from the other")).isError());
    QVERIFY(!otherStore.transition(id, SessionStatus::Starting, QStringLiteral("starting")).isError());
    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events.at(0).at(1).value<SessionEvent>().detail, QStringLiteral("from the other"));
    QCOMPARE(events.at(1).at(1).value<SessionEvent>().detail, QStringLiteral("starting"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), id);
}

void TestChangeFeed::manyListenersDestroyed_neverHang()
{
    // A receiver destroyed while connected has Qt call disconnectNotify()
    // with the receiver's mutex of Qt's pool held; the feed must not take
    // its own there, which for about one receiver in a hundred is the same
    // (a window hung closing a session view). A thousand receivers at
    // distinct addresses meet that case almost surely.
    ChangeFeed *feed = m_fixture->store().feed();
    std::vector<std::unique_ptr<QObject>> receivers;
    for (int i = 0; i < 1000; ++i) {
        receivers.push_back(std::make_unique<QObject>());
        connect(feed, &ChangeFeed::changed, receivers.back().get(), [] {});
    }
    QVERIFY(feed->isListening());
    receivers.clear();
    QTRY_VERIFY(!feed->isListening());
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "test_changefeed.moc"
