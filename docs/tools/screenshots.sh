#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds retort-screenshots and writes the workbench's screenshots (light and dark) into
# docs/screenshots/. Usage: docs/tools/screenshots.sh [BUILD_DIR]   (default: build/screenshots)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build/screenshots"}
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --target retort-screenshots
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/app/retort-screenshots" \
    --python "${RETORT_PYTHON:-/usr/bin/python3}" "$root/docs/screenshots"
