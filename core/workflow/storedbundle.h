// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "deploy/appbundle.h"
#include "store/appversion.h"

#include <optional>

class SessionStore;

// The one place a stored version becomes something to deploy: its manifest
// parsed, its files as stored. Not validated, because an edit changes the
// files first and checks the result; callers validate when they need to.
namespace StoredBundle {

std::optional<AppBundle> of(const AppVersion &version, SpawnError *error);
// The latest stored version of `sessionId`, validated: what a redeploy runs.
std::optional<AppBundle> latest(SessionStore *store, const QString &sessionId, SpawnError *error);

} // namespace StoredBundle
