// SPDX-License-Identifier: MIT
#include "e2busage.h"

#include <QJsonObject>

#include <algorithm>

namespace {
constexpr qint64 SampleSeconds = 5;
constexpr double MiB = 1024.0 * 1024.0;

qint64 integer(const QJsonValue &value)
{
    // int64 may come as a string from protojson-minded servers.
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}
} // namespace

SandboxUsage E2bUsage::fromMetrics(const QJsonArray &samples, const Allocation &allocation)
{
    QList<QJsonObject> sorted;
    for (const QJsonValue &value : samples)
        sorted << value.toObject();
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return integer(a.value(u"timestampUnix")) < integer(b.value(u"timestampUnix"));
    });

    SandboxUsage usage;
    int cpuCount = allocation.cpuCount;
    double memoryMB = allocation.memoryMB;
    qint64 previous = allocation.startedAt.isValid() ? allocation.startedAt.toSecsSinceEpoch() : 0;
    for (const QJsonObject &sample : std::as_const(sorted)) {
        const qint64 time = integer(sample.value(u"timestampUnix"));
        const qint64 span = previous > 0 ? std::clamp<qint64>(time - previous, 0, SampleSeconds) : SampleSeconds;
        previous = time;
        const int cores = sample.value(u"cpuCount").toInt();
        usage.cpuSeconds += double(span) * sample.value(u"cpuUsedPct").toDouble() / 100.0 * cores;
        usage.memoryBytes = integer(sample.value(u"memUsed"));
        usage.peakMemoryBytes = std::max(usage.peakMemoryBytes, usage.memoryBytes);
        usage.workspaceBytes = integer(sample.value(u"diskUsed"));
        if (allocation.cpuCount <= 0)
            cpuCount = cores;
        if (allocation.memoryMB <= 0)
            memoryMB = double(integer(sample.value(u"memTotal"))) / MiB;
    }

    if (allocation.startedAt.isValid() && allocation.endedAt.isValid()) {
        const double seconds = std::max<qint64>(0, allocation.startedAt.msecsTo(allocation.endedAt)) / 1000.0;
        usage.allocatedCpuSeconds = cpuCount * seconds;
        usage.allocatedMemoryGbSeconds = memoryMB / 1024.0 * seconds;
        usage.allocatedSeconds = seconds;
    }
    return usage;
}
