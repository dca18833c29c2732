// SPDX-License-Identifier: MIT
#include "asyncoperation.h"

#include <QTimer>

AsyncOperation::AsyncOperation(QObject *parent)
    : QObject(parent)
{
}

AsyncOperation::~AsyncOperation() = default;

void AsyncOperation::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    abortWork();
    if (m_finished)  // abortWork() may already have finished us
        return;
    m_error = SpawnError::user(tr("Cancelled"));
    emitFinished();
}

void AsyncOperation::finishSuccess()
{
    if (m_finished)
        return;
    emitFinished();
}

void AsyncOperation::finishWithError(const SpawnError &error)
{
    if (m_finished)
        return;
    m_error = error;
    emitFinished();
}

void AsyncOperation::finishLater(const SpawnError &error)
{
    QTimer::singleShot(0, this, [this, error] {
        if (error.isError())
            finishWithError(error);
        else
            finishSuccess();
    });
}

void AsyncOperation::emitFinished()
{
    m_finished = true;
    emit finished();
}
