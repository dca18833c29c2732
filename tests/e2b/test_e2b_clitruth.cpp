// SPDX-License-Identifier: MIT
#include "../api/apitestclient.h"
#include "../app/clirun.h"
#include "clie2b.h"
#include "cloudworkflow.h"
#include "common/installid.h"
#include "common/paths.h"
#include "common/pendingoperation.h"
#include "fakee2bserver.h"
#include "secrets/keychainsecretstore.h"
#include "store/sessionstore.h"
#include "workflow/cloudsandboxes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// What the real `spawnai` says about E2B sandboxes that outlived the
// process that made them must be true, against the in-test E2B server:
// with the key only in the keychain the command line still finds and ends
// them; without any way to the key it says so and marks nothing ended; a
// Stop that E2B does not confirm says the sandbox still runs and exits 5; a
// sandbox kept running while the window was closed is billed for all the
// time it ran.
class TestE2bCliTruth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyOnlyInTheKeychain_listEndsTheOrphan();
    void noKeychain_listSaysSo_andTheSessionStaysAsItWas();
    void stopWhileE2bRefusesTheKill_saysItStillRuns_andExits5();
    void stopThroughTheHost_whileE2bRefusesTheKill_waits15s_andExits5();
    void keptSandbox_listThenStop_billsTheWholeTimeItRan();

private:
    QTemporaryDir m_serverDir;
};

namespace {
using namespace CliE2b;

constexpr int ExitStillRunning = 5;

bool keychainReachable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

template <typename Op>
bool finishes(Op *operation, int ms = 20000)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(ms);
}

QString errorMessage(const QString &dataDir, const QString &sessionId)
{
    return row(dataDir, QStringLiteral("SELECT error_message FROM sessions WHERE id = ?"), {sessionId})
        .value(0)
        .toString();
}

double realSeconds(const Orphan &orphan, const FakeE2bServer &server)
{
    return double(orphan.created.msecsTo(deleteTime(server, orphan.sandboxId))) / 1000.0;
}
} // namespace

void TestE2bCliTruth::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SPAWNAI_BINARY)), SPAWNAI_BINARY);
    // The server's local sandboxes keep their state here, apart from the app's.
    QVERIFY(m_serverDir.isValid());
    Paths::setDataDirOverride(m_serverDir.path());
}

void TestE2bCliTruth::keyOnlyInTheKeychain_listEndsTheOrphan()
{
    if (!keychainReachable())
        QSKIP("No D-Bus session: packaging/test.sh runs this with a keyring");
    FakeE2bServer server;
    QTemporaryDir dataDir;
    // A keychain service of the test's own, so no user's key is touched.
    const QString service = u"SpawnAI-test-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore keychain(service);
    PendingOperation *write = keychain.write(QString::fromLatin1(SecretNames::E2b), QString::fromLatin1(server.apiKey()));
    QVERIFY(finishes(write));
    QVERIFY2(write->succeeded(), qPrintable(write->error().message));

    const Orphan orphan = crashedSpawn(server, dataDir.path(), environment(server));
    QVERIFY(!orphan.sandboxId.isEmpty() && !orphan.sessionId.isEmpty());
    QCOMPARE(ledgerState(dataDir.path(), orphan.sandboxId), QStringLiteral("live"));

    // E2B_API_KEY is not set: the key is only in the keychain, as the
    // window's Settings keep it.
    QProcessEnvironment keychainOnly = environment(server, false);
    keychainOnly.insert(QStringLiteral("SPAWNAI_KEYCHAIN_SERVICE"), service);
    const CliResult list = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")}, 30000, keychainOnly);
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    QVERIFY2(receivedDelete(server, orphan.sandboxId), qPrintable(list.text()));
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(ledgerState(dataDir.path(), orphan.sandboxId), QStringLiteral("killed"));
    QCOMPARE(list.objects.size(), 1);
    QCOMPARE(list.objects.constFirst().value(u"status").toString(), QStringLiteral("stopped"));
    // Billed for as long as it ran.
    const Run billed = run(dataDir.path(), orphan.sessionId);
    const double ran = realSeconds(orphan, server);
    qInfo().noquote() << billed.describe(ran);
    QVERIFY2(billed.end.isValid() && qAbs(billed.cpuSeconds / 2.0 - ran) < 0.5, qPrintable(billed.describe(ran)));

    QVERIFY(finishes(keychain.remove(QString::fromLatin1(SecretNames::E2b))));
}

