// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Names an installed node_modules by what went into it, so a provider can
// hand the same tree to the next sandbox that asks for the same packages.
class DependencyCache final
{
public:
    // Bump when the install command or the key's inputs change meaning, so
    // trees from an older SpawnAI are no longer restored.
    static constexpr int FormatVersion = 2;  // 2: installed with --ignore-scripts

    // Lower-case sha256 hex over the format version, the sorted npm specs,
    // the package.json dependency maps and the lock file. The order of the
    // specs does not matter; anything else that differs gives a new key.
    static QString npmKey(const QStringList &specs, const QJsonObject &dependencyMaps,
                          const QByteArray &lockFile);
};
