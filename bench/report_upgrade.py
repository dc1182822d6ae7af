#!/usr/bin/env python3
"""Turns upgrade.sh's hyperfine JSON exports into the markdown of docs/performance.md's
"Upgrade and backup" section.

usage: report_upgrade.py WORK_DIR REVISIONS BIG_DB_BYTES > summary.md
"""
from __future__ import annotations

import json
import os
import sys
from typing import Dict

TARGET_OVERHEAD = 0.10  # retort upgrade head at most 10% slower than alembic upgrade head


def load(path: str) -> Dict[str, dict]:
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        return {r["command"]: r for r in json.load(handle)["results"]}


def ms(result: dict) -> str:
    return "%.0f ± %.0f" % (result["mean"] * 1000, (result.get("stddev") or 0.0) * 1000)


def cpu_ms(result: dict) -> str:
    return "%.0f" % ((result["user"] + result["system"]) * 1000)


def main() -> None:
    work, revisions, big_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    upgrade = load(os.path.join(work, "upgrade.json"))
    alembic = upgrade.get("alembic upgrade head")
    retort = upgrade.get("retort upgrade head")
    print("`upgrade head`, %d revisions, fresh database each run:" % revisions)
    print()
    print("| command | wall (ms, mean ± σ) | CPU (user + sys, ms) |")
    print("|---|---|---|")
    for name, result in upgrade.items():
        print("| %s | %s | %s |" % (name, ms(result), cpu_ms(result)))
    if alembic and retort:
        overhead = retort["mean"] / alembic["mean"] - 1
        mark = "✓" if overhead <= TARGET_OVERHEAD else "✗ (target ≤ %d%%)" % (TARGET_OVERHEAD * 100)
        print()
        print("Overhead of retort over alembic (wall, means): **%+.1f%%** %s" % (overhead * 100, mark))
    print()
    print("Backups (the backup is timed on its own; `retort backup` includes process start-up and")
    print("reading the project):")
    print()
    print("| command | wall (ms, mean ± σ) | throughput |")
    print("|---|---|---|")
    for name in ("backup-small", "backup-big"):
        results = load(os.path.join(work, name + ".json"))
        for command, result in results.items():
            size = big_bytes if name == "backup-big" else None
            rate = "%.0f MB/s" % (size / result["mean"] / 1e6) if size else ""
            print("| %s | %s | %s |" % (command, ms(result), rate))


if __name__ == "__main__":
    main()
