#!/usr/bin/python3
"""Differential test: the `retort` CLI against real Alembic on generated projects.

usage: differential_test.py RETORT_BINARY [--only NAME[,NAME]] [--keep] [--verbose]
       differential_test.py --alembic-only [--only ...]   (checks the generator and Alembic side)

Run it with a Python that has alembic installed (/usr/bin/python3 on Debian). For each project
shape from shapes.py it writes a project to a temporary folder, runs every case from cases.py
through both tools, prints one line per case and ends with `N passed, N failed`.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from typing import List, Optional, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import alembic.config  # noqa: F401  (only checks that this Python has alembic)
except ImportError:
    print("SKIP: %s cannot import alembic; run this test with the Python that has it" % sys.executable)
    sys.exit(77)

from alembic_side import (  # noqa: E402
    AlembicCrashed,
    AlembicProject,
    PlainResult,
    order_depends_on_hash_seed,
    alembic_versions,
    run_plain,
    run_plain_inprocess,
)
from cases import Case, project_cases  # noqa: E402
from compare import compare_json, first_difference, normalizer  # noqa: E402
from projectgen import write_project  # noqa: E402
from shapes import all_specs  # noqa: E402


class RetortResult:
    def __init__(self, proc: subprocess.CompletedProcess):
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.returncode = proc.returncode

    def error_message(self) -> Optional[str]:
        for line in self.stderr.splitlines():
            if line.startswith("FAILED: "):
                return line[len("FAILED: ") :].strip()
        return None


def run_retort(binary: str, ini: str, args: List[str]) -> RetortResult:
    proc = subprocess.run([binary, "-c", ini, *args], cwd=os.path.dirname(ini),
                          capture_output=True, text=True, timeout=120)
    return RetortResult(proc)


def _command(ini: str, args: List[str]) -> str:
    return "retort -c %s %s" % (ini, " ".join(args))


def judge_plain(case: Case, ini: str, want: PlainResult, got: RetortResult, norm,
                unordered: bool = False) -> Optional[str]:
    """None when Retort's plain output agrees with Alembic's, else a description. `unordered`
    compares the lines as a multiset (Alembic's own order is not stable there)."""
    cmd = _command(ini, case.retort_args)
    sort_lines = case.normalize_lines or unordered
    message = want.error_message()
    if want.failed:
        if got.returncode == 0:
            return "%s\n  expected failure: %s\n  got exit 0, stdout:\n%s" % (cmd, message, got.stdout)
        if got.error_message() != message:
            return "%s\n  expected: FAILED: %s\n  got stderr: %s" % (cmd, message, got.stderr.strip())
        before = norm(want.output_before_failure(), sort_lines)
        if norm(got.stdout, sort_lines) != before:
            return "%s\n  output before the failure differs: %s" % (
                cmd, first_difference(before, norm(got.stdout, sort_lines)))
        return None
    if got.returncode != 0:
        return "%s\n  expected success, got exit %d: %s" % (cmd, got.returncode, got.stderr.strip())
    a, b = norm(want.stdout, sort_lines), norm(got.stdout, sort_lines)
    if a != b:
        return "%s\n  %s" % (cmd, first_difference(a, b))
    return None


ORDERED_LISTS = ("heads", "revisions", "branch_points", "steps")


def _by_revision(data: object) -> object:
    """The same document with its revision/step lists in id order."""
    if isinstance(data, dict):
        return {k: (sorted(v, key=lambda o: str(o.get("revision")) if isinstance(o, dict) else "")
                    if k in ORDERED_LISTS and isinstance(v, list) else v) for k, v in data.items()}
    return data


def judge_json(case: Case, ini: str, want: Tuple[object, Optional[str]], got: RetortResult,
               unordered: bool = False) -> Optional[str]:
    cmd = _command(ini, case.retort_args)
    value, error = want
    if error is not None:
        if got.returncode == 0:
            return "%s\n  expected failure: %s\n  got exit 0: %s" % (cmd, error, got.stdout[:500])
        if got.error_message() != error:
            return "%s\n  expected: FAILED: %s\n  got stderr: %s" % (cmd, error, got.stderr.strip())
        return None
    if got.returncode != 0:
        return "%s\n  expected success, got exit %d: %s" % (cmd, got.returncode, got.stderr.strip())
    try:
        data = json.loads(got.stdout)
    except ValueError as exc:
        return "%s\n  stdout is not JSON (%s): %s" % (cmd, exc, got.stdout[:300])
    revisions = data.get("revisions") if isinstance(data, dict) else None
    if case.retort_args[0] == "current" and isinstance(revisions, list):
        # Alembic's `current` yields a set: compare its revisions in id order.
        data["revisions"] = sorted(revisions, key=lambda o: str(o.get("revision", "")) if isinstance(o, dict) else "")
    if unordered:
        value, data = _by_revision(value), _by_revision(data)
    problem = compare_json(value, data, os.path.dirname(ini))
    return None if problem is None else "%s\n  %s" % (cmd, problem)


def plain_runner(use_subprocess: bool):
    if use_subprocess:
        return lambda ini, args: run_plain(sys.executable, ini, args)
    return run_plain_inprocess


def cross_check(root: str, spec) -> Optional[str]:
    """The in-process CLI must print what `python -m alembic` prints: compare a few commands."""
    folder = os.path.join(root, "crosscheck-" + spec.name)
    os.makedirs(folder)
    ini = write_project(spec, folder)
    norm = normalizer(AlembicProject(ini))
    for args in (["heads", "-v"], ["history", "-v"], ["branches", "-v"], ["show", "zzzzzz"], ["current"]):
        a, b = run_plain(sys.executable, ini, args), run_plain_inprocess(ini, args)
        lines = args[0] == "current"
        if (norm(a.stdout, lines), a.returncode) != (norm(b.stdout, lines), b.returncode):
            return "alembic %s: subprocess %r (exit %d) != in-process %r (exit %d)" % (
                " ".join(args), a.stdout, a.returncode, b.stdout, b.returncode)
    return None


def run_project(spec, root: str, retort: Optional[str], pool: ThreadPoolExecutor, options):
    """Runs all cases of one project; returns (passed, failed)."""
    folder = os.path.join(root, spec.name)
    os.makedirs(folder)
    ini = write_project(spec, folder)
    project = AlembicProject(ini)
    cases = project_cases(project)
    norm = normalizer(project)
    # Only graphs with depends_on have shown hash-seed dependent order; checking costs 4 runs.
    unordered = any(r.depends for r in spec.revs) and order_depends_on_hash_seed(sys.executable, ini, norm)
    if unordered:
        print("NOTE %s: Alembic's history order changes with the hash seed here, so orders are "
              "not compared in this project (contents are)" % spec.name)
    alembic_cli = plain_runner(options.subprocess)
    verbose = options.verbose
    jobs = []
    for case in cases:
        got = pool.submit(run_retort, retort, ini, case.retort_args) if retort else None
        want = alembic_cli(ini, case.alembic_args) if case.alembic_args else None
        try:
            expected = case.expected() if case.expected else None
            crash = want.crash() if want else None
        except AlembicCrashed as exc:
            crash = str(exc)
        jobs.append((case, want, expected if not crash else None, got, crash))
    passed = failed = skipped = 0
    for case, want, expected, got, crash in jobs:
        label = "%s: %s" % (spec.name, case.name)
        if crash:
            skipped += 1
            print("SKIP %s (alembic itself crashes: %s)" % (label, crash))
            continue
        if retort is None:
            shown = want.stdout if want else json.dumps(expected[0] if expected[1] is None else expected[1])
            print("ALEMBIC %s -> %s" % (label, shown.strip().splitlines()[:1] if verbose else "ok"))
            passed += 1
            continue
        if want is not None:
            problem = judge_plain(case, ini, want, got.result(), norm, unordered)
        else:
            problem = judge_json(case, ini, expected, got.result(), unordered)
        if problem is None:
            passed += 1
            print("PASS %s" % label)
        else:
            failed += 1
            print("FAIL %s\n  %s" % (label, problem.replace("\n", "\n  ")))
    return passed, failed, skipped


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("retort", nargs="?", help="path of the retort binary")
    parser.add_argument("--alembic-only", action="store_true", help="only run the Alembic side")
    parser.add_argument("--only", help="comma-separated project names")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--sorted-listing", action="store_true",
                        help="diagnostic: make this Alembic read version folders in sorted order, as "
                        "Alembic >= 1.10 does, to tell file-order differences from others")
    parser.add_argument("--subprocess", action="store_true",
                        help="run every alembic command as `python -m alembic` (slow)")
    args = parser.parse_args(argv)
    if not args.alembic_only and (not args.retort or not os.access(args.retort, os.X_OK)):
        print("retort binary not found: %r" % args.retort)
        print("0 passed, 1 failed")
        return 1
    retort = None if args.alembic_only else os.path.abspath(args.retort)
    if args.sorted_listing:
        if args.subprocess:
            parser.error("--sorted-listing works in-process only")
        unsorted_listdir = os.listdir
        os.listdir = lambda path=".": sorted(unsorted_listdir(path))
    only = set(args.only.split(",")) if args.only else None
    print("Comparing with %s" % alembic_versions())
    root = os.path.realpath(tempfile.mkdtemp(prefix="retort-differential-"))
    passed = failed = skipped = 0
    try:
        specs = all_specs()
        problem = cross_check(root, next(s for s in specs if s.name == "quoting_odd"))
        if problem:
            failed += 1
            print("FAIL harness: in-process alembic differs from the CLI\n  %s" % problem)
        else:
            passed += 1
            print("PASS harness: in-process alembic prints what python -m alembic prints")
        with ThreadPoolExecutor(max_workers=2) as pool:
            for spec in specs:
                if only and spec.name not in only:
                    continue
                p, f, s = run_project(spec, root, retort, pool, args)
                passed, failed, skipped = passed + p, failed + f, skipped + s
    finally:
        if args.keep:
            print("projects kept in %s" % root)
        else:
            shutil.rmtree(root, ignore_errors=True)
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
