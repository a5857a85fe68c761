"""Writing one Analysis: everything or nothing, and nothing at all when it is already stored."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa

from allegedly.errors import StoreError
from allegedly.model import Analysis, Entity, Reaction
from allegedly.store import codec, schema
from allegedly.store.engine import WRITE_OPTION
from allegedly.store.names import normalise_name
from allegedly.store.records import SaveOutcome

# Why entities of different documents share a group, until a person decides otherwise.
DECIDED_BY_NAME = "same normalised name"


def save(engine: sa.Engine, analysis: Analysis) -> SaveOutcome:
    """Store one analysed document in one transaction.

    Idempotent: storing a document twice stores it once (same content hash → "unchanged",
    nothing written).  Atomic: if any row fails, nothing of this document remains and the
    documents stored before are untouched.
    """
    document = analysis.document
    reactions = _validate(analysis)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                existing = _document_id(connection, document.content_hash)
                if existing is not None:
                    return SaveOutcome(existing, "unchanged")
                document_id, counts = _write(connection, analysis, reactions)
    except sa.exc.IntegrityError:
        # Another writer stored the same content between our check and our insert.
        existing = _existing_after_race(engine, document.content_hash)
        if existing is None:
            raise StoreError(f"could not store {document.path}: it breaks a database constraint") from None
        return SaveOutcome(existing, "unchanged")
    except sa.exc.SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        raise StoreError(f"could not store {document.path}: {reason}") from error
    return SaveOutcome(document_id, "stored", counts)


def _existing_after_race(engine: sa.Engine, content_hash: str) -> int | None:
    with engine.connect() as connection:
        return _document_id(connection, content_hash)


def _document_id(connection: sa.Connection, content_hash: str) -> int | None:
    query = sa.select(schema.documents.c.id).where(schema.documents.c.content_hash == content_hash)
    return connection.execute(query).scalar_one_or_none()


def _validate(analysis: Analysis) -> dict[int, Reaction]:
    """Check the references the tables enforce, so a bad analysis fails with a readable line."""
    document = analysis.document
    where = document.path
    if not document.content_hash:
        # An empty hash would make every later hash-less document look "unchanged".
        raise StoreError(f"cannot store {where}: it has no content hash")
    numbers = [comment.n for comment in document.comments]
    _no_duplicates(where, "comment number", numbers)
    _no_duplicates(where, "entity key", [entity.key for entity in analysis.entities])
    keys = {entity.key for entity in analysis.entities}
    for mention in analysis.mentions:
        if mention.entity not in keys:
            raise StoreError(f"cannot store {where}: a mention refers to unknown entity {mention.entity!r}")
    _no_duplicates(where, "reaction for comment", [reaction.comment for reaction in analysis.reactions])
    reactions = {reaction.comment: reaction for reaction in analysis.reactions}
    missing = sorted(set(reactions) - set(numbers))
    if missing:
        raise StoreError(f"cannot store {where}: a reaction refers to missing comment {missing[0]}")
    return reactions


def _no_duplicates(where: str, what: str, values: Sequence[object]) -> None:
    repeated = [value for value, count in Counter(values).items() if count > 1]
    if repeated:
        raise StoreError(f"cannot store {where}: {what} {repeated[0]!r} appears twice")


def _insert(connection: sa.Connection, table: sa.Table, rows: Sequence[codec.RowIn]) -> int:
    """Insert rows (one executemany); the single point tests patch to simulate a failure."""
    if rows:
        connection.execute(sa.insert(table), list(rows))
    return len(rows)


def _insert_one(connection: sa.Connection, table: sa.Table, row: codec.RowIn) -> int:
    # One row at a time where the new id is needed: portable, and entities per document are few.
    key = connection.execute(sa.insert(table), [dict(row)]).inserted_primary_key
    if key is None:  # pragma: no cover - every table here has an integer primary key
        raise StoreError(f"the database returned no id for a new {table.name} row")
    return int(key[0])


def _write(
    connection: sa.Connection, analysis: Analysis, reactions: dict[int, Reaction]
) -> tuple[int, dict[str, int]]:
    document = analysis.document
    row = codec.document_row(document) | {"ingested_at": datetime.now(UTC)}
    document_id = _insert_one(connection, schema.documents, row)
    counts = {"documents": 1}
    counts["comments"] = _insert(
        connection,
        schema.comments,
        [codec.comment_row(document_id, c, reactions.get(c.n)) for c in document.comments],
    )
    stance_rows = [row for r in reactions.values() for row in codec.stance_rows(document_id, r)]
    counts["stances"] = _insert(connection, schema.stances, stance_rows)

    entity_ids: dict[str, int] = {}
    name_rows: list[codec.Row] = []
    for position, entity in enumerate(analysis.entities):
        group_id = _group_for(connection, entity)
        entity_id = _insert_one(
            connection, schema.entities, codec.entity_row(document_id, position, entity, group_id)
        )
        entity_ids[entity.key] = entity_id
        name_rows += [{"entity_id": entity_id, "norm_name": norm} for norm in codec.entity_norm_names(entity)]
    counts["entities"] = len(entity_ids)
    _insert(connection, schema.entity_names, name_rows)

    counts["mentions"] = _insert(
        connection,
        schema.mentions,
        [codec.mention_row(entity_ids[m.entity], i, m) for i, m in enumerate(analysis.mentions)],
    )
    counts["times"] = _insert(
        connection, schema.times, [codec.time_row(document_id, i, t) for i, t in enumerate(analysis.times)]
    )
    resolve = _entity_resolver(analysis.entities, entity_ids)
    claim_rows = [
        codec.claim_row(document_id, i, claim, resolve(claim.subject), resolve(claim.object))
        for i, claim in enumerate(analysis.claims)
    ]
    counts["claims"] = _insert(connection, schema.claims, claim_rows)
    counts["timeline"] = _insert(
        connection,
        schema.timeline,
        [codec.event_row(document_id, i, e) for i, e in enumerate(analysis.timeline)],
    )
    return document_id, counts


def _group_for(connection: sa.Connection, entity: Entity) -> int:
    """The cross-document group an entity joins: found by kind and normalised name, or new."""
    groups = schema.entity_groups
    # A name that normalises to nothing (punctuation only) groups on itself, not with all such.
    norm = normalise_name(entity.name) or entity.name
    query = sa.select(groups.c.id).where(groups.c.kind == entity.kind, groups.c.norm_name == norm)
    found = connection.execute(query).scalar_one_or_none()
    if found is not None:
        return int(found)
    row = {"kind": entity.kind, "name": entity.name, "norm_name": norm, "decided_by": DECIDED_BY_NAME}
    return _insert_one(connection, groups, row)


def _entity_resolver(
    entities: list[Entity], entity_ids: dict[str, int]
) -> Callable[[str | None], int | None]:
    """Map a claim's subject or object name to this document's entity: exact name first,
    then normalised name or alias; people win over other kinds when a name is shared."""
    exact: dict[str, int] = {}
    by_norm: dict[str, int] = {}
    ranked = sorted(entities, key=lambda entity: entity.kind != "person")  # stable: keeps order
    for entity in ranked:
        exact.setdefault(entity.name, entity_ids[entity.key])
        for norm in codec.entity_norm_names(entity):
            by_norm.setdefault(norm, entity_ids[entity.key])

    def resolve(name: str | None) -> int | None:
        if name is None:
            return None
        return exact.get(name, by_norm.get(normalise_name(name)))

    return resolve
