// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxkind.h"
#include "sandboxoperations.h"
#include "sandboxtypes.h"

#include <QObject>

// Makes sandboxes of one kind. Implementations: LocalSandboxProvider
// (bubblewrap + slirp4netns) and, later, the E2B cloud provider.
class SandboxProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProvider)

public:
    explicit SandboxProvider(QObject *parent = nullptr);
    ~SandboxProvider() override;

    virtual SandboxKind kind() const = 0;
    // The timeline's words while a sandbox is made: "creating a local
    // sandbox", "creating an E2B sandbox" (whole, for the article).
    virtual QString provisioningStep() const;
    virtual SandboxCreation *create(const SandboxSpec &spec) = 0;
    // The sandboxes this provider owns and that are still alive.
    virtual SandboxListing *list() = 0;
    // Ends a sandbox known only by id (one a crashed run left behind). A
    // cloud provider retries until the cloud confirms; the default fails,
    // since a local sandbox never outlives its process.
    virtual PendingOperation *kill(const QString &sandboxId);
};
