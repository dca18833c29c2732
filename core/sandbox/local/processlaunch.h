// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QProcess;

// Starts a QProcess on a worker thread and hands it, running, to the thread
// that asked. Qt starts children with CLONE_VFORK: the starting thread stays
// suspended until the child has run its setup and exec'ed, and on a busy
// machine the child first waits for a CPU. Ten sandboxes started from the
// window's thread froze it for 10 to 40 ms each.
class ProcessLaunch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessLaunch)

public:
    // `configure` runs on the worker, on a new QProcess: program, arguments,
    // child modifier. Everything it captures must be safe to use there.
    explicit ProcessLaunch(std::function<void(QProcess &)> configure, QObject *parent = nullptr);
    ~ProcessLaunch() override;

    // finished is not emitted; a child that started is killed.
    void cancel();

signals:
    // The one terminal signal. The process now lives in this object's
    // thread with no parent: the receiver owns it. When it could not start,
    // its state() is NotRunning and errorString() says why.
    void finished(QProcess *process);

private:
    void deliver();

    struct Shared;
    std::shared_ptr<Shared> m_shared;
};
