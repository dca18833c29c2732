// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QCoreApplication>
#include <QString>

// What a manifest may ask the package managers for: a registry name with an
// optional version, nothing that makes npm or pip fetch from elsewhere or
// read an option. The specs go into argv lists, never into a shell, but the
// install runs with network access, so only the registry may be reachable.
class PackageSpec final
{
    Q_DECLARE_TR_FUNCTIONS(PackageSpec)

public:
    static constexpr int MaxSpecLength = 256;

    // "express", "express@^4.19.2", "@types/node@20", "left-pad@latest".
    static bool validateNpm(const QString &spec, SpawnError *error);
    // "requests", "requests==2.31.0", "numpy>=1.26,<2", "uvicorn[standard]".
    static bool validatePip(const QString &spec, SpawnError *error);

    // A package name as a package.json key: "express", "@types/node".
    static bool isNpmName(const QString &name);
    // A PyPI project name without version or extras: "requests", "Pillow".
    static bool isPipName(const QString &name);
    // A name whose install scripts (npm) or source build (pip) a user
    // approves: an npm or a PyPI name; a user error names the refused one.
    static bool validateApproval(const QString &name, SpawnError *error);
    // A package.json dependency value: a semver range ("^4.19.2",
    // ">=1.2 <2", "1.x || 2.x"), "*", "" or a dist-tag ("latest").
    static bool isNpmRange(const QString &range);
};
