#!/usr/bin/env bash
# The workbench window on 10,000-revision projects (linear and branchy): time from start to the
# first painted graph and to the full project on screen, scrolling it end to end, and peak
# memory. Runs bench/windowbench once with an empty header cache (a user's first open, shown in
# parentheses), then RUNS times (offscreen) and prints a markdown table of medians.
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

echo "| project | rows | first paint, ms (first open) | complete (ms) | scroll end to end (ms, pages) | frame median / max (ms) | peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for shape in linear branchy; do
    project=$work/$shape-$size
    python3 "$here/make_project.py" "$project" --revisions "$size" --shape "$shape" >/dev/null
    "$bench" "$project" > "$work/$shape.cold.json" # the first open fills the header cache
    for _ in $(seq "$runs"); do "$bench" "$project"; done > "$work/$shape.jsonl"
    python3 - "$shape-$size" "$work/$shape.jsonl" "$work/$shape.cold.json" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[2])]
cold = json.load(open(sys.argv[3]))
med = lambda key: statistics.median(r[key] for r in rows)
print(f"| {sys.argv[1]} | {rows[0]['rows']} | {med('first_paint_ms'):.0f} ({cold['first_paint_ms']}) | "
      f"{med('complete_ms'):.0f} | "
      f"{med('scroll_total_ms'):.0f} ({rows[0]['scroll_pages']}) | "
      f"{med('frame_median_us') / 1000:.2f} / {med('frame_max_us') / 1000:.2f} | "
      f"{med('peak_rss_mib'):.0f} |")
PY
done
