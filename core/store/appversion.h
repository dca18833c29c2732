// SPDX-License-Identifier: MIT
#pragma once

#include "common/appfile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Everything needed to deploy one version of a session's app again, without
// asking the model: the files and the manifest that says how to run them.
struct AppVersion
{
    int version = 0;  // 1, 2, ... per session
    QDateTime createdAt;
    QString manifestJson;
    QString summary;  // where it came from: "template static-site", "follow-up: add a dark mode"
    QList<AppFile> files;  // sorted by path
};

Q_DECLARE_METATYPE(AppVersion)
