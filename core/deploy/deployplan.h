// SPDX-License-Identifier: MIT
#pragma once

#include "deploystep.h"

#include <QDateTime>
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
    // The manifest's npmScripts the user approved: `npm rebuild` runs them.
    const QStringList &npmScripts() const { return m_npmScripts; }
    // The manifest's pipSource names the user approved.
    const QStringList &pipSourceBuilds() const { return m_pipSource; }
    // What the manifest asks for and the user has not approved: installed
    // with scripts ignored, and said so in the log.
    const QStringList &unapprovedNpmScripts() const { return m_unapprovedNpm; }
    const QStringList &unapprovedPipSourceBuilds() const { return m_unapprovedPip; }
    // Invalid: no minimum package age. Else npm's --before.
    const QDateTime &npmBefore() const { return m_npmBefore; }
    // The package.json written when there is none.
    static QByteArray packageJsonStub();

private:
    QList<DeployStep> m_steps;
    QJsonObject m_dependencyMaps;
    bool m_packageJsonStub = false;
    QStringList m_removedPaths;
    QStringList m_npmScripts;
    QStringList m_pipSource;
    QStringList m_unapprovedNpm;
    QStringList m_unapprovedPip;
    QDateTime m_npmBefore;
};
