// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/local/localsandboxprovider.h"
#include "sandbox/sandbox.h"

#include <QTemporaryDir>

#include <memory>

// A provider whose state lives in a temporary folder, and small synchronous
// wrappers for tests (they wait with QSignalSpy, never with sleeps).
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    LocalSandboxProvider *provider() { return m_provider.get(); }
    QString dataDir() const { return m_dir.path(); }

    // Fails the current test (returns nullptr) if the sandbox does not start.
    std::unique_ptr<Sandbox> create(SandboxSpec spec = {});

    struct Result
    {
        bool ok = false;
        int exitCode = -1;
        QString output;
        SpawnError error;
    };
    static Result run(Sandbox *sandbox, const QStringList &argv, int timeoutMs = 20000, bool network = false);
    // `spec` as given; its timeout (or 20 s) bounds the wait.
    static Result run(Sandbox *sandbox, const CommandSpec &spec);
    static Result shell(Sandbox *sandbox, const QString &script, int timeoutMs = 20000);
    static bool write(Sandbox *sandbox, const QString &path, const QByteArray &content);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalSandboxProvider> m_provider;
};

// Host processes whose command line contains `marker`.
QList<qint64> hostProcessesWith(const QByteArray &marker);
