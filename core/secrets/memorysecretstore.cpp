// SPDX-License-Identifier: MIT
#include "memorysecretstore.h"

#include <QTimer>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

SecretReading *MemorySecretStore::read(const QString &name)
{
    auto *reading = new SecretReading(this);
    const QString value = m_values.value(name);
    QTimer::singleShot(0, reading, [reading, value] { reading->succeedWith(value); });
    return reading;
}

PendingOperation *MemorySecretStore::write(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    emit secretChanged(name);
    auto *operation = new PendingOperation(this);
    QTimer::singleShot(0, operation, &PendingOperation::succeed);
    return operation;
}

PendingOperation *MemorySecretStore::remove(const QString &name)
{
    m_values.remove(name);
    emit secretChanged(name);
    auto *operation = new PendingOperation(this);
    QTimer::singleShot(0, operation, &PendingOperation::succeed);
    return operation;
}
