// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/appbundle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What one model answer says about the app, as AppAnswerParser read it
// (docs/app-format.md). Nothing here is validated yet: GeneratedAppBuilder
// turns it into an AppBundle and checks that.
struct AppAnswer
{
    // The text between <manifest> and </manifest>; absent in a follow-up
    // that keeps the previous manifest.
    std::optional<QByteArray> manifestJson;
    // Completed files in the order they first appeared. A path sent twice
    // keeps its place and the later content: after a continuation a model
    // sometimes sends a file again, and the later copy is the finished one.
    QList<AppFile> files;
    // <delete path="..."/>, in order, without duplicates.
    QStringList deletions;
    bool sawAppStart = false;
    bool complete = false;   // </app> was seen
    bool truncated = false;  // the text ended inside <app>
    // When truncated: the file the text ended in, if any.
    QString openFile;

    const AppFile *file(const QString &path) const
    {
        for (const AppFile &candidate : files) {
            if (candidate.path == path)
                return &candidate;
        }
        return nullptr;
    }
};
