// SPDX-License-Identifier: MIT
#include "processlaunch.h"

#include <QMutex>
#include <QProcess>
#include <QThread>
#include <QThreadPool>

struct ProcessLaunch::Shared
{
    QMutex mutex;
    ProcessLaunch *launch = nullptr;  // null once cancelled
    QProcess *process = nullptr;      // started and moved to the owner's thread, not yet handed over
};

namespace {
void discard(QProcess *process)
{
    if (!process)
        return;
    process->kill();
    process->waitForFinished(1000);  // a killed child: only reaped here
    delete process;
}
} // namespace

ProcessLaunch::ProcessLaunch(std::function<void(QProcess &)> configure, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->launch = this;
    auto setup = std::make_shared<std::function<void(QProcess &)>>(std::move(configure));
    QThreadPool::globalInstance()->start([setup, shared = m_shared, owner = thread()]() mutable {
        auto *process = new QProcess;
        (*setup)(*process);
        process->start();
        // What the setup holds (say, a sandbox's limits) is released where it
        // was made, even when its owner is gone by now.
        QMetaObject::invokeMethod(owner, [setup = std::move(setup)] {}, Qt::QueuedConnection);
        QMutexLocker lock(&shared->mutex);
        if (!shared->launch) {
            lock.unlock();
            discard(process);
            return;
        }
        // Its socket notifiers move with it and re-arm in the owner's loop.
        process->moveToThread(owner);
        shared->process = process;
        // Posted while the launch is known to be alive; a launch destroyed
        // before it runs drops the call and takes the process (~ProcessLaunch).
        QMetaObject::invokeMethod(shared->launch, &ProcessLaunch::deliver, Qt::QueuedConnection);
    });
}

ProcessLaunch::~ProcessLaunch()
{
    cancel();
}

void ProcessLaunch::cancel()
{
    QProcess *undelivered = nullptr;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->launch = nullptr;
        undelivered = std::exchange(m_shared->process, nullptr);
    }
    discard(undelivered);
}

void ProcessLaunch::deliver()
{
    QProcess *process = nullptr;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (!m_shared->launch)
            return;
        m_shared->launch = nullptr;
        process = std::exchange(m_shared->process, nullptr);
    }
    emit finished(process);
}
