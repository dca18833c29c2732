// SPDX-License-Identifier: MIT
#pragma once

#include "common/promptimage.h"
#include "common/spawnerror.h"

#include <QCoreApplication>
#include <QStringList>

// The pictures of a session's prompts, as files in the data folder
// (Paths::imagesDir()/<session id>/<sha-256 of the bytes>.<ext>), never as
// blobs in SQLite: the database names them (conversation_messages.images)
// and a request reads them back. The same picture twice is one file. The
// folder goes with the session (SessionStore::purgeSession).
class PromptImageStore final
{
    Q_DECLARE_TR_FUNCTIONS(PromptImageStore)

public:
    static QString folder(const QString &sessionId);
    // Writes each image not stored yet and sets its fileName; one named
    // and without bytes (read back by name later) is left as it is.
    static SpawnError save(const QString &sessionId, QList<PromptImage> &images);
    // The stored images, in the order named; an error if one is missing.
    static QList<PromptImage> load(const QString &sessionId, const QStringList &fileNames, SpawnError *error);
    static void remove(const QString &sessionId);

    static QStringList fileNames(const QList<PromptImage> &images);
};
