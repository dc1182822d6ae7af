#!/usr/bin/env bash
# Times `retort lint` (plain and --json) on generated projects of 10,000 revisions (linear and
# branchy; sizes in BENCH_SIZES) with hyperfine, and writes a markdown table. The target is
# under 1 s for 10,000 revisions (docs/performance.md, "Linting").
#
#   usage: bench/lint.sh [BUILD_DIR] [OUT_MD]
#     BUILD_DIR  a Release/RelWithDebInfo build holding app/retort (default: build/release)
#     OUT_MD     where the table goes (default: BUILD_DIR/bench-lint.md)
#   env: ALEMBIC_PYTHON (runs make_project.py; default /usr/bin/python3), BENCH_SIZES (default
#        "10000"), BENCH_WORK (where projects go; default a new folder under /tmp, removed
#        afterwards), BENCH_RUNS (default 10)
# Every run is a fresh process with the files in the page cache; `retort lint` reads every
# script in full (operations included), so the header cache does not apply.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/release}" && pwd)
out=${2:-$build/bench-lint.md}
python=${ALEMBIC_PYTHON:-/usr/bin/python3}
sizes=${BENCH_SIZES:-"10000"}
runs=${BENCH_RUNS:-10}
retort=$build/app/retort

command -v hyperfine >/dev/null || { echo "lint.sh: hyperfine is not installed" >&2; exit 2; }
[ -x "$retort" ] || { echo "lint.sh: $retort missing (build target retort)" >&2; exit 2; }

if [ -n "${BENCH_WORK:-}" ]; then
    work=$BENCH_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d /tmp/retort-bench-lint.XXXXXX)
    trap 'rm -rf "$work"' EXIT
fi

rows=()
for size in $sizes; do
    for shape in linear branchy; do
        name=$shape-$size
        project=$work/$name
        [ -f "$project/alembic.ini" ] ||
            "$python" "$here/make_project.py" "$project" --revisions "$size" --shape "$shape" --seed "$size"
        ini=$project/alembic.ini
        # Lint exits 1 when it finds errors (the generated scripts have some): that is expected.
        findings=$("$retort" lint -c "$ini" --json | "$python" -c 'import json, sys; print(len(json.load(sys.stdin)))')
        echo "== $name: $findings findings"
        hyperfine -N --style basic --warmup 2 --runs "$runs" -i \
            --export-json "$work/$name.lint.json" \
            -n "retort lint" "$retort lint -c $ini" \
            -n "retort lint --json" "$retort lint -c $ini --json"
        rows+=("$name:$findings")
    done
done

{
    echo "Machine: $(nproc) cores, $(uname -sr); $(hyperfine --version)."
    echo
    echo "| project | findings | command | mean ± σ | min | max |"
    echo "|---|---:|---|---:|---:|---:|"
    for row in "${rows[@]}"; do
        name=${row%%:*}
        findings=${row##*:}
        "$python" - "$work/$name.lint.json" "$name" "$findings" <<'PY'
import json, sys
path, name, findings = sys.argv[1:4]
for result in json.load(open(path))["results"]:
    ms = lambda s: "%.0f ms" % (s * 1000)
    print("| %s | %s | `%s` | %s ± %s | %s | %s |" % (
        name, findings, result["command"], ms(result["mean"]), ms(result["stddev"] or 0),
        ms(result["min"]), ms(result["max"])))
PY
    done
} >"$out"
echo "wrote $out"
