#!/usr/bin/env bash
# Sets up what is missing, builds SpawnAI's .deb and installs it with apt
# (which fetches its dependencies): the third way in, beside run.sh and
# test.sh. Afterwards SpawnAI is in the applications menu and `spawnai` is on
# the PATH. Arguments are passed to apt (for example: --reinstall).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
cmake --preset release -S "$root" >/dev/null
cmake --build "$root/build/release" --target package
version="$(sed -n 's/^project(SpawnAI VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
deb="$root/build/release/spawnai_${version}_$(dpkg --print-architecture).deb"
sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi
"${sudo[@]}" apt-get install -y "$@" "$deb"
echo "Installed $(basename "$deb"): open SpawnAI from the applications menu, or run spawnai"
