"""Where the store lives: URLs, engines, SQLite's settings, and migrating to the newest schema."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.pool import StaticPool

from allegedly.errors import StoreError

ENV_VAR = "ALLEGEDLY_DB"
DEFAULT_URL = "sqlite:///allegedly.db"
MIGRATIONS = Path(__file__).with_name("migrations")

# Execution option a connection sets to start a write transaction; see `_begin` below.
WRITE_OPTION = "allegedly_write"


def default_db_url() -> str:
    """The store to use when none is named: `$ALLEGEDLY_DB`, else `allegedly.db` here."""
    return os.environ.get(ENV_VAR) or DEFAULT_URL


def resolve_url(target: str | os.PathLike[str]) -> sa.URL:
    """A database URL from a URL ("sqlite:///x.db", "sqlite://", "postgresql://…") or a file path."""
    text = os.fspath(target)
    if "://" in text:
        try:
            return sa.make_url(text)
        except sa.exc.ArgumentError as error:
            raise StoreError(f"not a database URL: {text!r} ({error})") from None
    return sa.URL.create("sqlite", database=text)


def describe(url: sa.URL) -> str:
    """The store's address as a user may see it: no password."""
    return url.render_as_string(hide_password=True)


def create_store_engine(url: sa.URL) -> sa.Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys, and transactions SQLAlchemy controls."""
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url)
    if url.database in (None, "", ":memory:"):
        # One connection shared by every caller: each new connection to ":memory:" would
        # otherwise see its own, empty database.
        engine = sa.create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = sa.create_engine(url)
    sa.event.listen(engine, "connect", _configure_sqlite)
    sa.event.listen(engine, "begin", _begin)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # sqlite3 would otherwise open transactions only before DML and commit around DDL; taking
    # over BEGIN (in `_begin`) makes migrations and multi-table saves truly atomic.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets readers keep reading while the one writer writes; an in-memory
        # database answers "memory", which is fine.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")  # wait for the writer rather than fail at once
    finally:
        cursor.close()


def _begin(connection: sa.Connection) -> None:
    # A writer takes the write lock up front (IMMEDIATE): a deferred transaction that reads
    # and then writes can fail with SQLITE_BUSY if another writer committed in between.
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def alembic_config(url: sa.URL | None = None) -> Config:
    """Alembic's configuration, built in code: no alembic.ini is needed.

    For developers: `alembic.command.revision(alembic_config(url), "add x", autogenerate=True)`
    writes a new revision into `store/migrations/versions/`.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        # ConfigParser treats "%" as interpolation; a password may contain one.
        config.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest migration's revision id."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # only if versions/ were emptied, which a release never does
        raise StoreError("the store's migrations are missing from the installation")
    return str(head)


def current_revision(engine: sa.Engine) -> str | None:
    """The revision the database is at (None: never migrated)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:  # alembic's "Can't locate revision"
        return False


def migrate(engine: sa.Engine) -> None:
    """Bring the database to the newest schema; a database already there is left alone.

    All pending migrations run in one transaction (SQLite and PostgreSQL both have
    transactional DDL), so a failed upgrade leaves the database as it was.
    """
    current, head = current_revision(engine), head_revision()
    if current == head:
        return
    if current is not None and not _known(current):
        raise StoreError(
            f"the store at {describe(engine.url)} has schema {current}, newer than this allegedly knows "
            f"(newest: {head}); upgrade allegedly or use another database"
        )
    config = alembic_config()
    with engine.connect() as connection:
        connection = connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
