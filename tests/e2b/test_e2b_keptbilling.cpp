// SPDX-License-Identifier: MIT
#include "billing/budgetpolicy.h"
#include "billing/budget.h"
#include "billing/budgetnotifier.h"
#include "billing/costtracker.h"
#include "billing/pricetable.h"
#include "cloudworkflow.h"
#include "common/pendingoperation.h"
#include "fakee2bserver.h"
#include "store/sessionstore.h"
#include "workflow/budgetenforcer.h"
#include "workflow/cloudsandboxes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// A sandbox kept running when SpawnAI closes goes on running on E2B, which
// bills every second of it. The history must too: on the next start its
// run is billed up to now, and once it ends (a Stop, or its expiry while
// SpawnAI is closed) up to the moment E2B ended it; the month's total and
// the budget count it. Measured against the in-test server's own clock of
// when the sandbox was created and when it ended.
class TestE2bKeptBilling final : public QObject
{
    Q_OBJECT

private slots:
    void keptSandbox_restartAndStop_billsTheWholeTimeItRan();
    void keptSandbox_endedWhileClosed_isBilledUpToItsEnd();
};

namespace {
const QString E2bKind = QStringLiteral("e2b");

template <typename Op>
bool finishes(Op *operation, int ms = 15000)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(ms);
}

// What 2 vCPUs and 512 MiB (the in-test server's default size) cost for `seconds`.
double costOf(double seconds)
{
    return PriceTable::builtin().sandboxCost(E2bKind, 2.0 * seconds, 0.5 * seconds);
}

double monthSpent(SessionStore &store)
{
    double spent = 0.0;
    CostTracker(store.database()).monthSpent(QDateTime::currentDateTimeUtc().date(), &spent);
    return spent;
}

// When the server made and ended each sandbox, by the wall clock.
struct ServerClock
{
    QHash<QString, QDateTime> created;
    QHash<QString, QDateTime> ended;

    explicit ServerClock(FakeE2bServer &server, QObject *context)
    {
        QObject::connect(&server, &FakeE2bServer::sandboxCreated, context,
                         [this](const QString &id) { created.insert(id, QDateTime::currentDateTimeUtc()); });
        const auto end = [this](const QString &id) { ended.insert(id, QDateTime::currentDateTimeUtc()); };
        QObject::connect(&server, &FakeE2bServer::sandboxKilled, context, end);
        QObject::connect(&server, &FakeE2bServer::sandboxExpired, context, end);
    }
    double ranSeconds(const QString &id) const
    {
        return double(created.value(id).msecsTo(ended.value(id))) / 1000.0;
    }
};

QString describeRun(const UsageRecord &run, double realSeconds)
{
    return QStringLiteral("billed %1 vCPU-s, %2 GiB-s, $%3, %4 to %5; the sandbox really ran %6 s")
        .arg(run.cpuSeconds)
        .arg(run.memoryGbSeconds)
        .arg(run.actualCost, 0, 'f', 8)
        .arg(run.startTime.toString(Qt::ISODateWithMs), run.endTime.toString(Qt::ISODateWithMs))
        .arg(realSeconds);
}

// Spawns the static site on E2B with `timeout`, waits until it is ready and
// quits keeping it running. Returns the session id.
QString spawnAndKeep(const QString &dataDir, FakeE2bServer &server, std::chrono::seconds timeout,
                     QString *sandboxId, double *billedAtQuit)
{
    CloudWorkflow flow(dataDir, server);
    if (!flow.isValid())
        return {};
    SpawnRequest request = CloudWorkflow::templateRequest(QStringLiteral("static-site"));
    request.timeout = timeout;
    const QString id = flow.spawn(request);
    if (id.isEmpty())
        return {};
    if (!QTest::qWaitFor([&] { return flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)); },
                         20000)
        || flow.status(id) != SessionStatus::Ready) {
        qWarning().noquote() << flow.describe(id);
        return {};
    }
    *sandboxId = flow.store().session(id)->sandboxId;
    PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s);
    if (!finishes(quit, 10000) || server.liveSandboxIds() != QStringList{*sandboxId})
        return {};
    *billedAtQuit = flow.store().usage(id).value(0).actualCost;
    return id;
}
} // namespace

