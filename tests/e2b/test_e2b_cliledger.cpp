// SPDX-License-Identifier: MIT
#include "../app/clirun.h"
#include "billing/pricetable.h"
#include "clie2b.h"
#include "cloudworkflow.h"
#include "common/installid.h"
#include "common/paths.h"
#include "fakee2bserver.h"
#include "store/sessionstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// The real `spawnai` and the sandbox ledger the window shares with it
// (review of issue 17, 1.1 and section 2), against in-test E2B servers: a
// command started with another E2B key leaves the window's sandboxes
// alone; `spawnai costs` bills a kept sandbox's time up to now with no key
// at all; a kept app past its end is expired, not "closed by a crash"; a
// spawn stopped while E2B refuses the kill does not say it stopped.
class TestE2bCliLedger final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherKey_leavesTheWindowsSandboxesAlone();
    void costs_billsAKeptSandboxUpToNow_withoutAKey();
    void keptPastItsEnd_isExpired_notStoppedByACrash();
    void spawnStoppedWhileE2bRefusesTheKill_saysItStillRuns_andExits5();

private:
    QTemporaryDir m_serverDir;
};

namespace {
using namespace CliE2b;

FakeE2bServer::Options accountB()
{
    FakeE2bServer::Options options;
    options.apiKey = "e2b_0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
    return options;
}

// No key anywhere: no E2B_API_KEY, no keychain to ask.
QProcessEnvironment keyless(const FakeE2bServer &server)
{
    QProcessEnvironment nowhere = environment(server, false);
    nowhere.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/spawnai-test-bus"_s);
    nowhere.remove(u"DISPLAY"_s);
    nowhere.remove(u"WAYLAND_DISPLAY"_s);
    return nowhere;
}

double sandboxCostOf(const QList<QJsonObject> &objects)
{
    for (const QJsonObject &object : objects) {
        if (object.value(u"event").toString() == u"costs")
            return object.value(u"totals").toObject().value(u"sandboxCost").toDouble(-1.0);
    }
    return -1.0;
}
} // namespace

void TestE2bCliLedger::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SPAWNAI_BINARY)), SPAWNAI_BINARY);
    QVERIFY(m_serverDir.isValid());
    Paths::setDataDirOverride(m_serverDir.path());
}

// The window runs an app on account A (key A); a `spawnai list` started
// with E2B_API_KEY=B sweeps account B, which does not have A's sandbox:
// it leaves A's entry open, and says so in its log. Before, it closed the
// entry as gone while the sandbox ran on.
void TestE2bCliLedger::anotherKey_leavesTheWindowsSandboxesAlone()
{
    FakeE2bServer a;
    FakeE2bServer b(accountB());
    QTemporaryDir dataDir;
    Paths::setDataDirOverride(dataDir.path());
    CloudWorkflow window(dataDir.path(), a, false, nullptr, Plan::Hobby, InstallId::get());
    QVERIFY(window.isValid());
    const QString id = window.spawn(CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.status(id) == SessionStatus::Ready || isTerminal(window.status(id)), 20000);
    QVERIFY2(window.status(id) == SessionStatus::Ready, qPrintable(window.describe(id)));
    const QString sandboxId = window.store().session(id)->sandboxId;

    QProcessEnvironment otherKey = environment(b);
    otherKey.insert(u"LOG_LEVEL"_s, u"info"_s);
    const CliResult list = runCli(dataDir.path(), {u"list"_s, u"--json"_s}, 30000, otherKey);
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    QVERIFY2(!b.requestsTo(u"api GET /v2/sandboxes"_s).isEmpty(), qPrintable(list.text()));
    QCOMPARE(ledgerState(dataDir.path(), sandboxId), u"live"_s);
    QCOMPARE(list.objects.constFirst().value(u"status").toString(), u"ready"_s);
    QVERIFY2(QString::fromUtf8(list.err).contains(u"another E2B key"_s), qPrintable(list.text()));
    QCOMPARE(a.liveSandboxIds(), QStringList{sandboxId});
    QVERIFY(!receivedDelete(b, sandboxId));

    // The window's own Stop still ends it on A.
    window.stopAndExpectClean(id);
    QCOMPARE(a.killCount(), 1);
    Paths::setDataDirOverride(m_serverDir.path());
}

