"""What real Alembic says about a project: plain CLI output and the JSON Retort should produce.

Plain output comes from Alembic's own command line: either `python -m alembic -c INI ...` as a
subprocess (run_plain), or the very same entry point, alembic.config.CommandLine, called in this
process (run_plain_inprocess: no interpreter start-up per command, so hundreds of cases stay
quick on a small machine; the test cross-checks both ways on one project every run). The JSON side
is built from Alembic's Python API (ScriptDirectory, Script and its RevisionStep lists), mapped
onto the field names agreed for `retort --json`.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import sqlite3
import subprocess
import sys
import traceback
import warnings
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from alembic.config import CommandLine, Config
from alembic.script.revision import RevisionError
from alembic.runtime.migration import MigrationStep
from alembic.script import ScriptDirectory
from alembic.util import CommandError

CREATE_DATE = re.compile(r"^Create Date: (.*)$", re.MULTILINE)


class AlembicCrashed(Exception):
    """Alembic failed with an internal error (an assertion, a KeyError): the case is skipped."""


@dataclass
class PlainResult:
    """One run of the alembic command line."""

    stdout: str
    stderr: str
    returncode: int

    @property
    def failed(self) -> bool:
        return self.returncode != 0

    def error_message(self) -> Optional[str]:
        """The text after `FAILED: ` that Alembic's CLI prints on stdout when a command fails."""
        for line in self.stdout.splitlines():
            if line.startswith("FAILED: "):
                return line[len("FAILED: ") :].strip()
        return traceback_message(self.stderr)

    def crash(self) -> Optional[str]:
        """The uncaught non-Alembic exception line when Alembic itself crashed, else None."""
        if self.returncode == 0 or "FAILED: " in self.stdout or "Traceback" not in self.stderr:
            return None
        last = [line for line in self.stderr.splitlines() if line.strip()][-1]
        return None if last.startswith("alembic.") else last.strip()

    def output_before_failure(self) -> str:
        cut = self.stdout.find("FAILED: ")
        return self.stdout if cut < 0 else self.stdout[:cut]


def run_plain(python: str, ini: str, args: Sequence[str]) -> PlainResult:
    """`python -m alembic -c ini args...`, from the project's folder, as a user would run it."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [python, "-m", "alembic", "-c", ini, *args],
        cwd=os.path.dirname(ini),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return PlainResult(proc.stdout, proc.stderr, proc.returncode)


class _Utf8Buffer(io.StringIO):
    """A captured stdout that says it is UTF-8, as a real one is: Alembic encodes its output
    with the stream's `encoding` and would turn non-ASCII text into '?' on a plain StringIO."""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"


def order_depends_on_hash_seed(python: str, ini: str, normalize, seeds: Sequence[int] = (0, 1, 2, 3)) -> bool:
    """True when Alembic prints `history` in different orders under different hash seeds (as
    1.8 does for some graphs with depends_on): its order is then no reference to compare with.
    `normalize` first evens out the lists Alembic always prints in set order (branch labels)."""
    outputs = set()
    for seed in seeds:
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        proc = subprocess.run([python, "-m", "alembic", "-c", ini, "history"],
                              cwd=os.path.dirname(ini), capture_output=True, text=True, env=env,
                              timeout=120)
        outputs.add(normalize(proc.stdout, False))
    return len(outputs) > 1


def run_plain_inprocess(ini: str, args: Sequence[str]) -> PlainResult:
    """What `python -m alembic -c ini args...` prints, through alembic.config.CommandLine as its
    main() does, with stdout/stderr captured. Not thread-safe: it changes the working folder."""
    out, err = _Utf8Buffer(), _Utf8Buffer()
    code = 0
    saved_path = list(sys.path)
    with _in_folder(os.path.dirname(ini)), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            cli = CommandLine(prog="alembic")
            options = cli.parser.parse_args(["-c", ini, *args])
            config = Config(file_=options.config, ini_section=options.name, cmd_opts=options, stdout=out)
            cli.run_cmd(config, options)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
            code = code % 256 if code else 0
        except Exception:  # an uncaught error: the CLI would print a traceback
            traceback.print_exc(file=err)
            code = 1
        finally:
            sys.path[:] = saved_path
    return PlainResult(out.getvalue(), err.getvalue(), code)


