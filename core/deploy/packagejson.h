// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// The parts of an app's package.json and lock file that decide what
// `npm install` downloads. npm runs with network access, so every
// dependency must resolve through the registry: no git, URL, file or alias.
class PackageJson final
{
    Q_DECLARE_TR_FUNCTIONS(PackageJson)

public:
    // The maps npm installs from.
    static QStringList dependencyFields();

    // Checks package.json and keeps its dependency maps. The message of a
    // refusal names the field and the dependency.
    static std::optional<PackageJson> parse(const QByteArray &json, SpawnError *error);

    // package-lock.json / npm-shrinkwrap.json: every "resolved" must point
    // at registry.npmjs.org, because npm fetches exactly what a lock says.
    static bool validateLockFile(const QString &fileName, const QByteArray &json, SpawnError *error);

    // {"dependencies": {...}, "devDependencies": {...}}: only present maps.
    const QJsonObject &dependencyMaps() const { return m_dependencyMaps; }
    bool hasDependencies() const;

private:
    QJsonObject m_dependencyMaps;
};
