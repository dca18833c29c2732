// SPDX-License-Identifier: MIT
#include "secretstore.h"

SecretReading::SecretReading(QObject *parent)
    : PendingOperation(parent)
{
}

SecretReading::~SecretReading() = default;

void SecretReading::succeedWith(const QString &value)
{
    m_value = value;
    succeed();
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;
