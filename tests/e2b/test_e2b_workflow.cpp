// SPDX-License-Identifier: MIT
#include "billing/pricetable.h"
#include "cloudworkflow.h"
#include "common/pendingoperation.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bcreationqueue.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/memorysandboxledger.h"
#include "sandbox/sandboxoperations.h"
#include "secrets/memorysecretstore.h"
#include "secretscan.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sandboxsweeper.h"
#include "workflow/sessionrunner.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// The whole E2B workflow of issue 4 §5, with everything real but E2B: the
// history on disk, the SQL ledger, the manager, the runners, the cloud
// sandboxes and the E2B client, against the in-test E2B server whose
// sandboxes really run the apps.
class TestE2bWorkflow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeFlow_installStartExtendStop_pricedByAllocation();
    void create500_failsOnceWithAClearMessage();
    void create429_waitsQueuedThenReady();
    void uploadDropped_failsAndKillsTheSandbox();
    void startStreamCut_failsAndKillsTheSandbox();
    void envd401_failsAndKillsTheSandbox();
    void killFailingTwice_isRetriedUntilGone();
    void planConcurrency_extraSessionWaitsQueued();
    void sweep_killsOrphansAndSparesKeptAndRunning();
    void keepRunningOnQuit_thenStopAfterRestart();
    void secrets_neverInEnvVarsPortsFilesOrLogs();
    void teardownWithoutShutdown_stopsE2bSessionsFirst();
};

namespace {
const QString E2bKind = QStringLiteral("e2b");
const QStringList UpToReady{QStringLiteral("queued"), QStringLiteral("provisioning"), QStringLiteral("deploying"),
                            QStringLiteral("starting"), QStringLiteral("ready")};

template <typename Op>
bool finishes(Op *operation, int ms = 15000)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(ms);
}

} // namespace

// Waits until the session is `target` or has ended, then insists on `target`.
#define WAIT_FOR(flow, id, target, timeoutMs)                                                                  \
    do {                                                                                                       \
        QTRY_VERIFY_WITH_TIMEOUT((flow).status(id) == (target) || isTerminal((flow).status(id)), (timeoutMs)); \
        QVERIFY2((flow).status(id) == (target), qPrintable((flow).describe(id)));                              \
    } while (false)

void TestE2bWorkflow::initTestCase()
{
    // Everything is logged and kept, for the secrets test; only warnings are shown.
    SecretScan::startCapturingLogs();
}