void TestE2bCliTruth::noKeychain_listSaysSo_andTheSessionStaysAsItWas()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    const Orphan orphan = crashedSpawn(server, dataDir.path(), environment(server));
    QVERIFY(!orphan.sandboxId.isEmpty() && !orphan.sessionId.isEmpty());
    const QString leftAs = sessionStatus(dataDir.path(), orphan.sessionId);
    QVERIFY(!leftAs.isEmpty());

    // No E2B_API_KEY and no keychain to ask (no D-Bus session, no display
    // to start one from).
    QProcessEnvironment nowhere = environment(server, false);
    nowhere.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/spawnai-test-bus"));
    nowhere.remove(QStringLiteral("DISPLAY"));
    nowhere.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QElapsedTimer clock;
    clock.start();
    const CliResult list = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")}, 30000, nowhere);
    qInfo() << "list without a keychain took" << clock.elapsed() << "ms";
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    qInfo().noquote() << list.err.trimmed();
    QVERIFY2(QString::fromUtf8(list.err).contains(u"no keychain is reachable"_s, Qt::CaseInsensitive),
             qPrintable(list.text()));
    QVERIFY2(QString::fromUtf8(list.err).contains(u"E2B_API_KEY"_s), qPrintable(list.text()));
    // Nothing is known about the sandbox, so nothing is said to have ended.
    QCOMPARE(list.objects.size(), 1);
    QCOMPARE(list.objects.constFirst().value(u"status").toString(), leftAs);
    QCOMPARE(sessionStatus(dataDir.path(), orphan.sessionId), leftAs);
    QCOMPARE(ledgerState(dataDir.path(), orphan.sandboxId), QStringLiteral("live"));
    QCOMPARE(server.liveSandboxCount(), 1);
    QVERIFY(!receivedDelete(server, orphan.sandboxId));

    // With the key, the next command ends it and says what happened.
    const CliResult again = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")}, 30000,
                                   environment(server));
    QVERIFY2(again.exitCode == 0, qPrintable(again.text()));
    QVERIFY(receivedDelete(server, orphan.sandboxId));
    QCOMPARE(again.objects.constFirst().value(u"status").toString(), QStringLiteral("stopped"));
    const QString why = errorMessage(dataDir.path(), orphan.sessionId);
    QVERIFY2(why.contains(u"until SpawnAI ended it"_s) && !why.contains(u"own timeout"_s), qPrintable(why));
}

void TestE2bCliTruth::stopWhileE2bRefusesTheKill_saysItStillRuns_andExits5()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    const Orphan orphan = crashedSpawn(server, dataDir.path(), environment(server));
    QVERIFY(!orphan.sandboxId.isEmpty() && !orphan.sessionId.isEmpty());
    const QString leftAs = sessionStatus(dataDir.path(), orphan.sessionId);

    server.addFault(FakeE2bFault::respond(QStringLiteral("api DELETE /sandboxes/{id}"), 500).repeat(100000));
    QElapsedTimer clock;
    clock.start();
    const CliResult stop = runCli(dataDir.path(), {QStringLiteral("stop"), orphan.sessionId}, 60000, environment(server));
    qInfo() << "stop took" << clock.elapsed() << "ms," << server.requestsTo(QStringLiteral("api DELETE /sandboxes/{id}")).size()
            << "DELETEs";
    qInfo().noquote() << stop.text().trimmed();
    QVERIFY2(stop.exitCode == ExitStillRunning, qPrintable(stop.text()));
    QVERIFY2(stop.text().contains(u"still running on E2B"_s), qPrintable(stop.text()));
    QVERIFY2(stop.text().contains(u"SpawnAI keeps trying to stop it (next try in "_s), qPrintable(stop.text()));
    QVERIFY2(!stop.text().contains(u"is stopped"_s), qPrintable(stop.text()));
    // The truth on every side: E2B runs it, the ledger is killing it, the
    // session has not ended.
    QCOMPARE(server.liveSandboxCount(), 1);
    QCOMPARE(ledgerState(dataDir.path(), orphan.sandboxId), QStringLiteral("killing"));
    QCOMPARE(sessionStatus(dataDir.path(), orphan.sessionId), leftAs);

    // E2B answers again: the next stop ends it.
    server.clearFaults();
    const CliResult again = runCli(dataDir.path(), {QStringLiteral("stop"), orphan.sessionId, QStringLiteral("--json")},
                                   30000, environment(server));
    QVERIFY2(again.exitCode == 0, qPrintable(again.text()));
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(ledgerState(dataDir.path(), orphan.sandboxId), QStringLiteral("killed"));
    QCOMPARE(sessionStatus(dataDir.path(), orphan.sessionId), QStringLiteral("stopped"));
    QCOMPARE(again.objects.constLast().value(u"status").toString(), QStringLiteral("stopped"));
    const Run billed = run(dataDir.path(), orphan.sessionId);
    const double ran = realSeconds(orphan, server);
    qInfo().noquote() << billed.describe(ran);
    QVERIFY2(billed.end.isValid() && qAbs(billed.cpuSeconds / 2.0 - ran) < 0.5, qPrintable(billed.describe(ran)));
}

