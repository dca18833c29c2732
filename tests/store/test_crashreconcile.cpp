// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "store/sqlsandboxledger.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>

// What the history looks like when SpawnAI starts again after it ended
// without stopping its sessions.
class TestCrashReconcile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void liveSessions_endStoppedWithTheReason();
    void terminalSessions_areLeftAlone();
    void appVersions_surviveAndRedeployWorks();
    void cloudSandbox_andUnsavedApp_getTheirOwnWording();
    void cloudSandboxThatMayRun_keepsItsSessionLive_untilItIsGone();
    void secondRun_findsNothing();
    void realCrash_keepsEveryReturnedWriteAndIsReconciled();

private:
    SessionStore &store() { return m_fixture->store(); }
    // One local session in each status; live ones have a URL and a saved app.
    void populate();

    std::unique_ptr<StoreFixture> m_fixture;
    QMap<SessionStatus, QString> m_ids;
    QMap<QString, Session> m_before;
    QMap<QString, QList<SessionEvent>> m_eventsBefore;
};

namespace {
const QList<SessionStatus> AllStatuses{
    SessionStatus::Queued,   SessionStatus::Generating, SessionStatus::Validating,
    SessionStatus::Provisioning, SessionStatus::Deploying, SessionStatus::Starting,
    SessionStatus::Ready,    SessionStatus::Updating,   SessionStatus::Stopped,
    SessionStatus::Expired,  SessionStatus::Failed,     SessionStatus::Cancelled};
} // namespace

void TestCrashReconcile::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->open());
    m_ids.clear();
    m_before.clear();
    m_eventsBefore.clear();
}

void TestCrashReconcile::cleanup()
{
    m_fixture.reset();
}

void TestCrashReconcile::populate()
{
    for (SessionStatus status : AllStatuses) {
        const QString id = sessionIn(store(), status);
        QVERIFY(!id.isEmpty());
        QCOMPARE(store().saveAppVersion(id, QStringLiteral("{\"start\":\"npm start\"}"),
                                        {{QStringLiteral("index.js"), QByteArray("app()"), false}},
                                        QStringLiteral("generated")),
                 1);
        if (!isTerminal(status))
            QVERIFY(!store().setAppUrl(id, QUrl(QStringLiteral("http://127.0.0.1:4000/"))).isError());
        m_ids.insert(status, id);
        m_before.insert(id, *store().session(id));
        m_eventsBefore.insert(id, store().events(id));
    }
    // The process is gone: nothing was stopped, the next run opens the file anew.
    QVERIFY(m_fixture->reopen());
}

void TestCrashReconcile::liveSessions_endStoppedWithTheReason()
{
    populate();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy changed(&store(), &SessionStore::sessionChanged);
    const QStringList reconciled = store().reconcileAfterCrash();

    QSet<QString> expected;
    for (SessionStatus status : AllStatuses) {
        if (!isTerminal(status))
            expected.insert(m_ids.value(status));
    }
    QCOMPARE(QSet<QString>(reconciled.cbegin(), reconciled.cend()), expected);
    QCOMPARE(reconciled.size(), expected.size());
    QCOMPARE(changed.count(), expected.size());

    QVERIFY(m_fixture->reopen());
    for (SessionStatus status : AllStatuses) {
        if (isTerminal(status))
            continue;
        const QString id = m_ids.value(status);
        const Session session = *store().session(id);
        QCOMPARE(session.status, SessionStatus::Stopped);
        QCOMPARE(session.error.kind, ErrorKind::System);
        QVERIFY(session.error.retryable);
        QVERIFY2(session.error.message.contains(u"SpawnAI closed while this session was running"),
                 qPrintable(session.error.message));
        QVERIFY2(session.error.message.contains(u"local sandbox is gone"), qPrintable(session.error.message));
        QVERIFY2(session.error.message.contains(u"spawnai redeploy " + id), qPrintable(session.error.message));
        QVERIFY(session.appUrl.isEmpty());
        QVERIFY(session.updatedAt >= m_before.value(id).updatedAt);
        QCOMPARE(session.prompt, m_before.value(id).prompt);

        const QList<SessionEvent> events = store().events(id);
        QCOMPARE(events.size(), m_eventsBefore.value(id).size() + 1);
        const SessionEvent &last = events.constLast();
        QCOMPARE(last.kind, EventKind::Transition);
        QCOMPARE(statusName(last.fromStatus), sessionStatusToString(status));
        QCOMPARE(statusName(last.toStatus), QStringLiteral("stopped"));
        QCOMPARE(last.detail, session.error.message);
    }
}

void TestCrashReconcile::terminalSessions_areLeftAlone()
{
    populate();
    if (QTest::currentTestFailed())
        return;
    store().reconcileAfterCrash();
    for (SessionStatus status : AllStatuses) {
        if (!isTerminal(status))
            continue;
        const QString id = m_ids.value(status);
        compareSessions(*store().session(id), m_before.value(id));
        compareEvents(store().events(id), m_eventsBefore.value(id));
    }
}

