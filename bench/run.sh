#!/usr/bin/env bash
# Times `retort heads|history` against `python3 -m alembic heads|history` and the readfloor
# baseline on generated projects of 1,000 and 10,000 revisions (linear and branchy), with
# hyperfine, and writes a markdown table.
#
#   usage: bench/run.sh [BUILD_DIR] [OUT_MD]
#     BUILD_DIR  a Release/RelWithDebInfo build holding app/retort and bench/readfloor
#                (default: build/release; `cmake --preset release && cmake --build build/release`)
#     OUT_MD     where the table goes (default: BUILD_DIR/bench-results.md)
#   env: ALEMBIC_PYTHON (default /usr/bin/python3), BENCH_SIZES (default "1000 10000"),
#        BENCH_WORK (where projects go; default a new folder under /tmp, removed afterwards),
#        BENCH_RUNS_FAST (default 20), BENCH_RUNS_ALEMBIC (default 5 at 1k, 3 above)
# When retort knows --no-cache, "retort heads/history" are timed cold (--no-cache: every script
# parsed) and warm ("(cache)": headers from the persistent cache, in $BENCH_WORK/xdg-cache).
# If app/retort is missing the retort rows read "pending"; the other rows are still measured.
# Times are warm-cache (files in the page cache), which is what a user sees on a second run and
# the fairest floor; every command starts a fresh process, so start-up cost is included.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/release}" && pwd)
out=${2:-$build/bench-results.md}
python=${ALEMBIC_PYTHON:-/usr/bin/python3}
sizes=${BENCH_SIZES:-"1000 10000"}
runs_fast=${BENCH_RUNS_FAST:-20}
retort=$build/app/retort
readfloor=$build/bench/readfloor

command -v hyperfine >/dev/null || { echo "run.sh: hyperfine is not installed" >&2; exit 2; }
[ -x "$readfloor" ] || { echo "run.sh: $readfloor missing (build target retort_readfloor)" >&2; exit 2; }
"$python" -c "import alembic" || { echo "run.sh: $python cannot import alembic" >&2; exit 2; }

if [ -n "${BENCH_WORK:-}" ]; then
    work=$BENCH_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d /tmp/retort-bench.XXXXXX)
    trap 'rm -rf "$work"' EXIT
fi

projects=()
for size in $sizes; do
    for shape in linear branchy; do
        name=$shape-$size
        projects+=("$name")
        [ -f "$work/$name/alembic.ini" ] ||
            "$python" "$here/make_project.py" "$work/$name" --revisions "$size" --shape "$shape" --seed "$size"
    done
done

# The header cache goes to a folder of its own, so that "cold" and "warm" mean what they say.
export XDG_CACHE_HOME=$work/xdg-cache
rm -rf "$XDG_CACHE_HOME"
cached=false
if [ -x "$retort" ] && "$retort" --help 2>/dev/null | grep -q -- --no-cache; then
    cached=true
    sleep 2 # the cache only keeps files whose stamps are two seconds old
fi

for name in "${projects[@]}"; do
    project=$work/$name
    ini=$project/alembic.ini
    size=${name##*-}
    runs_alembic=${BENCH_RUNS_ALEMBIC:-$([ "$size" -le 1000 ] && echo 5 || echo 3)}
    fast=(-n readfloor "$readfloor $project/migrations/versions")
    if [ -x "$retort" ]; then
        # Both tools must agree before their times mean anything.
        diff <("$retort" -c "$ini" heads) <(cd "$project" && "$python" -m alembic -c "$ini" heads) >/dev/null ||
            echo "run.sh: WARNING: retort heads differs from alembic heads on $name" >&2
        if $cached; then
            # cold: every script parsed (--no-cache); warm: headers from the cache, which the
            # warm-up runs fill.
            fast+=(-n "retort heads" "$retort -c $ini heads --no-cache"
                -n "retort history" "$retort -c $ini history --no-cache"
                -n "retort heads (cache)" "$retort -c $ini heads"
                -n "retort history (cache)" "$retort -c $ini history")
        else
            fast+=(-n "retort heads" "$retort -c $ini heads" -n "retort history" "$retort -c $ini history")
        fi
    fi
    echo "== $name"
    hyperfine -N --style basic --warmup 3 --runs "$runs_fast" \
        --export-json "$work/$name.fast.json" "${fast[@]}"
    hyperfine -N --style basic --warmup 1 --runs "$runs_alembic" \
        --export-json "$work/$name.alembic.json" \
        -n "alembic heads" "$python -m alembic -c $ini heads" \
        -n "alembic history" "$python -m alembic -c $ini history"
done

{
    echo "Machine: $(nproc) cores, $(uname -sr); $("$python" -c 'import alembic, sqlalchemy, sys; print("alembic", alembic.__version__, "/ sqlalchemy", sqlalchemy.__version__, "/ python", sys.version.split()[0])'); $(hyperfine --version)."
    echo
    "$python" "$here/report.py" "$work" "$(IFS=,; echo "${projects[*]}")"
} >"$out"
echo "wrote $out"
