#!/usr/bin/env bash
# Refreshes translations/retort_*.ts from the sources: every tr()/translate()/QT_TRANSLATE_NOOP
# string in app/, ui/ and core/. Then gives a new message the translation of one with the same
# text (usually the same message, moved to another context) and drops messages no source has any
# more. What is left untranslated is listed; translate it (Qt Linguist, or edit the .ts) until
# `ctest -R translations` passes. Terms: translations/GLOSSARY.md.
#
# Usage: translations/update.sh [LANG...]   (default: every retort_*.ts)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-$(command -v lupdate6 || true)}
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "update.sh: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 1; }

files=()
if [ $# -gt 0 ]; then
    for lang in "$@"; do files+=("$here/retort_$lang.ts"); done
else
    files=("$here"/retort_*.ts)
fi

# lupdate warns about every tr() outside a Q_OBJECT class (the file-local tr() helpers); the
# test translations_contexts checks those instead.
run_lupdate() {
    local status=0
    "$lupdate" "$@" -recursive -locations relative -no-ui-lines app ui core -ts "${files[@]}" \
        2> >(grep -v "lacks Q_OBJECT macro" >&2) || status=$?
    return "$status"
}

cd "$root"
run_lupdate
python3 "$here/carry_over.py" "${files[@]}"
# Once more, so that the files are in lupdate's own layout (what Qt Linguist writes too).
run_lupdate -silent
