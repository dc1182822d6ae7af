#!/usr/bin/python3
"""Checks the example projects with real Alembic, and Retort against Alembic on them.

usage: examples_test.py EXAMPLES_DIR [RETORT_BINARY]

On a copy of each example: the committed database is at a revision that is not head; upgrade to
the heads, downgrade to base and upgrade again all work; at head the models match the database
(no autogenerate difference); offline SQL (--sql) renders both ways. With a retort binary, its
plain and JSON output of heads/history/branches/current must match Alembic's. Prints one line per
check and ends with `N passed, N failed`.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from typing import Callable, List, Optional, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine
except ImportError:
    print("SKIP: %s cannot import alembic; run this test with the Python that has it" % sys.executable)
    sys.exit(77)

from alembic_side import AlembicProject, run_plain  # noqa: E402
from compare import compare_json, first_difference, normalizer  # noqa: E402

EXAMPLES = (("bookshelf", "bookshelf.db", "models", "metadata"),
            ("notes-sqlmodel", "notes.db", "models", None))


def alembic(folder: str, *args: str) -> Tuple[int, str]:
    result = run_plain(sys.executable, os.path.join(folder, "alembic.ini"), list(args))
    return result.returncode, result.stdout + result.stderr


def model_metadata(folder: str, module_name: str, attribute: Optional[str]):
    sys.path.insert(0, folder)
    try:
        sys.modules.pop(module_name, None)
        module = __import__(module_name)
        if attribute:
            return getattr(module, attribute)
        from sqlmodel import SQLModel

        return SQLModel.metadata
    finally:
        sys.path.remove(folder)
        sys.modules.pop(module_name, None)


def autogenerate_diff(folder: str, db_file: str, module_name: str, attribute) -> list:
    engine = create_engine("sqlite:///" + os.path.join(folder, db_file))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return compare_metadata(context, model_metadata(folder, module_name, attribute))
    finally:
        engine.dispose()


Check = Tuple[str, Callable[[], Optional[str]]]


def example_checks(folder: str, db_file: str, module_name: str, attribute) -> List[Check]:
    project = AlembicProject(os.path.join(folder, "alembic.ini"))
    heads = set(project.script.get_heads())

    def committed_not_at_head():
        code, out = alembic(folder, "current")
        current = {line.split()[0] for line in out.splitlines() if line and not line.startswith("INFO")}
        if code != 0 or not current:
            return "alembic current failed or empty: %s" % out
        return "the committed database is at head %s" % current if current & heads else None

    def step(*args):
        def run():
            code, out = alembic(folder, *args)
            return None if code == 0 else "alembic %s failed:\n%s" % (" ".join(args), out)
        return run

    def no_diff():
        diff = autogenerate_diff(folder, db_file, module_name, attribute)
        return None if not diff else "autogenerate finds differences at head: %r" % (diff,)

    return [
        ("committed database is not at head", committed_not_at_head),
        ("upgrade heads", step("upgrade", "heads")),
        ("models match head", no_diff),
        ("downgrade base", step("downgrade", "base")),
        ("upgrade heads again", step("upgrade", "heads")),
        ("upgrade --sql base:heads", step("upgrade", "base:heads", "--sql")),
        ("downgrade --sql heads:base", step("downgrade", "heads:base", "--sql")),
    ]


def retort_checks(folder: str, retort: str) -> List[Check]:
    ini = os.path.join(folder, "alembic.ini")
    project = AlembicProject(ini)
    norm = normalizer(project)

    def run_retort(args):
        return subprocess.run([retort, "-c", ini, *args], cwd=folder, capture_output=True,
                              text=True, timeout=60)

    def plain(args):
        def run():
            want = run_plain(sys.executable, ini, args)
            got = run_retort(args)
            lines = args[0] == "current"
            if got.returncode != 0:
                return "retort %s: exit %d: %s" % (" ".join(args), got.returncode, got.stderr.strip())
            a, b = norm(want.stdout, lines), norm(got.stdout, lines)
            return None if a == b else "retort %s: %s" % (" ".join(args), first_difference(a, b))
        return run

    def as_json(args, expected):
        def run():
            value, error = expected()
            got = run_retort(args + ["--json"])
            if error or got.returncode != 0:
                return "retort %s --json: alembic %r, retort exit %d %s" % (
                    " ".join(args), error, got.returncode, got.stderr.strip())
            problem = compare_json(value, json.loads(got.stdout), folder)
            return None if problem is None else "retort %s --json: %s" % (" ".join(args), problem)
        return run

    checks = []
    for args in (["heads"], ["heads", "-v"], ["history"], ["history", "-v"], ["branches"], ["current"],
                 ["history", "-r", "current:"], ["show", "head"]):
        checks.append(("retort " + " ".join(args), plain(args)))
    checks.append(("retort heads --json", as_json(["heads"], lambda: project.heads(False))))
    checks.append(("retort history --json", as_json(["history"], lambda: project.history(None))))
    return checks


def main(argv: List[str]) -> int:
    default_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples")
    examples_dir = os.path.abspath(argv[0]) if argv else default_dir
    retort = os.path.abspath(argv[1]) if len(argv) > 1 else None
    passed = failed = skipped = 0
    root = tempfile.mkdtemp(prefix="retort-examples-")
    try:
        for name, db_file, module_name, attribute in EXAMPLES:
            if attribute is None and not _importable("sqlmodel"):
                print("SKIP %s: sqlmodel is not installed for %s" % (name, sys.executable))
                skipped += 1
                continue
            folder = os.path.join(root, name)
            shutil.copytree(os.path.join(examples_dir, name), folder,
                            ignore=shutil.ignore_patterns("__pycache__"))
            checks = retort_checks(folder, retort) if retort else []
            checks += example_checks(folder, db_file, module_name, attribute)
            for label, check in checks:
                with contextlib.redirect_stderr(io.StringIO()):
                    problem = check()
                if problem is None:
                    passed += 1
                    print("PASS %s: %s" % (name, label))
                else:
                    failed += 1
                    print("FAIL %s: %s\n  %s" % (name, label, problem.replace("\n", "\n  ")))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


def _importable(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
