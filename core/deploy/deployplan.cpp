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
    for (const QString &name : manifest.npmScripts())
        (options.approvedScripts.contains(name) ? m_npmScripts : m_unapprovedNpm) << name;
    for (const QString &name : manifest.pipSourceBuilds())
        (options.approvedScripts.contains(name) ? m_pipSource : m_unapprovedPip) << name;
    if (options.minimumPackageAgeDays > 0)
        m_npmBefore = QDateTime::currentDateTimeUtc().addDays(-options.minimumPackageAgeDays);
    m_steps = {DeployStep::WriteFiles};
    if (!options.checks.isEmpty())
        m_steps << DeployStep::CheckFiles;
    // In the same sandbox, packages already installed stay installed.
    if (npm && nodeChanged) {
        m_steps << DeployStep::InstallNodePackages;
        // Its own step after the install (and after the dependency cache
        // saved a tree no script has touched).
        if (!m_npmScripts.isEmpty())
            m_steps << DeployStep::RunInstallScripts;
    }
    if (!manifest.pipPackages().isEmpty() && pythonChanged)
        m_steps << DeployStep::InstallPythonPackages;
    if (!manifest.build().isEmpty())
        m_steps << DeployStep::Build;
    if (manifest.type() == AppType::Script)
        m_steps << DeployStep::RunScript;
    m_steps << DeployStep::Start << DeployStep::WaitReady;
}

QByteArray DeployPlan::packageJsonStub()
{
    return QByteArrayLiteral("{\n  \"name\": \"spawnai-app\",\n  \"version\": \"1.0.0\",\n  \"private\": true\n}\n");
}
