// SPDX-License-Identifier: MIT
#include "sessiondelete.h"

#include "runregistry.h"
#include "sessionmanager.h"
#include "secrets/appenvironmentwrite.h"
#include "sessionrunner.h"
#include "store/database.h"
#include "store/sessionpurge.h"
#include "store/sessionstore.h"

#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcDelete, "spawnai.workflow.delete", QtInfoMsg)
} // namespace

SessionDelete::SessionDelete(SessionManager *manager, const QString &sessionId, bool purge, QObject *parent)
    : AsyncOperation(parent)
    , m_manager(manager)
    , m_sessionId(sessionId)
    , m_purge(purge)
{
}

SessionDelete::~SessionDelete()
{
    abortWork();
}

void SessionDelete::start()
{
    if (!m_manager) {
        finishLater(SpawnError::system(tr("SpawnAI is closing")));
        return;
    }
    SessionStore *store = m_manager->store();
    if (!store->session(m_sessionId)) {
        finishLater(SpawnError::user(tr("There is no session %1").arg(m_sessionId)));
        return;
    }
    if (const SpawnError journaled = journal(store, m_sessionId, m_purge); journaled.isError()) {
        finishLater(journaled);
        return;
    }
    connect(store, &SessionStore::sessionChanged, this, [this](const QString &id) {
        if (id == m_sessionId && m_stopAsked)
            check();
    });
    connect(m_manager, &SessionManager::stoppingChanged, this, [this](const QString &id) {
        if (id == m_sessionId && m_stopAsked)
            check();
    });
    const SessionRunner *running = m_manager->runner(m_sessionId);
    if ((!running || running->hasEnded()) && RunRegistry::owner(m_sessionId) != 0)
        waitForOwner();
    else
        stopHere();
}

SpawnError SessionDelete::journal(SessionStore *store, const QString &sessionId, bool purge)
{
    // Journal first: a purge that a crash or a Stop E2B does not confirm
    // cuts short is completed at the next start (SessionPurge::completePending).
    if (purge) {
        if (const SpawnError error = SessionPurge::request(store->database().connection(), sessionId); error.isError())
            return error;
    }
    // And the timeline says it was asked, whatever happens next.
    return store->appendEvent(sessionId, EventKind::Step,
                              purge ? tr("Delete requested: the app stops, then the session is erased but for its costs")
                                    : tr("Delete requested: the app stops; the history stays"));
}

void SessionDelete::waitForOwner()
{
    RunRegistry::requestStop(m_sessionId);
    // The owner stops it and releases its claim; the run folder says when.
    m_ownerWatch = new QFileSystemWatcher({RunRegistry::runDir()}, this);
    const auto ownerGone = [this] {
        if (RunRegistry::owner(m_sessionId) != 0 || !m_ownerWatch)
            return;
        m_ownerWatch->deleteLater();
        m_ownerWatch = nullptr;
        stopHere();
    };
    connect(m_ownerWatch, &QFileSystemWatcher::directoryChanged, this, ownerGone);
    QTimer::singleShot(0, this, ownerGone);
}

void SessionDelete::stopHere()
{
    if (isFinished() || !m_manager)
        return;
    // Stop's own path: a cloud sandbox left without a runner ends only
    // once E2B confirms it (the manager's detached stop).
    const SpawnError refused = m_manager->stop(m_sessionId, m_purge ? tr("deleted") : tr("deleted; history kept"));
    if (refused.isError()) {
        finishLater(refused);
        return;
    }
    m_stopAsked = true;
    QTimer::singleShot(0, this, &SessionDelete::check);
}

void SessionDelete::check()
{
    if (isFinished())
        return;
    if (!m_manager) {
        finishWithError(SpawnError::system(tr("SpawnAI is closing")));
        return;
    }
    const std::optional<Session> session = m_manager->store()->session(m_sessionId);
    if (!session) {
        finishWithError(SpawnError::user(tr("There is no session %1").arg(m_sessionId)));
        return;
    }
    if (!isTerminal(session->status) || m_manager->isStopping(m_sessionId))
        return;  // the Stop is under way; its end is a store change
    if (!session->environmentNames.isEmpty() && !m_environmentRemoved) {
        removeEnvironment(session->environmentNames);
        return;
    }
    if (!m_purge) {
        finishSuccess();
        return;
    }
    if (const SpawnError error = m_manager->store()->purgeSession(m_sessionId); error.isError()) {
        qCWarning(lcDelete) << "the purge of" << m_sessionId << "failed:" << error.message;
        finishWithError(error);
        return;
    }
    finishSuccess();
}

void SessionDelete::removeEnvironment(const QStringList &names)
{
    if (m_environmentRemoval)
        return;
    // The app's secrets go with the session, purged or not; the names stay
    // in a kept history, whose redeploy asks for the values again.
    auto *removal = new AppEnvironmentWrite(m_manager->secretStore(), m_sessionId, {}, names, this);
    m_environmentRemoval = removal;
    connect(removal, &AsyncOperation::finished, this, [this, removal] {
        if (!removal->succeeded())
            qCWarning(lcDelete) << "could not remove the app environment of" << m_sessionId
                                << "from the keychain:" << removal->error().message;
        m_environmentRemoved = true;
        check();
    });
    removal->start();
}

void SessionDelete::abortWork()
{
    if (m_ownerWatch) {
        m_ownerWatch->disconnect(this);
        m_ownerWatch->deleteLater();
        m_ownerWatch = nullptr;
    }
    m_stopAsked = false;
}
