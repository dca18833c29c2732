// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include <QSignalSpy>

#include <functional>

class TestSessionStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void session_roundTripsAllFields();
    void createSession_fillsInIdAndTimes();
    void transitions_areJournaledInOrderWithDetails();
    void illegalTransition_isRefusedAndChangesNothing();
    void redeploy_fromTerminalStartsAgainFromQueued();
    void fail_storesTheErrorAndJournalsIt();
    void failedSession_cannotFailAgain();
    void terminalStatus_clearsTheAppUrl();
    void setters_storeValuesAndBumpUpdatedAt();
    void unknownSession_isAnErrorAndWritesNothing();
    void stepsAndLogLines_joinTheTimeline();
    void appendEvent_refusesTransitionKinds();
    void signals_arriveAfterTheChangeIsOnDisk();

private:
    SessionStore &store() { return m_fixture->store(); }

    std::unique_ptr<StoreFixture> m_fixture;
};

void TestSessionStore::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->open());
}

void TestSessionStore::cleanup()
{
    m_fixture.reset();
}

void TestSessionStore::session_roundTripsAllFields()
{
    Session session;
    session.id = Session::newId();
    session.prompt = QStringLiteral("Ein Kanban-Board für 3 Spalten — mit Emoji 🚀 and \"quotes\"");
    session.appType = AppType::Api;
    session.provider = QStringLiteral("anthropic");
    session.model = QStringLiteral("claude-sonnet-4");
    session.templateName = QStringLiteral("express-api");
    session.sandboxKind = SandboxKind::E2b;
    session.status = SessionStatus::Deploying;
    session.createdAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 125), Qt::UTC);
    session.updatedAt = QDateTime(QDate(2024, 3, 1), QTime(0, 0, 1, 7), Qt::UTC);
    // A local time: it must come back as the same instant.
    session.expiresAt = QDateTime(QDate(2024, 3, 1), QTime(2, 0, 1, 999), Qt::OffsetFromUTC, 3600);
    session.appUrl = QUrl(QStringLiteral("http://127.0.0.1:41234/app?q=a%20b#top"));
    session.sandboxId = QStringLiteral("sbx-42");
    session.error = SpawnError::api(QStringLiteral("Rate limited; try again in 30 s"), true);
    session.estimatedCost = 0.0123;
    session.actualCost = 1.0 / 3.0;

    const Session written = session;
    QVERIFY(!store().createSession(session).isError());
    compareSessions(session, written);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(m_fixture->reopen());
    const std::optional<Session> read = store().session(written.id);
    QVERIFY(read);
    compareSessions(*read, written);
}

void TestSessionStore::createSession_fillsInIdAndTimes()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Session session;
    session.prompt = QStringLiteral("A counter");
    QVERIFY(!store().createSession(session).isError());
    QVERIFY(!QUuid::fromString(session.id).isNull());
    QVERIFY(!session.id.startsWith(u'{'));
    QVERIFY(session.createdAt >= before.addMSecs(-1));
    QCOMPARE(session.updatedAt, session.createdAt);
    compareSessions(*store().session(session.id), session);

    const QList<SessionEvent> events = store().events(session.id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, EventKind::Created);
    QCOMPARE(statusName(events[0].toStatus), QStringLiteral("queued"));

    Session duplicate;
    duplicate.id = session.id;
    duplicate.prompt = QStringLiteral("Same id");
    QVERIFY(store().createSession(duplicate).isError());
    QCOMPARE(store().session(session.id)->prompt, QStringLiteral("A counter"));
}

