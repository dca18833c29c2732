// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "store/appversion.h"
#include "store/conversationmessage.h"

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

    // Where the pictures of the prompt and the follow-ups go in an export.
    static QString promptImagesFolder() { return QStringLiteral("prompt-images"); }

    // Writes into `directory`, which is created when missing. Refuses a
    // folder that already holds any of the files, so nothing is overwritten.
    // `extras` (promptImages()) go with the version's files.
    static SpawnError toFolder(const AppVersion &version, const QString &directory, const QList<AppFile> &extras = {});
    // Writes a ZIP archive to `filePath` (replaced if it exists).
    static SpawnError toZip(const AppVersion &version, const QString &filePath, const QList<AppFile> &extras = {});

    // The stored names of the pictures asked with the turns that led to
    // `version` (the prompt's and the follow-ups' before it was made).
    static QStringList promptImageNames(const QList<ConversationMessage> &conversation, const AppVersion &version);
    // Those pictures of `sessionId` as files under promptImagesFolder(),
    // read from the data folder (PromptImageStore); it blocks while it
    // reads. One that is gone is left out: the code is what an export is for.
    static QList<AppFile> promptImages(const QString &sessionId, const QStringList &fileNames);
};
