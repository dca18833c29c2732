// SPDX-License-Identifier: MIT
#pragma once

#include "common/promptimage.h"
#include "deploy/appbundle.h"

#include <QCoreApplication>
#include <QString>

// One change to a ready app, made in the sandbox it runs in and kept as a
// new version: what to change, and how it becomes that version. A follow-up
// asks the model; a restore and an edit bring the app as it is to deploy.
// SessionRunner::apply() runs every kind the same way, so a new kind of
// change (say, "fix the errors the preview shows") is a new factory here,
// not a flag in the runner.
struct ChangeRequest
{
    // The runner's context, where these strings have always been translated.
    Q_DECLARE_TR_FUNCTIONS(SessionRunner)

public:
    // The model changes the running app as `request` says.
    static ChangeRequest followUp(const QString &request, const QList<PromptImage> &images = {});
    // Version `number` from the history, put back.
    static ChangeRequest restore(const AppBundle &version, int number);
    // Files the user edited, merged into the running app.
    static ChangeRequest edit(const AppBundle &edited);

    bool asksModel() const { return !prompt.isEmpty(); }

    QString detail;   // what the timeline says as the change starts
    QString summary;  // the summary of the version it makes
    QString prompt;   // what the model is asked to change; empty: deploy `bundle` as it is
    QList<PromptImage> images;  // pictures that go with `prompt`
    AppBundle bundle;
};
