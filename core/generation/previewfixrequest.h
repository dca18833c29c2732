// SPDX-License-Identifier: MIT
#pragma once

#include "common/appfile.h"

#include <QList>
#include <QString>

// One error the preview saw: a console error, an uncaught exception or a
// request to the app's own origin that failed. `source` is the file (or
// URL) it names, `line` its line (0 when unknown).
struct PreviewProblem
{
    QString message;
    QString source;
    int line = 0;

    friend bool operator==(const PreviewProblem &, const PreviewProblem &) = default;
};

// The follow-up that asks the model to fix what the preview saw: the errors
// with their places, the app's files they point at, and the end of the
// app's own log. It goes through the same path as a typed follow-up, so
// its tokens count against the budget like any request.
class PreviewFixRequest final
{
public:
    static constexpr int MaxProblems = 20;

    static QString compose(const QList<PreviewProblem> &problems, const QList<AppFile> &files,
                           const QByteArray &appLogTail);
    // The app's file a source URL points at ("http://127.0.0.1:4000/js/app.js" → "js/app.js"), or empty.
    static QString fileFor(const QString &source, const QList<AppFile> &files);
};
