#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates every screenshot in docs/screenshots/, all made by the app itself on the examples:
# the workbench in light and dark (retort-screenshots), then the dialogs and wizard pages, which
# their GUI tests drive into place and save when RETORT_SCREENSHOT_DIR is set.
#   usage: docs/tools/screenshots.sh [BUILD_DIR]   (default: build/screenshots)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build/screenshots"}
shots="$root/docs/screenshots"
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --target retort-screenshots tst_operationspanes tst_newrevisiondialog \
    tst_mergewizard
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
"$build/app/retort-screenshots" --python "${RETORT_PYTHON:-/usr/bin/python3}" "$shots"
for test in tst_operationspanes tst_newrevisiondialog tst_mergewizard; do
    RETORT_SCREENSHOT_DIR="$shots" "$build/tests/ui/$test" >/dev/null
done
