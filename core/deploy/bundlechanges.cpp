// SPDX-License-Identifier: MIT
#include "bundlechanges.h"

#include "dependencycache.h"
#include "packagejson.h"

namespace {
QString npmKeyOf(const AppBundle &bundle)
{
    QJsonObject maps;
    if (const AppFile *packageJson = bundle.file(QStringLiteral("package.json"))) {
        if (const auto parsed = PackageJson::parse(packageJson->content, nullptr))
            maps = parsed->dependencyMaps();
    }
    const AppFile *lock = bundle.file(QStringLiteral("package-lock.json"));
    return DependencyCache::npmKey(bundle.manifest().npmPackages(), maps, lock ? lock->content : QByteArray());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

BundleChanges::BundleChanges(const AppBundle &previous, const AppBundle &next)
{
    for (const AppFile &file : next.files()) {
        const AppFile *before = previous.file(file.path);
        if (!before || before->content != file.content || before->executable != file.executable)
            m_changed << file;
    }
    for (const AppFile &file : previous.files()) {
        if (!next.file(file.path))
            m_removed << file.path;
    }
    // A package whose scripts are newly asked for installs again, so the
    // log says whether they ran.
    m_nodeChanged = npmKeyOf(previous) != npmKeyOf(next)
        || sorted(previous.manifest().npmScripts()) != sorted(next.manifest().npmScripts());
    m_pythonChanged = sorted(previous.manifest().pipPackages()) != sorted(next.manifest().pipPackages())
        || sorted(previous.manifest().pipSourceBuilds()) != sorted(next.manifest().pipSourceBuilds());
}
