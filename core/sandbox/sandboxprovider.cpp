// SPDX-License-Identifier: MIT
#include "sandboxprovider.h"

SandboxProvider::SandboxProvider(QObject *parent)
    : QObject(parent)
{
}

SandboxProvider::~SandboxProvider() = default;

PendingOperation *SandboxProvider::kill(const QString &sandboxId)
{
    auto *operation = new PendingOperation(this);
    // Finish on the next turn of the event loop: callers connect after the call.
    QMetaObject::invokeMethod(operation, [operation, sandboxId] {
        operation->fail(SpawnError::system(tr("Sandbox %1 cannot be ended from here").arg(sandboxId)));
    }, Qt::QueuedConnection);
    return operation;
}

QString SandboxProvider::provisioningStep() const
{
    return tr("creating a sandbox");
}
