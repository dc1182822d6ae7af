#!/usr/bin/env python3
"""Turns run.sh's hyperfine JSON exports into the markdown table of docs/performance.md.

usage: report.py WORK_DIR PROJECT[,PROJECT...] > table.md
Each PROJECT has WORK_DIR/PROJECT.fast.json (readfloor, retort) and WORK_DIR/PROJECT.alembic.json.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Dict, Optional

TARGET_SPEEDUP = 15.0  # retort heads at least this much faster than alembic heads
TARGET_FLOOR = 1.5  # retort heads within this factor of readfloor


def load(path: str) -> Dict[str, dict]:
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        return {r["command"]: r for r in json.load(handle)["results"]}


def ms(result: Optional[dict]) -> str:
    if not result:
        return "pending"
    return "%.1f ± %.1f" % (result["mean"] * 1000, (result.get("stddev") or 0.0) * 1000)


def cpu(result: Optional[dict]) -> Optional[float]:
    """Mean user + system CPU seconds: steadier than wall time on a busy machine."""
    return result["user"] + result["system"] if result else None


def cpu_ms(result: Optional[dict]) -> str:
    return "pending" if not result else "%.1f" % (cpu(result) * 1000)


def ratio(a: Optional[dict], b: Optional[dict], key=lambda r: r["mean"]) -> Optional[float]:
    return key(a) / key(b) if a and b else None


def fmt_ratio(value: Optional[float], target: float, higher_is_better: bool) -> str:
    if value is None:
        return "pending"
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "%.1fx ✓" % value
    return "%.1fx ✗ (target %s %.1fx)" % (value, ">=" if higher_is_better else "<=", target)


COLUMNS = [  # (result name, column title); "(cache)" rows exist when retort has a header cache
    ("readfloor", "readfloor"),
    ("retort heads", "retort heads"),
    ("retort heads (cache)", "retort heads, cache"),
    ("retort history", "retort history"),
    ("retort history (cache)", "retort history, cache"),
    ("alembic heads", "alembic heads"),
    ("alembic history", "alembic history"),
]


def main() -> None:
    work, projects = sys.argv[1], sys.argv[2].split(",")
    rows = []
    for name in projects:
        results = load(os.path.join(work, name + ".fast.json"))
        results.update(load(os.path.join(work, name + ".alembic.json")))
        rows.append((name, results))
    columns = [c for c in COLUMNS if not c[0].endswith("(cache)")
               or any(c[0] in r for _, r in rows)]
    table(rows, columns, "Wall-clock time (mean ± σ, ms):", ms, lambda r: r["mean"])
    print()
    table(rows, columns, "CPU time (user + system, ms):", cpu_ms, cpu)


def table(rows, columns, title, show, key) -> None:
    """One table: the times, then the targets' ratios for each way retort ran."""
    ratios = [("heads: alembic / retort", "alembic heads", "retort heads", TARGET_SPEEDUP, True),
              ("history: alembic / retort", "alembic history", "retort history",
               TARGET_SPEEDUP, True),
              ("retort heads / readfloor", "retort heads", "readfloor", TARGET_FLOOR, False)]
    cached = any(c[0] == "retort heads (cache)" for c in columns)
    if cached:
        ratios += [("heads, cache: alembic / retort", "alembic heads", "retort heads (cache)",
                    TARGET_SPEEDUP, True),
                   ("retort heads, cache / readfloor", "retort heads (cache)", "readfloor",
                    TARGET_FLOOR, False)]
    print(title)
    print()
    print("| project | " + " | ".join(t for _, t in columns) + " | "
          + " | ".join(r[0] for r in ratios) + " |")
    print("|---|" + "---:|" * (len(columns) + len(ratios)))
    for name, r in rows:
        cells = [show(r.get(c)) for c, _ in columns]
        cells += [fmt_ratio(ratio(r.get(a), r.get(b), key), target, higher)
                  for _, a, b, target, higher in ratios]
        print("| %s | %s |" % (name, " | ".join(cells)))


if __name__ == "__main__":
    main()
