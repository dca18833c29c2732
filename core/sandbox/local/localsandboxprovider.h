// SPDX-License-Identifier: MIT
#pragma once

#include "localsandboxconfig.h"
#include "sandbox/sandboxprovider.h"

#include <QList>
#include <QPointer>
#include <QQueue>

class LocalSandbox;
class QNetworkAccessManager;

// Makes sandboxes on this machine with bubblewrap and slirp4netns. Free and
// fast; they live as long as this process does.
class LocalSandboxProvider final : public SandboxProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandboxProvider)

public:
    explicit LocalSandboxProvider(QObject *parent = nullptr);
    LocalSandboxProvider(const LocalSandboxConfig &config, QObject *parent = nullptr);
    ~LocalSandboxProvider() override;

    // The defaults: the agent next to this program (or SPAWNAI_SANDBOX_AGENT),
    // state under Paths::sandboxesDir().
    static LocalSandboxConfig defaultConfig();
    // Empty when the machine can run local sandboxes, else what is missing.
    static QString unavailableReason();

    SandboxKind kind() const override { return SandboxKind::Local; }
    QString provisioningStep() const override { return tr("creating a local sandbox"); }
    SandboxCreation *create(const SandboxSpec &spec) override;
    SandboxListing *list() override;

private:
    void boot(SandboxCreation *creation, const SandboxSpec &spec, int attempt);
    void bootNext();


    LocalSandboxConfig m_config;
    QNetworkAccessManager *m_network;
    QList<QPointer<LocalSandbox>> m_sandboxes;
    QQueue<QPointer<LocalSandbox>> m_bootQueue;
    bool m_bootScheduled = false;
};
