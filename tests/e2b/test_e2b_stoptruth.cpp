// SPDX-License-Identifier: MIT
#include "cloudworkflow.h"
#include "common/pendingoperation.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sessionactions.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/cloudsandboxstop.h"
#include "workflow/sandboxsweeper.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// What Stop says and bills when E2B does not confirm a kill at once (review
// of issue 17, 1.2, 1.3 and 1.5), against the in-test E2B server: a session
// ends only once its sandbox is known to be gone, its bill runs until then,
// the timeline ends with what E2B confirmed, a Stop racing the sweep ends
// as stopped (not "expired"), and a second Stop joins the first.
class TestE2bStopTruth final : public QObject
{
    Q_OBJECT

private slots:
    void runningApp_killRefused_staysUntilE2bConfirms_billedUpToThen();
    void keptApp_stopRacingTheSweep_endsStoppedNotExpired();
    void keptApp_endedOutsideSpawnAi_isStoppedNotExpired();
    void keptApp_secondStop_joinsTheFirst_andTheWindowsStopIsOff();
};

namespace {
const QString StillRunning = QStringLiteral("Still running on E2B");

int linesStartingWith(CloudWorkflow &flow, const QString &id, const QString &start)
{
    int lines = 0;
    for (const SessionEvent &event : flow.store().events(id))
        lines += event.detail.startsWith(start) ? 1 : 0;
    return lines;
}

QString timeline(CloudWorkflow &flow, const QString &id)
{
    QStringList lines;
    for (const SessionEvent &event : flow.store().events(id))
        lines << (event.toStatus ? sessionStatusToString(*event.toStatus) + u": " : QString()) + event.detail;
    return lines.join(u'\n');
}

bool readyIn(CloudWorkflow &flow, const QString &id)
{
    return QTest::qWaitFor([&] { return flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)); },
                           20000)
        && flow.status(id) == SessionStatus::Ready;
}
} // namespace

// 1.2: Stop on a running app while E2B refuses the kill. The session stays
// as it is (its sandbox runs, and bills) until E2B confirms the kill; then
// it stops, the timeline says when E2B confirmed it, and the run is billed
// up to that moment. Before, it stopped at once and its bill ended there.
void TestE2bStopTruth::runningApp_killRefused_staysUntilE2bConfirms_billedUpToThen()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    QDateTime created;
    QDateTime killed;
    connect(&server, &FakeE2bServer::sandboxCreated, this, [&created] { created = QDateTime::currentDateTimeUtc(); });
    connect(&server, &FakeE2bServer::sandboxKilled, this, [&killed] { killed = QDateTime::currentDateTimeUtc(); });
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    const QString id = flow.spawn(CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    QVERIFY2(readyIn(flow, id), qPrintable(flow.describe(id)));
    server.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));

    QVERIFY(!flow.manager().stop(id, u"the user pressed Stop"_s).isError());
    QTRY_VERIFY2_WITH_TIMEOUT(linesStartingWith(flow, id, StillRunning) >= 1, qPrintable(timeline(flow, id)), 10000);
    QVERIFY2(timeline(flow, id).contains(u"SpawnAI keeps trying to stop it (next try in 5 s)"_s),
             qPrintable(timeline(flow, id)));
    QVERIFY2(flow.status(id) == SessionStatus::Ready, qPrintable(timeline(flow, id)));
    QCOMPARE(server.liveSandboxCount(), 1);
    QCOMPARE(flow.ledger().openEntries(u"e2b"_s).value(0).state, SandboxLedger::State::Killing);
    QVERIFY(!flow.store().usage(id).value(0).endTime.isValid());
    // The sandbox runs on while E2B refuses; the time has to pass.
    QTest::qWait(1500);
    QCOMPARE(flow.status(id), SessionStatus::Ready);

    server.clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(flow.status(id), SessionStatus::Stopped, 30000);
    QCOMPARE(server.liveSandboxCount(), 0);
    const QList<SessionEvent> events = flow.store().events(id);
    QVERIFY2(events.constLast().toStatus == SessionStatus::Stopped, qPrintable(timeline(flow, id)));
    QCOMPARE(events.constLast().detail, u"the user pressed Stop"_s);
    QVERIFY2(events.at(events.size() - 2).detail.startsWith(u"E2B confirmed the sandbox ended at "_s),
             qPrintable(timeline(flow, id)));

    const UsageRecord run = flow.store().usage(id).value(0);
    const double ran = double(created.msecsTo(killed)) / 1000.0;
    const QString billed = QStringLiteral("billed %1 vCPU-s up to %2; E2B ran it %3 s, killed at %4")
                               .arg(run.cpuSeconds)
                               .arg(run.endTime.toString(Qt::ISODateWithMs))
                               .arg(ran)
                               .arg(killed.toString(Qt::ISODateWithMs));
    qInfo().noquote() << billed;
    QVERIFY2(run.endTime.isValid() && qAbs(run.endTime.msecsTo(killed)) < 500, qPrintable(billed));
    QVERIFY2(qAbs(run.cpuSeconds / 2.0 - ran) < 0.5, qPrintable(billed));
    QVERIFY(qAbs(flow.store().session(id)->actualCost - run.actualCost) < 1e-9);
}

