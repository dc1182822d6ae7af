#!/usr/bin/env bash
# Installs what Retort needs to build, test and run on Debian 12 or 13. Idempotent: apt only runs
# when a package is missing. Uses sudo when not root.
set -euo pipefail

packages=(
    cmake ninja-build g++ git pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqscintilla2-qt6-dev
    libtomlplusplus-dev libdtl-dev
    sqlite3 python3 python3-alembic python3-sqlalchemy python3-sqlmodel
    xvfb xauth hyperfine
)
# KSyntaxHighlighting for Qt 6 exists from Debian 13 on; Retort falls back to QScintilla's lexers.
optional=(libkf6syntaxhighlighting-dev)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing+=("$p")
done
for p in "${optional[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii'; then
        if apt-cache show "$p" >/dev/null 2>&1; then missing+=("$p"); fi
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
# Recompute optional availability after the update (a fresh machine has empty lists).
final=()
for p in "${missing[@]}"; do
    if apt-cache show "$p" >/dev/null 2>&1; then final+=("$p")
    else
        case " ${optional[*]} " in *" $p "*) echo "install-deps: $p not available, skipping" ;;
        *) final+=("$p") ;; esac
    fi
done
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${final[@]}"
