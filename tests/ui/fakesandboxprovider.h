// SPDX-License-Identifier: MIT
#pragma once

#include "fakesandbox.h"
#include "sandbox/sandboxprovider.h"

#include <QList>
#include <QPointer>

#include <functional>

// Hands out FakeSandbox instances on the next turn of the event loop, as a
// real provider would. By default a sandbox deploys a static site: files
// are written, the server command keeps running (printing a line) and HTTP
// answers at once. `script` can change a sandbox before it is handed out;
// setCreationError() makes creation fail instead.
class FakeSandboxProvider final : public SandboxProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSandboxProvider)

public:
    static constexpr char ServerOutput[] = "Serving HTTP on 0.0.0.0 port 3000\n";

    explicit FakeSandboxProvider(SandboxKind kind = SandboxKind::Local, QObject *parent = nullptr);
    ~FakeSandboxProvider() override;

    SandboxKind kind() const override { return m_kind; }
    SandboxCreation *create(const SandboxSpec &spec) override;
    SandboxListing *list() override;

    void setScript(std::function<void(FakeSandbox *)> script) { m_script = std::move(script); }
    void setCreationError(const SpawnError &error) { m_creationError = error; }
    int createCalls() const { return m_createCalls; }
    // What the last create() was asked for.
    const SandboxSpec &lastSpec() const { return m_lastSpec; }
    FakeSandbox *lastSandbox() const { return m_sandboxes.isEmpty() ? nullptr : m_sandboxes.constLast().data(); }

private:
    SandboxKind m_kind;
    std::function<void(FakeSandbox *)> m_script;
    SpawnError m_creationError;
    int m_createCalls = 0;
    SandboxSpec m_lastSpec;
    QList<QPointer<FakeSandbox>> m_sandboxes;
};
