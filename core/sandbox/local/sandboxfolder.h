// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A local sandbox's folder in the data folder (`sandboxes/<id>`: its /etc
// and its socket folder) names the process that made it, so a SpawnAI that
// starts after a crash removes the folders whose owner is gone, and never
// one that another running SpawnAI uses.
namespace SandboxFolder {

// Makes `dir` and writes this process's id into it; false with `error` when it cannot.
bool claim(const QString &dir, QString *error);

// Removes the folders under `sandboxesDir` whose owner is not running any
// more (and those without an owner older than a minute: a crash between
// making a folder and claiming it).
void removeStale(const QString &sandboxesDir);

} // namespace SandboxFolder
