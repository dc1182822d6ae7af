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


def main() -> None:
    work, projects = sys.argv[1], sys.argv[2].split(",")
    rows = []
    for name in projects:
        results = load(os.path.join(work, name + ".fast.json"))
        results.update(load(os.path.join(work, name + ".alembic.json")))
        rows.append((name, results))
    wall_table(rows)
    print()
    cpu_table(rows)


def cpu_table(rows) -> None:
    print("CPU time (user + system, ms):")
    print()
    print("| project | readfloor | retort heads | retort history | alembic heads | alembic history "
          "| heads: alembic / retort | retort heads / readfloor |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, cpu_ms(r.get("readfloor")), cpu_ms(r.get("retort heads")),
            cpu_ms(r.get("retort history")), cpu_ms(r.get("alembic heads")),
            cpu_ms(r.get("alembic history")),
            fmt_ratio(ratio(r.get("alembic heads"), r.get("retort heads"), cpu), TARGET_SPEEDUP, True),
            fmt_ratio(ratio(r.get("retort heads"), r.get("readfloor"), cpu), TARGET_FLOOR, False),
        ))


def wall_table(rows) -> None:
    print("Wall-clock time (mean ± σ, ms):")
    print()
    print("| project | readfloor (ms) | retort heads (ms) | retort history (ms) "
          "| alembic heads (ms) | alembic history (ms) | heads: alembic / retort "
          "| history: alembic / retort | retort heads / readfloor |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, results in rows:
        floor = results.get("readfloor")
        r_heads, r_hist = results.get("retort heads"), results.get("retort history")
        a_heads, a_hist = results.get("alembic heads"), results.get("alembic history")
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, ms(floor), ms(r_heads), ms(r_hist), ms(a_heads), ms(a_hist),
            fmt_ratio(ratio(a_heads, r_heads), TARGET_SPEEDUP, True),
            fmt_ratio(ratio(a_hist, r_hist), TARGET_SPEEDUP, True),
            fmt_ratio(ratio(r_heads, floor), TARGET_FLOOR, False),
        ))


if __name__ == "__main__":
    main()
