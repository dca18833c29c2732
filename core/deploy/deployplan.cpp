// SPDX-License-Identifier: MIT
#include "deployplan.h"

#include "appbundle.h"
#include "bundlechanges.h"
#include "deployoptions.h"
#include "packagejson.h"

DeployPlan::DeployPlan(const AppBundle &bundle, const std::optional<AppBundle> &previous,
                       const DeployOptions &options)
{
    const Manifest &manifest = bundle.manifest();
    bool npm = !manifest.npmPackages().isEmpty();
    if (const AppFile *packageJson = bundle.file(QStringLiteral("package.json"))) {
        const std::optional<PackageJson> parsed = PackageJson::parse(packageJson->content, nullptr);
        m_dependencyMaps = parsed ? parsed->dependencyMaps() : QJsonObject();
        npm = npm || (parsed && parsed->hasDependencies());
    } else {
        m_packageJsonStub = npm;
    }
    bool nodeChanged = true;
    bool pythonChanged = true;
    if (previous) {
        const BundleChanges changes(*previous, bundle);
        m_removedPaths = changes.removedPaths();
        nodeChanged = changes.nodePackagesChanged();
        pythonChanged = changes.pythonPackagesChanged();
    }
    m_steps = {DeployStep::WriteFiles};
    if (!options.checks.isEmpty())
        m_steps << DeployStep::CheckFiles;
    // In the same sandbox, packages already installed stay installed.
    if (npm && nodeChanged)
        m_steps << DeployStep::InstallNodePackages;
    if (!manifest.pipPackages().isEmpty() && pythonChanged)
        m_steps << DeployStep::InstallPythonPackages;
    if (!manifest.build().isEmpty())
        m_steps << DeployStep::Build;
    if (manifest.type() == AppType::Script)
        m_steps << DeployStep::RunScript;
    m_steps << DeployStep::Start << DeployStep::WaitReady;
}
