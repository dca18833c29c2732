// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/appenvironment.h"

#include <QHash>
#include <QStringList>

#include <memory>

class AppEnvironmentRead;
class SecretStore;
class SessionStore;
struct Session;

// Where a run's app environment comes from (SessionManager::startRunner):
// a new session brings its values, which are saved in the keychain now and
// used as they are; a redeploy, or a start after SpawnAI restarted, reads
// them back from the keychain while its sandbox is being made.
namespace RunEnvironment {

// Null when the session has no variables. The read is started already.
std::shared_ptr<AppEnvironmentRead> forRun(SecretStore *secrets, SessionStore *store, const Session &session,
                                           const AppEnvironment::Values &given);

// Removes from the keychain the app environments of sessions that are gone
// (purges SessionPurge::completePending finished at start-up). Nothing
// waits for it; a failure is logged, with the names only.
void forget(SecretStore *secrets, const QHash<QString, QStringList> &environments);

} // namespace RunEnvironment
