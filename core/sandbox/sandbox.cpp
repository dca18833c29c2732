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

void Sandbox::setMaxLifetime(std::chrono::seconds maxLifetime)
{
    Q_UNUSED(maxLifetime)
}

bool Sandbox::outlivesProcess() const
{
    return sandboxKindOutlivesProcess(kind());
}

bool Sandbox::keepRunning()
{
    return false;
}

PendingOperation *Sandbox::restoreCachedDirectory(const QString &key, const QString &path)
{
    Q_UNUSED(key)
    Q_UNUSED(path)
    return unsupported(tr("This sandbox keeps no cache"));
}

PendingOperation *Sandbox::saveCachedDirectory(const QString &key, const QString &path)
{
    Q_UNUSED(key)
    Q_UNUSED(path)
    return unsupported(tr("This sandbox keeps no cache"));
}

PendingOperation *Sandbox::pause()
{
    return unsupported(tr("This sandbox cannot be paused"));
}

PendingOperation *Sandbox::unsupported(const QString &message)
{
    auto *operation = new PendingOperation(this);
    // Finish on the next turn of the event loop: callers connect after the call.
    QMetaObject::invokeMethod(operation, [operation, message] {
        operation->fail(SpawnError::system(message));
    }, Qt::QueuedConnection);
    return operation;
}
