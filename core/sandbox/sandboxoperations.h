// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"
#include "sandboxtypes.h"

#include <QPointer>

class Sandbox;

// Result-carrying operations of the sandbox interface.

class SandboxCreation : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxCreation)

public:
    explicit SandboxCreation(QObject *parent = nullptr);
    ~SandboxCreation() override;

    // Valid after a successful finished(). The caller takes ownership; a
    // sandbox that nobody took is destroyed with the operation, so an error
    // between create and the caller's bookkeeping never leaks one.
    Sandbox *takeSandbox();
    void succeedWith(Sandbox *sandbox);

signals:
    // The provider holds the creation back (the plan's concurrency or rate
    // limit, or the cloud answered 429); it goes on by itself. The session
    // shows `reason` while it waits in the queue.
    void waiting(const QString &reason);

private:
    QPointer<Sandbox> m_sandbox;
};

class SandboxListing : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxListing)

public:
    explicit SandboxListing(QObject *parent = nullptr);
    ~SandboxListing() override;

    const QList<SandboxInfo> &sandboxes() const { return m_sandboxes; }
    void succeedWith(const QList<SandboxInfo> &sandboxes);

private:
    QList<SandboxInfo> m_sandboxes;
};

class UsageReading : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageReading)

public:
    explicit UsageReading(QObject *parent = nullptr);
    ~UsageReading() override;

    const SandboxUsage &usage() const { return m_usage; }
    void succeedWith(const SandboxUsage &usage);

private:
    SandboxUsage m_usage;
};
