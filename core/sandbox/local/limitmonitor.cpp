// SPDX-License-Identifier: MIT
#include "limitmonitor.h"

#include <QTimer>

LimitMonitor::LimitMonitor(Limiter limiter, DiskQuery diskQuery, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_limiter(std::move(limiter))
    , m_diskQuery(std::move(diskQuery))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &LimitMonitor::check);
}

LimitMonitor::~LimitMonitor() = default;

void LimitMonitor::start()
{
    if (const ResourceLimiter *limiter = m_limiter())
        m_baseline = limiter->counters();
    m_timer->start();
}

void LimitMonitor::stop()
{
    m_timer->stop();
}

void LimitMonitor::check()
{
    if (m_checkPending)
        return;
    // Memory and process limits show in the group's counters at once; the
    // workspace needs a look from inside.
    if (const auto limit = breach()) {
        emit limitReached(*limit);
        return;
    }
    m_checkPending = true;
    m_diskQuery([this](const QJsonObject &df) {
        m_checkPending = false;
        if (const auto limit = breach(df))
            emit limitReached(*limit);
    });
}

void LimitMonitor::checkAfterExit(std::function<void(const std::optional<SpawnError> &)> report)
{
    m_diskQuery([this, report](const QJsonObject &df) {
        const auto limit = breach(df);
        report(limit);
        if (limit)
            emit limitReached(*limit);
    });
}

std::optional<SpawnError> LimitMonitor::breach(qint64 workspaceUsed, qint64 workspaceTotal) const
{
    const ResourceLimiter *limiter = m_limiter();
    if (!limiter)
        return std::nullopt;
    return limiter->breach(m_baseline, workspaceUsed, workspaceTotal);
}

std::optional<SpawnError> LimitMonitor::breach(const QJsonObject &df) const
{
    return breach(df.value(u"used").toInteger(), df.value(u"total").toInteger());
}
