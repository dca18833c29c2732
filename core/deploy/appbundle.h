// SPDX-License-Identifier: MIT
#pragma once

#include "bundlelimits.h"
#include "common/appfile.h"
#include "common/spawnerror.h"
#include "manifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// An app ready to deploy: its manifest and its files. spawnai.json is not
// among the files; the Deployer writes it from the manifest.
class AppBundle final
{
    Q_DECLARE_TR_FUNCTIONS(AppBundle)

public:
    AppBundle() = default;
    AppBundle(Manifest manifest, QList<AppFile> files);

    // For loaders: takes spawnai.json out of `files`, parses it and
    // validates the result.
    static std::optional<AppBundle> fromFiles(QList<AppFile> files, SpawnError *error,
                                              const BundleLimits &limits = {});

    const Manifest &manifest() const { return m_manifest; }
    const QList<AppFile> &files() const { return m_files; }
    QStringList paths() const;
    const AppFile *file(const QString &path) const;
    qint64 totalBytes() const;
    // The command that starts the app (or runs the script).
    QString startCommand() const;

    // Everything that can be checked before a sandbox is touched: the
    // manifest, every path, the caps, package.json and the lock file, and
    // that there is something to start. The message names the file.
    bool validate(SpawnError *error, const BundleLimits &limits = {}) const;

private:
    bool validateFiles(SpawnError *error, const BundleLimits &limits) const;
    bool validateNpmFiles(SpawnError *error) const;
    bool validateStart(SpawnError *error) const;

    Manifest m_manifest;
    QList<AppFile> m_files;
};
