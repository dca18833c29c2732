// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// The steps of a deployment in the order they run. A step that has nothing
// to do (no packages, no build) is skipped and reports no signals.
enum class DeployStep
{
    WriteFiles,
    CheckFiles,  // cheap syntax checks (node --check, py_compile), when asked for
    InstallNodePackages,
    RunInstallScripts,  // npm rebuild of the packages whose scripts the user approved
    InstallPythonPackages,
    Build,
    RunScript,  // script apps only: runs once, its output becomes the page
    Start,
    WaitReady,
};

// Where a chunk of the session log came from. Info lines are the Deployer's
// own notes (a cache hit, a skipped save), not output of a command.
enum class LogStream
{
    StandardOutput,
    StandardError,
    Info,
};

// Stable identifiers for logs and the store ("install-npm").
QString deployStepToString(DeployStep step);
// Words for people ("Installing Node packages").
QString deployStepTitle(DeployStep step);

Q_DECLARE_METATYPE(DeployStep)
Q_DECLARE_METATYPE(LogStream)
