// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QCoreApplication>
#include <QString>

// Decides whether a path from an app bundle may become a file under the app
// folder. Everything that reaches the sandbox passes here first, whether it
// came from a model, a template or a folder on disk.
class PathValidator final
{
    Q_DECLARE_TR_FUNCTIONS(PathValidator)

public:
    static constexpr int MaxPathLength = 512;
    static constexpr int MaxSegmentBytes = 255;  // NAME_MAX on Linux
    static constexpr int MaxDepth = 32;

    // True if `path` is a clean relative path ("src/app.js"). Otherwise sets
    // a user error whose message names the path and the rule it breaks.
    static bool validate(const QString &path, SpawnError *error);

    // The path as it may appear in a message: control characters escaped so
    // a hostile name cannot forge log lines or hide its tail.
    static QString displayName(const QString &path);
};