void TestSessionStore::transitions_areJournaledInOrderWithDetails()
{
    const QString id = sessionIn(store(), SessionStatus::Queued);
    using S = SessionStatus;
    const QList<std::pair<S, QString>> steps{
        {S::Generating, QStringLiteral("asking claude-sonnet-4")},
        {S::Validating, QStringLiteral("12 files")},
        {S::Generating, QStringLiteral("repair round 1: package.json is not valid JSON")},
        {S::Validating, QStringLiteral("12 files")},
        {S::Provisioning, QStringLiteral("local sandbox")},
        {S::Deploying, QStringLiteral("writing 12 files")},
        {S::Starting, QStringLiteral("npm start")},
        {S::Ready, QStringLiteral("http://127.0.0.1:41234/")},
    };
    for (const auto &[to, detail] : steps)
        QVERIFY(!store().transition(id, to, detail).isError());

    QCOMPARE(store().session(id)->status, S::Ready);
    QVERIFY(m_fixture->reopen());
    const QList<SessionEvent> events = store().events(id);
    QCOMPARE(events.size(), steps.size() + 1);  // after "created"
    S from = S::Queued;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const SessionEvent &event = events[i + 1];
        QCOMPARE(event.kind, EventKind::Transition);
        QCOMPARE(statusName(event.fromStatus), sessionStatusToString(from));
        QCOMPARE(statusName(event.toStatus), sessionStatusToString(steps[i].first));
        QCOMPARE(event.detail, steps[i].second);
        QVERIFY(event.id > events[i].id);
        QVERIFY(event.time >= events[i].time);
        from = steps[i].first;
    }
    QCOMPARE(store().session(id)->updatedAt, events.constLast().time);
}

void TestSessionStore::illegalTransition_isRefusedAndChangesNothing()
{
    const QString id = sessionIn(store(), SessionStatus::Ready);
    QVERIFY(!store().setAppUrl(id, QUrl(QStringLiteral("http://127.0.0.1:4000/"))).isError());
    const Session before = *store().session(id);
    const QList<SessionEvent> eventsBefore = store().events(id);
    QSignalSpy changed(&store(), &SessionStore::sessionChanged);
    QSignalSpy appended(&store(), &SessionStore::eventAppended);

    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression(QStringLiteral("cannot move from ready to generating")));
    const SpawnError error = store().transition(id, SessionStatus::Generating, QStringLiteral("oops"));
    QVERIFY(error.isError());
    QCOMPARE(error.kind, ErrorKind::System);
    QVERIFY2(error.message.contains(u"ready") && error.message.contains(u"generating"),
             qPrintable(error.message));

    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression(QStringLiteral("cannot move from ready to ready")));
    QVERIFY(store().transition(id, SessionStatus::Ready, QStringLiteral("again")).isError());

    compareSessions(*store().session(id), before);
    compareEvents(store().events(id), eventsBefore);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(appended.count(), 0);
}

void TestSessionStore::redeploy_fromTerminalStartsAgainFromQueued()
{
    const QString id = sessionIn(store(), SessionStatus::Generating);
    QVERIFY(!store().fail(id, SpawnError::api(QStringLiteral("The model is overloaded"), true),
                          QStringLiteral("generating")).isError());
    QCOMPARE(store().session(id)->status, SessionStatus::Failed);

    QVERIFY(!store().transition(id, SessionStatus::Queued, QStringLiteral("redeploy")).isError());
    const Session redeployed = *store().session(id);
    QCOMPARE(redeployed.status, SessionStatus::Queued);
    QVERIFY(!redeployed.error.isError());
    QVERIFY(redeployed.error.message.isEmpty());
    // The old failure stays readable in the timeline.
    const QList<SessionEvent> events = store().events(id);
    QCOMPARE(statusName(events.constLast().fromStatus), QStringLiteral("failed"));
    QCOMPARE(events.constLast().detail, QStringLiteral("redeploy"));
    QVERIFY(events[events.size() - 2].detail.contains(u"The model is overloaded"));

    for (SessionStatus step : pathTo(SessionStatus::Ready))
        QVERIFY(!store().transition(id, step, {}).isError());
    QCOMPARE(store().session(id)->status, SessionStatus::Ready);
}

