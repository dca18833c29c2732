// SPDX-License-Identifier: MIT
#include "deploystep.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.deploy.step")
} // namespace

QString deployStepToString(DeployStep step)
{
    switch (step) {
    case DeployStep::WriteFiles:
        return QStringLiteral("write-files");
    case DeployStep::CheckFiles:
        return QStringLiteral("check-files");
    case DeployStep::InstallNodePackages:
        return QStringLiteral("install-npm");
    case DeployStep::RunInstallScripts:
        return QStringLiteral("install-scripts");
    case DeployStep::InstallPythonPackages:
        return QStringLiteral("install-pip");
    case DeployStep::Build:
        return QStringLiteral("build");
    case DeployStep::RunScript:
        return QStringLiteral("run-script");
    case DeployStep::Start:
        return QStringLiteral("start");
    case DeployStep::WaitReady:
        return QStringLiteral("wait-ready");
    }
    qCWarning(lc) << "unknown deploy step" << int(step);
    return QStringLiteral("unknown");
}

QString deployStepTitle(DeployStep step)
{
    switch (step) {
    case DeployStep::WriteFiles:
        return QCoreApplication::translate("DeployStep", "Writing files");
    case DeployStep::CheckFiles:
        return QCoreApplication::translate("DeployStep", "Checking the files");
    case DeployStep::InstallNodePackages:
        return QCoreApplication::translate("DeployStep", "Installing Node packages");
    case DeployStep::RunInstallScripts:
        return QCoreApplication::translate("DeployStep", "Running approved install scripts");
    case DeployStep::InstallPythonPackages:
        return QCoreApplication::translate("DeployStep", "Installing Python packages");
    case DeployStep::Build:
        return QCoreApplication::translate("DeployStep", "Build");
    case DeployStep::RunScript:
        return QCoreApplication::translate("DeployStep", "Running the script");
    case DeployStep::Start:
        return QCoreApplication::translate("DeployStep", "Starting the app");
    case DeployStep::WaitReady:
        return QCoreApplication::translate("DeployStep", "Waiting for the app");
    }
    qCWarning(lc) << "unknown deploy step" << int(step);
    return QStringLiteral("?");
}
