// SPDX-License-Identifier: MIT
#pragma once

#include "asyncoperation.h"

#include <functional>

// An AsyncOperation completed from outside by the code that runs the work
// (a provider, a process watcher). Result-carrying operations derive from it.
class PendingOperation : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingOperation)

public:
    explicit PendingOperation(QObject *parent = nullptr);
    ~PendingOperation() override;

    void succeed() { finishSuccess(); }
    void fail(const SpawnError &error) { finishWithError(error); }
    // Fails with `error`, or succeeds when it is none, on the event loop's
    // next turn: for an answer known at once, so its caller can connect first.
    void finishLater(const SpawnError &error);
    // Runs on cancel() and when a still-running operation is destroyed.
    void setAbortHandler(std::function<void()> handler);

protected:
    void abortWork() override;

private:
    std::function<void()> m_abortHandler;
};