void TestE2bCliTruth::stopThroughTheHost_whileE2bRefusesTheKill_waits15s_andExits5()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    const Orphan orphan = crashedSpawn(server, dataDir.path(), environment(server));
    QVERIFY(!orphan.sandboxId.isEmpty() && !orphan.sessionId.isEmpty());
    const QString leftAs = sessionStatus(dataDir.path(), orphan.sessionId);
    server.addFault(FakeE2bFault::respond(QStringLiteral("api DELETE /sandboxes/{id}"), 500).repeat(100000));

    QHash<QString, QString> hostEnvironment;
    const QProcessEnvironment cliEnvironment = environment(server);
    for (const QString &name : cliEnvironment.keys())
        hostEnvironment.insert(name, cliEnvironment.value(name));
    ServeProcess host(dataDir.path());
    QVERIFY2(host.start({}, hostEnvironment), qPrintable(host.transcript()));
    QElapsedTimer clock;
    clock.start();
    const CliResult stop = runCli(dataDir.path(), {QStringLiteral("stop"), orphan.sessionId}, 60000, cliEnvironment);
    qInfo() << "stop through the host took" << clock.elapsed() << "ms";
    qInfo().noquote() << stop.text().trimmed();
    // As the foreground stop: no claim of an end E2B has not confirmed.
    QVERIFY2(stop.exitCode == ExitStillRunning, qPrintable(stop.text() + host.transcript()));
    QVERIFY(clock.elapsed() >= 15000);
    QVERIFY2(stop.text().contains(u"still running on E2B"_s) && stop.text().contains(host.url()),
             qPrintable(stop.text()));
    QCOMPARE(server.liveSandboxCount(), 1);
    QCOMPARE(ledgerState(dataDir.path(), orphan.sandboxId), QStringLiteral("killing"));
    QCOMPARE(sessionStatus(dataDir.path(), orphan.sessionId), leftAs);
    host.signal(SIGTERM);
    QVERIFY(host.waitForExit(20000));
}

void TestE2bCliTruth::keptSandbox_listThenStop_billsTheWholeTimeItRan()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    QString id;
    Orphan kept;
    connect(&server, &FakeE2bServer::sandboxCreated, this, [&kept](const QString &sandboxId) {
        kept.sandboxId = sandboxId;
        kept.created = QDateTime::currentDateTimeUtc();
    });
    {
        // The window quits with "Keep E2B apps running on quit" (what
        // CloudSandboxes::shutdown does for it), with this data folder's
        // install id, as the program has it.
        Paths::setDataDirOverride(dataDir.path());
        CloudWorkflow window(dataDir.path(), server, false, nullptr, Plan::Hobby, InstallId::get());
        QVERIFY(window.isValid());
        id = window.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.status(id) == SessionStatus::Ready || isTerminal(window.status(id)), 20000);
        QVERIFY2(window.status(id) == SessionStatus::Ready, qPrintable(window.describe(id)));
        QVERIFY(finishes(window.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s), 10000));
    }
    Paths::setDataDirOverride(m_serverDir.path());
    QCOMPARE(server.liveSandboxIds(), QStringList{kept.sandboxId});
    // SpawnAI stays closed while the app runs on; the time has to pass.
    QTest::qWait(1500);

    // The next command bills what ran meanwhile and leaves the app running.
    const CliResult list = runCli(dataDir.path(), {QStringLiteral("list"), QStringLiteral("--json")}, 30000,
                                  environment(server));
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    QCOMPARE(list.objects.constFirst().value(u"status").toString(), QStringLiteral("ready"));
    QCOMPARE(server.liveSandboxCount(), 1);
    const Run running = run(dataDir.path(), id);
    const double soFar = double(kept.created.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    QVERIFY2(!running.end.isValid() && running.cpuSeconds >= 2.0 * (soFar - 1.0), qPrintable(running.describe(soFar)));

    const CliResult stop = runCli(dataDir.path(), {QStringLiteral("stop"), id, QStringLiteral("--json")}, 30000,
                                  environment(server));
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.text()));
    QCOMPARE(stop.objects.constLast().value(u"status").toString(), QStringLiteral("stopped"));
    QVERIFY(receivedDelete(server, kept.sandboxId));
    QCOMPARE(server.liveSandboxCount(), 0);
    QCOMPARE(ledgerState(dataDir.path(), kept.sandboxId), QStringLiteral("killed"));
    const Run billed = run(dataDir.path(), id);
    const double ran = realSeconds(kept, server);
    qInfo().noquote() << billed.describe(ran);
    QVERIFY2(billed.end.isValid() && qAbs(billed.cpuSeconds / 2.0 - ran) < 0.5, qPrintable(billed.describe(ran)));
}

QTEST_GUILESS_MAIN(TestE2bCliTruth)
#include "test_e2b_clitruth.moc"
