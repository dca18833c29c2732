// SPDX-License-Identifier: MIT
#include "billing/pricetable.h"
#include "cloudworkflow.h"
#include "common/paths.h"
#include "common/pendingoperation.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/memorysandboxledger.h"
#include "sandbox/sandboxoperations.h"
#include "store/sessionstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// E2B bills a sandbox on the vCPUs and memory its template gives it, which
// GET /sandboxes/{id} reports (cpuCount, memoryMB); nothing assumes E2B's
// default 2 vCPUs and 512 MiB. The in-test server reports 8 vCPUs and
// 4096 MiB here.
class TestE2bSandboxSize final : public QObject
{
    Q_OBJECT

private slots:
    void run_isBilledOnTheReportedSize();
    void goneSandbox_isStillBilledOnItsReportedSize();

private:
    QTemporaryDir m_dataDir;
};

namespace {
const QString E2bKind = QStringLiteral("e2b");

FakeE2bServer::Options eightVcpus()
{
    FakeE2bServer::Options options;
    options.cpuCount = 8;
    options.memoryMB = 4096;
    return options;
}

template <typename Op>
bool finishes(Op *operation, int ms = 15000)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(ms);
}
} // namespace

void TestE2bSandboxSize::run_isBilledOnTheReportedSize()
{
    QTemporaryDir dir;
    FakeE2bServer server(eightVcpus());
    CloudWorkflow flow(dir.path(), server);
    QVERIFY(flow.isValid());
    const QString id = flow.spawn(CloudWorkflow::templateRequest(QStringLiteral("static-site")));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)), 20000);
    QVERIFY2(flow.status(id) == SessionStatus::Ready, qPrintable(flow.describe(id)));
    // The client asked E2B for the sandbox's details and kept its size.
    QVERIFY(!server.requestsTo(QStringLiteral("api GET /sandboxes/{id}")).isEmpty());
    E2bSandbox *sandbox = flow.e2bSandbox(id);
    QVERIFY(sandbox);
    QCOMPARE(sandbox->record().cpuCount, 8);
    QCOMPARE(sandbox->record().memoryMB, 4096);
    QTRY_VERIFY_WITH_TIMEOUT(flow.store().usage(id).value(0).cpuSeconds > 0.0, 10000);

    flow.stopAndExpectClean(id);
    const QList<UsageRecord> usage = flow.store().usage(id);
    QCOMPARE(usage.size(), 1);
    const UsageRecord &run = usage.first();
    QVERIFY(run.endTime.isValid());
    // cpu_seconds is allocated vCPU-seconds: 8 for every second the sandbox
    // ran (from E2B's start, a moment before the row's), and memory 4 GiB.
    const double seconds = double(run.startTime.msecsTo(run.endTime)) / 1000.0;
    QVERIFY2(run.cpuSeconds >= 8.0 * (seconds - 0.5) && run.cpuSeconds <= 8.0 * (seconds + 5.0),
             qPrintable(QStringLiteral("%1 vCPU-seconds in %2 s").arg(run.cpuSeconds).arg(seconds)));
    QVERIFY2(qAbs(run.memoryGbSeconds - run.cpuSeconds / 2.0) < 1e-9,
             qPrintable(QStringLiteral("%1 GiB-s for %2 vCPU-s").arg(run.memoryGbSeconds).arg(run.cpuSeconds)));
    const double price = PriceTable::builtin().sandboxCost(E2bKind, run.cpuSeconds, run.memoryGbSeconds);
    QVERIFY(price > 0.0);
    QVERIFY2(qAbs(run.actualCost - price) < 1e-12,
             qPrintable(QStringLiteral("%1 != %2").arg(run.actualCost, 0, 'g', 17).arg(price, 0, 'g', 17)));
    // Four times what 2 vCPUs and 512 MiB would have cost, and more.
    const double assumed = PriceTable::builtin().sandboxCost(E2bKind, 2.0 * seconds, 0.5 * seconds);
    QVERIFY2(run.actualCost > 3.5 * assumed, qPrintable(QStringLiteral("%1 vs %2").arg(run.actualCost).arg(assumed)));
}

void TestE2bSandboxSize::goneSandbox_isStillBilledOnItsReportedSize()
{
    Paths::setDataDirOverride(m_dataDir.path());
    FakeE2bServer server(eightVcpus());
    E2bConfig config = CloudWorkflow::configFor(server);
    config.installId = QStringLiteral("size-test");
    MemorySandboxLedger ledger;
    E2bSandboxProvider provider(config, &ledger);
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("size-session");
    spec.timeout = 300s;
    std::unique_ptr<SandboxCreation> creation(provider.create(spec));
    QVERIFY(finishes(creation.get(), 30000));
    QVERIFY2(creation->succeeded(), qPrintable(creation->error().message));
    std::unique_ptr<Sandbox> sandbox(creation->takeSandbox());
    const auto *e2b = qobject_cast<E2bSandbox *>(sandbox.get());
    QVERIFY(e2b);
    // A second of running, so that its bill is more than a rounding.
    const QDateTime startedAt = e2b->startedAt();
    QTRY_VERIFY_WITH_TIMEOUT(startedAt.msecsTo(QDateTime::currentDateTimeUtc()) >= 1000, 5000);

    // Gone on E2B's side (expired, killed elsewhere): its metrics are 404.
    server.killAll();
    std::unique_ptr<UsageReading> reading(sandbox->readUsage());
    QVERIFY(finishes(reading.get()));
    const double seconds = double(startedAt.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    const QList<FakeE2bServer::Received> metrics = server.requestsTo(QStringLiteral("api GET /sandboxes/{id}/metrics"));
    QVERIFY(!metrics.isEmpty());
    QCOMPARE(metrics.constLast().status, 404);
    QVERIFY2(reading->succeeded(), qPrintable(reading->error().message));
    const SandboxUsage usage = reading->usage();
    // What it was allocated still counts, at 8 vCPUs and 4 GiB.
    QVERIFY2(usage.allocatedCpuSeconds >= 8.0 && usage.allocatedCpuSeconds <= 8.0 * seconds,
             qPrintable(QStringLiteral("%1 vCPU-seconds in %2 s").arg(usage.allocatedCpuSeconds).arg(seconds)));
    QVERIFY(qAbs(usage.allocatedMemoryGbSeconds - usage.allocatedCpuSeconds / 2.0) < 1e-9);
    sandbox->destroyNow();
}

QTEST_GUILESS_MAIN(TestE2bSandboxSize)
#include "test_e2b_sandboxsize.moc"
