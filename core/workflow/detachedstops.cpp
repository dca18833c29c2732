// SPDX-License-Identifier: MIT
#include "detachedstops.h"

#include "cloudsandboxstop.h"
#include "sessionmanager.h"

DetachedStops::DetachedStops(SandboxLedger *ledger, SessionStore *store, SessionManager *manager, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_store(store)
    , m_manager(manager)
{
}

DetachedStops::~DetachedStops()
{
    cancelAll();
}

CloudSandboxStop *DetachedStops::stop(SandboxProvider *provider, const QString &sessionId, const QString &reason,
                                      const QStringList &sandboxIds)
{
    if (CloudSandboxStop *running = m_stops.value(sessionId))
        return running;
    auto *stop = new CloudSandboxStop(provider, m_ledger, m_store, sessionId, reason, sandboxIds, this);
    m_stops.insert(sessionId, stop);
    m_manager->setStopping(sessionId, true);
    connect(stop, &AsyncOperation::finished, this, [this, stop, sessionId] {
        if (m_stops.value(sessionId) == stop)
            m_stops.remove(sessionId);
        stop->deleteLater();
        m_manager->setStopping(sessionId, false);
        emit stopEnded(sessionId);
    });
    stop->start();
    return stop;
}

CloudSandboxStop *DetachedStops::underWay(const QString &sessionId) const
{
    return m_stops.value(sessionId);
}

bool DetachedStops::reportStillRunning(const QString &sessionId, const QString &sandboxId, const SpawnError &error,
                                       std::chrono::seconds nextTry)
{
    CloudSandboxStop *stop = m_stops.value(sessionId);
    return stop && stop->reportStillRunning(sandboxId, error, nextTry);
}

void DetachedStops::recheck()
{
    // A Stop that finishes leaves the list while this goes through it.
    for (const QPointer<CloudSandboxStop> &stop : m_stops.values()) {
        if (stop)
            stop->recheck();
    }
}

void DetachedStops::cancelAll()
{
    for (const QPointer<CloudSandboxStop> &stop : m_stops.values()) {
        if (stop)
            stop->cancel();
    }
}
