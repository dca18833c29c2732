// SPDX-License-Identifier: MIT
#include "memorysecretstore.h"


MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

SecretReading *MemorySecretStore::read(const QString &name)
{
    auto *reading = new SecretReading(this);
    const QString value = m_values.value(name);
    reading->completeLater([reading, value] { reading->succeedWith(value); });
    return reading;
}

PendingOperation *MemorySecretStore::write(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    emit secretChanged(name);
    return PendingOperation::finishedLater(this);
}

PendingOperation *MemorySecretStore::remove(const QString &name)
{
    m_values.remove(name);
    emit secretChanged(name);
    return PendingOperation::finishedLater(this);
}
