#!/usr/bin/env bash
# Sets up everything, builds with warnings as errors and runs the whole test
# suite. Prints CTest's summary; exits non-zero when anything fails.
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
# need a display. Both are started here and end with the run.
dbus-run-session -- bash -c '
    echo -n ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    xvfb-run -a ctest --test-dir "$0/build/ci" --output-on-failure --timeout 300 "${@}"
' "$root" "$@"
