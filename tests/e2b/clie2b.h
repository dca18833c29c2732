// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QVariantList>

class FakeE2bServer;

// The real `spawnai` (SPAWNAI_BINARY) against an in-test E2B server, as a
// user runs it: the environment, a spawn killed mid-deploy, and the app's
// SQLite file read as another process would.
namespace CliE2b {

// How `spawnai` reaches the server: the control plane and envd by
// 127.0.0.1/localhost (never proxied), the port URLs {port}-{id}.localhost
// (which no resolver here knows) through http_proxy, as the system's proxy
// configuration that the app honours. Without `withKey`, no E2B_API_KEY:
// the key is the keychain's, or nowhere.
QProcessEnvironment environment(const FakeE2bServer &server, bool withKey = true);

QStringList spawnArguments(const QString &dataDir);

// One row of `sql` on the app's history, or an empty list.
QVariantList row(const QString &dataDir, const QString &sql, const QVariantList &values = {});
// The state of `sandboxId` in sandbox_ledger; empty when it is not there.
QString ledgerState(const QString &dataDir, const QString &sandboxId);
QString sessionStatus(const QString &dataDir, const QString &sessionId);

// The session's (only) usage_metrics row.
struct Run
{
    bool found = false;
    QDateTime start;
    QDateTime end;
    double cpuSeconds = 0.0;
    double memoryGbSeconds = 0.0;
    double actualCost = 0.0;
    QString describe(double realSeconds) const;
};
Run run(const QString &dataDir, const QString &sessionId);

// A `spawnai spawn --template static-site --sandbox e2b` SIGKILLed the
// moment its upload reaches the server: its sandbox runs on, its ledger
// entry is live. Empty ids when that did not happen (a QTest failure says why).
struct Orphan
{
    QString sessionId;
    QString sandboxId;
    QDateTime created;  // when the server made the sandbox
};
Orphan crashedSpawn(FakeE2bServer &server, const QString &dataDir, const QProcessEnvironment &environment);

bool receivedDelete(const FakeE2bServer &server, const QString &sandboxId);
// When the server received the (last) DELETE of `sandboxId`, by the wall clock.
QDateTime deleteTime(const FakeE2bServer &server, const QString &sandboxId);

} // namespace CliE2b
