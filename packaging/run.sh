#!/usr/bin/env bash
# Sets up everything SpawnAI needs, builds it and launches the app.
# Arguments are passed to spawnai (for example: spawn --template static-site).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
cmake --preset release -S "$root" >/dev/null
cmake --build "$root/build/release"
if ((EUID == 0)); then
    # Chromium refuses to run its own sandbox as root.
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$root/build/release/app/spawnai" "$@"
