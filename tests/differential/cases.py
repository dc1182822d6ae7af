"""The commands compared for one project, each with what real Alembic answers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

from alembic_side import AlembicProject


@dataclass
class Case:
    """One comparison: a retort command line and how to get Alembic's answer for it.

    Plain cases run `alembic <alembic_args>` and compare stdout; JSON cases run `retort ... --json`
    and compare with `expected()`, which returns (json, None) or (None, error message).
    """

    name: str
    retort_args: List[str]
    alembic_args: Optional[List[str]] = None
    expected: Optional[Callable[[], Tuple[object, Optional[str]]]] = None
    normalize_lines: bool = False  # output is a set of lines in Alembic (current)


def _rev_range_args(rev_range: str, for_alembic: bool) -> List[str]:
    # argparse would take "-2:" for an option, so the alembic side uses the = form.
    return ["--rev-range=%s" % rev_range] if for_alembic else ["-r", rev_range]


def _plain_and_json(name: str, args: List[str], expected, alembic_args=None) -> List[Case]:
    return [
        Case(name, args, alembic_args=alembic_args or args),
        Case(name + " --json", args + ["--json"], expected=expected),
    ]


def _sample(items: Sequence[str], count: int) -> List[str]:
    if len(items) <= count:
        return list(items)
    step = len(items) / float(count)
    return [items[int(i * step)] for i in range(count)]


def project_cases(project: AlembicProject) -> List[Case]:
    """Every case for one project; revisions named come from Alembic's own view of it."""
    revs = project.revisions
    ids = [r.revision for r in revs]  # history order: heads first
    labels = sorted({label for r in revs for label in (r._orig_branch_labels or ())})
    mid = ids[len(ids) // 2] if ids else "base"
    near_head = ids[1] if len(ids) > 1 else mid
    cases: List[Case] = []

    cases += _plain_and_json("heads", ["heads"], lambda: project.heads(False))
    cases.append(Case("heads -v", ["heads", "-v"], alembic_args=["heads", "-v"]))
    cases += _plain_and_json(
        "heads --resolve-dependencies",
        ["heads", "--resolve-dependencies"],
        lambda: project.heads(True),
    )
    cases += _plain_and_json("history", ["history"], lambda: project.history(None))
    cases.append(Case("history -v", ["history", "-v"], alembic_args=["history", "-v"]))
    cases.append(Case("history -i", ["history", "-i"], alembic_args=["history", "-i"]))
    ranges = ["base:heads", "base:head", mid + ":", ":" + mid, "-2:", "current:", ":current",
              "%s:%s" % (mid, near_head), "nocolon"]
    ranges += ["base:%s@head" % label for label in labels[:2]]
    ranges += ["%s@base:" % label for label in labels[:1]]
    for rev_range in ranges:
        cases += _plain_and_json(
            "history -r %s" % rev_range,
            ["history"] + _rev_range_args(rev_range, False),
            (lambda r=rev_range: project.history(r)),
            alembic_args=["history"] + _rev_range_args(rev_range, True),
        )
    cases.append(Case("history -v -r " + mid + ":", ["history", "-v", "-r", mid + ":"],
                      alembic_args=["history", "-v"] + _rev_range_args(mid + ":", True)))
    cases += _plain_and_json("branches", ["branches"], project.branches)
    cases.append(Case("branches -v", ["branches", "-v"], alembic_args=["branches", "-v"]))
    current = project.db_current()
    cases.append(Case("current", ["current"], alembic_args=["current"], normalize_lines=len(current) > 1))
    cases.append(Case("current --json", ["current", "--json"], expected=project.current))
    cases += _show_cases(project, ids, labels)
    cases += _plan_cases(project, ids, labels, current)
    return cases


def _show_cases(project: AlembicProject, ids: List[str], labels: List[str]) -> List[Case]:
    targets = _sample(ids, 8) + ["head", "heads", "base", "current", "zzzzzz", "ab1"]
    targets += ["%s@head" % label for label in labels[:3]]
    targets += [label for label in labels[:1]]
    if ids:
        targets.append(ids[-1][:6])  # a unique (or ambiguous) prefix
    if any(i.startswith("ab12") for i in ids):
        targets += ["ab12", "ab12c"]
    cases: List[Case] = []
    for target in targets:
        cases += _plain_and_json("show " + target, ["show", target], (lambda t=target: project.show(t)))
    return cases


def _plan_cases(project: AlembicProject, ids: List[str], labels: List[str], current) -> List[Case]:
    heads = tuple(project.script.get_heads()) if ids else ()
    start = tuple(current)
    cases: List[Case] = []

    def plan(direction: str, target: str, frm: Optional[Tuple[str, ...]], db: Optional[str] = None):
        args = ["plan", direction, target]
        label = "plan %s %s" % (direction, target)
        if frm is not None:
            args += ["--from", ",".join(frm)]
            label += " --from " + ",".join(frm)
        if db is not None:
            args += ["--db", db]
            label += " --db " + db
        expected_start = frm if frm is not None else (() if db else start)
        cases.append(Case(label + " --json", args + ["--json"],
                          expected=lambda: project.plan(direction, target, expected_start)))

    plan("upgrade", "heads", None)
    plan("upgrade", "heads", None, db="empty.db")
    plan("upgrade", "head", start)
    if start:
        plan("upgrade", "heads", start)
        plan("upgrade", "+1", start)
        plan("upgrade", "+2", start)
    for target in _sample(ids, 3):
        plan("upgrade", target, start)
    for label in labels[:2]:
        plan("upgrade", "%s@head" % label, start)
    plan("upgrade", "zzzzzz", start)
    if heads:
        plan("downgrade", "base", heads)
        plan("downgrade", "-1", heads)
        plan("downgrade", "-1", heads[:1])
        for target in _sample(ids, 3):
            plan("downgrade", target, heads)
        for label in labels[:1]:
            plan("downgrade", "%s@base" % label, heads)
    if start:
        plan("downgrade", "base", None)
    return cases