void TestSessionStore::fail_storesTheErrorAndJournalsIt()
{
    const QString id = sessionIn(store(), SessionStatus::Starting);
    const SpawnError why = SpawnError::resource(QStringLiteral("The app used more than 1 GiB of memory"));
    QVERIFY(!store().fail(id, why, QStringLiteral("starting the app")).isError());

    QVERIFY(m_fixture->reopen());
    const Session failed = *store().session(id);
    QCOMPARE(failed.status, SessionStatus::Failed);
    QCOMPARE(failed.error.kind, ErrorKind::Resource);
    QCOMPARE(failed.error.message, why.message);
    QCOMPARE(failed.error.retryable, false);
    const SessionEvent last = store().events(id).constLast();
    QCOMPARE(last.kind, EventKind::Transition);
    QCOMPARE(statusName(last.fromStatus), QStringLiteral("starting"));
    QCOMPARE(statusName(last.toStatus), QStringLiteral("failed"));
    QVERIFY(last.detail.contains(u"starting the app"));
}

void TestSessionStore::failedSession_cannotFailAgain()
{
    const QString id = sessionIn(store(), SessionStatus::Failed);
    const Session before = *store().session(id);
    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression(QStringLiteral("cannot move from failed to failed")));
    QVERIFY(store().fail(id, SpawnError::system(QStringLiteral("second")), {}).isError());
    compareSessions(*store().session(id), before);
}

void TestSessionStore::terminalStatus_clearsTheAppUrl()
{
    const QString id = sessionIn(store(), SessionStatus::Ready);
    QVERIFY(!store().setAppUrl(id, QUrl(QStringLiteral("http://127.0.0.1:4000/"))).isError());
    QVERIFY(!store().setSandboxId(id, QStringLiteral("local-7")).isError());
    QVERIFY(!store().transition(id, SessionStatus::Stopped, QStringLiteral("stopped by the user")).isError());
    const Session stopped = *store().session(id);
    QVERIFY(stopped.appUrl.isEmpty());
    QCOMPARE(stopped.sandboxId, QStringLiteral("local-7"));  // kept for the logs
}

void TestSessionStore::setters_storeValuesAndBumpUpdatedAt()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:4100/"));
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QList<std::function<SpawnError(const QString &)>> setters{
        [&](const QString &id) { return store().setAppUrl(id, url); },
        [&](const QString &id) { return store().setExpiresAt(id, expires); },
        [&](const QString &id) { return store().setSandboxId(id, QStringLiteral("e2b-abc")); },
        [&](const QString &id) { return store().setEstimatedCost(id, 0.25); },
        [&](const QString &id) { return store().setActualCost(id, 0.125); },
    };
    // One day-old session per setter, so each bump is visible on its own.
    for (const auto &set : setters) {
        Session session;
        session.prompt = QStringLiteral("A timer");
        session.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(!store().createSession(session).isError());
        QVERIFY(!set(session.id).isError());
        const Session read = *store().session(session.id);
        QVERIFY(read.updatedAt > session.updatedAt);
        QCOMPARE(read.createdAt, session.createdAt);
    }

    Session session;
    session.prompt = QStringLiteral("All at once");
    QVERIFY(!store().createSession(session).isError());
    for (const auto &set : setters)
        QVERIFY(!set(session.id).isError());
    QVERIFY(m_fixture->reopen());
    const Session read = *store().session(session.id);
    QCOMPARE(read.appUrl, url);
    QCOMPARE(read.expiresAt, expires);
    QCOMPARE(read.sandboxId, QStringLiteral("e2b-abc"));
    QCOMPARE(read.estimatedCost, 0.25);
    QCOMPARE(read.actualCost, 0.125);

    QVERIFY(!store().setAppUrl(session.id, QUrl()).isError());
    QVERIFY(store().session(session.id)->appUrl.isEmpty());
}

void TestSessionStore::unknownSession_isAnErrorAndWritesNothing()
{
    const QString ghost = Session::newId();
    QCOMPARE(store().transition(ghost, SessionStatus::Generating, {}).kind, ErrorKind::User);
    QCOMPARE(store().fail(ghost, SpawnError::system(QStringLiteral("x")), {}).kind, ErrorKind::User);
    QCOMPARE(store().setAppUrl(ghost, QUrl(QStringLiteral("http://x/"))).kind, ErrorKind::User);
    QCOMPARE(store().setActualCost(ghost, 1.0).kind, ErrorKind::User);
    QCOMPARE(store().appendEvent(ghost, EventKind::Log, QStringLiteral("line")).kind, ErrorKind::User);
    QVERIFY(!store().session(ghost));
    QVERIFY(store().events(ghost).isEmpty());
    QCOMPARE(store().sessionCount(), 0);
}

