// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"

#include <QPointer>
#include <QString>

class QFileSystemWatcher;
class SessionManager;
class SessionStore;

// Deletes a session (SessionManager::deleteSession): the request goes into
// its timeline first, then its run is stopped as Stop stops it (the runner
// here, the process that runs it, or its cloud sandbox, which must be
// confirmed gone: CloudSandboxes, DetachedStops), and only once the session
// has ended and no Stop is under way, with `purge`, it is erased but for
// its costs (SessionStore::purgeSession, one transaction). Without purge,
// delete is a stop: the history stays. finished() once done or refused; a
// Stop that E2B does not confirm keeps it waiting, so a caller that cannot
// wait cancels it (the Stop goes on, the purge does not happen).
class SessionDelete final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDelete)

public:
    SessionDelete(SessionManager *manager, const QString &sessionId, bool purge, QObject *parent = nullptr);
    ~SessionDelete() override;

    void start();
    const QString &sessionId() const { return m_sessionId; }
    // The first step of every delete, here and in `spawnai delete`: the
    // request goes into the session's timeline before anything is stopped.
    static SpawnError journal(SessionStore *store, const QString &sessionId, bool purge);
    bool purge() const { return m_purge; }

protected:
    void abortWork() override;

private:
    // Another process runs it: that process is asked, and this waits until it let go.
    void waitForOwner();
    void stopHere();
    void check();
    void removeEnvironment(const QStringList &names);

    QPointer<SessionManager> m_manager;
    QString m_sessionId;
    bool m_purge;
    bool m_stopAsked = false;
    QFileSystemWatcher *m_ownerWatch = nullptr;
    QPointer<AsyncOperation> m_environmentRemoval;
    bool m_environmentRemoved = false;
};
