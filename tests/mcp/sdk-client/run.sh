#!/usr/bin/env bash
# CTest's mcp_sdk_client: installs the pinned MCP SDK (package-lock.json)
# into the build tree once, from the npm cache there when it can, then runs
# client.mjs. Without node, npm or a registry it skips (exit 77), never fails.
# Usage: run.sh SOURCE_DIR WORK_DIR SPAWNAI_BINARY
set -euo pipefail
src="$1" work="$2" binary="$3"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "SKIP: node and npm are needed to run the MCP SDK client test"
    exit 77
fi
mkdir -p "$work"
cp "$src/package.json" "$src/package-lock.json" "$src/client.mjs" "$work/"
marker="$work/node_modules/.spawnai-installed-lock.json"
if ! cmp -s "$src/package-lock.json" "$marker"; then
    cache="$work/.npm-cache"
    install() { (cd "$work" && timeout 300 npm ci --ignore-scripts --no-audit --no-fund --cache "$cache" "$@"); }
    if ! install --offline >/dev/null 2>&1 && ! install --prefer-offline; then
        echo "SKIP: npm could not install @modelcontextprotocol/sdk (no registry reachable and nothing in $cache)"
        exit 77
    fi
    cp "$src/package-lock.json" "$marker"
fi
exec node "$work/client.mjs" "$binary"
