// SPDX-License-Identifier: MIT
#include "deploycommands.h"

#include "deploypaths.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.commands")

CommandSpec describe(CommandSpec spec)
{
    qCDebug(lc) << "command" << spec.argv << "in" << spec.workingDirectory
                << "network" << spec.needsNetwork << "timeout" << spec.timeout.count() << "ms";
    return spec;
}
} // namespace

QStringList DeployCommands::npmInstallArguments()
{
    return {QStringLiteral("npm"), QStringLiteral("install"), QStringLiteral("--no-audit"),
            QStringLiteral("--no-fund"), QStringLiteral("--no-update-notifier"),
            QStringLiteral("--prefer-offline")};
}

CommandSpec DeployCommands::npmInstall(const QStringList &specs, std::chrono::milliseconds timeout)
{
    CommandSpec spec;
    spec.argv = npmInstallArguments() + specs;
    spec.workingDirectory = DeployPaths::appDir();
    spec.timeout = timeout;
    spec.needsNetwork = true;
    return describe(spec);
}

CommandSpec DeployCommands::pipInstall(const QStringList &specs, std::chrono::milliseconds timeout)
{
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("pip"),
                            QStringLiteral("install"), QStringLiteral("--user"),
                            QStringLiteral("--break-system-packages"), QStringLiteral("--no-input"),
                            QStringLiteral("--disable-pip-version-check")}
        + specs;
    spec.workingDirectory = DeployPaths::workspace();
    spec.timeout = timeout;
    spec.needsNetwork = true;
    return describe(spec);
}

CommandSpec DeployCommands::shell(const QString &command, int port, std::chrono::milliseconds timeout)
{
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), command};
    spec.workingDirectory = DeployPaths::appDir();
    spec.environment.insert(QStringLiteral("PORT"), QString::number(port));
    spec.timeout = timeout;
    spec.runsAppCode = true;
    return describe(spec);
}

CommandSpec DeployCommands::outputServer(int port)
{
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("http.server"),
                            QString::number(port), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                            QStringLiteral("--directory"), DeployPaths::scriptOutputDir()};
    spec.workingDirectory = DeployPaths::workspace();
    spec.runsAppCode = true;
    return describe(spec);
}
