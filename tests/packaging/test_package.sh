#!/usr/bin/env bash
# Builds the .deb (cmake --build BUILD --target package), checks its contents
# and metadata with dpkg-deb, desktop-file-validate, appstreamcli and lintian,
# extracts it with dpkg -x, and runs the installed program from a copy of that
# root, in a clean environment, with the source and build trees hidden behind
# empty mounts where the kernel allows it: --version, a template session up to
# ready and back down, and the window offscreen up to its first frame and its
# preview (which loads the WebEngine plugin).
set -euo pipefail
build=$1 source=$2 version=$3 multiarch=$4

# Only a system without dpkg cannot check a .deb; anything else missing is
# a set-up to fix (packaging/install-deps.sh installs it).
if ! command -v dpkg-deb >/dev/null; then
    echo "SKIP: dpkg-deb is missing: not a Debian system, no .deb to check"
    exit 77
fi
for tool in dpkg-shlibdeps desktop-file-validate appstreamcli lintian curl zsh /usr/share/bash-completion/bash_completion; do
    if ! command -v "$tool" >/dev/null && [[ ! -e $tool ]]; then
        echo "FAIL: $tool is missing: run packaging/install-deps.sh (packaging/debian-packages.txt lists it)" >&2
        exit 1
    fi
done

step() { printf '== %s (at %ss)\n' "$*" "$SECONDS"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d /tmp/spawnai-package-test.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

step "cmake --build $build --target package"
rm -f "$build"/spawnai_*.deb
cmake --build "$build" --target package -- -j2 >"$work/package.log" 2>&1 || { cat "$work/package.log"; fail "the package did not build"; }
arch=$(dpkg --print-architecture)
deb="$build/spawnai_${version}_${arch}.deb"
[[ -f $deb ]] || fail "no $deb"
printf 'package: %s, %s bytes\n' "$(basename "$deb")" "$(stat -c %s "$deb")"

step "contents (dpkg-deb -c)"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$work/contents"
expected=(
    /usr/bin/spawnai
    /usr/libexec/spawnai/spawnai-sandbox-agent
    "/usr/lib/$multiarch/spawnai/plugins/spawnai-webpreview.so"
    "/usr/lib/$multiarch/spawnai/plugins/spawnai-charts.so"
    "/usr/lib/$multiarch/spawnai/plugins/spawnai-codeeditor.so"
    /usr/share/applications/io.spawnai.SpawnAI.desktop
    /usr/share/metainfo/io.spawnai.SpawnAI.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/io.spawnai.SpawnAI.svg
    /usr/share/man/man1/spawnai.1.gz
    /usr/share/bash-completion/completions/spawnai
    /usr/share/zsh/vendor-completions/_spawnai
    /usr/lib/systemd/user/spawnai.service
    /usr/share/doc/spawnai/copyright
    /usr/share/doc/spawnai/changelog.gz
    /usr/share/doc/spawnai/README.md
    /usr/share/doc/spawnai/docs/gui.md
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.spawnai.SpawnAI.png")
done
for file in "${expected[@]}"; do
    grep -qxF "$file" "$work/contents" || fail "the package lacks $file"
done
if grep -E "/(home|work|tmp|build)/" "$work/contents"; then fail "build paths in the package"; fi

step "control fields"
control=$(dpkg-deb -f "$deb")
printf '%s\n' "$control" | grep -E '^(Package|Version|Architecture|Section|Priority|Homepage|Depends|Recommends|Installed-Size):'
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "the package's version is not $version"
for field in Section Priority Homepage Description Maintainer; do
    [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "no $field"
done
# has PACKAGE FIELD: the field names the package (with or without a version).
has() { tr ',|' '\n\n' <<<"$2" | sed 's/^ *//; s/ .*//' | grep -xF "$1" >/dev/null; }
depends=$(dpkg-deb -f "$deb" Depends) recommends=$(dpkg-deb -f "$deb" Recommends)
for package in bubblewrap slirp4netns libqt6core6 libqt6webenginecore6 qt6-qpa-plugins libqt6sql6-sqlite; do
    has "$package" "$depends" || fail "Depends lacks $package: $depends"
done
for package in python3 nodejs npm; do
    has "$package" "$recommends" || fail "Recommends lacks $package: $recommends"
done

step "dpkg -x, then a copy elsewhere"
dpkg -x "$deb" "$work/extracted"
mkdir "$work/elsewhere"
cp -a "$work/extracted" "$work/elsewhere/root"
rm -rf "$work/extracted"
root="$work/elsewhere/root"

step "desktop-file-validate, appstreamcli validate --no-net"
desktop-file-validate "$root/usr/share/applications/io.spawnai.SpawnAI.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.spawnai.SpawnAI.metainfo.xml"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/io.spawnai.SpawnAI.metainfo.xml" \
    || fail "the AppStream data has no release $version"

step "lintian"
lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then fail "lintian reports errors"; fi
# Every warning left is explained in packaging/README.md, by its tag.
for tag in $(sed -n 's/^W: [^:]*: \([a-z0-9-]*\).*/\1/p' "$work/lintian.txt" | sort -u); do
    grep -qF "$tag" "$source/packaging/README.md" || fail "lintian warning $tag is not explained in packaging/README.md"
done

# The installed program runs in an environment of its own; with
# root (or a user namespace) the source and build trees are mounted over
# with empty folders, so nothing can come from them.
hide=()
if unshare --mount --propagation private true 2>/dev/null; then
    hide=(unshare --mount --propagation private)
elif unshare --user --map-root-user --mount true 2>/dev/null; then
    hide=(unshare --user --map-root-user --mount)
else
    echo "NOTE: no mount namespace here; the trees stay visible (the program still runs from a moved copy)"
fi
mounts=':'
if ((${#hide[@]})); then
    mounts='mount -t tmpfs spawnai-hidden "$1" && mount -t tmpfs spawnai-hidden "$2"'
fi
# Every step of it execs the next, so that a background run's $! is the
# program itself, which then gets the signals sent to it.
run=("${hide[@]}" /bin/sh -c "$mounts"' && shift 2 && exec "$@"' sh "$build" "$source"
    env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime"
    QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1)
installed() { "${run[@]}" "$@"; }
# finish PID SIGNAL: sends it and waits at most 30 s for the program to end.
finish() {
    kill -"$2" "$1" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
        kill -0 "$1" 2>/dev/null || { wait "$1" || true; return 0; }
        sleep 0.1
    done
    fail "the program did not end within 30 s of SIG$2"
}
mkdir -m 0700 "$work/home" "$work/runtime"
if ((${#hide[@]})); then
    echo "the source and build trees are hidden from the installed program (${hide[*]})"
    installed /bin/sh -c '[ -z "$(ls -A "$0")" ]' "$source" || fail "the source tree is still visible"
fi

step "spawnai --version"
printf '%s\n' "$(installed "$root/usr/bin/spawnai" --version)" | tee "$work/version.txt"
[[ $(cat "$work/version.txt") == "spawnai $version" ]] || fail "--version is not $version"

step "the man page is the installed --help text"
installed "$root/usr/bin/spawnai" --help >"$work/help.txt"
zcat "$root/usr/share/man/man1/spawnai.1.gz" | sed 's/\\f[BIRP]//g; s/\\-/-/g' >"$work/spawnai.1"
options=$(grep -oE -- '--[a-z][a-z-]+' "$work/help.txt" | sort -u)
[[ $(wc -l <<<"$options") -gt 20 ]] || fail "--help names too few options"
for option in $options; do
    grep -qF -- "$option" "$work/spawnai.1" || fail "the man page lacks $option"
done
for command in spawn list show stop extend redeploy delete costs serve token mcp "list --ids"; do
    grep -qF -- "$command" "$work/spawnai.1" || fail "the man page lacks $command"
done

step "the translations and templates inside the program"
installed "$root/usr/bin/spawnai" list --templates | tee "$work/templates.txt"
grep -qx static-site "$work/templates.txt" || fail "no static-site template"
LANG_DE=$(installed env LANGUAGE=de LANG=de_DE.UTF-8 "$root/usr/bin/spawnai" --data-dir "$work/data-de" list)
[[ $LANG_DE == *"Noch keine Sitzungen"* ]] || fail "no German: $LANG_DE"

step "spawnai spawn --template static-site --json, until ready, then Ctrl-C"
"${run[@]}" "$root/usr/bin/spawnai" --data-dir "$work/data" spawn --template static-site --json \
    >"$work/spawn.out" 2>"$work/spawn.err" &
spawn=$!
pids+=("$spawn")
for ((i = 0; i < 300; i++)); do
    grep -q '"status":"ready"' "$work/spawn.out" && break
    kill -0 "$spawn" 2>/dev/null || break
    sleep 0.1
done
grep -q '"status":"ready"' "$work/spawn.out" || { cat "$work/spawn.out" "$work/spawn.err"; fail "the session never got ready"; }
url=$(grep -o '"url":"http://127.0.0.1:[0-9]*/"' "$work/spawn.out" | head -1 | cut -d'"' -f4)
[[ -n $url ]] || { cat "$work/spawn.out"; fail "no URL"; }
# Into a file: a grep -q that stops reading would fail curl's write (pipefail).
curl -fsS -o "$work/page.html" "$url" && grep -qi '<html' "$work/page.html" || fail "$url serves no page"
echo "ready at $url"
finish "$spawn" INT
ids=$(installed "$root/usr/bin/spawnai" --data-dir "$work/data" list --ids)
[[ -n $ids ]] || fail "list --ids shows no session"
grep -q '"status":"stopped"' "$work/spawn.out" || { cat "$work/spawn.out"; fail "the session did not stop"; }

step "completions: commands, options, templates and session ids"
"${run[@]}" SPAWNAI_DATA_DIR="$work/data" COMPLETIONS="$root/usr/share/bash-completion/completions/spawnai" \
    PATH="$root/usr/bin:/usr/bin:/bin" bash -c '
    source /usr/share/bash-completion/bash_completion
    source "$COMPLETIONS"
    complete_line() {
        COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        COMPREPLY=(); _spawnai spawnai; echo "${COMPREPLY[*]}"
    }
    echo "commands: $(complete_line spawnai "")"
    echo "options: $(complete_line spawnai list --)"
    echo "templates: $(complete_line spawnai spawn --template "")"
    echo "ids: $(complete_line spawnai show "")"' | tee "$work/completion.txt"
for command in spawn list show stop extend redeploy delete costs serve token mcp; do
    grep "^commands: " "$work/completion.txt" | grep -w -- "$command" >/dev/null || fail "bash does not complete $command"
done
for option in $options; do
    grep "^options: " "$work/completion.txt" | grep -w -- "$option" >/dev/null || fail "bash does not complete $option"
done
grep -q "^templates: .*static-site" "$work/completion.txt" || fail "bash completes no templates"
grep -qF "ids: $ids" "$work/completion.txt" || fail "bash does not complete the session id $ids"
# zsh's completion system needs a terminal; its functions are stood in for
# by ones that print what they were given.
"${run[@]}" SPAWNAI_DATA_DIR="$work/data" COMPLETIONS="$root/usr/share/zsh/vendor-completions/_spawnai" \
    PATH="$root/usr/bin:/usr/bin:/bin" zsh -f -c '
    _call_program() { shift; eval "$@"; }
    _describe() { print -r -- "$2: ${(P)4}"; }
    compadd() { print -r -- "options: ${(P)2}"; }
    _values() { :; }; _directories() { :; }; _message() { :; }
    _spawnai() { source $COMPLETIONS; }
    words=(spawnai ""); CURRENT=2; PREFIX=""; _spawnai
    words=(spawnai list --); CURRENT=3; PREFIX=--; _spawnai
    words=(spawnai spawn --template ""); CURRENT=4; PREFIX=""; _spawnai
    words=(spawnai show ""); CURRENT=3; PREFIX=""; _spawnai' | tee "$work/zsh.txt"
for command in spawn list show stop extend redeploy delete costs serve token mcp; do
    grep "^commands: " "$work/zsh.txt" | grep -w -- "$command" >/dev/null || fail "zsh does not complete $command"
done
for option in $options; do
    grep "^options: " "$work/zsh.txt" | grep -w -- "$option" >/dev/null || fail "zsh does not complete $option"
done
grep -q "^templates: .*static-site" "$work/zsh.txt" || fail "zsh completes no templates"
grep -qF "sessions: $ids" "$work/zsh.txt" || fail "zsh does not complete the session id $ids"

step "the window, offscreen, until its first frame and its preview"
"${run[@]}" SPAWNAI_STARTUP_PROBE=1 QT_LOGGING_RULES='spawnai.ui.plugins.info=true' \
    "$root/usr/bin/spawnai" --data-dir "$work/data-window" --template static-site \
    >"$work/window.out" 2>"$work/window.err" &
window=$!
pids+=("$window")
for ((i = 0; i < 600; i++)); do
    grep -qx 'preview-loaded' "$work/window.out" && break
    grep -qx 'preview-failed' "$work/window.out" && break
    kill -0 "$window" 2>/dev/null || break
    sleep 0.1
done
finish "$window" TERM
cat "$work/window.out"
grep -qx painted "$work/window.out" || { cat "$work/window.err"; fail "the window never painted"; }
grep -qx preview-loaded "$work/window.out" || { cat "$work/window.err"; fail "the preview never loaded"; }
grep -F "loaded \"$root/usr/bin/../lib/$multiarch/spawnai/plugins/spawnai-webpreview.so\"" "$work/window.err" \
    || { cat "$work/window.err"; fail "the WebEngine plugin did not come from the installed root"; }

step "done"
