#!/usr/bin/env bash
# Usage: tests/sanitizers/run.sh [ctest args...]
# Builds the asan preset (clang, ASan + UBSan) and runs the suites CI runs
# under the sanitizers: every test except those whose label (the name of
# their directory under tests/) matches SPAWNAI_ASAN_LEFT_OUT. Only the
# programs those tests need are built. README.md here says why these suites,
# and how long it takes. SPAWNAI_ASAN_LEFT_OUT= (empty) runs the whole suite.
# Needs what packaging/test.sh sets up: a D-Bus session with an unlocked
# keyring, and a display.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build/asan"
# ui: Qt Widgets and Chromium (QtWebEngine) are not instrumented, so ASan
# checks little of what these tests run, and they take most of the suite's
# time. packaging: builds and installs a .deb of the build tree, nothing the
# sanitizers check.
left_out="${SPAWNAI_ASAN_LEFT_OUT-^(ui|packaging)$}"
filter=()
[[ -n "$left_out" ]] && filter=(-LE "$left_out")

cmake --preset asan -S "$root" >/dev/null
# The chosen tests' programs (tests/CMakeLists.txt lists each with its
# label); their dependencies (spawnai, the store writers…) follow.
mapfile -t targets < <(awk -v out="$left_out" 'out == "" || $1 !~ out { print $2 }' "$build/test-programs.txt")
cmake --build "$build" --target "${targets[@]}"
ctest --test-dir "$build" "${filter[@]}" --output-on-failure -j2 "$@"
