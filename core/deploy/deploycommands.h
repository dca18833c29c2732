// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxtypes.h"

#include <QStringList>

#include <chrono>

// The exact command lines a deployment runs. Package specs are separate
// argv entries, validated beforehand; nothing untrusted is ever spliced
// into a shell string. The manifest's own start and build commands do run
// through /bin/sh -c inside the sandbox: they are the app's code, and the
// sandbox is the boundary that contains them.
class DeployCommands final
{
public:
    static QStringList npmInstallArguments();
    // `specs` empty: install what package.json lists.
    static CommandSpec npmInstall(const QStringList &specs, std::chrono::milliseconds timeout);
    static CommandSpec pipInstall(const QStringList &specs, std::chrono::milliseconds timeout);
    // A manifest command (build, start, script) in the app folder, with
    // PORT set to the manifest port.
    static CommandSpec shell(const QString &command, int port, std::chrono::milliseconds timeout);
    // Serves a script app's output page.
    static CommandSpec outputServer(int port);
};
