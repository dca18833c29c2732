// SPDX-License-Identifier: MIT
#pragma once

#include "appbundle.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads an app bundle from a folder: `spawnai spawn --from-dir DIR` and the
// embedded templates (":/templates/<name>"). Only regular files and folders
// are accepted; a symbolic link, device, FIFO or socket anywhere is refused,
// because following one would copy files from outside the folder.
class FolderLoader final
{
    Q_DECLARE_TR_FUNCTIONS(FolderLoader)

public:
    static std::optional<AppBundle> load(const QString &directory, SpawnError *error,
                                         const BundleLimits &limits = {});

    // Left out when reading a folder: they are rebuilt in the sandbox (npm)
    // or never belong to the app (version control).
    static bool isSkippedFolder(const QString &name);
};
