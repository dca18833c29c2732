// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The fixed layout inside every sandbox, local or E2B. docs/manifest.md
// promises these paths to generated apps, so they are not configurable.
namespace DeployPaths {

inline QString workspace()
{
    return QStringLiteral("/home/user");
}

inline QString appDir()
{
    return QStringLiteral("/home/user/app");
}

// Where a script app's output page is written and served from; outside the
// app folder so no app file can collide with it.
inline QString scriptOutputDir()
{
    return QStringLiteral("/home/user/.spawnai/output");
}

inline QString inApp(const QString &relativePath)
{
    return appDir() + u'/' + relativePath;
}

inline QString manifestFileName()
{
    return QStringLiteral("spawnai.json");
}

} // namespace DeployPaths
