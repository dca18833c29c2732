// SPDX-License-Identifier: MIT
#pragma once

#include "commandrun.h"
#include "common/spawnerror.h"
#include "sandboxkind.h"
#include "sandboxoperations.h"
#include "sandboxtypes.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <utility>

// One live sandbox. The Deployer and the session workflow use only this
// interface, so the local and the E2B sandbox are interchangeable. Every
// method returns at once; the work finishes through the returned operation.
class Sandbox : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Hands the sandbox to itself: it is deleted once the destroy() or
    // pause() it was released with ends, and by its provider at the
    // provider's end if no event loop is left to see that.
    void releaseToItself()
    {
        setParent(nullptr);
        m_releasedToItself = true;
    }
    bool isReleasedToItself() const { return m_releasedToItself; }

    virtual QString id() const = 0;
    virtual SandboxKind kind() const = 0;
    virtual QDateTime expiresAt() const = 0;

    // Writes all files or none: a refused path fails the operation before
    // anything is written.
    virtual PendingOperation *writeFiles(const QList<AppFile> &files) = 0;
    virtual CommandRun *start(const CommandSpec &spec) = 0;

    // Where the host reaches `port` of the sandbox; empty if not exposed.
    virtual QUrl portUrl(int port) const = 0;
    // Headers every request to a port URL must carry (E2B's private preview
    // adds its traffic token); none by default. The preview's request
    // interceptor adds them.
    virtual QList<std::pair<QByteArray, QByteArray>> portRequestHeaders() const;
    // Finishes once `port` answers HTTP (any status), or fails after `limit`.
    virtual PendingOperation *waitForHttp(int port, std::chrono::milliseconds limit) = 0;

    // Moves the expiry to now + `timeout`, capped at the plan's maximum.
    virtual PendingOperation *extendTimeout(std::chrono::seconds timeout) = 0;
    // The plan changed while the sandbox runs: extendTimeout() caps at its
    // start + `maxLifetime` from now on. The default keeps its own cap.
    virtual void setMaxLifetime(std::chrono::seconds maxLifetime);
    virtual UsageReading *readUsage() = 0;
    virtual PendingOperation *destroy() = 0;

    // Optional: a provider that can keep a directory between sandboxes (the
    // local one keeps installed node_modules on the host) saves or restores
    // it under `key` (lower-case hex). The default fails at once, which
    // callers treat as a cache miss.
    virtual PendingOperation *restoreCachedDirectory(const QString &key, const QString &path);
    virtual PendingOperation *saveCachedDirectory(const QString &key, const QString &path);
    // Best-effort synchronous teardown for destructors and shutdown paths.
    virtual void destroyNow() = 0;
    // Whether the sandbox runs outside this process (a cloud one): it has
    // ended only once its cloud confirms it gone, which its session waits
    // for (SessionManager). Its kind answers (the local one ends with us).
    virtual bool outlivesProcess() const;
    // Lets the sandbox outlive this object and this process (the user chose
    // "keep running" on quit): it runs until its own expiry. False when the
    // sandbox cannot outlive its process (the local one); then nothing changes.
    virtual bool keepRunning();
    // Pauses the sandbox where its provider can (E2B): it stops costing and
    // counting against the plan, and keeps its memory and files for a later
    // resume; no call reaches it afterwards. The default fails at once:
    // callers that must stop the cost destroy the sandbox then.
    virtual PendingOperation *pause();

signals:
    // The sandbox reached its timeout and is gone.
    void expired();
    // The sandbox ended on its own: a resource limit, a crash of its runtime.
    void terminated(const SpawnError &reason);

private:
    PendingOperation *unsupported(const QString &message);

    bool m_releasedToItself = false;
};
