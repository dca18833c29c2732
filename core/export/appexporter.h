// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "store/appversion.h"

#include <QCoreApplication>

// Writes one stored version of an app out of SpawnAI: into a folder or a
// ZIP file, with its spawnai.json, so `spawnai spawn --from-dir` (or any
// editor) takes it back. Executables keep their permission. The calls
// block while they write; the GUI runs them through AppExport, on a thread
// of its own.
class AppExporter final
{
    Q_DECLARE_TR_FUNCTIONS(AppExporter)

public:
    // The file name of the manifest, written from the version's manifest.
    static QString manifestFileName() { return QStringLiteral("spawnai.json"); }

    // Writes into `directory`, which is created when missing. Refuses a
    // folder that already holds any of the files, so nothing is overwritten.
    static SpawnError toFolder(const AppVersion &version, const QString &directory);
    // Writes a ZIP archive to `filePath` (replaced if it exists).
    static SpawnError toZip(const AppVersion &version, const QString &filePath);
};
