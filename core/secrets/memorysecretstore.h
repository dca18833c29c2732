// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QHash>

// Secrets kept in memory, for tests and for a session without a keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretReading *read(const QString &name) override;
    PendingOperation *write(const QString &name, const QString &value) override;
    PendingOperation *remove(const QString &name) override;

private:
    QHash<QString, QString> m_values;
};
