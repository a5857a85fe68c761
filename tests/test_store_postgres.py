"""The same store on PostgreSQL: runs only when ALLEGEDLY_TEST_PG_URL names a scratch database.

Example: ALLEGEDLY_TEST_PG_URL=postgresql+psycopg://me@/scratch?host=/tmp pytest tests/test_store_postgres.py
(needs `pip install psycopg[binary]`; the test empties the database's public schema).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from allegedly.model import DateValue
from allegedly.store import Store
from allegedly.store.schema import metadata
from store_samples import marchetti_analysis, okafor_analysis

PG_URL = os.environ.get("ALLEGEDLY_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="set ALLEGEDLY_TEST_PG_URL to test on PostgreSQL")


@pytest.fixture
def pg_store() -> Iterator[Store]:
    assert PG_URL is not None
    engine = sa.create_engine(PG_URL)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    with Store.open(PG_URL) as store:
        yield store


def test_store_postgres_schema_round_trip_and_queries(pg_store: Store) -> None:
    with pg_store._engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
    first, second = marchetti_analysis(), okafor_analysis()
    assert pg_store.save(first).status == "stored"
    assert pg_store.save(second).status == "stored"
    assert pg_store.save(first).status == "unchanged"
    assert pg_store.load_analysis(1) == first
    assert pg_store.load_analysis(2) == second
    assert [p.name for p in pg_store.people()] == ["Zoë Marchetti", "Tobin Crane", "Delphine Okafor-Reyes"]
    claims = pg_store.person("zoe marchetti's").claims
    assert [c.claim.predicate for c in claims] == ["met", "spouse", "separated"]
    assert len(pg_store.claims(None, DateValue("2024-02-10"))) == 3
    assert pg_store.stats()["claims"] == 5