void TestE2bKeptBilling::keptSandbox_restartAndStop_billsTheWholeTimeItRan()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    ServerClock clock(server, this);
    QString sandboxId;
    double billedAtQuit = 0.0;
    const QString id = spawnAndKeep(dir.path(), server, 300s, &sandboxId, &billedAtQuit);
    QVERIFY(!id.isEmpty());

    // SpawnAI stays closed while the sandbox runs on. The time has to pass;
    // there is nothing to wait for.
    QTest::qWait(2000);

    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    QCOMPARE(again.status(id), SessionStatus::Ready);
    // The start's sweep billed the run up to now: it still runs, so it has no end.
    const UsageRecord running = again.store().usage(id).value(0);
    const double soFar = double(clock.created.value(sandboxId).msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    QVERIFY2(!running.endTime.isValid(), qPrintable(describeRun(running, soFar)));
    QVERIFY2(running.cpuSeconds >= 2.0 * (soFar - 0.5), qPrintable(describeRun(running, soFar)));
    QVERIFY2(running.actualCost > billedAtQuit + costOf(1.5), qPrintable(describeRun(running, soFar)));
    // The month's total and the session's cost hold it.
    QVERIFY(qAbs(monthSpent(again.store()) - running.actualCost) < 1e-9);
    QVERIFY(qAbs(again.store().session(id)->actualCost - running.actualCost) < 1e-9);

    // A budget whose half is passed only by the time the app ran while
    // SpawnAI was closed: the budget counts it.
    QSignalSpy thresholds(again.manager().budget()->notifier(), &BudgetNotifier::thresholdReached);
    Budget budget;
    budget.monthly = 2.0 * (billedAtQuit + costOf(1.0));
    again.manager().budgetPolicy()->setBudget(budget);

    QVERIFY(!again.manager().stop(id, QStringLiteral("stopped after a restart")).isError());
    QTRY_COMPARE_WITH_TIMEOUT(again.status(id), SessionStatus::Stopped, 10000);
    QCOMPARE(server.liveSandboxCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(again.openLedgerEntries(), 0, 10000);
    QTRY_VERIFY(!thresholds.isEmpty());
    QCOMPARE(thresholds.first().first().toInt(), 50);

    // Billed from E2B's start to the confirmed kill: every second it ran.
    const UsageRecord run = again.store().usage(id).value(0);
    const double ran = clock.ranSeconds(sandboxId);
    qInfo().noquote() << describeRun(run, ran);
    QVERIFY2(run.endTime.isValid(), qPrintable(describeRun(run, ran)));
    QVERIFY2(qAbs(run.cpuSeconds / 2.0 - ran) < 0.5, qPrintable(describeRun(run, ran)));
    QVERIFY2(qAbs(run.memoryGbSeconds - run.cpuSeconds / 4.0) < 1e-9, qPrintable(describeRun(run, ran)));
    QVERIFY(qAbs(run.actualCost - PriceTable::builtin().sandboxCost(E2bKind, run.cpuSeconds, run.memoryGbSeconds))
            < 1e-12);
    QVERIFY2(qAbs(run.endTime.msecsTo(clock.ended.value(sandboxId))) < 500, qPrintable(describeRun(run, ran)));
    QVERIFY(qAbs(again.store().session(id)->actualCost - run.actualCost) < 1e-9);
    QVERIFY(qAbs(monthSpent(again.store()) - run.actualCost) < 1e-9);
}

void TestE2bKeptBilling::keptSandbox_endedWhileClosed_isBilledUpToItsEnd()
{
    QTemporaryDir dir;
    FakeE2bServer server;
    ServerClock clock(server, this);
    QString sandboxId;
    double billedAtQuit = 0.0;
    // Long enough to get ready, short enough to end while SpawnAI is closed.
    const QString id = spawnAndKeep(dir.path(), server, 4s, &sandboxId, &billedAtQuit);
    QVERIFY(!id.isEmpty());
    QSignalSpy expired(&server, &FakeE2bServer::sandboxExpired);
    QVERIFY(expired.wait(10000));

    CloudWorkflow again(dir.path(), server);
    QVERIFY(again.isValid());
    // E2B no longer lists it: the session ended with it, and its run is
    // billed up to E2B's end, not up to the quit nor up to now.
    QCOMPARE(again.status(id), SessionStatus::Expired);
    QCOMPARE(again.openLedgerEntries(), 0);
    const UsageRecord run = again.store().usage(id).value(0);
    const double ran = clock.ranSeconds(sandboxId);
    qInfo().noquote() << describeRun(run, ran);
    QVERIFY2(run.endTime.isValid(), qPrintable(describeRun(run, ran)));
    QVERIFY2(qAbs(run.cpuSeconds / 2.0 - ran) < 0.5, qPrintable(describeRun(run, ran)));
    QVERIFY2(run.actualCost > billedAtQuit, qPrintable(describeRun(run, ran)));
    QVERIFY2(qAbs(run.endTime.msecsTo(clock.ended.value(sandboxId))) < 1000, qPrintable(describeRun(run, ran)));
    QVERIFY(qAbs(monthSpent(again.store()) - run.actualCost) < 1e-9);
}

QTEST_GUILESS_MAIN(TestE2bKeptBilling)
#include "test_e2b_keptbilling.moc"
