// SPDX-License-Identifier: MIT
#pragma once

#include "fakee2bserver.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class SecretStore;

// Where secrets must never be, for the E2B workflow test: each function
// returns one line per place a secret was found (empty: none).
namespace SecretScan {

// The API key may only be in X-API-Key to the control plane, the envd token
// only in X-Access-Token to envd, the traffic token only in
// e2b-traffic-access-token to a port; none of them in a create's envVars.
QStringList inRequests(const QList<FakeE2bServer::Received> &requests, const QByteArray &apiKey,
                       const QByteArray &envdToken, const QByteArray &trafficToken);
// Every file under `dir`, byte for byte (SQLite's -wal included).
QStringList inFiles(const QString &dir, const QList<QByteArray> &secrets);
QStringList inLines(const QStringList &lines, const QList<QByteArray> &secrets);
// What the app wrote to the keychain (`store`, under `names`): the traffic
// token only as the value of its own entry, `trafficName`; the API key and
// the envd token nowhere; no secret in an entry's name.
QStringList inKeychain(SecretStore &store, const QStringList &names, const QByteArray &apiKey,
                       const QByteArray &envdToken, const QByteArray &trafficToken, const QString &trafficName);

// Keeps every message logged from now on (all spawnai categories on);
// only warnings and worse are still printed.
void startCapturingLogs();
QStringList capturedLogs();

} // namespace SecretScan
