#!/usr/bin/env bash
# Fails when spawnai-core includes or links anything of the GUI modules, or
# when a lower area of core includes llm/.
set -euo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
forbidden='Widgets|WebEngine|Charts|QApplication|QtGui|QGuiApplication'
status=0
if grep -rEn "#\s*include\s*[<\"](Qt(Widgets|WebEngine[A-Za-z]*|Charts|Gui)/|Q(Application|GuiApplication|Widget|MainWindow|WebEngine[A-Za-z]*|Chart[A-Za-z]*)[>\"])" "$root/core"; then
    echo "core/ includes a GUI header" >&2
    status=1
fi
if grep -En "$forbidden" "$root/core/CMakeLists.txt" "$root"/core/*/CMakeLists.txt | grep -v '^\s*#' | grep -Ev ':\s*#'; then
    echo "core/ CMake mentions a GUI module" >&2
    status=1
fi
# The layers below the clients stay below them: the retry rules and the
# retrying HTTP call live in net/, so the sandboxes need nothing of llm/.
if grep -rEn '#\s*include\s*"llm/' "$root/core/common" "$root/core/net" "$root/core/sandbox"; then
    echo "core/common, core/net or core/sandbox includes llm/" >&2
    status=1
fi
# What CMake resolved for the target (written at configure time) is the
# final word: it includes everything that linked libraries drag in.
deps_file="$root/build/ci/spawnai-core-deps.txt"
if [[ -f "$deps_file" ]] && grep -En "Qt6?(Widgets|WebEngine[A-Za-z]*|Charts|Gui)" "$deps_file" >&2; then
    echo "spawnai-core compiles or links against a GUI module" >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "core dependency check: spawnai-core uses no GUI module"
exit $status