void TestE2bWorkflow::wholeFlow_installStartExtendStop_pricedByAllocation()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());

    // create → upload → build (node build.js, no network) → start → ready.
    const QString id = flow.spawn(CloudWorkflow::fixtureRequest(QStringLiteral("node-build")));
    QVERIFY(!id.isEmpty());
    WAIT_FOR(flow, id, SessionStatus::Ready, 30000);
    QCOMPARE(flow.transitions(id), UpToReady);
    QStringList steps;
    for (const SessionEvent &event : flow.store().events(id))
        steps << event.detail;
    QVERIFY2(steps.contains(u"Build"), qPrintable(steps.join(u" | ")));
    QCOMPARE(server.requestsTo(QStringLiteral("api POST /sandboxes")).size(), 1);
    QVERIFY(!server.requestsTo(QStringLiteral("envd POST /files")).isEmpty());

    // The page comes through the port URL, and it is the installed dependency's.
    const Session ready = *flow.store().session(id);
    QCOMPARE(server.liveSandboxIds(), QStringList{ready.sandboxId});
    QCOMPARE(ready.appUrl.host(), QStringLiteral("3000-%1.localhost").arg(ready.sandboxId));
    int status = 0;
    const QByteArray page = flow.fetch(ready.appUrl, {}, &status);
    QCOMPARE(status, 200);
    QVERIFY2(page.contains("built greeting says hello"), page.constData());
    const QList<SandboxLedger::Entry> open = flow.ledger().openEntries(E2bKind);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().state, SandboxLedger::State::Live);
    QCOMPARE(open.first().sessionId, id);

    // Extend (SessionManager has no extend: the runner's sandbox does it).
    E2bSandbox *sandbox = flow.e2bSandbox(id);
    QVERIFY(sandbox);
    const QDateTime endBefore = server.endAt(ready.sandboxId);
    QVERIFY(endBefore.isValid());
    PendingOperation *extend = sandbox->extendTimeout(600s);  // the sandbox owns it
    QVERIFY(finishes(extend));
    QVERIFY2(extend->succeeded(), qPrintable(extend->error().message));
    QVERIFY2(server.endAt(ready.sandboxId) >= endBefore.addSecs(290),
             qPrintable(server.endAt(ready.sandboxId).toString(Qt::ISODateWithMs)));
    QVERIFY(qAbs(sandbox->expiresAt().secsTo(server.endAt(ready.sandboxId))) <= 2);
    // Let the run count up a little billed time before it stops.
    QTRY_VERIFY_WITH_TIMEOUT(!flow.store().usage(id).isEmpty() && flow.store().usage(id).first().cpuSeconds > 0.0,
                             10000);

    flow.stopAndExpectClean(id);
    QCOMPARE(server.killCount(), 1);
    QVERIFY(flow.store().session(id)->appUrl.isEmpty());
    const QList<UsageRecord> usage = flow.store().usage(id);
    QCOMPARE(usage.size(), 1);
    const UsageRecord &run = usage.first();
    QVERIFY(run.endTime.isValid() && run.endTime >= run.startTime);
    QVERIFY2(run.cpuSeconds > 0.0, qPrintable(QString::number(run.cpuSeconds)));
    QVERIFY2(run.memoryGbSeconds > 0.0, qPrintable(QString::number(run.memoryGbSeconds)));
    // E2B bills 2 vCPU and 512 MiB per second: memory is a quarter of the CPU's seconds.
    QVERIFY(qAbs(run.memoryGbSeconds - run.cpuSeconds / 4.0) < 1e-9);
    const double price = PriceTable::builtin().sandboxCost(E2bKind, run.cpuSeconds, run.memoryGbSeconds);
    QVERIFY2(run.actualCost == price, qPrintable(QStringLiteral("%1 != %2").arg(run.actualCost, 0, 'g', 17).arg(price, 0, 'g', 17)));
    QVERIFY(price > 0.0);
    QVERIFY(qAbs(flow.store().session(id)->actualCost - price) < 1e-12);
    // Besides the bill, what the sandbox really used, reading by reading.
    const QList<UsageSample> samples = flow.store().samples(id);
    QVERIFY(!samples.isEmpty());
    QCOMPARE(samples.first().usageId, run.id);
    QVERIFY(samples.constLast().memoryBytes > 0);
}

void TestE2bWorkflow::create500_failsOnceWithAClearMessage()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    server.addFault(FakeE2bFault::respond(QStringLiteral("api POST /sandboxes"), 500));

    const QString id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!id.isEmpty());
    flow.expectFailedClean(id);
    // Create is not idempotent: a 5xx is never sent again.
    QCOMPARE(server.requestsTo(QStringLiteral("api POST /sandboxes")).size(), 1);
    QCOMPARE(server.createCount(), 0);
    const Session failed = *flow.store().session(id);
    QVERIFY2(failed.error.message.contains(u"E2B"), qPrintable(failed.error.message));
    QVERIFY2(failed.error.message.contains(u"500"), qPrintable(failed.error.message));
    QCOMPARE(flow.transitions(id), (QStringList{QStringLiteral("queued"), QStringLiteral("provisioning"),
                                                QStringLiteral("failed")}));
}

void TestE2bWorkflow::create429_waitsQueuedThenReady()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    server.addFault(FakeE2bFault::respond(QStringLiteral("api POST /sandboxes"), 429, {}, {{"Retry-After", "1"}}));

    const QString id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(flow.status(id) == SessionStatus::Queued && flow.transitions(id).size() > 2, 10000);
    const SessionEvent queued = flow.store().events(id).constLast();
    QVERIFY2(queued.detail.contains(u"Rate limit exceeded"), qPrintable(queued.detail));
    QCOMPARE(server.createCount(), 0);
    WAIT_FOR(flow, id, SessionStatus::Ready, 20000);
    QCOMPARE(flow.transitions(id), QStringList{QStringLiteral("queued")} + QStringList{QStringLiteral("provisioning")}
                                       + UpToReady);
    QCOMPARE(server.requestsTo(QStringLiteral("api POST /sandboxes")).size(), 2);
    flow.stopAndExpectClean(id);
}

