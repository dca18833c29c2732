// SPDX-License-Identifier: MIT
#pragma once

#include "deploystep.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class AppBundle;
struct DeployOptions;

// Which steps a deployment runs, decided from the bundle, the options and
// the version that ran before in the same sandbox (if any): packages
// already installed there are not installed again, and files the new
// version dropped are removed.
class DeployPlan final
{
public:
    DeployPlan() = default;
    DeployPlan(const AppBundle &bundle, const std::optional<AppBundle> &previous, const DeployOptions &options);

    const QList<DeployStep> &steps() const { return m_steps; }
    // package.json's dependency maps, for the dependency cache's key.
    const QJsonObject &dependencyMaps() const { return m_dependencyMaps; }
    // npm packages without a package.json: npm would look for one in
    // parent folders, so an empty one is written.
    bool needsPackageJsonStub() const { return m_packageJsonStub; }
    const QStringList &removedPaths() const { return m_removedPaths; }

private:
    QList<DeployStep> m_steps;
    QJsonObject m_dependencyMaps;
    bool m_packageJsonStub = false;
    QStringList m_removedPaths;
};
