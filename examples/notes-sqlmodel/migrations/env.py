"""Alembic environment of the notes example.

The database is chosen, first match wins, by:
  1. `-x sqlalchemy.url=URL` or `-x db=URL_OR_SQLITE_PATH` on the alembic command line;
  2. a sqlalchemy.url that the caller set on the Config (a tool driving Alembic through its
     Python API), recognised by differing from the one in alembic.ini;
  3. the DATABASE_URL environment variable;
  4. alembic.ini's sqlalchemy.url.
A relative SQLite path from the config is taken relative to the ini file's folder, so the
commands work from any working directory.
"""
import configparser
import os
import sys
from logging.config import fileConfig
from pathlib import Path
from typing import Optional

from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlalchemy.engine import make_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

import models  # noqa: E402,F401  (registers the tables; needs PROJECT_DIR on sys.path)
from sqlmodel import SQLModel  # noqa: E402

config = context.config

if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = SQLModel.metadata


def _absolute_sqlite(url: str, base: Path) -> str:
    """Anchor a relative SQLite file path at `base`; other URLs pass through unchanged."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return url
    if os.path.isabs(database) or database.startswith("file:"):
        return url
    return parsed.set(database=str(base / database)).render_as_string(hide_password=False)


def _ini_file_url() -> Optional[str]:
    """sqlalchemy.url as written in the ini file itself, before any caller changed the Config."""
    if not config.config_file_name:
        return None
    here = os.path.dirname(os.path.abspath(config.config_file_name))
    parser = configparser.ConfigParser(defaults={"here": here})
    parser.read(config.config_file_name)
    return parser.get(config.config_ini_section, "sqlalchemy.url", fallback=None)


def database_url() -> str:
    """The URL to migrate, following the precedence in the module docstring."""
    x_args = context.get_x_argument(as_dictionary=True)
    if x_args.get("sqlalchemy.url"):
        return x_args["sqlalchemy.url"]
    if x_args.get("db"):
        db = x_args["db"]
        return db if "://" in db else "sqlite:///" + os.path.abspath(db)
    url = config.get_main_option("sqlalchemy.url")
    caller_set = url is not None and url != _ini_file_url()
    if not caller_set and os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    if not url:
        raise RuntimeError("no database: set sqlalchemy.url, -x db=... or DATABASE_URL")
    base = Path(config.config_file_name).resolve().parent if config.config_file_name else Path.cwd()
    return _absolute_sqlite(url, base)


def run_migrations_offline() -> None:
    """Emit SQL to stdout (`alembic upgrade --sql`) without connecting."""
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Connect and migrate; batch mode because SQLite's ALTER TABLE is limited."""
    section = dict(config.get_section(config.config_ini_section) or {})
    section["sqlalchemy.url"] = database_url()
    connectable = engine_from_config(section, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
