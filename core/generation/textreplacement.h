// SPDX-License-Identifier: MIT
#pragma once

#include "common/appfile.h"

#include <QList>
#include <QString>

// A text edited in place in the preview, put into the app's source without
// a model: done only when the old text occurs exactly once in all of the
// app's files (as is, or HTML-escaped as markup writes it), so the change
// is certain to be the one the user made.
struct TextReplacement
{
    // How often the old text was found in all files (1: `changed` holds
    // the file with the new text).
    int matches = 0;
    AppFile changed;

    bool isUnique() const { return matches == 1; }

    static TextReplacement apply(const QList<AppFile> &files, const QString &oldText, const QString &newText);
};
