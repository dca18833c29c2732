#!/usr/bin/env bash
# Installs the Debian packages in debian-packages.txt that are missing.
# Does nothing when everything is present; uses sudo when not root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

missing=()
while read -r package command; do
    [[ -z "$package" || "$package" == \#* ]] && continue
    if [[ -n "${command:-}" ]] && command -v "$command" >/dev/null 2>&1; then
        continue
    fi
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done < "$here/debian-packages.txt"

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
