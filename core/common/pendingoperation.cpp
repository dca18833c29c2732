// SPDX-License-Identifier: MIT
#include "pendingoperation.h"

#include <QTimer>

PendingOperation::PendingOperation(QObject *parent)
    : AsyncOperation(parent)
{
}

PendingOperation::~PendingOperation()
{
    if (!isFinished() && m_abortHandler)
        std::exchange(m_abortHandler, nullptr)();
}

void PendingOperation::setAbortHandler(std::function<void()> handler)
{
    m_abortHandler = std::move(handler);
}

void PendingOperation::abortWork()
{
    if (m_abortHandler)
        std::exchange(m_abortHandler, nullptr)();
}

void PendingOperation::finishLater(const SpawnError &error)
{
    QTimer::singleShot(0, this, [this, error] {
        if (error.isError())
            fail(error);
        else
            succeed();
    });
}
