// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QPointer>
#include <QQueue>

#include <functional>

// Secrets in the OS keychain through QtKeychain (the Secret Service on
// Linux). Jobs run one at a time, each started from the event loop and never
// from another job's finished handler, as secret services expect. A keychain
// that cannot be reached (no D-Bus session, no service) fails with a system
// error that says so; the caller falls back to the environment.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service = defaultService(), QObject *parent = nullptr);

    // "SpawnAI", or SPAWNAI_KEYCHAIN_SERVICE: the tests keep their keys
    // under a name of their own, so they never touch the user's.
    static QString defaultService();
    ~KeychainSecretStore() override;

    SecretReading *read(const QString &name) override;
    PendingOperation *write(const QString &name, const QString &value) override;
    PendingOperation *remove(const QString &name) override;

private:
    void enqueue(std::function<void()> job);
    void startNext();
    void jobDone();

    QString m_service;
    QQueue<std::function<void()>> m_queue;
    bool m_busy = false;
};
