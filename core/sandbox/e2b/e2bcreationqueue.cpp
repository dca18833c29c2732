// SPDX-License-Identifier: MIT
#include "e2bcreationqueue.h"

#include <QTimer>

#include <cmath>

E2bCreationQueue::E2bCreationQueue(int maxConcurrent, int perSecond, const QString &planName, QObject *parent)
    : QObject(parent)
    , m_maxConcurrent(std::max(1, maxConcurrent))
    , m_perSecond(std::max(1, perSecond))
    , m_planName(planName)
    , m_tokens(m_perSecond)
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &E2bCreationQueue::pump);
}

E2bCreationQueue::~E2bCreationQueue() = default;

void E2bCreationQueue::enqueue(QObject *context, std::function<void()> admit,
                               std::function<void(const QString &)> waiting, const QString &standingReason)
{
    m_tickets.append({context, std::move(admit), std::move(waiting), standingReason, !standingReason.isEmpty()});
    schedulePump();
}

void E2bCreationQueue::release()
{
    if (m_inUse > 0)
        --m_inUse;
    schedulePump();
}

void E2bCreationQueue::setLimits(int maxConcurrent, int perSecond, const QString &planName)
{
    refill();
    m_maxConcurrent = std::max(1, maxConcurrent);
    m_perSecond = std::max(1, perSecond);
    m_planName = planName;
    m_tokens = std::min<double>(m_tokens, m_perSecond);
    // The reason a waiting creation was given may have changed too.
    for (Ticket &ticket : m_tickets)
        ticket.lastReason.clear();
    schedulePump();
}

void E2bCreationQueue::schedulePump()
{
    // From the event loop: admit() must never run inside the caller's call.
    if (!m_timer->isActive() || m_timer->remainingTime() > 0)
        m_timer->start(0);
}

void E2bCreationQueue::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min<double>(m_perSecond, m_tokens + double(now - m_lastRefillMs) * m_perSecond / 1000.0);
    m_lastRefillMs = now;
}

void E2bCreationQueue::pump()
{
    m_tickets.removeIf([](const Ticket &ticket) { return !ticket.context; });
    while (!m_tickets.isEmpty()) {
        if (m_inUse >= m_maxConcurrent) {
            const QString reason = tr("the %1 plan runs at most %2 at once")
                                       .arg(m_planName)
                                       .arg(m_maxConcurrent);
            for (Ticket &ticket : m_tickets)
                tell(ticket, reason);
            return;  // release() pumps again
        }
        refill();
        if (m_tokens < 1.0) {
            const QString reason = tr("the %1 plan creates at most %n E2B sandbox(es) a second", nullptr, m_perSecond)
                                       .arg(m_planName);
            for (Ticket &ticket : m_tickets) {
                if (!ticket.retry)
                    tell(ticket, reason);
            }
            const double missing = 1.0 - m_tokens;
            m_timer->start(int(std::ceil(missing * 1000.0 / m_perSecond)));
            return;
        }
        m_tokens -= 1.0;
        ++m_inUse;
        Ticket ticket = m_tickets.takeFirst();
        const QPointer<E2bCreationQueue> self(this);
        ticket.admit();
        if (!self)
            return;
    }
}

void E2bCreationQueue::tell(Ticket &ticket, const QString &reason)
{
    if (ticket.lastReason == reason || !ticket.context)
        return;
    ticket.lastReason = reason;
    ticket.waiting(reason);
}
