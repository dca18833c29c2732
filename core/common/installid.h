// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A random id made on first use and kept in the data directory. Cloud
// sandboxes carry it in their metadata, so the orphan sweep ends only what
// this installation created, never another machine's sandboxes on the same
// account. Not a secret.
namespace InstallId {

// The id for the current data directory; empty only if the directory cannot
// be written (then nothing can be swept safely and the caller must say so).
QString get();

} // namespace InstallId
