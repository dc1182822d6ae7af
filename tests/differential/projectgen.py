"""Writes Alembic projects of many shapes into folders, for the differential test.

A project is described by a ProjectSpec (its revisions and how its files are laid out) and
written by write_project(). Every spec only uses what Alembic itself accepts, including the odd
corners: several version locations, typed and classic headers, unusual but valid quoting, files
created so that os.listdir() order differs from sorted order, and files Alembic must skip.
"""
from __future__ import annotations

import os
import random
import sqlite3
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple, Union

Down = Union[None, str, Tuple[str, ...]]

# Ways of writing one string literal; each takes the value and returns Python source.
QUOTINGS = {
    "single": lambda v: "'%s'" % v,
    "double": lambda v: '"%s"' % v,
    "triple_single": lambda v: "'''%s'''" % v,
    "triple_double": lambda v: '"""%s"""' % v,
    "raw": lambda v: "r'%s'" % v,
    "paren": lambda v: '("%s")' % v,
    "concat": lambda v: "'%s' '%s'" % (v[: len(v) // 2], v[len(v) // 2 :]),
    "unicode_prefix": lambda v: "u'%s'" % v,
}


@dataclass
class Rev:
    """One revision script to write."""

    id: str
    down: Down = None
    labels: Tuple[str, ...] = ()
    depends: Tuple[str, ...] = ()
    message: Optional[str] = None  # None: no docstring at all
    extra_doc: str = ""  # a second paragraph of the docstring
    typed: bool = False  # typed header (revision: str = ...) instead of the classic one
    quoting: str = "double"
    sequence_style: str = "tuple"  # tuple | list | tuple_trailing | multiline
    label_as_string: bool = True  # a single label written as "x" rather than ("x",)
    location: int = 0  # index into ProjectSpec.locations
    file_name: Optional[str] = None  # default: <id>_<slug>.py
    create_date: Optional[str] = "2024-01-01 00:00:00.000000"
    spacing: str = "normal"  # normal | tight | wide_comment

    def slug(self) -> str:
        text = (self.message or "rev").lower()
        word = "".join(ch if ch.isalnum() else "_" for ch in text)
        return "_".join(part for part in word.split("_") if part)[:40] or "rev"


@dataclass
class ProjectSpec:
    """A whole project: its revisions, where their files go, and the ini settings."""

    name: str
    revs: List[Rev]
    locations: Tuple[str, ...] = ("migrations/versions",)
    separator: Optional[str] = None  # version_path_separator; None omits the key
    script_location: str = "%(here)s/migrations"
    creation_order: str = "reverse"  # reverse | shuffle | sorted | given
    seed: int = 0
    junk_files: bool = False  # non-revision files Alembic ignores
    db_current: Tuple[str, ...] = ()  # alembic_version rows of project.db
    notes: str = ""

    def rev(self, rev_id: str) -> Rev:
        return next(r for r in self.revs if r.id == rev_id)


def _literal(value: str, quoting: str) -> str:
    return QUOTINGS[quoting](value)


def _sequence(values: Sequence[str], rev: Rev, single_as_string: bool) -> str:
    if not values:
        return "None"
    if len(values) == 1 and single_as_string:
        return _literal(values[0], rev.quoting)
    items = [_literal(v, rev.quoting) for v in values]
    if rev.sequence_style == "list":
        return "[%s]" % ", ".join(items)
    if rev.sequence_style == "multiline":
        body = "".join("    %s,  # one of %d\n" % (item, len(items)) for item in items)
        return "(\n%s)" % body
    if rev.sequence_style == "tuple_trailing" or len(items) == 1:
        return "(%s,)" % ", ".join(items)
    return "(%s)" % ", ".join(items)


def _down_text(rev: Rev) -> str:
    if rev.down is None:
        return "None"
    if isinstance(rev.down, str):
        return _literal(rev.down, rev.quoting)
    return _sequence(rev.down, rev, single_as_string=False)


def _assign(name: str, annotation: str, value: str, rev: Rev) -> str:
    target = "%s: %s" % (name, annotation) if rev.typed else name
    if rev.spacing == "tight" and not rev.typed:
        return "%s=%s" % (target, value)
    if rev.spacing == "wide_comment":
        return "%s   =   %s  # %s, set by hand" % (target, value, name)
    return "%s = %s" % (target, value)


def _docstring(rev: Rev) -> str:
    if rev.message is None:
        return "# a revision without a docstring\n"
    down = rev.down if isinstance(rev.down, tuple) else ((rev.down,) if rev.down else ())
    lines = [rev.message, ""]
    if rev.extra_doc:
        lines += [rev.extra_doc, ""]
    lines.append("Revision ID: %s" % rev.id)
    lines.append("Revises: %s" % ", ".join(down))
    if rev.create_date is not None:
        lines.append("Create Date: %s" % rev.create_date)
    return '"""%s\n\n"""\n' % "\n".join(lines)


def script_text(rev: Rev) -> str:
    """The source of one revision script, as autogenerate would roughly write it."""
    parts = [_docstring(rev)]
    if rev.typed:
        parts.append("from typing import Sequence, Union\n\n")
    parts.append("from alembic import op\nimport sqlalchemy as sa\n\n\n")
    parts.append("# revision identifiers, used by Alembic.\n")
    labels = _sequence(rev.labels, rev, rev.label_as_string)
    depends = _sequence(rev.depends, rev, True)
    parts.append(_assign("revision", "str", _literal(rev.id, rev.quoting), rev) + "\n")
    down_type = "Union[str, Sequence[str], None]"
    parts.append(_assign("down_revision", down_type, _down_text(rev), rev) + "\n")
    parts.append(_assign("branch_labels", down_type, labels, rev) + "\n")
    parts.append(_assign("depends_on", down_type, depends, rev) + "\n\n\n")
    table = "t_" + rev.id.replace("-", "_")[:20]
    ret = " -> None" if rev.typed else ""
    parts.append(
        "def upgrade()%s:\n"
        "    op.create_table(\n"
        "        %r,\n"
        "        sa.Column('id', sa.Integer(), nullable=False),\n"
        "        sa.PrimaryKeyConstraint('id'),\n"
        "    )\n\n\n"
        "def downgrade()%s:\n"
        "    op.drop_table(%r)\n" % (ret, table, ret, table)
    )
    return "".join(parts)


ENV_PY = '''"""Minimal env.py: online mode against sqlalchemy.url, enough for `alembic current`."""
from alembic import context
from sqlalchemy import create_engine, pool

config = context.config


def run_migrations_online():
    engine = create_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
'''


def _ini_text(spec: ProjectSpec) -> str:
    lines = ["[alembic]", "script_location = %s" % spec.script_location]
    if spec.locations != ("migrations/versions",):
        sep = {"os": os.pathsep, "space": " ", None: " ", ";": ";", ":": ":"}[spec.separator]
        locs = sep.join("%%(here)s/%s" % loc for loc in spec.locations)
        lines.append("version_locations = %s" % locs)
    if spec.separator is not None:
        lines.append("version_path_separator = %s" % spec.separator)
    lines.append("sqlalchemy.url = sqlite:///%(here)s/project.db")
    return "\n".join(lines) + "\n"


def _file_order(spec: ProjectSpec) -> List[Rev]:
    revs = list(spec.revs)
    if spec.creation_order == "reverse":
        revs.sort(key=lambda r: r.file_name or r.id, reverse=True)
    elif spec.creation_order == "shuffle":
        random.Random(spec.seed).shuffle(revs)
    elif spec.creation_order == "sorted":
        revs.sort(key=lambda r: r.file_name or r.id)
    return revs


def _write_junk(folder: str) -> None:
    """Files in a versions folder that Alembic does not treat as revisions."""
    for name, text in (
        ("__init__.py", ""),
        (".#lockfile.py", "revision = 'nope'\n"),
        ("README.txt", "not a revision\n"),
        ("notes.md", "# notes\n"),
    ):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(text)
    os.makedirs(os.path.join(folder, "__pycache__"), exist_ok=True)


def write_db(path: str, current: Sequence[str]) -> None:
    """A SQLite database whose alembic_version holds `current` (no table when empty)."""
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    if current:
        db.execute(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        db.executemany("INSERT INTO alembic_version (version_num) VALUES (?)", [(c,) for c in current])
    else:
        db.execute("CREATE TABLE unrelated (id INTEGER PRIMARY KEY)")
    db.commit()
    db.close()


def write_project(spec: ProjectSpec, root: str) -> str:
    """Writes `spec` under `root` (which must exist) and returns the alembic.ini path."""
    migrations = os.path.join(root, "migrations")
    os.makedirs(migrations, exist_ok=True)
    with open(os.path.join(migrations, "env.py"), "w", encoding="utf-8") as out:
        out.write(ENV_PY)
    for loc in spec.locations:
        os.makedirs(os.path.join(root, loc), exist_ok=True)
        if spec.junk_files:
            _write_junk(os.path.join(root, loc))
    for rev in _file_order(spec):
        name = rev.file_name or "%s_%s.py" % (rev.id, rev.slug())
        path = os.path.join(root, spec.locations[rev.location], name)
        with open(path, "w", encoding="utf-8") as out:
            out.write(script_text(rev))
    ini = os.path.join(root, "alembic.ini")
    with open(ini, "w", encoding="utf-8") as out:
        out.write(_ini_text(spec))
    write_db(os.path.join(root, "project.db"), spec.db_current)
    write_db(os.path.join(root, "empty.db"), ())
    return ini


def hex_id(rng: random.Random, length: int = 12) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


@dataclass
class RandomShape:
    """Knobs of a random revision graph."""

    size: int
    branch_chance: float = 0.25
    merge_chance: float = 0.3
    label_chance: float = 0.15
    depends_chance: float = 0.1
    roots: int = 1
    locations: int = 1
    extras: Dict[str, object] = field(default_factory=dict)


def random_spec(name: str, seed: int, shape: RandomShape) -> ProjectSpec:
    """A random DAG: revisions grow from open tips, fork, merge, carry labels and dependencies."""
    rng = random.Random(seed)
    revs: List[Rev] = []
    tips: List[str] = []
    used_labels = 0
    quotings = list(QUOTINGS)
    for index in range(shape.size):
        rev_id = hex_id(rng)
        if index < shape.roots or not tips:
            down: Down = None
        elif len(tips) > 1 and rng.random() < shape.merge_chance:
            parents = rng.sample(tips, min(len(tips), rng.choice((2, 2, 3))))
            down = tuple(parents)
            for p in parents:
                tips.remove(p)
        elif rng.random() < shape.branch_chance:
            down = rng.choice(revs).id  # from any earlier revision: often a fork
            if down in tips:
                tips.remove(down)
        else:
            down = tips.pop(rng.randrange(len(tips)))
        labels: Tuple[str, ...] = ()
        if rng.random() < shape.label_chance:
            used_labels += 1
            labels = ("feature%d" % used_labels,)
        depends: Tuple[str, ...] = ()
        if revs and rng.random() < shape.depends_chance:
            depends = (rng.choice(revs).id,)
        revs.append(
            Rev(
                id=rev_id,
                down=down,
                labels=labels,
                depends=depends,
                message="step %d of %s" % (index, name),
                typed=rng.random() < 0.4,
                quoting=rng.choice(quotings),
                sequence_style=rng.choice(("tuple", "list", "tuple_trailing", "multiline")),
                label_as_string=rng.random() < 0.5,
                location=rng.randrange(shape.locations),
                create_date="2024-02-%02d 10:00:00.000000" % (1 + index % 28),
                spacing=rng.choice(("normal", "normal", "tight", "wide_comment")),
            )
        )
        tips.append(rev_id)
    _drop_cyclic_dependencies(revs)
    locations = tuple("migrations/versions" if i == 0 else "extra_%d" % i for i in range(shape.locations))
    return ProjectSpec(
        name=name,
        revs=revs,
        locations=locations,
        separator="os" if shape.locations > 1 else None,
        creation_order="shuffle",
        seed=seed,
        **shape.extras,  # type: ignore[arg-type]
    )


def _drop_cyclic_dependencies(revs: List[Rev]) -> None:
    """A dependency on a descendant would be a cycle: drop those (random picks are defensive)."""
    parents = {r.id: (r.down if isinstance(r.down, tuple) else ((r.down,) if r.down else ())) for r in revs}

    def ancestors(rev_id: str) -> set:
        seen, todo = set(), [rev_id]
        while todo:
            for p in parents.get(todo.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    for rev in revs:
        rev.depends = tuple(d for d in rev.depends if d != rev.id and rev.id not in ancestors(d))
