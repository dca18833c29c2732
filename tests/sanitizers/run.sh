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
# What CI leaves out, by label, to fit its time (README.md here: the CPU
# each part costs). ui: Qt Widgets and Chromium are not instrumented, and
# these are the slowest tests. packaging: tests the .deb, not memory.
# fuzz: the fuzz step replays the same corpora under the same sanitizers.
# app, api, mcp, e2b: they need the spawnai program (e2b also the UI
# library): about 6 minutes more of building on 2 cores.
left_out="${SPAWNAI_ASAN_LEFT_OUT-^(ui|packaging|fuzz|app|api|mcp|e2b)$}"
filter=()
[[ -n "$left_out" ]] && filter=(-LE "$left_out")

cmake --preset asan -S "$root" >/dev/null
# The chosen tests' programs (tests/CMakeLists.txt lists each with its
# label); their dependencies (spawnai, the store writers…) follow.
mapfile -t targets < <(awk -v out="$left_out" 'out == "" || $1 !~ out { print $2 }' "$build/test-programs.txt")
cmake --build "$build" --target "${targets[@]}"
# Every report is also written to a file (sanitizers.cmake): one from a
# program a test started fails the run even when the test passed.
reports="$build/sanitizer-reports"
rm -rf "$reports" && mkdir -p "$reports"
status=0
ctest --test-dir "$build" "${filter[@]}" --output-on-failure -j2 "$@" || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "Sanitizer reports ($reports):"
    cat "$reports"/*
    exit 1
fi
exit "$status"
