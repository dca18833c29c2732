// SPDX-License-Identifier: MIT
#include "sandbox/e2b/e2busage.h"

#include <QJsonObject>
#include <QTest>

class TestE2bUsage final : public QObject
{
    Q_OBJECT

private slots:
    void allocation_isCoresAndGibTimesRunningSeconds();
    void samples_giveUsedCpuAndMemory();
    void noAllocationKnown_takesItFromTheSamples();
};

namespace {
QJsonObject sample(qint64 time, double cpuPct, qint64 memUsed, int cpuCount = 2)
{
    return QJsonObject{{QStringLiteral("timestampUnix"), time},     {QStringLiteral("cpuCount"), cpuCount},
                       {QStringLiteral("cpuUsedPct"), cpuPct},      {QStringLiteral("memUsed"), memUsed},
                       {QStringLiteral("memTotal"), 536870912LL},   {QStringLiteral("memCache"), 0},
                       {QStringLiteral("diskUsed"), 1000000},       {QStringLiteral("diskTotal"), 2000000}};
}
} // namespace

void TestE2bUsage::allocation_isCoresAndGibTimesRunningSeconds()
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const SandboxUsage usage = E2bUsage::fromMetrics({}, {2, 512, start, start.addSecs(3600)});
    QCOMPARE(usage.allocatedCpuSeconds, 7200.0);
    QCOMPARE(usage.allocatedMemoryGbSeconds, 1800.0);
    // A larger template: what E2B reports, not the default size.
    const SandboxUsage large = E2bUsage::fromMetrics({}, {8, 4096, start, start.addSecs(3600)});
    QCOMPARE(large.allocatedCpuSeconds, 28800.0);
    QCOMPARE(large.allocatedMemoryGbSeconds, 14400.0);
}

void TestE2bUsage::samples_giveUsedCpuAndMemory()
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const qint64 t0 = start.toSecsSinceEpoch();
    // Out of order on purpose: the answer's order is not promised.
    const QJsonArray samples{sample(t0 + 10, 100.0, 300), sample(t0 + 5, 50.0, 400)};
    const SandboxUsage usage = E2bUsage::fromMetrics(samples, {2, 512, start, start.addSecs(10)});
    // 5 s at 50 % of 2 cores + 5 s at 100 % of 2 cores.
    QCOMPARE(usage.cpuSeconds, 15.0);
    QCOMPARE(usage.memoryBytes, 300);
    QCOMPARE(usage.peakMemoryBytes, 400);
    QCOMPARE(usage.workspaceBytes, 1000000);
}

void TestE2bUsage::noAllocationKnown_takesItFromTheSamples()
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const SandboxUsage usage = E2bUsage::fromMetrics({sample(start.toSecsSinceEpoch() + 5, 0, 1, 4)},
                                                     {0, 0, start, start.addSecs(100)});
    QCOMPARE(usage.allocatedCpuSeconds, 400.0);
    QCOMPARE(usage.allocatedMemoryGbSeconds, 50.0);
}

QTEST_GUILESS_MAIN(TestE2bUsage)
#include "test_e2b_usage.moc"
