# SPDX-License-Identifier: MIT
"""Retort's bridge to Alembic.

Run as ``python retort_bridge.py '<json request>'`` (or with the request on stdin) from the
project folder.  Every line written to the real stdout is one JSON event:

  {"event": "log", "stream": "stdout"|"log", "text": ...}
  {"event": "step_start"|"step_end", "revision", "direction", "file", "from", "to"}
  {"event": "sql", "statement", "parameters", "executemany"}
  {"event": "result", "operation", ...}
  {"event": "error", "type", "message", "revision", "file", "line", "traceback",
   "offline_unsupported"}

Operations go through Alembic's own API (alembic.config.Config and alembic.command) so env.py,
script templates and hooks behave exactly as with the alembic command line.  The selected
SQLite database is handed to env.py every usual way, and an interlock on SQLAlchemy's engine
events refuses any connection or statement aimed at a different database.
"""

import argparse
import functools
import io
import json
import logging
import os
import sys
import traceback

PROTOCOL_VERSION = 1


class EventWriter:
    """Writes JSON events to a private duplicate of the original stdout."""

    def __init__(self):
        self._out = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")

    def emit(self, event, **fields):
        fields["event"] = event
        self._out.write(json.dumps(fields, default=repr) + "\n")
        self._out.flush()


class StdoutToEvents(io.TextIOBase):
    """Stands in for sys.stdout so prints from env.py or migrations become log events."""

    def __init__(self, writer, stream):
        self._writer = writer
        self._stream = stream
        self._pending = ""

    def writable(self):
        return True

    def write(self, text):
        self._pending += text
        while "\n" in self._pending:
            line, self._pending = self._pending.split("\n", 1)
            self._writer.emit("log", stream=self._stream, text=line)
        return len(text)

    def flush(self):
        if self._pending:
            self._writer.emit("log", stream=self._stream, text=self._pending)
            self._pending = ""


class InterlockError(Exception):
    """Raised before any SQL reaches a database other than the selected one."""


class BridgeState:
    def __init__(self, writer, database):
        self.writer = writer
        self.database = os.path.realpath(database) if database else None
        self.current_step = None
        self.capture_sql = False
        self.heads_after = None
        self.offline = False


def _same_database(state, path):
    if state.database is None:
        return True
    if not path or path == ":memory:":
        return False
    if path.startswith("file:"):
        path = path[5:].split("?", 1)[0]
    return os.path.realpath(path) == state.database


def _refusal(state, what):
    return InterlockError(
        "Retort refused to run SQL on %s: the selected database is %s. "
        "env.py must connect to the URL Retort hands it: config.get_main_option("
        "\"sqlalchemy.url\") (or context.get_x_argument(as_dictionary=True)[\"sqlalchemy.url\"], "
        "or the DATABASE_URL environment variable) instead of a fixed URL." % (what, state.database)
    )


