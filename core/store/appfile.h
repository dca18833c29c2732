// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One file of a stored app version. `path` is relative to the app's root
// (as the generator wrote it); content is kept byte for byte.
struct AppFile
{
    QString path;
    QByteArray content;
    bool executable = false;

    friend bool operator==(const AppFile &, const AppFile &) = default;
};

Q_DECLARE_METATYPE(AppFile)
