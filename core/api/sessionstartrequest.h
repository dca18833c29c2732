// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "common/appfile.h"
#include "common/promptimage.h"
#include "sandbox/sandboxkind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The body of POST /api/v1/sessions, checked field by field: exactly one
// of prompt, template or files (+ manifest); every field's type and value;
// no field the API does not know. A refusal names the field.
struct SessionStartRequest
{
    QString prompt;
    QString templateName;
    QList<AppFile> files;  // never executable: the API has no such flag
    QByteArray manifestJson;  // with files: spawnai.json's content
    QString appType = QStringLiteral("auto");
    QString provider = QStringLiteral("anthropic");
    QString model;
    QString baseUrl;
    QString sandbox = sandboxKindToString(SandboxKind::Local);  // checked: a sandboxKindNames()
    bool internet = false;
    int timeoutSeconds = 0;  // 0: the plan's default
    QList<PromptImage> images;  // with a prompt only
    QMap<QString, QString> environment;  // "env": the app's variables (AppEnvironment::check)
    QStringList allowScripts;  // packages whose install scripts / source builds are approved

    static std::optional<SessionStartRequest> parse(const QByteArray &body, ApiError *error);
};
