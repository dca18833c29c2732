// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QMap>
#include <QString>
#include <QStringList>

// The environment variables a session gives its app (an API key it calls):
// names and values as the user typed them. Only the names are stored
// (SQLite, exports, API answers, the model's prompt); the values live in the
// OS keychain, one entry per session and name, and reach nothing but the
// environment of the app's own run command in the sandbox (docs/security.md).
namespace AppEnvironment {

using Values = QMap<QString, QString>;

inline constexpr int MaxVariables = 32;
inline constexpr qsizetype MaxValueBytes = 8 * 1024;

// ^[A-Za-z_][A-Za-z0-9_]{0,63}$
bool isValidName(const QString &name);
// Why `values` cannot be an app's environment (a bad or reserved name, an
// empty, too long or multi-line value, too many); none when it can.
SpawnError check(const Values &values);
// "NAME=VALUE" as --env gives it; false with `error` set when malformed.
bool parseAssignment(const QString &text, QString *name, QString *value, SpawnError *error);

// The keychain entry of one session's variable: "app-env/<sessionId>/<NAME>".
QString keychainKey(const QString &sessionId, const QString &name);
// A value the user saved for later sessions (`spawnai env set NAME`,
// `--env-from-keychain NAME`): "app-env-saved/<NAME>".
QString savedKey(const QString &name);

// The names as the store keeps them: a JSON array, sorted.
QString namesToJson(const QStringList &names);
QStringList namesFromJson(const QString &json);

} // namespace AppEnvironment
