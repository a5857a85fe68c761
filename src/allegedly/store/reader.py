"""Reading documents back: a stored Analysis is the one that was saved, field for field."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime

import sqlalchemy as sa

from allegedly.errors import NotFound
from allegedly.model import Analysis, Reaction
from allegedly.store import codec, schema
from allegedly.store.records import DocumentRow


def load_analysis(connection: sa.Connection, document_id: int) -> Analysis:
    """The Analysis stored under `document_id`; equal to the one that was saved.

    Reactions come back ordered by comment number (they are stored with their comment).
    """
    d = schema.documents
    row = connection.execute(sa.select(d).where(d.c.id == document_id)).mappings().one_or_none()
    if row is None:
        raise NotFound(f"no document with id {document_id} in the store")

    c, s = schema.comments, schema.stances
    comment_rows = (
        connection.execute(sa.select(c).where(c.c.document_id == document_id).order_by(c.c.n))
        .mappings()
        .all()
    )
    stances_by_comment: dict[int, list[sa.RowMapping]] = defaultdict(list)
    for stance in connection.execute(
        sa.select(s).where(s.c.document_id == document_id).order_by(s.c.comment_n, s.c.position)
    ).mappings():
        stances_by_comment[stance["comment_n"]].append(stance)
    reactions: list[Reaction] = []
    for comment_row in comment_rows:
        reaction = codec.reaction_of(comment_row, stances_by_comment.get(comment_row["n"], []))
        if reaction is not None:
            reactions.append(reaction)

    e, m = schema.entities, schema.mentions
    entity_rows = (
        connection.execute(sa.select(e).where(e.c.document_id == document_id).order_by(e.c.position))
        .mappings()
        .all()
    )
    key_of = {entity["id"]: entity["key"] for entity in entity_rows}
    mention_rows = connection.execute(
        sa.select(m)
        .join(e, m.c.entity_id == e.c.id)
        .where(e.c.document_id == document_id)
        .order_by(m.c.position)
    ).mappings()

    return Analysis(
        document=codec.document_of(row, [codec.comment_of(comment) for comment in comment_rows]),
        entities=[codec.entity_of(entity) for entity in entity_rows],
        mentions=[codec.mention_of(mention, key_of[mention["entity_id"]]) for mention in mention_rows],
        times=[codec.time_of(r) for r in _by_position(connection, schema.times, document_id)],
        claims=[codec.claim_of(r) for r in _by_position(connection, schema.claims, document_id)],
        timeline=[codec.event_of(r) for r in _by_position(connection, schema.timeline, document_id)],
        reactions=reactions,
    )


def _by_position(connection: sa.Connection, table: sa.Table, document_id: int) -> Iterable[sa.RowMapping]:
    query = sa.select(table).where(table.c.document_id == document_id).order_by(table.c.position)
    return connection.execute(query).mappings()


def document_ids(connection: sa.Connection, file_names: set[str] | None = None) -> list[int]:
    """Stored documents' ids in the order they were stored, optionally only those from `file_names`."""
    d = schema.documents
    query = sa.select(d.c.id).order_by(d.c.id)
    if file_names is not None:
        query = query.where(d.c.file_name.in_(sorted(file_names)))
    return list(connection.execute(query).scalars())


def _as_utc(moment: datetime) -> datetime:
    # Written in UTC; SQLite hands it back without the zone, PostgreSQL with it.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def documents(connection: sa.Connection) -> list[DocumentRow]:
    """Every stored document with its comment and claim counts, in the order they were stored."""
    d, c, k = schema.documents, schema.comments, schema.claims
    comment_count = sa.select(sa.func.count()).where(c.c.document_id == d.c.id).scalar_subquery()
    claim_count = sa.select(sa.func.count()).where(k.c.document_id == d.c.id).scalar_subquery()
    query = sa.select(
        d.c.id, d.c.file_name, d.c.path, d.c.headline, d.c.outlet, d.c.published, d.c.published_source,
        d.c.published_note, d.c.content_hash, d.c.ingested_at,
        comment_count.label("comment_count"), claim_count.label("claim_count"),
    ).order_by(d.c.id)  # fmt: skip
    return [
        DocumentRow(
            id=row["id"],
            file_name=row["file_name"],
            path=row["path"],
            headline=row["headline"],
            outlet=row["outlet"],
            published=codec.published_of(row),
            content_hash=row["content_hash"],
            ingested_at=_as_utc(row["ingested_at"]),
            comments=row["comment_count"],
            claims=row["claim_count"],
        )
        for row in connection.execute(query).mappings()
    ]
