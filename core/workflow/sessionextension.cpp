// SPDX-License-Identifier: MIT
#include "sessionextension.h"

#include "cloudsandboxes.h"
#include "endextension.h"
#include "runexpiry.h"
#include "runregistry.h"
#include "sessionmanager.h"
#include "sessionrunner.h"
#include "store/sessionstore.h"

#include <QFileSystemWatcher>
#include <QTimer>

SessionExtension::SessionExtension(SessionManager *manager, CloudSandboxes *cloud, const QString &sessionId,
                                   std::chrono::seconds more, QObject *parent)
    : PendingOperation(parent)
    , m_manager(manager)
    , m_cloud(cloud)
    , m_sessionId(sessionId)
    , m_more(more)
{
}

SessionExtension::~SessionExtension() = default;

void SessionExtension::start()
{
    const std::optional<Session> session = m_manager->store()->session(m_sessionId);
    if (!session) {
        finishLater(SpawnError::user(tr("There is no session %1").arg(m_sessionId)));
        return;
    }
    if (isTerminal(session->status)) {
        finishLater(SpawnError::user(tr("Session %1 is not running (it is %2): only a running sandbox can be "
                                      "extended. Redeploy it to run it again.")
                                       .arg(m_sessionId, sessionStatusToString(session->status))));
        return;
    }
    if (SessionRunner *runner = m_manager->runner(m_sessionId); runner && !runner->hasEnded()) {
        extendHere(runner);
    } else if (RunRegistry::requestExtend(m_sessionId, m_more)) {
        askOwner();
    } else if (m_cloud && m_cloud->isKeptRunning(m_sessionId)) {
        extendKept();
    } else if (!sandboxKindOutlivesProcess(session->sandboxKind)) {
        finishLater(SpawnError::user(tr("No SpawnAI process runs session %1 any more, and its local sandbox ended with "
                                      "the process that ran it. Redeploy it to run it again.")
                                       .arg(m_sessionId)));
    } else {
        finishLater(SpawnError::user(tr("No SpawnAI process runs session %1 and no kept sandbox serves it. Redeploy it "
                                      "to run it again.")
                                       .arg(m_sessionId)));
    }
}

void SessionExtension::extendHere(SessionRunner *runner)
{
    EndExtension *extension = runner->expiry()->extend(m_more);
    extension->setParent(this);
    connect(extension, &AsyncOperation::finished, this, [this, extension] {
        extension->deleteLater();
        if (extension->succeeded())
            succeedWith(extension->expiresAt());
        else
            fail(extension->error());
    });
}

void SessionExtension::askOwner()
{
    m_watcher = new QFileSystemWatcher({RunRegistry::runDir()}, this);
    m_limit = new QTimer(this);
    m_limit->setSingleShot(true);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SessionExtension::checkOwnerAnswer);
    connect(m_limit, &QTimer::timeout, this, [this] {
        if (!isFinished())
            fail(SpawnError::system(tr("The SpawnAI process running %1 did not answer within %2 s")
                                        .arg(m_sessionId)
                                        .arg(m_answerLimit.count() / 1000),
                                    true));
    });
    m_limit->start(m_answerLimit);
    QTimer::singleShot(0, this, &SessionExtension::checkOwnerAnswer);
}

void SessionExtension::checkOwnerAnswer()
{
    if (isFinished())
        return;
    QDateTime expiresAt;
    SpawnError error;
    if (RunRegistry::takeExtendAnswer(m_sessionId, &expiresAt, &error)) {
        m_limit->stop();
        if (error.isError())
            fail(error);
        else
            succeedWith(expiresAt);
    } else if (RunRegistry::owner(m_sessionId) == 0) {
        fail(SpawnError::system(tr("The SpawnAI process running %1 ended before it answered").arg(m_sessionId)));
    }
}

void SessionExtension::extendKept()
{
    PendingOperation *extending = m_cloud->extendKept(m_sessionId, m_more);
    connect(extending, &AsyncOperation::finished, this, [this, extending] {
        extending->deleteLater();
        if (!extending->succeeded()) {
            fail(extending->error());
            return;
        }
        const std::optional<Session> session = m_manager->store()->session(m_sessionId);
        succeedWith(session ? session->expiresAt : QDateTime());
    });
}

void SessionExtension::succeedWith(const QDateTime &expiresAt)
{
    if (isFinished())
        return;
    m_expiresAt = expiresAt;
    succeed();
}
