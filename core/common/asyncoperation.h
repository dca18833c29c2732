// SPDX-License-Identifier: MIT
#pragma once

#include "spawnerror.h"

#include <QObject>

// Base of every asynchronous operation in core: a handle with cancel() and
// exactly one terminal signal, finished(), which is never emitted before the
// call that created the operation has returned to the event loop. Callers read the outcome from
// error() (and subclass getters) inside or after that signal. The caller owns
// the handle and deleteLater()s it once finished. A subclass stops its
// underlying work in its destructor, so dropping a running handle is safe.
class AsyncOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncOperation)

public:
    explicit AsyncOperation(QObject *parent = nullptr);
    ~AsyncOperation() override;

    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    bool succeeded() const { return m_finished && !m_cancelled && !m_error.isError(); }
    const SpawnError &error() const { return m_error; }

    // Stops the work at once. A late cancel() after finished() does nothing.
    void cancel();

signals:
    void finished();

protected:
    void finishSuccess();
    void finishWithError(const SpawnError &error);
    // The one place that keeps the rule "finished() only after the creating
    // call returned to the event loop" for an answer known at once: fails
    // with `error`, or succeeds when it is none, on the loop's next turn.
    // Dropped with the operation if it is destroyed first.
    void finishLater(const SpawnError &error = {});
    // Subclasses stop their underlying work here (abort a reply, kill a
    // process). It runs before finished() is emitted for the cancellation.
    virtual void abortWork() {}

private:
    void emitFinished();

    bool m_finished = false;
    bool m_cancelled = false;
    SpawnError m_error;
};
