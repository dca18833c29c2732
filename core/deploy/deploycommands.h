// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxtypes.h"

#include <QDateTime>
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
    // With --ignore-scripts: no package's install scripts run (the
    // registry's postinstall hooks are how most npm supply-chain attacks
    // start); npmRebuild runs the approved ones afterwards.
    static QStringList npmInstallArguments();
    // `specs` empty: install what package.json lists. `before` valid: only
    // versions published by then (npm's --before; the minimum package age).
    static CommandSpec npmInstall(const QStringList &specs, std::chrono::milliseconds timeout,
                                  const QDateTime &before = {});
    // Runs the install scripts of the named, installed packages (names the
    // user approved, validated as package names).
    static CommandSpec npmRebuild(const QStringList &names, std::chrono::milliseconds timeout);
    // Wheels only; `sourceBuilds` (approved names) may also build from source.
    static CommandSpec pipInstall(const QStringList &specs, std::chrono::milliseconds timeout,
                                  const QStringList &sourceBuilds = {});
    // A manifest command (build, start, script) in the app folder, with
    // PORT set to the manifest port.
    static CommandSpec shell(const QString &command, int port, std::chrono::milliseconds timeout);
    // Serves a script app's output page.
    static CommandSpec outputServer(int port);
};
