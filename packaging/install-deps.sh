#!/usr/bin/env bash
# Installs what Retort needs to build, test and run on Debian 12 or 13. Idempotent: apt only runs
# when a package is missing. Uses sudo when not root.
set -euo pipefail

required=(
    cmake ninja-build g++ git pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqscintilla2-qt6-dev
    libtomlplusplus-dev libdtl-dev
    sqlite3 python3 python3-alembic python3-sqlalchemy python3-sqlmodel
    xvfb xauth hyperfine
    qt6-translations-l10n appstream desktop-file-utils librsvg2-bin dpkg-dev file
)
# KSyntaxHighlighting for Qt 6 exists from Debian 13 on; without it Retort uses QScintilla's lexers.
# Debian 13 ships Qt's SVG image and icon plugins (the app icon) apart from libqt6svg6.
optional=(libkf6syntaxhighlighting-dev qt6-svg-plugins)

installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }
available() { [ -n "$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v '(none)')" ]; }

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

missing=()
for p in "${required[@]}"; do installed "$p" || missing+=("$p"); done
missing_optional=()
for p in "${optional[@]}"; do installed "$p" || missing_optional+=("$p"); done

# Nothing required is missing and every optional package is either installed or unknown to apt.
if [ ${#missing[@]} -eq 0 ]; then
    unknown=0
    for p in "${missing_optional[@]}"; do available "$p" || unknown=$((unknown + 1)); done
    if [ "$unknown" -eq "${#missing_optional[@]}" ]; then
        echo "install-deps: all packages present"
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
for p in "${missing_optional[@]}"; do
    if available "$p"; then missing+=("$p"); else echo "install-deps: $p not in this release, skipping"; fi
done
echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
