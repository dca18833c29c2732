// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "deploystep.h"

#include <QCoreApplication>

#include <chrono>

class CommandRun;

// Puts a failed deployment command into words: which step, why (a timeout,
// the sandbox, an exit code) and the last lines the command printed, so the
// user (or the model repairing the app) sees what went wrong.
class CommandFailure final
{
    Q_DECLARE_TR_FUNCTIONS(CommandFailure)

public:
    // `exitKind` is what a non-zero exit means for this step (the app's
    // fault, or the network's when retrying may help).
    static SpawnError of(const CommandRun *run, DeployStep step, ErrorKind exitKind,
                         std::chrono::milliseconds timeout, int tailLines);
    // `message`, then the command's last output lines when it printed any.
    static QString withTail(const QString &message, const CommandRun *run, int tailLines);
    // "3 min", "1.5 s", "250 ms".
    static QString duration(std::chrono::milliseconds duration);
    // npm and pip print these when the registry is out of reach; such a
    // failure is worth retrying, unlike a package that does not exist.
    static bool looksLikeNetworkFailure(const QString &output);
};