// 1.3: Stop on a kept app whose first kill E2B refuses, then the sweep's
// kill lands before the Stop tries again: the user pressed Stop, so the
// session is stopped with that reason, never "expired".
void TestE2bStopTruth::keptApp_stopRacingTheSweep_endsStoppedNotExpired()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    const QString id = CloudWorkflow::spawnAndKeep(dir.path(), server, CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    server.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));

    QVERIFY(!again.manager().stop(id, u"the user pressed Stop"_s).isError());
    QTRY_VERIFY2_WITH_TIMEOUT(linesStartingWith(again, id, StillRunning) >= 1, qPrintable(timeline(again, id)), 10000);
    server.clearFaults();
    PendingOperation *sweep = again.cloud().sweeper()->sweep();
    QSignalSpy swept(sweep, &AsyncOperation::finished);
    QVERIFY(swept.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(again.status(id)), 10000);
    QVERIFY2(again.status(id) == SessionStatus::Stopped, qPrintable(timeline(again, id)));
    QCOMPARE(again.store().events(id).constLast().detail, u"the user pressed Stop"_s);
    QCOMPARE(server.liveSandboxCount(), 0);
}

// 1.3: the wording of a kept app's end follows when it ended: one E2B no
// longer runs before its end (ended on E2B's side, outside SpawnAI) is
// stopped; only one that reached its end expires.
void TestE2bStopTruth::keptApp_endedOutsideSpawnAi_isStoppedNotExpired()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    const QString id = CloudWorkflow::spawnAndKeep(dir.path(), server, CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    QCOMPARE(again.status(id), SessionStatus::Ready);

    server.killAll();
    PendingOperation *sweep = again.cloud().sweeper()->sweep();
    QSignalSpy swept(sweep, &AsyncOperation::finished);
    QVERIFY(swept.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(again.status(id)), 10000);
    QVERIFY2(again.status(id) == SessionStatus::Stopped, qPrintable(timeline(again, id)));
    const QString why = again.store().events(id).constLast().detail;
    QVERIFY2(why.contains(u"before its end"_s) && !why.contains(u"reached its end"_s), qPrintable(why));
}

// 1.5: a second Stop on a kept app joins the Stop already running (one
// line in the timeline per failed kill), and the window's Stop is off
// while it runs.
void TestE2bStopTruth::keptApp_secondStop_joinsTheFirst_andTheWindowsStopIsOff()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    const QString id = CloudWorkflow::spawnAndKeep(dir.path(), server, CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    QSignalSpy killFailed(again.cloud().e2bProvider(), &E2bSandboxProvider::killFailed);
    server.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));

    SessionActions actions(&again.manager());
    actions.setSessionId(id);
    QVERIFY(actions.stopAction()->isEnabled());
    actions.stopAction()->trigger();
    QVERIFY(!actions.stopAction()->isEnabled());
    QVERIFY(!again.manager().stop(id, u"stopped from the tray"_s).isError());
    QCOMPARE(again.cloud().findChildren<CloudSandboxStop *>().size(), 1);

    QTRY_VERIFY2_WITH_TIMEOUT(killFailed.size() >= 2, qPrintable(timeline(again, id)), 20000);
    QCOMPARE(linesStartingWith(again, id, StillRunning), int(killFailed.size()));
    QVERIFY(!actions.stopAction()->isEnabled());
    QCOMPARE(again.status(id), SessionStatus::Ready);

    server.clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(again.status(id), SessionStatus::Stopped, 30000);
    QCOMPARE(again.store().events(id).constLast().detail, u"stopped from the window"_s);
    QCOMPARE(server.killCount(), 1);
    QVERIFY(!actions.stopAction()->isEnabled());
    QTRY_VERIFY(again.cloud().findChildren<CloudSandboxStop *>().isEmpty());
}

QTEST_MAIN(TestE2bStopTruth)
#include "test_e2b_stoptruth.moc"