void TestCrashReconcile::appVersions_surviveAndRedeployWorks()
{
    populate();
    if (QTest::currentTestFailed())
        return;
    store().reconcileAfterCrash();
    for (const QString &id : std::as_const(m_ids)) {
        const std::optional<AppVersion> version = store().latestAppVersion(id);
        QVERIFY(version);
        QCOMPARE(version->files.size(), 1);
        QCOMPARE(version->files[0].content, QByteArray("app()"));
    }
    const QString ready = m_ids.value(SessionStatus::Ready);
    QVERIFY(!store().transition(ready, SessionStatus::Queued, QStringLiteral("redeploy")).isError());
    QVERIFY(!store().session(ready)->error.isError());
}

void TestCrashReconcile::cloudSandbox_andUnsavedApp_getTheirOwnWording()
{
    Session cloud;
    cloud.sandboxKind = SandboxKind::E2b;
    const QString cloudId = sessionIn(store(), SessionStatus::Ready, cloud);
    QVERIFY(store().saveAppVersion(cloudId, QStringLiteral("{}"), {}, {}) > 0);
    const QString unsaved = sessionIn(store(), SessionStatus::Generating);
    QVERIFY(m_fixture->reopen());

    QCOMPARE(store().reconcileAfterCrash().size(), 2);
    const QString cloudReason = store().session(cloudId)->error.message;
    QVERIFY2(cloudReason.contains(u"e2b sandbox") && !cloudReason.contains(u"local"),
             qPrintable(cloudReason));
    QVERIFY2(cloudReason.contains(u"Its files are kept"), qPrintable(cloudReason));
    const QString unsavedReason = store().session(unsaved)->error.message;
    QVERIFY2(unsavedReason.contains(u"No app had been saved yet"), qPrintable(unsavedReason));
    QVERIFY2(unsavedReason.contains(u"nothing to redeploy") && unsavedReason.contains(u"spawnai show " + unsaved),
             qPrintable(unsavedReason));
}

// A crash leaves an E2B sandbox running (and billing): its session has not
// ended, and saying "stopped" or "ends at its own timeout" would be false.
// It is left to the sweep, which ends it once the sandbox is known gone.
void TestCrashReconcile::cloudSandboxThatMayRun_keepsItsSessionLive_untilItIsGone()
{
    Session cloud;
    cloud.sandboxKind = SandboxKind::E2b;
    const QString running = sessionIn(store(), SessionStatus::Deploying, cloud);
    const QString killing = sessionIn(store(), SessionStatus::Ready, cloud);
    const QString gone = sessionIn(store(), SessionStatus::Starting, cloud);
    QVERIFY(store().saveAppVersion(gone, QStringLiteral("{}"), {}, {}) > 0);
    {
        SqlSandboxLedger ledger(m_fixture->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto journal = [&](const QString &sandboxId, const QString &sessionId) {
            return ledger.recordCreated({QStringLiteral("e2b"), sandboxId, sessionId, now, now.addSecs(600)});
        };
        QVERIFY(!journal(QStringLiteral("i-running"), running).isError());
        QVERIFY(!journal(QStringLiteral("i-killing"), killing).isError());
        QVERIFY(!ledger.recordKillRequested(QStringLiteral("i-killing")).isError());
        QVERIFY(!journal(QStringLiteral("i-gone"), gone).isError());
        QVERIFY(!ledger.recordKilled(QStringLiteral("i-gone")).isError());
    }
    QVERIFY(m_fixture->reopen());

    QCOMPARE(store().reconcileAfterCrash(), QStringList{gone});
    QCOMPARE(store().session(running)->status, SessionStatus::Deploying);
    QCOMPARE(store().session(killing)->status, SessionStatus::Ready);
    const QString reason = store().session(gone)->error.message;
    QVERIFY2(reason.contains(u"its e2b sandbox is gone") && !reason.contains(u"own timeout"), qPrintable(reason));
    QVERIFY2(reason.contains(u"Its files are kept"), qPrintable(reason));
}

void TestCrashReconcile::secondRun_findsNothing()
{
    populate();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!store().reconcileAfterCrash().isEmpty());
    QVERIFY(m_fixture->reopen());
    QSignalSpy changed(&store(), &SessionStore::sessionChanged);
    QVERIFY(store().reconcileAfterCrash().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestCrashReconcile::realCrash_keepsEveryReturnedWriteAndIsReconciled()
{
    m_fixture->close();
    QProcess writer;
    writer.start(QStringLiteral(STORE_CRASHWRITER), {m_fixture->dataDir()});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    // The writer never closed its connection: the write-ahead log is still there.
    QVERIFY(QFile::exists(Paths::databaseFile() + u"-wal"));

    QMap<QString, SessionStatus> written;
    const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        QCOMPARE(parts.size(), 2);
        SessionStatus status = SessionStatus::Queued;
        QVERIFY(sessionStatusFromString(QString::fromUtf8(parts[0]), &status));
        written.insert(QString::fromUtf8(parts[1]), status);
    }
    QCOMPARE(written.size(), AllStatuses.size());

    QVERIFY(m_fixture->open());
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        QCOMPARE(store().session(it.key())->status, it.value());
    const QStringList reconciled = store().reconcileAfterCrash();
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const Session session = *store().session(it.key());
        QCOMPARE(reconciled.contains(it.key()), !isTerminal(it.value()));
        QCOMPARE(session.status, isTerminal(it.value()) ? it.value() : SessionStatus::Stopped);
        QVERIFY(store().latestAppVersion(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestCrashReconcile)
#include "test_crashreconcile.moc"
