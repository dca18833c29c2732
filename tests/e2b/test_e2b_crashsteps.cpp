// SPDX-License-Identifier: MIT
#include "clie2b.h"
#include "common/paths.h"
#include "fakee2bserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include "../app/clirun.h"
#include "../app/crashchecks.h"
#include "fakellmserver.h"
#include "llmfixtures.h"

#include <csignal>

// The real `spawnai spawn "…" --interactive --sandbox e2b` against the
// in-test E2B server, SIGKILLed right after each status the journal records
// (app/crashtesthook.h), started again on the same data folder: the sweep
// ends the orphan, no sandbox is left on the server, the session ends, the
// history is whole and `redeploy` serves the app again (docs/store.md).
class TestE2bCrashSteps final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAfterEachStep_noSandboxIsLeftAndRedeployServesIt_data();
    void killedAfterEachStep_noSandboxIsLeftAndRedeployServesIt();

private:
    QTemporaryDir m_serverDir;
};

namespace {

const QString Page = QStringLiteral(
    "<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n</manifest>\n"
    "<file path=\"index.html\">\n<!doctype html><html><head><title>Crash</title></head><body>still here</body></html>\n"
    "</file>\n</app>\n");

FakeLlmServer::Response claudeAnswer()
{
    return FakeLlmServer::sse({Fixtures::messageStart(900, 0, 0), Fixtures::textStart(0), Fixtures::textDelta(0, Page),
                               Fixtures::blockStop(0), Fixtures::messageDelta("end_turn", R"({"output_tokens":300})"),
                               Fixtures::messageStop()});
}

QProcessEnvironment environment(const FakeE2bServer &server, const FakeLlmServer &claude, const QString &stopAfter = {})
{
    QProcessEnvironment environment = CliE2b::environment(server);
    environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test"));
    environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), claude.url().toString());
    // Claude is on 127.0.0.1; only the sandboxes' port URLs go through the server as a proxy.
    environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1"));
    if (!stopAfter.isEmpty())
        environment.insert(QStringLiteral("SPAWNAI_CRASH_TEST_STOP_AFTER"), stopAfter);
    return environment;
}

} // namespace

void TestE2bCrashSteps::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SPAWNAI_BINARY)), SPAWNAI_BINARY);
    // The server's sandboxes keep their state here, apart from the app's.
    QVERIFY(m_serverDir.isValid());
    Paths::setDataDirOverride(m_serverDir.path());
}

void TestE2bCrashSteps::killedAfterEachStep_noSandboxIsLeftAndRedeployServesIt_data()
{
    QTest::addColumn<QString>("step");
    for (const QString &step : CrashChecks::steps())
        QTest::newRow(qPrintable(step)) << step;
}

void TestE2bCrashSteps::killedAfterEachStep_noSandboxIsLeftAndRedeployServesIt()
{
    QFETCH(QString, step);
    FakeE2bServer server;
    QVERIFY(server.isListening());
    FakeLlmServer claude;
    claude.setResponder([](const FakeLlmServer::Request &) { return claudeAnswer(); });
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());

    QString id;
    qint64 pid = 0;
    CrashChecks::Snapshot before;
    {
        ForegroundRun run(dataDir.path());
        run.setEnvironment(environment(server, claude, step));
        run.start({QStringLiteral("spawn"), QStringLiteral("a page"), QStringLiteral("--interactive"), QStringLiteral("--sandbox"),
                   QStringLiteral("e2b"), QStringLiteral("--json")});
        pid = run.pid();
        if (step == u"updating") {
            WAIT_FOR_STATUS(run, "ready", 45000);
            run.type("say it louder\n");
        }
        // The server answers from this process's event loop, so wait by polling it.
        QTRY_VERIFY_WITH_TIMEOUT(CrashChecks::isStopped(pid) || !run.isRunning(), 45000);
        QVERIFY2(run.isRunning(), qPrintable(run.transcript()));
        before = CrashChecks::snapshot(dataDir.path());
        run.signal(SIGKILL);
        QVERIFY(run.waitForExit(10000));
        QCOMPARE(run.exitCode(), -1);
        id = run.sessionId();
    }
    // The orphan the next start has to find: it runs on, billed, on the server.
    if (CrashChecks::hasSandbox(step))
        QCOMPARE(server.liveSandboxCount(), 1);

    // The next start sweeps the account: the orphan (if one was made) is killed and the session ends.
    const CliResult list = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")}, 45000,
                                  environment(server, claude));
    QVERIFY2(list.exitCode == 0 && list.objects.size() == 1, qPrintable(list.text()));
    const QJsonObject session = list.objects.first();
    if (id.isEmpty())
        id = session.value(u"session").toString();
    QCOMPARE(session.value(u"session").toString(), id);
    QVERIFY2(CrashChecks::isTerminal(session.value(u"status").toString()), qPrintable(list.text()));
    QCOMPARE(server.liveSandboxCount(), 0);
    QStringList left = CrashChecks::leftovers(dataDir.path(), pid);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    QCOMPARE(CrashChecks::integrity(dataDir.path()), QStringLiteral("ok"));
    const QStringList lost = CrashChecks::lostRows(before, dataDir.path());
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u'\n')));

    // The app comes back: redeployed, or (none was saved) spawned again from the kept prompt.
    ForegroundRun redeploy(dataDir.path());
    redeploy.setEnvironment(environment(server, claude));
    if (CrashChecks::hasSavedApp(step)) {
        redeploy.start({QStringLiteral("redeploy"), id, QStringLiteral("--json")});
    } else {
        const CliResult refused = runCli(dataDir.path(), {QStringLiteral("redeploy"), id}, 45000, environment(server, claude));
        QVERIFY2(refused.exitCode != 0 && refused.text().contains(u"no stored app"), qPrintable(refused.text()));
        redeploy.start({QStringLiteral("spawn"), session.value(u"prompt").toString(), QStringLiteral("--sandbox"),
                        QStringLiteral("e2b"), QStringLiteral("--json")});
    }
    WAIT_FOR_STATUS(redeploy, "ready", 45000);
    QCOMPARE(server.liveSandboxCount(), 1);
    QCOMPARE(CrashChecks::httpStatus(redeploy.url(), QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.port())), 200);
    redeploy.signal(SIGTERM);
    QVERIFY(redeploy.waitForExit(20000));
    QCOMPARE(redeploy.exitCode(), 0);
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(CrashChecks::integrity(dataDir.path()), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestE2bCrashSteps)
#include "test_e2b_crashsteps.moc"
