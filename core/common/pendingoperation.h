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
    // For an answer known at once, so its caller can connect first.
    using AsyncOperation::finishLater;
    // A new operation, child of `parent`, that finishes with `error` (or
    // succeeds) on the loop's next turn.
    static PendingOperation *finishedLater(QObject *parent, const SpawnError &error = {});
    // Runs `completion` (which finishes this operation, typically with a
    // result) on the loop's next turn; dropped if the operation goes first.
    void completeLater(std::function<void()> completion);
    // Runs on cancel() and when a still-running operation is destroyed.
    void setAbortHandler(std::function<void()> handler);

protected:
    void abortWork() override;

private:
    std::function<void()> m_abortHandler;
};