def install_interlock(state):
    """Refuses connections and statements aimed at another database, before they run."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def on_do_connect(dialect, conn_rec, cargs, cparams):
        if dialect.name != "sqlite":
            raise _refusal(state, "a %s database" % dialect.name)
        target = cargs[0] if cargs else cparams.get("database")
        if not _same_database(state, target):
            raise _refusal(state, repr(target))

    def before_cursor_execute(conn, cursor, statement, parameters, context, executemany):
        url = conn.engine.url
        if url.get_backend_name() != "sqlite" or not _same_database(state, url.database):
            raise _refusal(state, str(url))
        if state.capture_sql:
            state.writer.emit(
                "sql",
                statement=statement,
                parameters=_jsonable(parameters),
                executemany=bool(executemany),
                revision=state.current_step["revision"] if state.current_step else None,
            )

    event.listen(Engine, "do_connect", on_do_connect)
    event.listen(Engine, "before_cursor_execute", before_cursor_execute)


def _jsonable(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


def _describe_step(step):
    revision_script = getattr(step, "revision", None)
    if revision_script is not None and hasattr(revision_script, "revision"):
        return {
            "revision": revision_script.revision,
            "file": getattr(revision_script, "path", None),
        }
    to_revisions = list(getattr(step, "to_revisions", ()) or ())
    return {"revision": ",".join(to_revisions) or None, "file": None}


def install_step_hooks(state):
    """Reports each migration step as it starts and ends (online and offline)."""
    from alembic.runtime.migration import MigrationContext

    original = MigrationContext.run_migrations

    def run_migrations(self, **kw):
        steps_fn = getattr(self, "_migrations_fn", None)
        if steps_fn is not None:
            self._migrations_fn = functools.partial(_wrapped_steps, state, steps_fn)
        record_heads = lambda ctx, step, heads, run_args: setattr(  # noqa: E731
            state, "heads_after", sorted(heads)
        )
        self.on_version_apply_callbacks = tuple(self.on_version_apply_callbacks) + (record_heads,)
        return original(self, **kw)

    MigrationContext.run_migrations = run_migrations


def _wrapped_steps(state, steps_fn, heads, context):
    for step in steps_fn(heads, context):
        info = _describe_step(step)
        info["direction"] = "upgrade" if step.is_upgrade else "downgrade"
        info["from"] = list(step.from_revisions_no_deps)
        info["to"] = list(step.to_revisions_no_deps)
        step.migration_fn = _wrap_migration_fn(state, step.migration_fn, info)
        yield step


def _wrap_migration_fn(state, fn, info):
    @functools.wraps(fn)
    def run(**kw):
        state.current_step = info
        state.writer.emit("step_start", **info)
        result = fn(**kw)
        state.writer.emit("step_end", **info)
        state.current_step = None
        return result

    return run


def sqlite_url(path):
    return "sqlite:///" + os.path.abspath(path)


def make_config(request, stdout, output_buffer=None):
    from alembic.config import Config

    database = request.get("database")
    x_args = list(request.get("x") or [])
    url = None
    if database:
        url = sqlite_url(database)
        x_args += ["db=" + os.path.abspath(database), "sqlalchemy.url=" + url]
        os.environ["DATABASE_URL"] = url
    cmd_opts = argparse.Namespace(x=x_args, raiseerr=True)
    config = Config(
        request.get("ini", "alembic.ini"),
        ini_section=request.get("ini_section", "alembic"),
        output_buffer=output_buffer,
        stdout=stdout,
        cmd_opts=cmd_opts,
    )
    if url:
        # ConfigParser interpolation would treat a literal % as a reference.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def op_current(state, request, stdout):
    from alembic.runtime.environment import EnvironmentContext
    from alembic.script import ScriptDirectory

    config = make_config(request, stdout)
    script = ScriptDirectory.from_config(config)
    found = {}

    def read_heads(rev, context):
        found["heads"] = sorted(context.get_current_heads())
        return []

    with EnvironmentContext(config, script, fn=read_heads, dont_mutate=True):
        script.run_env()
    return {"heads": found.get("heads", [])}


def op_write(state, request, stdout):
    from alembic import command

    offline = bool(request.get("sql"))
    state.offline = offline
    buffer = io.StringIO() if offline else None
    config = make_config(request, stdout, output_buffer=buffer)
    operation = request["operation"]
    target = request.get("target") or ("heads" if operation != "downgrade" else "-1")
    if operation == "stamp" and request.get("revisions"):
        target = list(request["revisions"])  # `alembic stamp REV REV ...`
    tag = request.get("tag")
    state.capture_sql = not offline
    if operation == "upgrade":
        command.upgrade(config, target, sql=offline, tag=tag)
    elif operation == "downgrade":
        command.downgrade(config, target, sql=offline, tag=tag)
    else:
        command.stamp(config, target, sql=offline, tag=tag, purge=bool(request.get("purge")))
    state.capture_sql = False
    result = {"target": target, "offline": offline}
    if offline:
        result["script"] = buffer.getvalue()
    else:
        result["heads"] = state.heads_after
    return result


def _schema_item_json(item):
    """A JSON description of one element of an autogenerate diff tuple."""
    from sqlalchemy import Column, Index, Table
    from sqlalchemy.schema import Constraint
    from sqlalchemy.types import TypeEngine

    if isinstance(item, Table):
        return {"table": item.name, "schema": item.schema,
                "columns": [_schema_item_json(c) for c in item.columns]}
    if isinstance(item, Column):
        return {"column": item.name, "type": _type_text(item.type), "nullable": item.nullable,
                "primary_key": item.primary_key}
    if isinstance(item, Index):
        return {"index": item.name, "unique": bool(item.unique),
                "table": item.table.name if item.table is not None else None,
                "columns": [getattr(c, "name", str(c)) for c in item.expressions]}
    if isinstance(item, Constraint):
        table = getattr(item, "table", None)
        return {"constraint": item.name, "kind": type(item).__name__,
                "table": table.name if table is not None else None,
                "columns": [c.name for c in getattr(item, "columns", [])]}
    if isinstance(item, TypeEngine):
        return _type_text(item)
    if isinstance(item, dict):
        return {str(k): _schema_item_json(v) for k, v in item.items()}
    if isinstance(item, (list, tuple)):
        return [_schema_item_json(v) for v in item]
    return _jsonable(item)


def _type_text(type_):
    try:
        return str(type_)
    except Exception:  # some types only compile against their own dialect
        return repr(type_)


def _diff_json(diff):
    # Modify diffs come grouped in a list; each entry is a tuple whose first element is its kind.
    if isinstance(diff, list):
        return [_diff_json(d) for d in diff]
    return {"kind": diff[0], "args": [_schema_item_json(a) for a in diff[1:]]}


def _model_ddl(target_metadata, dialect):
    """Each model table's CREATE TABLE and CREATE INDEX statements, as the database would get
    them, keyed by table name."""
    from sqlalchemy.schema import CreateIndex, CreateTable

    if target_metadata is None:
        return {}
    metadatas = target_metadata if isinstance(target_metadata, (list, tuple)) else [target_metadata]
    ddl = {}
    for metadata in metadatas:
        for table in metadata.sorted_tables:
            parts = [str(CreateTable(table).compile(dialect=dialect)).strip() + ";"]
            for index in sorted(table.indexes, key=lambda i: i.name or ""):
                parts.append(str(CreateIndex(index).compile(dialect=dialect)).strip() + ";")
            ddl[table.name] = "\n\n".join(parts)
    return ddl


def _render_ops(ops, context):
    """The Python `alembic revision --autogenerate` would write for `ops`, rendered with env.py's
    own options (render_as_batch, render_item, user_module_prefix, ...), as Alembic renders a
    revision file. render_python_code() would drop those options, and fails on types from user
    modules (SQLModel's AutoString) for want of user_module_prefix."""
    from alembic.autogenerate import render
    from alembic.autogenerate.api import AutogenContext

    autogen_context = AutogenContext(context, context.opts.get("target_metadata"))
    return render._indent(render._render_cmd_body(ops, autogen_context))


def op_compare(state, request, stdout):
    from alembic.autogenerate import produce_migrations
    from alembic.runtime.environment import EnvironmentContext
    from alembic.script import ScriptDirectory

    config = make_config(request, stdout)
    script = ScriptDirectory.from_config(config)
    found = {}

    def compare(rev, context):
        # Alembic raises its own CommandError when env.py gives no target_metadata.
        migration = produce_migrations(context, context.opts.get("target_metadata"))
        found["diffs"] = [_diff_json(d) for d in migration.upgrade_ops.as_diffs()]
        found["upgrade_python"] = _render_ops(migration.upgrade_ops, context)
        found["downgrade_python"] = _render_ops(migration.downgrade_ops, context)
        found["heads"] = sorted(context.get_current_heads())
        found["model_ddl"] = _model_ddl(context.opts.get("target_metadata"), context.dialect)
        return []

    with EnvironmentContext(config, script, fn=compare, dont_mutate=True):
        script.run_env()
    return found


def _script_json(script):
    return {
        "revision": script.revision,
        "down_revision": _jsonable(script.down_revision),
        "branch_labels": sorted(script.branch_labels or ()),
        "file": os.path.realpath(script.path),
    }


def _scripts_json(written):
    # command.revision gives one Script, a list (several directives) or None (hook emptied them).
    if written is None:
        return []
    if not isinstance(written, (list, tuple)):
        written = [written]
    return [_script_json(s) for s in written if s is not None]


def _record_directives(found, context, revision, directives):
    """A process_revision_directives hook that keeps autogenerate's operations as data."""
    from alembic.autogenerate import render_python_code

    batch = bool(context.opts.get("render_as_batch", False))
    for directive in directives:
        for ops in directive.upgrade_ops_list:
            found["diffs"] += [_diff_json(d) for d in ops.as_diffs()]
            found["upgrade_python"].append(render_python_code(ops, render_as_batch=batch))
        for ops in directive.downgrade_ops_list:
            found["downgrade_python"].append(render_python_code(ops, render_as_batch=batch))


REVIEW_X_KEY = "retort.review="


def _take_review(request):
    """The reviewed selection Retort sends as `-x retort.review=<json>`, removed from the -x
    list before env.py can see it; None when there is none."""
    x_args = list(request.get("x") or [])
    reviews = [a for a in x_args if a.startswith(REVIEW_X_KEY)]
    request["x"] = [a for a in x_args if not a.startswith(REVIEW_X_KEY)]
    return json.loads(reviews[-1][len(REVIEW_X_KEY):]) if reviews else None


def _diff_key(diff):
    return json.dumps(diff, sort_keys=True, default=repr)


def _leaf_ops(container):
    """Every operation in as_diffs() order (one diff per leaf)."""
    for op in container.ops:
        if hasattr(op, "ops"):
            for leaf in _leaf_ops(op):
                yield leaf
        else:
            yield op


def _rename_op_class():
    """An AlterColumnOp that renders as alter_column(..., new_column_name=...), in a batch block
    on SQLite when the project does not render batch mode itself."""
    from alembic.autogenerate import renderers
    from alembic.operations import ops

    class RenameColumnOp(ops.AlterColumnOp):
        def to_diff_tuple(self):
            return ("rename_column", self.schema, self.table_name, self.column_name,
                    self.modify_name)

        def reverse(self):
            return RenameColumnOp(
                self.table_name, self.modify_name, schema=self.schema,
                existing_type=self.modify_type if self.modify_type is not None
                else self.existing_type,
                existing_nullable=self.modify_nullable if self.modify_nullable is not None
                else self.existing_nullable,
                modify_type=self.existing_type if self.modify_type is not None else None,
                modify_nullable=self.existing_nullable if self.modify_nullable is not None
                else None,
                modify_name=self.column_name)

    alter_renderer = renderers.dispatch(ops.AlterColumnOp)

    def render_rename(autogen_context, op):
        in_batch = autogen_context._has_batch
        wrap = not in_batch and autogen_context.dialect.name == "sqlite"
        autogen_context._has_batch = in_batch or wrap
        try:
            text = alter_renderer(autogen_context, op)
        finally:
            autogen_context._has_batch = in_batch
        text = text[:-1] + ",\n%snew_column_name=%r)" % (" " * 11, op.modify_name)
        if not wrap:
            return text
        return ["with op.batch_alter_table(%r, schema=%r) as batch_op:" % (
            op.table_name, op.schema), text, ""]

    renderers.dispatch_for(RenameColumnOp)(render_rename)
    return RenameColumnOp


def _rename(rename_class, drop_op, add_op):
    old = drop_op.to_column()
    new = add_op.column
    # Only the name and nullability change: autogenerate itself compares no types by default.
    return rename_class(
        add_op.table_name, drop_op.column_name, schema=add_op.schema,
        existing_type=old.type, existing_nullable=old.nullable,
        modify_nullable=new.nullable if new.nullable != old.nullable else None,
        modify_name=new.name)


def _apply_review(review, context, revision, directives):
    """A process_revision_directives hook writing only the reviewed operations: those kept as
    they are, and drop-and-add pairs of a column as one rename."""
    from alembic.util import CommandError

    leaves = [op for d in directives for ops in d.upgrade_ops_list for op in _leaf_ops(ops)]
    by_key = {}
    for op in leaves:
        by_key.setdefault(_diff_key(_diff_json(op.to_diff_tuple())), []).append(op)
    expected = sorted(_diff_key(d) for d in review.get("expected", []))
    if sorted(k for k, ops in by_key.items() for _ in ops) != expected:
        raise CommandError("The models or the database changed since the review: compare again.")
    keep = set()
    replace = {}
    rename_class = _rename_op_class() if review.get("renames") else None
    for pair in review.get("renames", []):
        drop = by_key[_diff_key(pair["drop"])][0]
        add = by_key[_diff_key(pair["add"])][0]
        # In the drop's place: index and constraint drops on the old name come first, so the
        # downgrade renames back before recreating them.
        replace[id(drop)] = _rename(rename_class, drop, add)
    for diff in review.get("keep", []):
        keep.update(id(op) for op in by_key.get(_diff_key(diff), []))
    for directive in directives:
        for up, down in zip(directive.upgrade_ops_list, directive.downgrade_ops_list):
            up.ops = _filtered(up.ops, keep, replace)
            down.ops = up.reverse().ops


def _filtered(operations, keep, replace):
    kept = []
    for op in operations:
        if hasattr(op, "ops"):
            op.ops = _filtered(op.ops, keep, replace)
            if op.ops:
                kept.append(op)
        elif id(op) in replace:
            kept.append(replace[id(op)])
        elif id(op) in keep:
            kept.append(op)
    return kept


def _both_hooks(first, second):
    def hook(context, revision, directives):
        first(context, revision, directives)
        second(context, revision, directives)

    return hook


def op_revision(state, request, stdout):
    from alembic import command
    from alembic.util import CommandError

    review = _take_review(request)
    config = make_config(request, stdout)
    autogenerate = bool(request.get("autogenerate"))
    if review is not None and not autogenerate:
        raise CommandError("A reviewed revision needs autogenerate.")
    found = {"diffs": [], "upgrade_python": [], "downgrade_python": []}
    hook = functools.partial(_record_directives, found) if autogenerate else None
    if review is not None:
        hook = _both_hooks(functools.partial(_apply_review, review), hook)
    written = command.revision(
        config,
        message=request.get("message"),
        autogenerate=autogenerate,
        head=request.get("head") or "head",
        splice=bool(request.get("splice")),
        branch_label=request.get("branch_label"),
        version_path=request.get("version_path"),
        rev_id=request.get("rev_id"),
        depends_on=request.get("depends_on"),
        process_revision_directives=hook,
    )
    result = {"scripts": _scripts_json(written), "autogenerate": autogenerate}
    if autogenerate:
        result["diffs"] = found["diffs"]
        result["upgrade_python"] = "\n".join(found["upgrade_python"])
        result["downgrade_python"] = "\n".join(found["downgrade_python"])
    return result


def op_merge(state, request, stdout):
    from alembic import command

    config = make_config(request, stdout)
    revisions = list(request.get("revisions") or ["heads"])
    written = command.merge(
        config,
        revisions,
        message=request.get("message"),
        branch_label=request.get("branch_label"),
        rev_id=request.get("rev_id"),
    )
    return {"scripts": _scripts_json(written)}


def op_check(state, request, stdout):
    """`alembic check` on every Alembic version: the database must be at head and autogenerate
    must find nothing to do; the differences come back as data instead of an exception."""
    from alembic.autogenerate import produce_migrations
    from alembic.runtime.environment import EnvironmentContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = make_config(request, stdout)
    script = ScriptDirectory.from_config(config)
    found = {}

    def check(rev, context):
        if set(script.get_revisions(rev)) != set(script.get_revisions("heads")):
            raise CommandError("Target database is not up to date.")  # Alembic's wording
        migration = produce_migrations(context, context.opts.get("target_metadata"))
        found["diffs"] = [_diff_json(d) for d in migration.upgrade_ops.as_diffs()]
        found["heads"] = sorted(context.get_current_heads())
        return []

    with EnvironmentContext(config, script, fn=check, dont_mutate=True):
        script.run_env()
    found["clean"] = not found.get("diffs")
    return found


def _snapshot_database(database, target):
    """A consistent copy of the database (SQLite's online backup API); False when there is no
    database file yet."""
    import sqlite3

    if not database or not os.path.exists(database):
        return False
    if os.path.exists(target):
        os.remove(target)
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return True


def _remove_database(database):
    for suffix in ("", "-journal", "-wal", "-shm"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)


def op_sequence(state, request, stdout):
    """Several upgrades and downgrades of the one database in one process (health checks).

    `actions` is a list of {"action": "upgrade"|"downgrade"|"reset", "target", "snapshot"};
    "reset" deletes the database so that the next upgrade starts from an empty one.  After an
    action that names a `snapshot` file, a consistent copy of the database is written there.
    Each action is framed by log events on the stream "sequence": {"phase": "start", "index",
    "action", "target"} and {"phase": "end", "index", "heads", "snapshot"} (snapshot null when
    there is no database file).  The first failing action ends the run with an error event.
    """
    from alembic import command

    actions = list(request.get("actions") or [])
    heads = None
    for index, action in enumerate(actions):
        kind = action.get("action")
        target = action.get("target")
        state.writer.emit("log", stream="sequence", phase="start", index=index, action=kind,
                          target=target, text="%s %s" % (kind, target or ""))
        state.heads_after = None
        if kind == "reset":
            _remove_database(state.database)
            heads = []
        elif kind in ("upgrade", "downgrade"):
            config = make_config(request, stdout)
            state.capture_sql = True
            if kind == "upgrade":
                command.upgrade(config, target or "heads")
            else:
                command.downgrade(config, target or "-1")
            state.capture_sql = False
            if state.heads_after is not None:
                heads = state.heads_after
        else:
            raise ValueError("unknown sequence action %r" % (kind,))
        snapshot = action.get("snapshot")
        if snapshot and not _snapshot_database(state.database, snapshot):
            snapshot = None
        state.writer.emit("log", stream="sequence", phase="end", index=index, action=kind,
                          heads=heads, snapshot=snapshot, text="done %s" % kind)
    return {"actions": len(actions), "heads": heads}


OPERATIONS = {
    "sequence": op_sequence,
    "check": op_check,
    "merge": op_merge,
    "revision": op_revision,
    "compare": op_compare,
    "current": op_current,
    "upgrade": op_write,
    "downgrade": op_write,
    "stamp": op_write,
}


def _error_location(exc, state):
    """The revision file and line where the error arose, deepest frame first."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return exc.filename, exc.lineno or 0
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.isfile(f.filename)]
    step_file = state.current_step["file"] if state.current_step else None
    candidates = [f for f in frames if step_file and os.path.realpath(f.filename) ==
                  os.path.realpath(step_file)]
    if not candidates:
        project = os.path.realpath(os.getcwd()) + os.sep
        candidates = [f for f in frames if os.path.realpath(f.filename).startswith(project)]
    if candidates:
        return os.path.realpath(candidates[-1].filename), candidates[-1].lineno or 0
    return None, 0


def report_error(state, exc):
    file_name, line = _error_location(exc, state)
    revision = state.current_step["revision"] if state.current_step else None
    # Batch mode on SQLite reflects tables, which an offline (--sql) run cannot do.
    offline_unsupported = bool(state.offline) and "--sql mode" in str(exc)
    state.writer.emit(
        "error",
        offline_unsupported=offline_unsupported,
        type=type(exc).__name__,
        message=str(exc),
        revision=revision,
        file=file_name,
        line=line,
        traceback="".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )


def read_request(argv):
    text = argv[1] if len(argv) > 1 else sys.stdin.read()
    return json.loads(text)


def main(argv):
    writer = EventWriter()
    real_stdout = sys.stdout
    sys.stdout = StdoutToEvents(writer, "stdout")
    # Anything written to file descriptor 1 directly (C extensions, subprocesses) goes to stderr.
    os.dup2(sys.stderr.fileno(), real_stdout.fileno())
    state = BridgeState(writer, None)
    try:
        request = read_request(argv)
        state.database = os.path.realpath(request["database"]) if request.get("database") else None
        if request.get("project_dir"):
            os.chdir(request["project_dir"])
        operation = request.get("operation")
        if operation not in OPERATIONS:
            raise ValueError("unknown operation %r" % (operation,))
        import alembic
        import sqlalchemy

        install_interlock(state)
        install_step_hooks(state)
        logging.getLogger("alembic").setLevel(logging.INFO)
        result = OPERATIONS[operation](state, request, sys.stdout)
        sys.stdout.flush()
        writer.emit(
            "result",
            operation=operation,
            protocol=PROTOCOL_VERSION,
            alembic=alembic.__version__,
            sqlalchemy=sqlalchemy.__version__,
            **result
        )
        return 0
    except BaseException as exc:  # the bridge reports every failure as an event
        sys.stdout.flush()
        report_error(state, exc)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
