// SPDX-License-Identifier: MIT
#include "localsandboxsetup.h"

#include "bwraparguments.h"
#include "resourcelimiter.h"
#include "sandboxfolder.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QThreadPool>

struct LocalSandboxSetup::Shared
{
    enum State { Working, Done, Cancelled };
    std::atomic_int state = Working;
    QString sandboxDir;
};

namespace {
QString prepare(const LocalSandboxSetup::Plan &plan, ResourceLimiter &limiter)
{
    QString error;
    // Claimed first: a SpawnAI killed from here on leaves a folder the next start removes.
    if (!SandboxFolder::claim(plan.sandboxDir, &error) || !QDir().mkpath(plan.sandboxDir + u"/sock")
        || !BwrapArguments::writeEtc(plan.sandboxDir + u"/etc", plan.uid, &error))
        return LocalSandboxSetup::tr("Cannot prepare the sandbox folder: %1").arg(error);
    QDir().mkpath(plan.cacheDir);
    QFile::setPermissions(plan.sandboxDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!limiter.prepare(&error))
        return LocalSandboxSetup::tr("Cannot set the sandbox's limits: %1").arg(error);
    return {};
}
} // namespace

LocalSandboxSetup::LocalSandboxSetup(Plan plan, std::shared_ptr<ResourceLimiter> limiter, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->sandboxDir = plan.sandboxDir;
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_shared->state != Shared::Done)
            return;
        m_reported = true;
        emit finished(m_watcher.result());
    });
    auto promise = std::make_shared<QPromise<QString>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, plan = std::move(plan), limiter = std::move(limiter),
                                          shared = m_shared]() mutable {
        promise->start();
        const QString error = prepare(plan, *limiter);
        // Nothing ran in the control group yet: whoever drops the limiter
        // last, here or the sandbox, removes the group at once.
        limiter.reset();
        int working = Shared::Working;
        if (!shared->state.compare_exchange_strong(working, Shared::Done))
            QDir(plan.sandboxDir).removeRecursively();
        promise->addResult(error);
        promise->finish();
    });
}

LocalSandboxSetup::~LocalSandboxSetup()
{
    cancel();
}

void LocalSandboxSetup::cancel()
{
    int working = Shared::Working;
    if (m_shared->state.compare_exchange_strong(working, Shared::Cancelled))
        return;  // the worker removes what it made
    // Done, but the result has not reached the sandbox yet: nobody else
    // knows the folder is there. A rare path, hence on this thread.
    if (working == Shared::Done && !m_reported) {
        m_shared->state = Shared::Cancelled;
        QDir(m_shared->sandboxDir).removeRecursively();
    }
}

void LocalSandboxSetup::waitForFinished()
{
    m_watcher.waitForFinished();
}