void TestSessionStore::stepsAndLogLines_joinTheTimeline()
{
    const QString id = sessionIn(store(), SessionStatus::Deploying);
    const QDateTime updated = store().session(id)->updatedAt;
    QVERIFY(!store().appendEvent(id, EventKind::Step, QStringLiteral("npm install")).isError());
    QVERIFY(!store().appendEvent(id, EventKind::Log, QStringLiteral("added 57 packages in 3s")).isError());
    QVERIFY(!store().transition(id, SessionStatus::Starting, QStringLiteral("npm start")).isError());
    QVERIFY(!store().appendEvent(id, EventKind::Log, QStringLiteral("listening on 3000")).isError());

    const QList<SessionEvent> events = store().events(id);
    const QList<SessionEvent> tail = events.mid(events.size() - 4);
    QCOMPARE(tail[0].kind, EventKind::Step);
    QCOMPARE(tail[0].detail, QStringLiteral("npm install"));
    QVERIFY(!tail[0].fromStatus && !tail[0].toStatus);
    QCOMPARE(tail[1].kind, EventKind::Log);
    QCOMPARE(tail[2].kind, EventKind::Transition);
    QCOMPARE(tail[3].detail, QStringLiteral("listening on 3000"));

    // A live view asks only for what is new.
    const QList<SessionEvent> newer = store().events(id, tail[1].id);
    QCOMPARE(newer.size(), 2);
    QCOMPARE(newer[0].id, tail[2].id);
    QVERIFY(store().session(id)->updatedAt >= updated);
}

void TestSessionStore::appendEvent_refusesTransitionKinds()
{
    const QString id = sessionIn(store(), SessionStatus::Generating);
    const QList<SessionEvent> before = store().events(id);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("transition event")));
    QVERIFY(store().appendEvent(id, EventKind::Transition, QStringLiteral("sneaky")).isError());
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("created event")));
    QVERIFY(store().appendEvent(id, EventKind::Created, QStringLiteral("sneaky")).isError());
    compareEvents(store().events(id), before);
}

void TestSessionStore::signals_arriveAfterTheChangeIsOnDisk()
{
    const QString id = sessionIn(store(), SessionStatus::Queued);
    // A second connection, as another process would have, sees only what is committed.
    Database observer;
    QVERIFY(!observer.open().isError());
    SessionStore other(observer);

    QStringList seenStatuses;
    QList<SessionEvent> seenEvents;
    connect(&store(), &SessionStore::sessionChanged, this, [&](const QString &changed) {
        QCOMPARE(changed, id);
        seenStatuses.append(sessionStatusToString(other.session(changed)->status));
    });
    connect(&store(), &SessionStore::eventAppended, this,
            [&](const QString &sessionId, const SessionEvent &event) {
                QCOMPARE(sessionId, id);
                seenEvents.append(event);
                QCOMPARE(other.events(sessionId).constLast().id, event.id);
            });

    QVERIFY(!store().transition(id, SessionStatus::Generating, QStringLiteral("go")).isError());
    QVERIFY(!store().appendEvent(id, EventKind::Log, QStringLiteral("thinking")).isError());
    QVERIFY(!store().setEstimatedCost(id, 0.02).isError());

    QCOMPARE(seenStatuses, QStringList({QStringLiteral("generating"), QStringLiteral("generating")}));
    QCOMPARE(seenEvents.size(), 2);
    QCOMPARE(statusName(seenEvents[0].toStatus), QStringLiteral("generating"));
    QCOMPARE(seenEvents[0].detail, QStringLiteral("go"));
    QCOMPARE(seenEvents[1].detail, QStringLiteral("thinking"));
    QCOMPARE(other.session(id)->estimatedCost, 0.02);
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "test_sessionstore.moc"
