// SPDX-License-Identifier: MIT
#include "pendingoperation.h"

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
