// SPDX-License-Identifier: MIT
#include "sandbox.h"

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{
}

Sandbox::~Sandbox() = default;

QList<std::pair<QByteArray, QByteArray>> Sandbox::portRequestHeaders() const
{
    return {};
}

bool Sandbox::keepRunning()
{
    return false;
}

PendingOperation *Sandbox::restoreCachedDirectory(const QString &key, const QString &path)
{
    Q_UNUSED(key)
    Q_UNUSED(path)
    return unsupported();
}

PendingOperation *Sandbox::saveCachedDirectory(const QString &key, const QString &path)
{
    Q_UNUSED(key)
    Q_UNUSED(path)
    return unsupported();
}

PendingOperation *Sandbox::unsupported()
{
    auto *operation = new PendingOperation(this);
    // Finish on the next turn of the event loop: callers connect after the call.
    QMetaObject::invokeMethod(operation, [operation] {
        operation->fail(SpawnError::system(tr("This sandbox keeps no cache")));
    }, Qt::QueuedConnection);
    return operation;
}