void TestE2bWorkflow::uploadDropped_failsAndKillsTheSandbox()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    // QNAM sends a request again when its connection closed mid-write (three
    // times through a proxy): every attempt is dropped.
    server.addFault(FakeE2bFault::drop(QStringLiteral("envd POST /files")).repeat(10));

    const QString id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!id.isEmpty());
    flow.expectFailedClean(id);
    QCOMPARE(server.createCount(), 1);
    QCOMPARE(server.killCount(), 1);
    QVERIFY(server.requestsTo(QStringLiteral("envd POST /process.Process/Start")).isEmpty());
    const Session failed = *flow.store().session(id);
    QVERIFY2(failed.error.message.contains(u"Writing files"), qPrintable(failed.error.message));
}

void TestE2bWorkflow::startStreamCut_failsAndKillsTheSandbox()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    // The first Start is the build: all its frames come, but not the end-of-stream one.
    server.addFault(FakeE2bFault::cutStream(QStringLiteral("envd POST /process.Process/Start")));

    const QString id = flow.spawn(CloudWorkflow::fixtureRequest(QStringLiteral("node-build")));
    QVERIFY(!id.isEmpty());
    flow.expectFailedClean(id);
    QCOMPARE(server.createCount(), 1);
    QCOMPARE(server.killCount(), 1);
    const Session failed = *flow.store().session(id);
    QVERIFY2(!flow.transitions(id).contains(u"ready"), qPrintable(flow.describe(id)));
    QVERIFY2(failed.error.message.contains(u"Build"), qPrintable(failed.error.message));
}

void TestE2bWorkflow::envd401_failsAndKillsTheSandbox()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    server.addFault(FakeE2bFault::respond(QStringLiteral("envd *"), 401).repeat(100));

    const QString id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!id.isEmpty());
    flow.expectFailedClean(id);
    QCOMPARE(server.killCount(), 1);
    const Session failed = *flow.store().session(id);
    QVERIFY2(failed.error.message.contains(u"access token"), qPrintable(failed.error.message));
}

void TestE2bWorkflow::killFailingTwice_isRetriedUntilGone()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    server.addFault(FakeE2bFault::respond(QStringLiteral("api DELETE /sandboxes/{id}"), 500).repeat(2));

    const QString id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!id.isEmpty());
    WAIT_FOR(flow, id, SessionStatus::Ready, 20000);
    flow.stopAndExpectClean(id);
    QCOMPARE(server.requestsTo(QStringLiteral("api DELETE /sandboxes/{id}")).size(), 3);
    QCOMPARE(server.killCount(), 1);
}

void TestE2bWorkflow::planConcurrency_extraSessionWaitsQueued()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    // Nineteen of the hobby plan's twenty sandboxes are taken (as by sandboxes
    // found again after a crash): one session fits, the next one waits.
    E2bCreationQueue *queue = flow.cloud().e2bProvider()->queue();
    for (int i = 0; i < 19; ++i)
        queue->occupy();

    const QString first = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!first.isEmpty());
    WAIT_FOR(flow, first, SessionStatus::Ready, 20000);
    const QString second = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!second.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(flow.status(second) == SessionStatus::Queued && flow.transitions(second).size() > 2, 10000);
    const QString reason = flow.store().events(second).constLast().detail;
    QVERIFY2(reason.contains(u"20"), qPrintable(reason));
    QCOMPARE(server.createCount(), 1);
    QCOMPARE(server.requestsTo(QStringLiteral("api POST /sandboxes")).size(), 1);

    // One stops: the waiting one goes on by itself.
    QVERIFY(!flow.manager().stop(first, QStringLiteral("making room")).isError());
    WAIT_FOR(flow, second, SessionStatus::Ready, 20000);
    QCOMPARE(server.createCount(), 2);
    flow.stopAndExpectClean(second);
    QCOMPARE(queue->inUse(), 19);
}