def traceback_message(stderr: str) -> Optional[str]:
    """The exception text of an uncaught error (some revision-map errors escape Alembic's CLI
    as a traceback): `alembic.script.revision.CycleDetected: Cycle is ...` gives `Cycle is ...`."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    if not lines or "Traceback" not in stderr:
        return None
    last = lines[-1]
    head, sep, text = last.partition(": ")
    return text.strip() if sep and " " not in head else last.strip()


@contextlib.contextmanager
def _in_folder(folder: str):
    old = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(old)


class AlembicProject:
    """An Alembic project opened through the Python API, answering in Retort's JSON shapes."""

    def __init__(self, ini: str):
        self.ini = ini
        self.folder = os.path.dirname(ini)
        with _in_folder(self.folder):
            self.script = ScriptDirectory.from_config(Config(ini))
            self.error: Optional[str] = None
            try:
                self.revisions = list(self.script.walk_revisions())
            except (CommandError, RevisionError) as exc:
                self.error = str(exc)
                self.revisions = []

    # --- revision objects -------------------------------------------------------------------

    def revision_json(self, sc) -> Dict[str, object]:
        match = CREATE_DATE.search(sc.longdoc)
        return {
            "revision": sc.revision,
            "down_revisions": list(sc._versioned_down_revisions),
            "depends_on": _as_list(sc.dependencies),
            "branch_labels": sorted(sc.branch_labels),
            "message": sc.doc,
            "create_date": match.group(1).strip() if match else None,
            "path": os.path.realpath(sc.path),
            "is_head": bool(sc.is_head),
            "is_base": bool(sc.is_base),
            "is_branch_point": bool(sc.is_branch_point),
            "is_merge_point": bool(sc.is_merge_point),
            "next_revisions": sorted(sc.nextrev),
        }

    def _call(self, fn):
        """(value, None) or (None, error message) for one API call made as the CLI makes it."""
        try:
            with _in_folder(self.folder), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return fn(), None
        except (CommandError, RevisionError) as exc:
            return None, str(exc)
        except Exception as exc:  # Alembic's own internal failure: nothing to compare with
            raise AlembicCrashed("%s: %s" % (type(exc).__name__, exc)) from exc

    # --- commands ---------------------------------------------------------------------------

    def heads(self, resolve_dependencies: bool):
        def fn():
            if resolve_dependencies:
                revs = self.script.get_revisions("heads")
            else:
                revs = self.script.get_revisions(self.script.get_heads())
            return {"heads": [self.revision_json(r) for r in revs]}

        return self._call(fn)

    def history(self, rev_range: Optional[str]):
        def fn():
            base = head = None
            if rev_range is not None:
                if ":" not in rev_range:
                    raise CommandError("History range requires [start]:[end], [start]:, or :[end]")
                base, head = rev_range.strip().split(":")
            current = self.db_current()
            base = current if base == "current" else base
            head = current if head == "current" else head
            revs = self.script.walk_revisions(base=base or "base", head=head or "heads")
            return {"revisions": [self.revision_json(r) for r in revs]}

        return self._call(fn)

    def branches(self):
        def fn():
            return {
                "branch_points": [
                    self.revision_json(r) for r in self.script.walk_revisions() if r.is_branch_point
                ]
            }

        return self._call(fn)

    def show(self, rev: str):
        def fn():
            target = self.db_current() if rev == "current" else rev
            return {"revisions": [self.revision_json(r) for r in self.script.get_revisions(target)]}

        return self._call(fn)

    def current(self):
        def fn():
            ids = self.db_current()
            revs = self.script.get_all_current(ids)
            return {
                "database": os.path.realpath(os.path.join(self.folder, "project.db")),
                "current": sorted(ids),
                "revisions": sorted((self.revision_json(r) for r in revs), key=lambda o: o["revision"]),
            }

        return self._call(fn)

    def plan(self, direction: str, target: str, start: Tuple[str, ...]):
        def fn():
            if direction == "upgrade":
                steps = self.script._upgrade_revs(target, start)
            else:
                steps = self.script._downgrade_revs(target, start)
            return {"direction": direction, "steps": [self.step_json(s) for s in steps]}

        return self._call(fn)

    @staticmethod
    def step_json(step: MigrationStep) -> Dict[str, object]:
        return {
            "revision": step.revision.revision,
            "from_revisions": list(step.from_revisions),
            "to_revisions": list(step.to_revisions),
            "message": step.doc,
            "log": str(step),
        }

    def db_current(self) -> Tuple[str, ...]:
        """The rows of project.db's alembic_version, read the way Alembic's current does."""
        db = sqlite3.connect(os.path.join(self.folder, "project.db"))
        try:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return ()
            return tuple(r[0] for r in db.execute("SELECT version_num FROM alembic_version"))
        finally:
            db.close()


def _as_list(value) -> List[str]:
    """A script's raw attribute (None, a string, or a sequence of strings) as a list."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def alembic_versions() -> str:
    import alembic
    import sqlalchemy

    return "alembic %s, sqlalchemy %s, python %s" % (
        alembic.__version__,
        sqlalchemy.__version__,
        sys.version.split()[0],
    )


def sorted_revision_list(objects: List[Dict[str, object]]) -> List[Dict[str, object]]:
    return sorted(objects, key=lambda o: str(o["revision"]))
