// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One file of an app, the same value from the model's answer through the
// bundle and the store to the sandbox; content is kept byte for byte.
// `path` is relative to the app's root ("src/app.js") everywhere except in a
// Sandbox::writeFiles call, where it is absolute inside the sandbox (under
// /home/user) and already validated by the caller; providers check it again
// and refuse anything outside the workspace.
struct AppFile
{
    QString path;
    QByteArray content;
    bool executable = false;

    friend bool operator==(const AppFile &, const AppFile &) = default;
};

Q_DECLARE_METATYPE(AppFile)