void TestE2bWorkflow::sweep_killsOrphansAndSparesKeptAndRunning()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    const QString running = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!running.isEmpty());
    WAIT_FOR(flow, running, SessionStatus::Ready, 20000);
    const QString runningSandbox = flow.store().session(running)->sandboxId;

    // Sandboxes of this installation that another SpawnAI made: one it
    // crashed before recording, one whose session nobody runs, one kept running.
    MemorySandboxLedger elsewhere;
    E2bSandboxProvider other(CloudWorkflow::configFor(server), &elsewhere);
    std::vector<std::unique_ptr<Sandbox>> made;
    for (const QString &session : {QStringLiteral("crashed"), QStringLiteral("ghost"), QStringLiteral("kept")}) {
        SandboxSpec spec;
        spec.sessionId = session;
        spec.timeout = 300s;
        std::unique_ptr<SandboxCreation> creation(other.create(spec));
        QVERIFY(finishes(creation.get()));
        QVERIFY2(creation->succeeded(), qPrintable(creation->error().message));
        made.emplace_back(creation->takeSandbox());
    }
    const QString unknown = made.at(0)->id();
    const QString ghost = made.at(1)->id();
    const QString kept = made.at(2)->id();
    SqlSandboxLedger &ledger = flow.ledger();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!ledger.recordCreated({E2bKind, ghost, QStringLiteral("ghost"), now, now.addSecs(300)}).isError());
    QVERIFY(!ledger.recordCreated({E2bKind, kept, QStringLiteral("kept"), now, now.addSecs(300)}).isError());
    QVERIFY(!ledger.recordKept(kept).isError());
    QCOMPARE(server.liveSandboxCount(), 4);

    QSignalSpy orphans(&flow.cloud(), &CloudSandboxes::orphansKilled);
    flow.cloud().sweeper()->setGracePeriod(0s);
    PendingOperation *sweep = flow.cloud().sweeper()->sweep();
    QVERIFY(finishes(sweep));
    QVERIFY2(sweep->succeeded(), qPrintable(sweep->error().message));
    QCOMPARE(orphans.size(), 1);
    QStringList killed = orphans.first().first().toStringList();
    killed.sort();
    QStringList expected{unknown, ghost};
    expected.sort();
    QCOMPARE(killed, expected);
    QStringList live = server.liveSandboxIds();
    live.sort();
    expected = QStringList{runningSandbox, kept};
    expected.sort();
    QCOMPARE(live, expected);
    QCOMPARE(flow.ledger().openEntries(E2bKind).size(), 2);  // the running one and the kept one
    QCOMPARE(flow.status(running), SessionStatus::Ready);

    QVERIFY(!flow.manager().stop(running, QStringLiteral("the test is done")).isError());
    made.clear();  // the kept one goes with its object
    // The session is stopped once E2B's answer to the kill has come back,
    // which is after the fake has dropped the sandbox: under load, a while after.
    QTRY_COMPARE_WITH_TIMEOUT(flow.status(running), SessionStatus::Stopped, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    QVERIFY2(flow.unfinishedSessions().isEmpty(), qPrintable(flow.unfinishedSessions().join(u'\n')));
}

void TestE2bWorkflow::keepRunningOnQuit_thenStopAfterRestart()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    QString id;
    QString sandboxId;
    {
        CloudWorkflow flow(dir.path(), server);
        QVERIFY(flow.isValid());
        id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
        QVERIFY(!id.isEmpty());
        WAIT_FOR(flow, id, SessionStatus::Ready, 20000);
        sandboxId = flow.store().session(id)->sandboxId;

        PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s);
        QVERIFY(finishes(quit, 10000));
        QCOMPARE(server.liveSandboxIds(), QStringList{sandboxId});
        const QList<SandboxLedger::Entry> open = flow.ledger().openEntries(E2bKind);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, SandboxLedger::State::Kept);
        QCOMPARE(flow.status(id), SessionStatus::Ready);
        QCOMPARE(flow.manager().activeCount(), 0);
    }
    // The kept app still answers with SpawnAI closed.
    QCOMPARE(server.liveSandboxIds(), QStringList{sandboxId});

    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    // The sweep at start spared it and the history still shows it live.
    QCOMPARE(server.liveSandboxIds(), QStringList{sandboxId});
    QVERIFY(again.cloud().isKeptRunning(id));
    QCOMPARE(again.status(id), SessionStatus::Ready);
    int status = 0;
    again.fetch(again.store().session(id)->appUrl, {}, &status);
    QCOMPARE(status, 200);

    QVERIFY(!again.manager().stop(id, QStringLiteral("stopped after a restart")).isError());
    // Stopped once E2B confirmed the kill, not before.
    QTRY_COMPARE_WITH_TIMEOUT(again.status(id), SessionStatus::Stopped, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(again.openLedgerEntries(), 0, 10000);
    QVERIFY(again.unfinishedSessions().isEmpty());
}

