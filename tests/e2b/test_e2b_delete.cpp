// SPDX-License-Identifier: MIT
#include "cloudworkflow.h"
#include "fakee2bserver.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/sessiondelete.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Delete of an E2B app against the in-test E2B server: the run is stopped
// as Stop stops it, so the session is erased only once E2B confirmed its
// sandbox gone, and its bill, which runs until then, stays.
class TestE2bDelete final : public QObject
{
    Q_OBJECT

private slots:
    void runningApp_killRefused_isErasedOnlyOnceE2bConfirms_andItsBillStays();
    void keptApp_isKilledFirst_thenErased();
    void cancelWhileE2bRefuses_keepsTheSession();
};

namespace {
bool readyIn(CloudWorkflow &flow, const QString &id)
{
    return QTest::qWaitFor([&] { return flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)); },
                           20000)
        && flow.status(id) == SessionStatus::Ready;
}

bool saysStillRunning(CloudWorkflow &flow, const QString &id)
{
    for (const SessionEvent &event : flow.store().events(id)) {
        if (event.detail.startsWith(u"Still running on E2B"))
            return true;
    }
    return false;
}
} // namespace

void TestE2bDelete::runningApp_killRefused_isErasedOnlyOnceE2bConfirms_andItsBillStays()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    QDateTime killed;
    connect(&server, &FakeE2bServer::sandboxKilled, this, [&killed] { killed = QDateTime::currentDateTimeUtc(); });
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    const QString id = flow.spawn(CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    QVERIFY2(readyIn(flow, id), qPrintable(flow.describe(id)));
    server.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));

    std::unique_ptr<SessionDelete> deletion(flow.manager().deleteSession(id, true));
    QSignalSpy finished(deletion.get(), &AsyncOperation::finished);
    deletion->start();
    QTRY_VERIFY_WITH_TIMEOUT(saysStillRunning(flow, id), 10000);
    // E2B has not confirmed: nothing is erased, the session keeps its status.
    QCOMPARE(finished.size(), 0);
    QCOMPARE(flow.status(id), SessionStatus::Ready);
    QVERIFY(flow.store().latestAppVersion(id));
    QCOMPARE(server.liveSandboxCount(), 1);

    server.clearFaults();
    QVERIFY(finished.wait(30000));
    QVERIFY2(deletion->succeeded(), qPrintable(deletion->error().message));
    QVERIFY(!flow.store().session(id));
    QCOMPARE(server.liveSandboxCount(), 0);
    QVERIFY(flow.ledger().openEntries(u"e2b"_s).isEmpty());
    // The run's bill is kept, closed when E2B confirmed the kill.
    const UsageRecord run = flow.store().usage(id).value(0);
    QVERIFY(run.endTime.isValid());
    QVERIFY2(qAbs(run.endTime.msecsTo(killed)) < 500, qPrintable(run.endTime.toString(Qt::ISODateWithMs)));
    QVERIFY(run.actualCost > 0.0);
}

void TestE2bDelete::keptApp_isKilledFirst_thenErased()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    const QString id = CloudWorkflow::spawnAndKeep(dir.path(), server, CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    QCOMPARE(server.liveSandboxCount(), 1);
    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());

    std::unique_ptr<SessionDelete> deletion(again.manager().deleteSession(id, true));
    QSignalSpy finished(deletion.get(), &AsyncOperation::finished);
    deletion->start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(deletion->succeeded(), qPrintable(deletion->error().message));
    QCOMPARE(server.liveSandboxCount(), 0);
    QVERIFY(!again.store().session(id));
    QVERIFY(again.ledger().openEntries(u"e2b"_s).isEmpty());
}

void TestE2bDelete::cancelWhileE2bRefuses_keepsTheSession()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    const QString id = flow.spawn(CloudWorkflow::templateRequest(u"static-site"_s));
    QVERIFY(!id.isEmpty());
    QVERIFY2(readyIn(flow, id), qPrintable(flow.describe(id)));
    server.addFault(FakeE2bFault::respond(u"api DELETE /sandboxes/{id}"_s, 500).repeat(100000));

    std::unique_ptr<SessionDelete> deletion(flow.manager().deleteSession(id, true));
    QSignalSpy finished(deletion.get(), &AsyncOperation::finished);
    deletion->start();
    QTRY_VERIFY_WITH_TIMEOUT(saysStillRunning(flow, id), 10000);
    deletion->cancel();
    QCOMPARE(finished.size(), 1);
    // The Stop goes on (the sweep's retries); the session is stopped, not erased.
    server.clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(flow.status(id), SessionStatus::Stopped, 30000);
    QVERIFY(flow.store().session(id));
    QVERIFY(flow.store().latestAppVersion(id));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestE2bDelete)
#include "test_e2b_delete.moc"
