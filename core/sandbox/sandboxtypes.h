// SPDX-License-Identifier: MIT
#pragma once

#include "common/appfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

// Plain values shared by every sandbox provider (local and E2B).

struct SandboxLimits
{
    qint64 memoryBytes = 1024LL * 1024 * 1024;
    int maxProcesses = 256;
    int cpuPercent = 100;  // share of one core
    qint64 workspaceBytes = 1024LL * 1024 * 1024;
};

struct SandboxSpec
{
    QString sessionId;
    std::chrono::seconds timeout{3600};
    std::chrono::seconds maxTimeout{3600};  // the plan's ceiling for extend
    bool internetAccess = false;
    SandboxLimits limits;
    QList<int> ports{3000};  // ports the host must be able to reach
    QString templateId;      // provider-specific image or template name
    QMap<QString, QString> metadata;
    // What installs may reach (EgressAllowList's syntax). Installs reach
    // only these, also when the app itself has internet access.
    QStringList installHosts{QStringLiteral("registry.npmjs.org"), QStringLiteral("pypi.org"),
                             QStringLiteral("files.pythonhosted.org")};
};

struct CommandSpec
{
    QStringList argv;  // never a shell string built from untrusted parts
    QString workingDirectory = QStringLiteral("/home/user/app");
    QMap<QString, QString> environment;
    std::chrono::milliseconds timeout{0};  // 0: no limit (background apps)
    // Package installs reach the package registries (SandboxSpec::installHosts)
    // and nothing else, whether or not the app has internet access.
    bool needsNetwork = false;
    // The app's own code (build, start, script): in a sandbox with internet
    // access, the internet opens for the first such command and stays open.
    // Installs run before it, so they stay limited to the registries.
    bool runsAppCode = false;
};

struct SandboxUsage
{
    double cpuSeconds = 0.0;
    qint64 memoryBytes = 0;      // now
    qint64 peakMemoryBytes = 0;  // since creation
    qint64 workspaceBytes = 0;
    int processes = 0;
    // What a provider that bills by allocation (E2B) charges for since the
    // sandbox was created: allocated vCPUs and GiB times running seconds.
    // Zero for the local sandbox, which costs nothing.
    double allocatedCpuSeconds = 0.0;
    double allocatedMemoryGbSeconds = 0.0;
    double allocatedSeconds = 0.0;  // the running seconds those cover
};

struct SandboxInfo
{
    QString id;
    QString sessionId;
    QDateTime startedAt;
    QDateTime expiresAt;
    QMap<QString, QString> metadata;
};
