// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

class CloudSandboxStop;
class SandboxLedger;
class SandboxProvider;
class SessionManager;
class SessionStore;
struct SpawnError;

// The Stops under way of sessions whose cloud sandboxes no runner holds
// (CloudSandboxStop), one per session: a second Stop of a session joins the
// first, so there is one kill and one timeline line per failure, and the
// manager knows a Stop is under way (SessionManager::isStopping: the
// window's Stop is off meanwhile). Each is deleted once it has finished.
class DetachedStops final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetachedStops)

public:
    // `ledger`, `store` and `manager` must outlive this object.
    DetachedStops(SandboxLedger *ledger, SessionStore *store, SessionManager *manager, QObject *parent = nullptr);
    ~DetachedStops() override;

    // The Stop of `sessionId` under way, or a new one that ends
    // `sandboxIds` through `provider` and then stops the session.
    CloudSandboxStop *stop(SandboxProvider *provider, const QString &sessionId, const QString &reason,
                           const QStringList &sandboxIds);
    CloudSandboxStop *underWay(const QString &sessionId) const;
    bool isEmpty() const { return m_stops.isEmpty(); }
    // Tells the Stop of `sessionId`, if any, that its kill of `sandboxId`
    // failed; false when no Stop under way ends that sandbox.
    bool reportStillRunning(const QString &sessionId, const QString &sandboxId, const SpawnError &error,
                            std::chrono::seconds nextTry);
    // The ledger may say more: each Stop looks again.
    void recheck();
    // Before the provider goes: the ledger lets the next sweep go on.
    void cancelAll();

signals:
    // The Stop of `sessionId` finished (or was cancelled) and is gone.
    void stopEnded(const QString &sessionId);

private:
    SandboxLedger *m_ledger;
    SessionStore *m_store;
    SessionManager *m_manager;
    QHash<QString, QPointer<CloudSandboxStop>> m_stops;
};
