// SPDX-License-Identifier: MIT
#include "sandbox/local/localsandboxprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "crashchecks.h"
#include "fakellmserver.h"
#include "llmfixtures.h"

#include <csignal>

// The real `spawnai spawn "…" --interactive` on a local sandbox, SIGKILLed
// right after each status the journal records (queued … ready, then
// updating for a follow-up), started again on the same data folder: every
// session ends, nothing of it runs or stays on disk, the history is whole
// and `redeploy` serves the app again (docs/store.md, "Crashes at every step").
class TestCliCrashSteps final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAfterEachStep_restartEndsItAndRedeployServesIt_data();
    void killedAfterEachStep_restartEndsItAndRedeployServesIt();
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

QProcessEnvironment talkingTo(const FakeLlmServer &claude, const QString &stopAfter = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test"));
    environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), claude.url().toString());
    environment.remove(QStringLiteral("E2B_API_KEY"));
    if (!stopAfter.isEmpty())
        environment.insert(QStringLiteral("SPAWNAI_CRASH_TEST_STOP_AFTER"), stopAfter);
    return environment;
}

} // namespace

void TestCliCrashSteps::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestCliCrashSteps::killedAfterEachStep_restartEndsItAndRedeployServesIt_data()
{
    QTest::addColumn<QString>("step");
    for (const QString &step : CrashChecks::steps())
        QTest::newRow(qPrintable(step)) << step;
}

void TestCliCrashSteps::killedAfterEachStep_restartEndsItAndRedeployServesIt()
{
    QFETCH(QString, step);
    FakeLlmServer claude;
    claude.setResponder([](const FakeLlmServer::Request &) { return claudeAnswer(); });
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());

    QString id;
    qint64 pid = 0;
    CrashChecks::Snapshot before;
    {
        ForegroundRun run(dataDir.path());
        run.setEnvironment(talkingTo(claude, step));
        run.start({QStringLiteral("spawn"), QStringLiteral("a page"), QStringLiteral("--interactive"), QStringLiteral("--json")});
        pid = run.pid();
        if (step == u"updating") {
            WAIT_FOR_STATUS(run, "ready", 30000);
            run.type("say it louder\n");
        }
        // The hook stops it right after the journal committed `step`.
        QTRY_VERIFY_WITH_TIMEOUT(CrashChecks::isStopped(pid) || !run.isRunning(), 30000);
        QVERIFY2(run.isRunning(), qPrintable(run.transcript()));
        const QList<HostProcess> started = descendantsOf(pid);
        before = CrashChecks::snapshot(dataDir.path());
        run.signal(SIGKILL);
        QVERIFY(run.waitForExit(10000));
        QCOMPARE(run.exitCode(), -1);
        id = run.sessionId();
        // The sandbox dies with its parent (bwrap --die-with-parent, slirp4netns --exit-fd).
        QTRY_VERIFY2_WITH_TIMEOUT(stillAlive(started).isEmpty(), qPrintable(stillAlive(started).join(u'\n')), 10000);
    }
    QVERIFY2(!id.isEmpty() || step == u"queued", "no session id was printed");
    // What the next start has to clean up: the folder of the sandbox the crash left.
    if (CrashChecks::hasSandbox(step))
        QVERIFY(!QDir(dataDir.path() + QStringLiteral("/sandboxes")).isEmpty(QDir::Dirs | QDir::NoDotAndDotDot));

    // The next start (any command) ends what the crash left live and cleans up after it.
    const CliResult list = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")}, 30000,
                                  talkingTo(claude));
    QVERIFY2(list.exitCode == 0 && list.objects.size() == 1, qPrintable(list.text()));
    const QJsonObject session = list.objects.first();
    if (id.isEmpty())
        id = session.value(u"session").toString();
    QCOMPARE(session.value(u"session").toString(), id);
    QVERIFY2(CrashChecks::isTerminal(session.value(u"status").toString()), qPrintable(list.text()));
    const QString why = session.value(u"error").toObject().value(u"message").toString();
    QVERIFY2(why.contains(CrashChecks::hasSavedApp(step) ? u"spawnai redeploy" : u"nothing to redeploy"), qPrintable(why));
    QStringList left = CrashChecks::leftovers(dataDir.path(), pid);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    QCOMPARE(CrashChecks::integrity(dataDir.path()), QStringLiteral("ok"));
    const QStringList lost = CrashChecks::lostRows(before, dataDir.path());
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u'\n')));

    // And the app comes back: redeployed, or (none was saved) spawned again from the kept prompt.
    ForegroundRun redeploy(dataDir.path());
    redeploy.setEnvironment(talkingTo(claude));
    if (CrashChecks::hasSavedApp(step)) {
        redeploy.start({QStringLiteral("redeploy"), id, QStringLiteral("--json")});
    } else {
        const CliResult refused = runCli(dataDir.path(), {QStringLiteral("redeploy"), id}, 30000, talkingTo(claude));
        QVERIFY2(refused.exitCode != 0 && refused.text().contains(u"no stored app"), qPrintable(refused.text()));
        QCOMPARE(session.value(u"prompt").toString(), QStringLiteral("a page"));
        redeploy.start({QStringLiteral("spawn"), session.value(u"prompt").toString(), QStringLiteral("--json")});
    }
    WAIT_FOR_STATUS(redeploy, "ready", 30000);
    QCOMPARE(CrashChecks::httpStatus(redeploy.url()), 200);
    const QList<HostProcess> running = descendantsOf(redeploy.pid());
    const qint64 redeployPid = redeploy.pid();
    redeploy.signal(SIGTERM);
    QVERIFY(redeploy.waitForExit(15000));
    QCOMPARE(redeploy.exitCode(), 0);
    QTRY_VERIFY2_WITH_TIMEOUT((left = CrashChecks::leftovers(dataDir.path(), redeployPid, running)).isEmpty(),
                              qPrintable(left.join(u'\n')), 10000);
    QCOMPARE(CrashChecks::integrity(dataDir.path()), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCliCrashSteps)
#include "test_cli_crashsteps.moc"
