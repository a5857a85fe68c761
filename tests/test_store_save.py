"""Saving: one transaction per document, idempotent, and all-or-nothing on failure."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import pytest
import sqlalchemy as sa

from allegedly.errors import StoreError
from allegedly.model import Mention, Reaction, Span
from allegedly.store import Store, writer
from store_samples import marchetti_analysis, okafor_analysis

TABLES = (
    "documents",
    "comments",
    "stances",
    "entities",
    "entity_names",
    "mentions",
    "times",
    "claims",
    "timeline",
)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open("sqlite://") as opened:
        yield opened


def row_counts(store: Store) -> dict[str, int]:
    with store._engine.connect() as connection:
        return {t: connection.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_store_save_reports_rows_written(store: Store) -> None:
    outcome = store.save(marchetti_analysis())
    assert outcome.status == "stored"
    assert outcome.document_id == 1
    assert outcome.counts == {
        "documents": 1, "comments": 3, "stances": 3, "entities": 4,
        "mentions": 5, "times": 3, "claims": 3, "timeline": 2,
    }  # fmt: skip


def test_store_save_twice_is_unchanged_and_writes_nothing(store: Store) -> None:
    first = store.save(marchetti_analysis())
    before = row_counts(store)
    second = store.save(marchetti_analysis())
    assert (second.document_id, second.status, second.counts) == (first.document_id, "unchanged", {})
    assert row_counts(store) == before


def test_store_save_same_hash_other_path_is_unchanged(store: Store) -> None:
    """Identity is the content hash: the same content found under another name is not stored again."""
    store.save(marchetti_analysis())
    assert store.save(marchetti_analysis(file_name="copy.txt")).status == "unchanged"
    assert [row.file_name for row in store.documents()] == ["marchetti.txt"]


@pytest.mark.parametrize("failing_table", ["comments", "mentions", "claims", "timeline"])
def test_store_save_failure_midway_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch, failing_table: str
) -> None:
    store.save(okafor_analysis())
    before = row_counts(store)
    real_insert = writer._insert

    def insert_then_fail(connection: sa.Connection, table: sa.Table, rows: Sequence[Any]) -> int:
        written = real_insert(connection, table, rows)  # rows really reach the database first
        if table.name == failing_table:
            raise sa.exc.OperationalError("INSERT", {}, Exception("disk I/O error"))
        return written

    monkeypatch.setattr(writer, "_insert", insert_then_fail)
    with pytest.raises(StoreError) as caught:
        store.save(marchetti_analysis())
    assert str(caught.value) == "could not store corpus/marchetti.txt: disk I/O error"
    assert row_counts(store) == before
    assert [row.file_name for row in store.documents()] == ["okafor.html"]
    # The group created for the failed document's new people went too.
    assert {p.name for p in store.people()} == {"Delphine Okafor-Reyes", "Zoe Marchetti", "TOBIN CRANE"}

    monkeypatch.undo()
    assert store.save(marchetti_analysis()).status == "stored"  # and it can be stored afterwards


def test_store_save_failure_on_file_db_leaves_nothing(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(tmp_path / "a.db") as store:
        store.save(okafor_analysis())

        def fail(*_args: object) -> int:
            raise sa.exc.IntegrityError("INSERT", {}, Exception("boom"))

        monkeypatch.setattr(writer, "_insert", fail)
        with pytest.raises(StoreError, match=r"could not store corpus/marchetti\.txt"):
            store.save(marchetti_analysis())
    with Store.open(tmp_path / "a.db") as reopened:
        assert [row.file_name for row in reopened.documents()] == ["okafor.html"]


def test_store_save_rejects_missing_content_hash(store: Store) -> None:
    analysis = marchetti_analysis(content_hash="")
    with pytest.raises(StoreError, match="has no content hash"):
        store.save(analysis)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda a: a.mentions.append(Mention("person:nobody", "Nobody", Span(0, 1))),
            "unknown entity 'person:nobody'",
        ),
        (lambda a: a.reactions.append(Reaction(9)), "missing comment 9"),
        (lambda a: a.reactions.append(Reaction(1)), "reaction for comment 1 appears twice"),
        (
            lambda a: a.entities.append(replace(a.entities[0])),
            "entity key 'person:zoe-marchetti' appears twice",
        ),
        (
            lambda a: a.document.comments.append(replace(a.document.comments[0])),
            "comment number 1 appears twice",
        ),
    ],
)
def test_store_save_rejects_broken_references(store: Store, change: Any, message: str) -> None:
    analysis = marchetti_analysis()
    change(analysis)
    with pytest.raises(StoreError, match=message):
        store.save(analysis)
    assert store.documents() == []
