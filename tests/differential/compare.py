"""Comparison helpers: normalizing Alembic's unordered output and diffing JSON documents."""
from __future__ import annotations

import os
import re
from typing import Callable, List, Optional

# Fields whose order Alembic takes from a set, so only their content is compared. A step's
# from/to_revisions append resolved dependencies in set order; its "log" keeps the exact order
# of the down revisions.
UNORDERED_FIELDS = {"branch_labels", "next_revisions", "current", "from_revisions", "to_revisions"}
PARENTHESIZED = re.compile(r"\(([^()]*)\)")
CHILD_LINE = re.compile(r"^ +-> ")


def normalizer(project) -> Callable[[str, bool], str]:
    """A function that puts into one order what Alembic prints from sets (hash-seed dependent):
    branch labels, "Branches into" lists, the child lines of `branches` and, on request, all
    lines (`current` with several rows)."""
    known = set()
    for sc in project.revisions:
        for group in (sc.branch_labels, sc.nextrev):
            if len(group) >= 2:
                known.add(frozenset(group))

    def canon(text: str) -> str:
        items = text.split(", ")
        return ", ".join(sorted(items)) if frozenset(items) in known else text

    def line(text: str) -> str:
        for prefix in ("Branches into: ", "Branch names: "):
            if text.startswith(prefix):
                return prefix + canon(text[len(prefix):])
        return PARENTHESIZED.sub(lambda m: "(%s)" % canon(m.group(1)), text)

    def normalize(text: str, sort_lines: bool) -> str:
        lines = [line(t) for t in text.split("\n")]
        out: List[str] = []
        run: List[str] = []
        for t in lines + [""]:
            if CHILD_LINE.match(t):
                run.append(t)
                continue
            out += sorted(run)
            run = []
            out.append(t)
        out.pop()
        if sort_lines:
            out = sorted(t for t in out if t) + [""] * sum(1 for t in out if not t)
        return "\n".join(out)

    return normalize


def first_difference(expected: str, got: str) -> str:
    a, b = expected.split("\n"), got.split("\n")
    for i in range(max(len(a), len(b))):
        left = a[i] if i < len(a) else "<end of output>"
        right = b[i] if i < len(b) else "<end of output>"
        if left != right:
            return "first difference at line %d:\n    expected: %r\n    got:      %r" % (i + 1, left, right)
    return "outputs differ only in line endings"


def _same_path(expected: object, got: object, folder: str) -> bool:
    if not isinstance(got, str) or not isinstance(expected, str):
        return False
    return os.path.realpath(os.path.join(folder, got)) == os.path.realpath(expected)


def compare_json(expected: object, got: object, folder: str, where: str = "$") -> Optional[str]:
    """None when `got` carries everything `expected` does (extra keys are allowed), else where
    and how they first differ."""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return "%s: expected an object, got %r" % (where, got)
        for key, value in expected.items():
            if key not in got:
                return "%s: missing key %r (expected %r)" % (where, key, value)
            problem = _compare_field(key, value, got[key], folder, "%s.%s" % (where, key))
            if problem:
                return problem
        return None
    if isinstance(expected, list):
        if not isinstance(got, list):
            return "%s: expected a list, got %r" % (where, got)
        if len(expected) != len(got):
            return "%s: expected %d items %s, got %d %s" % (
                where, len(expected), _ids(expected), len(got), _ids(got))
        for i, (a, b) in enumerate(zip(expected, got)):
            problem = compare_json(a, b, folder, "%s[%d]" % (where, i))
            if problem:
                return problem
        return None
    if expected != got:
        return "%s: expected %r, got %r" % (where, expected, got)
    return None


def _compare_field(key: str, expected: object, got: object, folder: str, where: str) -> Optional[str]:
    if key in ("path", "database"):
        if _same_path(expected, got, folder):
            return None
        return "%s: expected %r, got %r" % (where, expected, got)
    if key == "create_date" and expected is None and got in (None, ""):
        return None
    if key in UNORDERED_FIELDS and isinstance(got, list) and isinstance(expected, list):
        try:
            expected, got = sorted(expected), sorted(got)
        except TypeError:
            pass
    return compare_json(expected, got, folder, where)


def _ids(items: list) -> str:
    shown = [i.get("revision", "?") if isinstance(i, dict) else i for i in items]
    return "[%s]" % ", ".join(str(s) for s in shown)
