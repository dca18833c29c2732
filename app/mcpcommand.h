// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

// `spawnai mcp`: the MCP server on stdin/stdout (docs/mcp.md) until the
// client closes stdin or SIGINT/SIGTERM; then what still runs is cancelled
// and the requests that cancelling sends (a spawn's stop) are let finish.
class McpCommand final
{
public:
    static int run(QCoreApplication &app);
};
