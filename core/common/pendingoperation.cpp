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

PendingOperation *PendingOperation::finishedLater(QObject *parent, const SpawnError &error)
{
    auto *operation = new PendingOperation(parent);
    operation->finishLater(error);
    return operation;
}

void PendingOperation::completeLater(std::function<void()> completion)
{
    QTimer::singleShot(0, this, std::move(completion));
}
