// SPDX-License-Identifier: MIT
#include "stallprobe.h"

#include <QFile>

#include <algorithm>
#include <chrono>

namespace {
qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// This thread's time on the CPU and waiting on a run queue, in ns.
std::pair<qint64, qint64> schedstat()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    const QList<QByteArray> fields = file.open(QIODevice::ReadOnly) ? file.readAll().split(' ') : QList<QByteArray>();
    if (fields.size() < 2)
        return {0, 0};
    return {fields.at(0).toLongLong(), fields.at(1).toLongLong()};
}
} // namespace

void StallProbe::start()
{
    m_maxGapNs = m_maxOwnNs = m_maxOwnCpuNs = 0;
    m_over10 = m_ownOver10 = 0;
    m_last = nowNs();
    m_lastStat = schedstat();
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    m_timer.start(1);
}

void StallProbe::stop()
{
    m_timer.stop();
    m_timer.disconnect(this);
}

void StallProbe::tick()
{
    const qint64 now = nowNs();
    const std::pair<qint64, qint64> stat = schedstat();
    const qint64 gap = now - m_last;
    const qint64 own = gap - std::max<qint64>(0, stat.second - m_lastStat.second);
    m_maxGapNs = std::max(m_maxGapNs, gap);
    if (own > m_maxOwnNs) {
        m_maxOwnNs = own;
        m_maxOwnCpuNs = stat.first - m_lastStat.first;
    }
    m_over10 += gap > 10'000'000 ? 1 : 0;
    m_ownOver10 += own > 10'000'000 ? 1 : 0;
    m_last = now;
    m_lastStat = stat;
}
