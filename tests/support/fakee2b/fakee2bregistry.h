// SPDX-License-Identifier: MIT
#pragma once

#include "fakee2bsandbox.h"
#include "sandbox/local/localsandboxconfig.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class LocalSandboxProvider;

// The fake E2B account's sandboxes: each one backed by a local sandbox,
// killed on DELETE or when it reaches its end time.
class FakeE2bRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeE2bRegistry)

public:
    // Every sandbox gets `size` (the account's template), whatever its create asked.
    FakeE2bRegistry(std::chrono::seconds maxLifetime, const QList<int> &ports, const FakeE2bSandbox::Size &size,
                    QObject *parent = nullptr);
    ~FakeE2bRegistry() override;

    using Created = std::function<void(FakeE2bSandbox *sandbox, const QString &error)>;
    // Boots a local sandbox; `done` runs with it, or with why it failed.
    void create(const FakeE2bSandbox::Settings &settings, QObject *context, Created done);
    bool kill(const QString &id);
    // False if unknown; `alreadyPaused` says whether it was paused before.
    bool pause(const QString &id, bool *alreadyPaused);
    void killAll();

    FakeE2bSandbox *find(const QString &id) const;
    QList<FakeE2bSandbox *> sandboxes() const;
    QStringList liveIds() const;
    int runningCount() const;  // what counts toward the concurrency limit
    std::chrono::seconds maxLifetime() const { return m_maxLifetime; }
    int createCount() const { return m_created; }
    int killCount() const { return m_killed; }
    int expiredCount() const { return m_expired; }
    int pauseCount() const { return m_paused; }

signals:
    void created(const QString &id);
    void killed(const QString &id);
    void paused(const QString &id);
    void expired(const QString &id);

private:
    void boot(const FakeE2bSandbox::Settings &settings, QPointer<QObject> context, Created done, int attempt);
    void remove(const QString &id);

    std::chrono::seconds m_maxLifetime;
    QList<int> m_ports;
    FakeE2bSandbox::Size m_size;
    QTemporaryDir m_stateDir;
    std::unique_ptr<LocalSandboxProvider> m_provider;
    QList<FakeE2bSandbox *> m_sandboxes;  // creation order
    int m_created = 0;
    int m_killed = 0;
    int m_expired = 0;
    int m_paused = 0;
};
