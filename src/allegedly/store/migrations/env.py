"""Alembic environment: runs on the connection the store hands over, or on sqlalchemy.url.

The store calls `command.upgrade` with `config.attributes["connection"]` set, inside its own
transaction.  A developer can also run Alembic directly with a Config from
`allegedly.store.engine.alembic_config(url)`.  No logging.fileConfig: there is no ini file.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from allegedly.store.engine import create_store_engine
from allegedly.store.schema import metadata

config = context.config


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode recreates tables so later
        # migrations can be written once for both databases.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    """Emit SQL for review instead of running it (`alembic upgrade --sql`)."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url, or pass a connection in config.attributes")
    engine = create_store_engine(sa.make_url(url))
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