void TestE2bWorkflow::secrets_neverInEnvVarsPortsFilesOrLogs()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    // Private preview: a traffic token exists too, and is kept in the keychain.
    MemorySecretStore keychain;
    QSignalSpy keychainWrites(&keychain, &SecretStore::secretChanged);
    CloudWorkflow flow(dir.path(), server, true, &keychain);
    QVERIFY(flow.isValid());
    const int loggedBefore = int(SecretScan::capturedLogs().size());
    const QString id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!id.isEmpty());
    WAIT_FOR(flow, id, SessionStatus::Ready, 20000);
    E2bSandbox *sandbox = flow.e2bSandbox(id);
    QVERIFY(sandbox);
    const QByteArray envdToken = sandbox->record().envdAccessToken.toUtf8();
    const QByteArray trafficToken = sandbox->record().trafficAccessToken.toUtf8();
    QVERIFY(!envdToken.isEmpty() && !trafficToken.isEmpty());
    const QList<QByteArray> secrets{server.apiKey(), envdToken, trafficToken};
    // In the keychain while the sandbox lives: the traffic token alone, under its own name.
    QStringList written;
    for (const QList<QVariant> &signal : std::as_const(keychainWrites))
        written << signal.value(0).toString();
    written.removeDuplicates();
    const QString trafficName = SecretNames::trafficToken(sandbox->id());
    QVERIFY2(written.contains(trafficName), qPrintable(written.join(u", ")));
    QStringList kept = SecretScan::inKeychain(keychain, written, server.apiKey(), envdToken, trafficToken, trafficName);
    QVERIFY2(kept.isEmpty(), qPrintable(kept.join(u'\n')));

    const QUrl appUrl = flow.store().session(id)->appUrl;
    int status = 0;
    flow.fetch(appUrl, {}, &status);
    QCOMPARE(status, 403);  // private: not without the token
    QVERIFY(flow.fetch(appUrl, sandbox->portRequestHeaders(), &status).contains("SpawnAI Starter"));
    QCOMPARE(status, 200);
    PendingOperation *extend = sandbox->extendTimeout(600s);  // the sandbox owns it
    QVERIFY(finishes(extend));

    // A session that envd refuses logs its errors too.
    server.addFault(FakeE2bFault::respond(QStringLiteral("envd *"), 401).repeat(100));
    const QString refused = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(flow.status(refused)), 20000);
    server.clearFaults();
    flow.stopAndExpectClean(id);
    // The sandbox ended: its token left the keychain.
    SecretReading *left = keychain.read(trafficName);
    QSignalSpy read(left, &AsyncOperation::finished);
    QVERIFY(left->isFinished() || read.wait(5000));
    QVERIFY(!left->found());

    // What E2B received.
    QCOMPARE(server.requestsTo(QStringLiteral("api POST /sandboxes")).size(), 2);
    QVERIFY(!server.requestsTo(QStringLiteral("port *")).isEmpty());
    QStringList found = SecretScan::inRequests(server.requests(), server.apiKey(), envdToken, trafficToken);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // What is on disk, while the history is open (its -wal holds the latest writes).
    bool sawWal = false;
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        sawWal = files.next().endsWith(u"-wal") || sawWal;
    QVERIFY(sawWal);
    found = SecretScan::inFiles(dir.path(), secrets);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // What was logged.
    const QStringList lines = SecretScan::capturedLogs().mid(loggedBefore);
    QVERIFY(lines.size() > 10);
    found = SecretScan::inLines(lines, secrets);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// AppContext tears the cloud down before the manager: a session still on
// E2B then stopped with its provider gone (a crash in its last usage
// reading). It stops first now, and the next start's sweep ends its sandbox.
void TestE2bWorkflow::teardownWithoutShutdown_stopsE2bSessionsFirst()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    QString id;
    {
        CloudWorkflow flow(dir.path(), server);
        QVERIFY(flow.isValid());
        id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
        QVERIFY(!id.isEmpty());
        WAIT_FOR(flow, id, SessionStatus::Ready, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(flow.store().usage(id).value(0).cpuSeconds > 0.0, 10000);
    }
    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    QCOMPARE(again.status(id), SessionStatus::Stopped);
    const UsageRecord run = again.store().usage(id).value(0);
    QVERIFY(run.endTime.isValid());
    QVERIFY(run.actualCost > 0.0);
    QVERIFY(run.actualCost == PriceTable::builtin().sandboxCost(E2bKind, run.cpuSeconds, run.memoryGbSeconds));
    QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(again.openLedgerEntries(), 0, 10000);
}

QTEST_GUILESS_MAIN(TestE2bWorkflow)
#include "test_e2b_workflow.moc"
