#!/usr/bin/env bash
# Sets up everything, builds with warnings as errors and runs the whole test
# suite, then part of it under the sanitizers, then the fuzz targets briefly.
# Prints CTest's summaries and the fuzzers' executions; exits non-zero when
# anything fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
cmake --preset ci -S "$root"
cmake --build "$root/build/ci"
"$root/.ci/check-core-deps.sh" "$root"
export QTWEBENGINE_DISABLE_SANDBOX=1
# A keyring of the run's own: an existing login keyring with another
# password would stay locked, and tests must not touch the user's.
XDG_DATA_HOME="$(mktemp -d)"
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
# The keychain needs a Secret Service on a D-Bus session; WebEngine tests
# need a display. Both are started for a command and end with it.
in_session() {
    dbus-run-session -- bash -c '
        echo -n ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
        xvfb-run -a "$@"
    ' in_session "$@"
}
in_session ctest --test-dir "$root/build/ci" --output-on-failure --timeout 300 "$@"
# Then part of the suite again, built with clang's AddressSanitizer and
# UndefinedBehaviorSanitizer (tests/sanitizers/README.md says which suites
# and why; about 10 minutes on 2 cores). Skipped when arguments pick tests,
# or with SPAWNAI_ASAN=0.
if [[ $# -eq 0 && "${SPAWNAI_ASAN:-1}" != 0 ]]; then
    in_session "$root/tests/sanitizers/run.sh"
fi
# Then every parser of outside input under libFuzzer for a few seconds
# (tests/fuzz/README.md; about 5 minutes with the clang build). Skipped when
# arguments pick tests, or with SPAWNAI_FUZZ_SECONDS=0.
fuzz_seconds="${SPAWNAI_FUZZ_SECONDS:-6}"
if [[ $# -eq 0 && "$fuzz_seconds" != 0 ]]; then
    cmake --preset fuzz -S "$root"
    cmake --build "$root/build/fuzz"
    "$root/tests/fuzz/run.sh" "$fuzz_seconds" "$root/build/fuzz"
fi
