#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Regenerates tests/data/cli/golden/ from the real alembic CLI.

Run with the Python that has alembic installed (Debian: /usr/bin/python3):

    /usr/bin/python3 tests/cli/generate_golden.py

Every case of tests/data/cli/cases.txt runs in a fresh copy of its fixture folder (each
<name>.sql loaded into <name>.db) with that copy as the working directory. The copy's path is
written as @PROJECT@ so the golden files do not depend on where the tests run.

Alembic prints "FAILED: ..." on stdout and exits 255; Retort prints it on stderr and exits 1 (or
the case's exit=N), so the generator moves that line and maps the code. Alembic prints Python
sets in places (nextrev, current heads); PYTHONHASHSEED is fixed so that runs are reproducible,
and tst_cli compares those parts order-insensitively.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data", "cli")
GOLDEN = os.path.join(DATA, "golden")
PLACEHOLDER = "@PROJECT@"

# Alembic 1.10+ loads scripts in sorted file-name order; 1.8 in os.listdir order, which depends on
# the file system. Sorting os.listdir gives 1.8 the newer, reproducible order Retort follows by
# default (--alembic-version 1.13.0).
ALEMBIC_MAIN = (
    "import logging, os, sys\n"
    "_listdir = os.listdir\n"
    "os.listdir = lambda path='.': sorted(_listdir(path))\n"
    "logging.basicConfig(level=logging.INFO, stream=sys.stderr, format='%(message)s')\n"
    "from alembic.config import main\n"
    "main(argv=sys.argv[1:], prog='alembic')\n"
)


def read_cases():
    cases = []
    with open(os.path.join(DATA, "cases.txt"), encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            fields = [field.strip() for field in line.split("|")]
            fields += [""] * (5 - len(fields))
            name, fixture, retort_args, alembic_args, options = fields[:5]
            if alembic_args == "=":
                alembic_args = retort_args
            opts = dict(
                (o.split("=", 1) + [""])[:2] for o in options.split(",") if o.strip()
            )
            cases.append((name, fixture, alembic_args.split(), opts))
    return cases


def prepare_fixture(fixture, workdir):
    project = os.path.join(workdir, fixture)
    shutil.copytree(os.path.join(DATA, fixture), project)
    for entry in sorted(os.listdir(project)):
        if entry.endswith(".sql"):
            db = sqlite3.connect(os.path.join(project, entry[:-4] + ".db"))
            with open(os.path.join(project, entry), encoding="utf-8") as sql:
                db.executescript(sql.read())
            db.commit()
            db.close()
    return os.path.realpath(project)


def run_alembic(project, args):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [sys.executable, "-c", ALEMBIC_MAIN] + args,
        cwd=project,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    return proc.returncode, proc.stdout, proc.stderr


def plain_case(project, args, opts):
    code, out, err = run_alembic(project, args)
    failed = [l for l in out.splitlines(True) if l.startswith("FAILED: ")]
    out = "".join(l for l in out.splitlines(True) if not l.startswith("FAILED: "))
    log = err.splitlines(True)
    if "running" in opts:
        out = "".join(l for l in log if l.startswith("Running "))
    # Besides "FAILED: ..." on stdout, util.err() logs the bare message: expected on stderr.
    logged = {l[len("FAILED: "):] for l in failed}
    if "running" not in opts and any(
        not l.startswith(("Context impl ", "Will assume ")) and l not in logged for l in log
    ):
        sys.exit("unexpected stderr from alembic %s:\n%s" % (args, err))
    if code == 255:
        code = int(opts.get("exit") or 1)
    elif code != 0:
        sys.exit("alembic %s exited with %d:\n%s%s" % (args, code, out, err))
    return code, out, "".join(failed)


def revision_object(script, sc):
    import re

    match = re.search(r"^Create Date: (.*)$", sc.longdoc, re.M)
    return {
        "revision": sc.revision,
        "down_revisions": list(sc._versioned_down_revisions),
        "depends_on": list(sc._orig_dependencies if hasattr(sc, "_orig_dependencies") else
                           (sc.dependencies if isinstance(sc.dependencies, tuple)
                            else ((sc.dependencies,) if sc.dependencies else ()))),
        "branch_labels": sorted(sc.branch_labels),
        "message": sc.doc,
        "create_date": match.group(1).strip() if match else None,
        "path": sc.path,
        "is_head": sc.is_head,
        "is_base": sc.is_base,
        "is_branch_point": sc.is_branch_point,
        "is_merge_point": sc.is_merge_point,
        "next_revisions": sorted(sc.nextrev, key=list(script.revision_map._revision_map).index),
    }


def database_path(config):
    url = config.get_main_option("sqlalchemy.url")
    return os.path.abspath(url[len("sqlite:///"):])


def current_rows(config):
    db = sqlite3.connect("file:%s?mode=ro" % database_path(config), uri=True)
    rows = [r[0] for r in db.execute("SELECT version_num FROM alembic_version")]
    db.close()
    return rows


def step_object(step):
    return {
        "revision": step.revision.revision,
        "from_revisions": list(step.from_revisions),
        "to_revisions": list(step.to_revisions),
        "message": step.doc or "",
        "log": str(step),
    }


def json_case(project, command):
    """The agreed --json document, built from alembic's own objects."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cwd = os.getcwd()
    os.chdir(project)
    listdir = os.listdir
    os.listdir = lambda path=".": sorted(listdir(path))
    try:
        config = Config("alembic.ini")
        script = ScriptDirectory.from_config(config)
        obj = lambda sc: revision_object(script, sc)
        if command == "heads":
            doc = {"heads": [obj(sc) for sc in script.get_revisions(script.get_heads())]}
        elif command == "history":
            doc = {"revisions": [obj(sc) for sc in script.walk_revisions()]}
        elif command.startswith("show:"):
            doc = {"revisions": [obj(sc) for sc in script.get_revisions(command[5:])]}
        elif command == "branches":
            doc = {"branch_points": [obj(sc) for sc in script.walk_revisions() if sc.is_branch_point]}
        elif command.startswith("plan:"):
            direction, target = command.split(":")[1:]
            rows = current_rows(config)
            steps = (script._upgrade_revs if direction == "upgrade" else script._downgrade_revs)(
                target, tuple(rows))
            doc = {"direction": direction, "steps": [step_object(step) for step in steps]}
        elif command == "current":
            path, rows = database_path(config), current_rows(config)
            order = list(script.revision_map._revision_map)
            current = sorted(script.get_all_current(tuple(rows)), key=lambda sc: order.index(sc.revision))
            doc = {"database": path, "current": rows, "revisions": [obj(sc) for sc in current]}
        else:
            sys.exit("unknown json command %s" % command)
    finally:
        os.listdir = listdir
        os.chdir(cwd)
    return 0, json.dumps(doc, indent=4, sort_keys=True) + "\n", ""


def main():
    os.makedirs(GOLDEN, exist_ok=True)
    cases = read_cases()
    listed = {case[0] for case in cases}
    for entry in os.listdir(GOLDEN):  # golden files of cases no longer listed
        if entry.rsplit(".", 1)[0] not in listed:
            os.remove(os.path.join(GOLDEN, entry))
    for name, fixture, args, opts in cases:
        with tempfile.TemporaryDirectory() as workdir:
            project = prepare_fixture(fixture, workdir)
            if "json" in opts:
                code, out, err = json_case(project, opts["json"])
            else:
                code, out, err = plain_case(project, args, opts)
        for suffix, text in (("stdout", out), ("stderr", err), ("exit", "%d\n" % code)):
            with open(os.path.join(GOLDEN, "%s.%s" % (name, suffix)), "w", encoding="utf-8") as f:
                f.write(text.replace(project, PLACEHOLDER))
        print("%-40s exit %d" % (name, code))


if __name__ == "__main__":
    main()
