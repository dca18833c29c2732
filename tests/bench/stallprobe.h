// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <utility>

// The longest gap between two ticks of a 1 ms timer: how long the event
// loop was busy with something else. On a loaded machine the thread also
// waits for a CPU; the kernel counts that wait (schedstat's run_delay), so
// each gap is also taken without it: what this process itself spent, on the
// CPU or blocked.
class StallProbe final : public QObject
{
public:
    void start();
    void stop();

    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    double maxOwnGapMs() const { return double(m_maxOwnNs) / 1e6; }
    double maxOwnGapCpuMs() const { return double(m_maxOwnCpuNs) / 1e6; }  // of it on the CPU; the rest blocked
    int gapsOver10Ms() const { return m_over10; }
    int ownGapsOver10Ms() const { return m_ownOver10; }

private:
    void tick();

    QTimer m_timer;
    qint64 m_last = 0;
    std::pair<qint64, qint64> m_lastStat;  // on the CPU, waiting for it (ns)
    qint64 m_maxGapNs = 0;
    qint64 m_maxOwnNs = 0;
    qint64 m_maxOwnCpuNs = 0;
    int m_over10 = 0;
    int m_ownOver10 = 0;
};
