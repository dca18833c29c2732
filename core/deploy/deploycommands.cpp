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
            QStringLiteral("--prefer-offline"), QStringLiteral("--ignore-scripts")};
}

CommandSpec DeployCommands::npmInstall(const QStringList &specs, std::chrono::milliseconds timeout,
                                       const QDateTime &before)
{
    CommandSpec spec;
    spec.argv = npmInstallArguments();
    if (before.isValid())
        spec.argv << QStringLiteral("--before=") + before.toUTC().toString(Qt::ISODateWithMs);
    spec.argv += specs;
    spec.workingDirectory = DeployPaths::appDir();
    spec.timeout = timeout;
    spec.needsNetwork = true;
    return describe(spec);
}

CommandSpec DeployCommands::npmRebuild(const QStringList &names, std::chrono::milliseconds timeout)
{
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("npm"), QStringLiteral("rebuild"), QStringLiteral("--no-audit"),
                            QStringLiteral("--no-fund"), QStringLiteral("--no-update-notifier"),
                            QStringLiteral("--")}
        + names;
    spec.workingDirectory = DeployPaths::appDir();
    spec.timeout = timeout;
    // Native modules often download a prebuilt binary in their install script.
    spec.needsNetwork = true;
    return describe(spec);
}

CommandSpec DeployCommands::pipInstall(const QStringList &specs, std::chrono::milliseconds timeout,
                                       const QStringList &sourceBuilds)
{
    CommandSpec spec;
    spec.argv = QStringList{QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("pip"),
                            QStringLiteral("install"), QStringLiteral("--user"),
                            QStringLiteral("--break-system-packages"), QStringLiteral("--no-input"),
                            QStringLiteral("--disable-pip-version-check"),
                            QStringLiteral("--only-binary"), QStringLiteral(":all:")};
    // pip's FormatControl reads these in order: ":all:" first, then each
    // --no-binary name is taken out of only-binary and marked source-only.
    // So an approved package builds from its sdist (its setup code runs, as
    // approved) while every other package, dependencies included, stays
    // wheels only. --prefer-binary would have let any dependency without a
    // wheel run its setup code too, which is what the default refuses.
    for (const QString &name : sourceBuilds)
        spec.argv << QStringLiteral("--no-binary") << name;
    spec.argv += specs;
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
