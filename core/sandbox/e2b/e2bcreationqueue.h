// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

// Holds the plan's limits on this side instead of learning them from 429s:
// at most `maxConcurrent` sandboxes alive at once and at most `perSecond`
// creations a second (a token bucket). A creation that must wait is told
// why; it goes on by itself in arrival order.
class E2bCreationQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(E2bCreationQueue)

public:
    E2bCreationQueue(int maxConcurrent, int perSecond, const QString &planName, QObject *parent = nullptr);
    ~E2bCreationQueue() override;

    // `admit` runs (from the event loop) once a slot and a token are free;
    // `waiting` runs whenever the reason to wait changes. Both are dropped
    // with `context`. An admitted creation holds its slot until release().
    // `standingReason`: the creation already waits for that (E2B refused
    // it with a 429 and it tries again); the creation rate's pacing of its
    // next try is not announced over it, since it is not why it waits.
    void enqueue(QObject *context, std::function<void()> admit, std::function<void(const QString &)> waiting,
                 const QString &standingReason = {});
    // A sandbox ended or a creation failed: its slot is free again.
    void release();
    // A slot for a sandbox that already exists (found again after a crash).
    void occupy() { ++m_inUse; }
    // The plan changed in Settings: the new limits hold from the next
    // admission on (a higher one admits waiting creations at once).
    void setLimits(int maxConcurrent, int perSecond, const QString &planName);

    int inUse() const { return m_inUse; }
    int queued() const { return int(m_tickets.size()); }

private:
    struct Ticket
    {
        QPointer<QObject> context;
        std::function<void()> admit;
        std::function<void(const QString &)> waiting;
        QString lastReason;
        bool retry = false;
    };

    void schedulePump();
    void pump();
    void refill();
    void tell(Ticket &ticket, const QString &reason);

    int m_maxConcurrent;
    int m_perSecond;
    QString m_planName;
    int m_inUse = 0;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    QList<Ticket> m_tickets;
    QTimer *m_timer;
};
