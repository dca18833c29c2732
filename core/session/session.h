// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "sandbox/sandboxkind.h"
#include "sessionstatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

enum class AppType
{
    WebApp,
    Api,
    Script,
};

QString appTypeToString(AppType type);
bool appTypeFromString(const QString &text, AppType *type);

// One row of the history: what the user asked for and where it stands.
struct Session
{
    QString id;  // UUID without braces
    QString prompt;
    AppType appType = AppType::WebApp;
    QString provider;  // empty for templates
    QString model;     // empty for templates
    QString templateName;
    SandboxKind sandboxKind = SandboxKind::Local;
    SessionStatus status = SessionStatus::Queued;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QUrl appUrl;
    QString sandboxId;
    SpawnError error;
    double estimatedCost = 0.0;
    double actualCost = 0.0;
    // The names of the app's environment variables, sorted; their values
    // are only in the keychain (AppEnvironment).
    QStringList environmentNames;
    // Packages whose install scripts (npm) or source builds (pip) the user
    // approved for this session, sorted; asked for by the manifest's
    // install.npmScripts / install.pipSource.
    QStringList approvedScripts;

    static QString newId();
};

Q_DECLARE_METATYPE(Session)
