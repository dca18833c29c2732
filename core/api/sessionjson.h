// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

struct AppVersion;
struct Session;

// The API's shape of a session and of an app version (docs/api.md,
// resources/api/openapi.json).
class SessionJson final
{
public:
    static QJsonObject session(const Session &session, int versions);
    static QJsonObject links(const QString &sessionId);
    // Without files.
    static QJsonObject version(const AppVersion &version);
    static bool isValidId(const QString &id);
};
