// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/appenvironment.h"

// `spawn --env`: NAME=VALUE as given, or NAME alone, whose value is taken
// from this process's environment (so it stays out of the shell history
// and the process list).
namespace CliAppEnvironment {

// False with `error` set for a malformed flag, an unset variable, or a
// name or value AppEnvironment::check refuses.
bool collect(const QStringList &flags, AppEnvironment::Values *values, SpawnError *error);

} // namespace CliAppEnvironment
