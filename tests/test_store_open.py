"""Opening a store: paths and URLs, SQLite settings, migrations, and errors a user can act on."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from allegedly.errors import StoreError
from allegedly.store import Store, default_db_url
from allegedly.store.engine import create_store_engine, current_revision, head_revision, migrate, resolve_url
from allegedly.store.schema import metadata
from store_samples import marchetti_analysis


def test_store_open_file_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = tmp_path / "allegedly.db"
    with Store.open(db):
        pass
    engine = create_store_engine(resolve_url(db))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_store_open_records_migration_at_head(tmp_path: Path) -> None:
    db = tmp_path / "allegedly.db"
    Store.open(f"sqlite:///{db}").close()
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        recorded = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    engine.dispose()
    assert recorded == [head_revision()] == ["0001"]


def test_store_migrations_arrive_at_schema_py() -> None:
    """The migrations and `schema.py` describe the same tables: no autogenerate diff."""
    engine = create_store_engine(resolve_url("sqlite://"))
    migrate(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    assert diff == []


def test_store_reopen_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    db = tmp_path / "allegedly.db"
    with Store.open(db) as store:
        store.save(marchetti_analysis())
    with Store.open(str(db)) as store:
        assert [row.file_name for row in store.documents()] == ["marchetti.txt"]
        assert current_revision(store._engine) == head_revision()


def test_store_in_memory_is_shared_across_calls() -> None:
    with Store.open("sqlite://") as store:
        store.save(marchetti_analysis())
        # Each read opens its own connection; all must see the one in-memory database.
        assert len(store.documents()) == 1
        assert store.stats()["documents"] == 1
        assert store.load_analysis(1).document.file_name == "marchetti.txt"


@pytest.mark.parametrize(
    "make_target", [lambda p: p, lambda p: p / "missing" / "x.db"], ids=["directory", "no-parent"]
)
def test_store_open_unopenable_path_gives_one_line_store_error(tmp_path: Path, make_target: object) -> None:
    target = make_target(tmp_path)  # type: ignore[operator]
    with pytest.raises(StoreError) as caught:
        Store.open(target)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("cannot open the store at sqlite:///")
    assert "unable to open database file" in message


def test_store_open_bad_url_gives_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open the store at nosuchscheme://"):
        Store.open("nosuchscheme://")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (None, "sqlite:///allegedly.db"),
        ("", "sqlite:///allegedly.db"),
        ("sqlite:///elsewhere.db", "sqlite:///elsewhere.db"),
    ],
)
def test_store_default_db_url_reads_env(
    monkeypatch: pytest.MonkeyPatch, env: str | None, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv("ALLEGEDLY_DB", raising=False)
    else:
        monkeypatch.setenv("ALLEGEDLY_DB", env)
    assert default_db_url() == expected


@pytest.mark.parametrize(
    ("target", "database"),
    [
        ("allegedly.db", "allegedly.db"),
        ("sqlite:///x.db", "x.db"),
        ("sqlite://", None),
        ("data/a b.db", "data/a b.db"),
    ],
)
def test_store_resolve_url_accepts_paths_and_urls(target: str, database: str | None) -> None:
    url = resolve_url(target)
    assert url.get_backend_name() == "sqlite"
    assert url.database == database


def test_store_open_non_database_file_gives_store_error(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("These are notes about Quillon Asterby, not a database. " * 20)
    with pytest.raises(StoreError, match="file is not a database"):
        Store.open(text)


def test_store_open_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    Store.open(db).close()
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="has schema 9999, newer than this allegedly knows"):
        Store.open(db)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999"
    engine.dispose()


def test_store_open_concurrent_second_store_sees_writes(tmp_path: Path) -> None:
    """Two stores on one file (two processes, say): a reader sees what the writer committed."""
    db = tmp_path / "shared.db"
    with Store.open(db) as writer_store, Store.open(db) as reader_store:
        assert reader_store.documents() == []
        writer_store.save(marchetti_analysis())
        assert [row.file_name for row in reader_store.documents()] == ["marchetti.txt"]
