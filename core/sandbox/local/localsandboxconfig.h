// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct LocalSandboxConfig
{
    QString agentBinary;   // spawnai-sandbox-agent on the host
    QString sandboxesDir;  // per-sandbox state (synthesized /etc, sockets)
    QString cacheDir;      // shared dependency cache (node_modules archives)
    qint64 tmpBytes = 64LL * 1024 * 1024;
    int bootTimeoutMs = 15000;
    int monitorIntervalMs = 500;
};
