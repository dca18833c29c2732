// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QObject>
#include <QString>

// A secret read: the value, and where it came from.
class SecretReading final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretReading)

public:
    explicit SecretReading(QObject *parent = nullptr);
    ~SecretReading() override;

    const QString &value() const { return m_value; }
    bool found() const { return !m_value.isEmpty(); }
    void succeedWith(const QString &value);

private:
    QString m_value;
};

// Where API keys live: only the OS keychain, never SQLite, QSettings or a
// log. Implementations: KeychainSecretStore (QtKeychain) and, for tests,
// MemorySecretStore. Names are the keys of SecretNames.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // A missing entry is a success with an empty value.
    virtual SecretReading *read(const QString &name) = 0;
    virtual PendingOperation *write(const QString &name, const QString &value) = 0;
    virtual PendingOperation *remove(const QString &name) = 0;

signals:
    // A write or remove of `name` succeeded (the value itself is never sent
    // around: whoever needs it reads it).
    void secretChanged(const QString &name);
};

namespace SecretNames {
inline constexpr auto Anthropic = "anthropic-api-key";
inline constexpr auto OpenAi = "openai-api-key";
inline constexpr auto E2b = "e2b-api-key";
// A private preview's traffic token, one entry per E2B sandbox while it lives.
inline QString trafficToken(const QString &sandboxId)
{
    return QStringLiteral("e2b-traffic-token-") + sandboxId;
}
}
