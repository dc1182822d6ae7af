#!/usr/bin/env bash
# The workbench window on 10,000-revision projects (linear and branchy): time from start to the
# first painted graph, scrolling it end to end, and peak memory. Runs bench/windowbench RUNS times
# per project (offscreen) and prints a markdown table of medians.
#
#   usage: bench/window.sh [BUILD_DIR]     (default build/release; target retort_windowbench)
#   env: BENCH_RUNS (default 5), BENCH_SIZE (default 10000)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/release}" && pwd)
bench=$build/bench/windowbench
runs=${BENCH_RUNS:-5}
size=${BENCH_SIZE:-10000}
[ -x "$bench" ] || { echo "window.sh: $bench missing (build target retort_windowbench)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config

echo "| project | rows | first paint (ms) | scroll end to end (ms, pages) | frame median / max (ms) | peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|---:|"
for shape in linear branchy; do
    project=$work/$shape-$size
    python3 "$here/make_project.py" "$project" --revisions "$size" --shape "$shape" >/dev/null
    "$bench" "$project" >/dev/null # the first run fills the header cache, as a user's first open
    for _ in $(seq "$runs"); do "$bench" "$project"; done > "$work/$shape.jsonl"
    python3 - "$shape-$size" "$work/$shape.jsonl" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[2])]
med = lambda key: statistics.median(r[key] for r in rows)
print(f"| {sys.argv[1]} | {rows[0]['rows']} | {med('first_paint_ms'):.0f} | "
      f"{med('scroll_total_ms'):.0f} ({rows[0]['scroll_pages']}) | "
      f"{med('frame_median_us') / 1000:.2f} / {med('frame_max_us') / 1000:.2f} | "
      f"{med('peak_rss_mib'):.0f} |")
PY
done
