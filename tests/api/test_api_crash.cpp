// SPDX-License-Identifier: MIT
#include "apitestclient.h"

#include <QTemporaryDir>
#include <QTest>

#include "../app/crashchecks.h"

#include <csignal>

// The local API host (`spawnai serve`) SIGKILLed while a session it started
// over REST deploys (the SPAWNAI_CRASH_TEST_STOP_AFTER hook stops it right
// after the journal records the step), then served again on the same data
// folder: the session has ended, nothing of it runs or stays, the history is
// whole, and a redeploy over REST serves the app again (docs/api.md, docs/store.md).
class TestApiCrash final : public QObject
{
    Q_OBJECT

private slots:
    void hostKilledMidDeploy_theNextHostEndsItAndRedeployServesIt_data();
    void hostKilledMidDeploy_theNextHostEndsItAndRedeployServesIt();
};

namespace {
QString onlySessionId(const QString &dataDir)
{
    QString id;
    CrashChecks::withHistory(dataDir, true, [&id](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT id FROM sessions")) && query.next())
            id = query.value(0).toString();
    });
    return id;
}

} // namespace

void TestApiCrash::hostKilledMidDeploy_theNextHostEndsItAndRedeployServesIt_data()
{
    QTest::addColumn<QString>("step");
    // After the answer to the POST has gone out: the steps a host runs on its own.
    QTest::newRow("deploying") << QStringLiteral("deploying");
    QTest::newRow("starting") << QStringLiteral("starting");
}

void TestApiCrash::hostKilledMidDeploy_theNextHostEndsItAndRedeployServesIt()
{
    QFETCH(QString, step);
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    qint64 pid = 0;
    QList<HostProcess> started;
    CrashChecks::Snapshot before;
    {
        ServeProcess host(dataDir.path());
        QVERIFY2(host.start({}, {{QStringLiteral("SPAWNAI_CRASH_TEST_STOP_AFTER"), step}}), qPrintable(host.transcript()));
        pid = host.pid();
        ApiTestClient client(host.url(), host.token());
        const ApiAnswer created = client.post(QStringLiteral("/api/v1/sessions"), {{QStringLiteral("template"), QStringLiteral("static-site")}});
        QVERIFY2(created.status == 201 || created.status == 202 || created.status == 200, created.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(CrashChecks::isStopped(pid), 30000);
        started = descendantsOf(pid);
        before = CrashChecks::snapshot(dataDir.path());
        host.signal(SIGKILL);
        QVERIFY(host.waitForExit(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(started).isEmpty(), qPrintable(stillAlive(started).join(u'\n')), 10000);
    }
    const QString id = onlySessionId(dataDir.path());
    QVERIFY(!id.isEmpty());

    ServeProcess next(dataDir.path());
    QVERIFY2(next.start(), qPrintable(next.transcript()));
    ApiTestClient client(next.url(), next.token());
    const QString path = QStringLiteral("/api/v1/sessions/") + id;
    const ApiAnswer after = client.get(path);
    QCOMPARE(after.status, 200);
    QVERIFY2(CrashChecks::isTerminal(after.json().value(u"status").toString()), after.body.constData());
    QStringList left = CrashChecks::leftovers(dataDir.path(), pid);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    QCOMPARE(CrashChecks::integrity(dataDir.path()), QStringLiteral("ok"));
    const QStringList lost = CrashChecks::lostRows(before, dataDir.path());
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u'\n')));

    QCOMPARE(client.post(path + QStringLiteral("/redeploy"), {}).status, 202);
    QJsonObject session;
    QTRY_VERIFY_WITH_TIMEOUT((session = client.get(path).json()).value(u"status").toString() == u"ready"
                                 || CrashChecks::isTerminal(session.value(u"status").toString()),
                             30000);
    QCOMPARE(session.value(u"status").toString(), QStringLiteral("ready"));
    QCOMPARE(CrashChecks::httpStatus(QUrl(session.value(u"url").toString())), 200);
    const QList<HostProcess> running = descendantsOf(next.pid());
    const qint64 nextPid = next.pid();
    next.signal(SIGTERM);
    QVERIFY(next.waitForExit(20000));
    QTRY_VERIFY2_WITH_TIMEOUT((left = CrashChecks::leftovers(dataDir.path(), nextPid, running)).isEmpty(),
                              qPrintable(left.join(u'\n')), 10000);
}

QTEST_GUILESS_MAIN(TestApiCrash)
#include "test_api_crash.moc"
