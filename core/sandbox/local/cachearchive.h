// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class PendingOperation;
class Sandbox;

// Keeps a folder of a sandbox (installed node_modules) as a tar archive in
// the host's cache, and unpacks it into later sandboxes. The sandbox only
// ever hands us bytes, which land in a file named after the key; the cache
// folder is mounted read-only inside.
class CacheArchive final
{
public:
    static constexpr auto MountPoint = "/run/spawnai/cache";

    static bool isValidKey(const QString &key);
    static PendingOperation *save(Sandbox *sandbox, const QString &cacheDir, const QString &key, const QString &path);
    static PendingOperation *restore(Sandbox *sandbox, const QString &cacheDir, const QString &key, const QString &path);
};