// `spawnai costs` starts no E2B client and needs no key: it bills the time
// a kept sandbox ran while SpawnAI was closed from the ledger (its size and
// start) before it adds up. Before, it showed the bill as of the quit.
void TestE2bCliLedger::costs_billsAKeptSandboxUpToNow_withoutAKey()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    QDateTime created;
    connect(&server, &FakeE2bServer::sandboxCreated, this, [&created] { created = QDateTime::currentDateTimeUtc(); });
    Paths::setDataDirOverride(dataDir.path());
    const QString id = CloudWorkflow::spawnAndKeep(dataDir.path(), server,
                                                   CloudWorkflow::templateRequest(u"static-site"_s), InstallId::get());
    Paths::setDataDirOverride(m_serverDir.path());
    QVERIFY(!id.isEmpty());
    const double atQuit = run(dataDir.path(), id).actualCost;
    // SpawnAI stays closed while the app runs on; the time has to pass.
    QTest::qWait(2000);

    const CliResult costs = runCli(dataDir.path(), {u"costs"_s, u"--json"_s}, 30000, keyless(server));
    QVERIFY2(costs.exitCode == 0, qPrintable(costs.text()));
    const double soFar = double(created.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    const double billed = sandboxCostOf(costs.objects);
    const double expected = PriceTable::builtin().sandboxCost(u"e2b"_s, 2.0 * soFar, 0.5 * soFar);
    const QString measured = QStringLiteral("costs says $%1 for the sandboxes; at the quit $%2; %3 s at 2 vCPUs, "
                                            "512 MiB is $%4")
                                 .arg(billed, 0, 'f', 8)
                                 .arg(atQuit, 0, 'f', 8)
                                 .arg(soFar)
                                 .arg(expected, 0, 'f', 8);
    qInfo().noquote() << measured;
    QVERIFY2(billed > atQuit, qPrintable(measured));
    QVERIFY2(billed >= PriceTable::builtin().sandboxCost(u"e2b"_s, 2.0 * (soFar - 0.5), 0.5 * (soFar - 0.5)),
             qPrintable(measured));
    QVERIFY2(billed <= expected * 1.0001, qPrintable(measured));
    // Nothing else changed: the app runs, its run is open.
    QCOMPARE(server.liveSandboxCount(), 1);
    QVERIFY(!run(dataDir.path(), id).end.isValid());
    QCOMPARE(sessionStatus(dataDir.path(), id), u"ready"_s);
    server.killAll();
}

// A kept app whose end passed while SpawnAI was closed: a command without
// a key (nothing can be asked of E2B) shows it expired, as a kept app ends,
// not stopped with a crash's words. One definition of "may still run"
// (its end passed: no) serves the crash reconciliation and the stop.
void TestE2bCliLedger::keptPastItsEnd_isExpired_notStoppedByACrash()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    Paths::setDataDirOverride(dataDir.path());
    SpawnRequest shortLived = CloudWorkflow::templateRequest(u"static-site"_s);
    shortLived.timeout = 4s;
    const QString id = CloudWorkflow::spawnAndKeep(dataDir.path(), server, shortLived, InstallId::get());
    Paths::setDataDirOverride(m_serverDir.path());
    QVERIFY(!id.isEmpty());
    QSignalSpy expired(&server, &FakeE2bServer::sandboxExpired);
    QVERIFY(expired.wait(10000));
    // The ledger's end (E2B's, as its details gave it) has passed too.
    const QDateTime end = QDateTime::fromString(
        row(dataDir.path(), u"SELECT expires_at FROM sandbox_ledger"_s).value(0).toString(), Qt::ISODateWithMs);
    QVERIFY(end.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > end, 5000);

    const CliResult list = runCli(dataDir.path(), {u"list"_s, u"--json"_s}, 30000, keyless(server));
    QVERIFY2(list.exitCode == 0, qPrintable(list.text()));
    QCOMPARE(list.objects.constFirst().value(u"status").toString(), u"expired"_s);
    QCOMPARE(sessionStatus(dataDir.path(), id), u"expired"_s);
}

// SIGTERM on `spawnai spawn` while E2B refuses every kill: as `stop`, it
// says the app still runs on E2B, keeps the session as it was and exits 5
// after 15 s. It used to print "stopped" and exit 0.
void TestE2bCliLedger::spawnStoppedWhileE2bRefusesTheKill_saysItStillRuns_andExits5()
{
    FakeE2bServer server;
    QTemporaryDir dataDir;
    ForegroundRun run(dataDir.path());
    run.setEnvironment(environment(server));
    run.start({u"spawn"_s, u"--template"_s, u"static-site"_s, u"--sandbox"_s, u"e2b"_s, u"--json"_s});
    WAIT_FOR_STATUS(run, "ready", 30000);
    const QString id = run.sessionId();
    const QString sandboxId = server.liveSandboxIds().value(0);
    server.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));

    QElapsedTimer clock;
    clock.start();
    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(40000));
    qInfo() << "the spawn gave up after" << clock.elapsed() << "ms";
    QVERIFY2(run.exitCode() == 5, qPrintable(run.transcript()));
    QVERIFY2(!run.hasStatus(u"stopped"_s), qPrintable(run.transcript()));
    QJsonObject stillRunning;
    for (const QJsonObject &event : run.events()) {
        if (event.value(u"event").toString() == u"still-running")
            stillRunning = event;
    }
    QVERIFY2(!stillRunning.isEmpty(), qPrintable(run.transcript()));
    QCOMPARE(stillRunning.value(u"status").toString(), u"ready"_s);
    QVERIFY2(run.transcript().contains(u"is still running on E2B"_s), qPrintable(run.transcript()));
    QCOMPARE(sessionStatus(dataDir.path(), id), u"ready"_s);
    QCOMPARE(ledgerState(dataDir.path(), sandboxId), u"killing"_s);
    QCOMPARE(server.liveSandboxIds(), QStringList{sandboxId});

    // Once E2B answers, `stop` ends it.
    server.clearFaults();
    const CliResult stop = runCli(dataDir.path(), {u"stop"_s, id}, 30000, environment(server));
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.text()));
    QCOMPARE(sessionStatus(dataDir.path(), id), u"stopped"_s);
    QCOMPARE(server.liveSandboxCount(), 0);
}

QTEST_GUILESS_MAIN(TestE2bCliLedger)
#include "test_e2b_cliledger.moc"
