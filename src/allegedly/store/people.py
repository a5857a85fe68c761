"""Cross-document questions: who is in the store, what was claimed about them, and when.

A person is an `entity_groups` row; a claim is about a person when its subject or object was
resolved to one of the person's entities, or, when it was resolved to none, when its
normalised name equals the person's.
"""

from __future__ import annotations

import difflib
from collections import defaultdict

import sqlalchemy as sa

from allegedly.errors import NotFound
from allegedly.model import DateValue, EntityKind
from allegedly.store import codec, schema
from allegedly.store.names import normalise_name
from allegedly.store.records import PersonRecord, PersonSummary, StoredClaim, StoredEvent

_g, _e, _n, _c = schema.entity_groups, schema.entities, schema.entity_names, schema.claims


def _claims_by_group() -> sa.Subquery:
    """(claim_id, group_id) for every claim and each group it is about; UNION drops repeats."""
    arms = [
        sa.select(_c.c.id.label("claim_id"), _e.c.group_id.label("group_id")).join(_e, column == _e.c.id)
        for column in (_c.c.subject_entity_id, _c.c.object_entity_id)
    ] + [
        sa.select(_c.c.id.label("claim_id"), _g.c.id.label("group_id")).join(
            _g, sa.and_(entity_id.is_(None), norm == _g.c.norm_name)
        )
        for entity_id, norm in (
            (_c.c.subject_entity_id, _c.c.subject_norm),
            (_c.c.object_entity_id, _c.c.object_norm),
        )
    ]
    return sa.union(*arms).subquery("claim_groups")


def people(connection: sa.Connection, kind: EntityKind = "person") -> list[PersonSummary]:
    """Every group of `kind` with at least one entity, most-documented first, then by name."""
    m = schema.mentions
    # `.all()`: dict() of a Result would take its keys() (column names), not its rows.
    mentions: dict[int, int] = dict(
        connection.execute(
            sa.select(_e.c.group_id, sa.func.count(m.c.id))
            .join(m, m.c.entity_id == _e.c.id)
            .group_by(_e.c.group_id)
        ).all()
    )
    by_group = _claims_by_group()
    claims: dict[int, int] = dict(
        connection.execute(
            sa.select(by_group.c.group_id, sa.func.count(by_group.c.claim_id)).group_by(by_group.c.group_id)
        ).all()
    )
    query = (
        sa.select(_g.c.id, _g.c.name, sa.func.count(sa.distinct(_e.c.document_id)))
        .join(_e, _e.c.group_id == _g.c.id)
        .where(_g.c.kind == kind)
        .group_by(_g.c.id, _g.c.name)
    )
    summaries = [
        PersonSummary(
            name=name, kind=kind, documents=docs, mentions=mentions.get(gid, 0), claims=claims.get(gid, 0)
        )
        for gid, name, docs in connection.execute(query)
    ]
    return sorted(summaries, key=lambda p: (-p.documents, -p.mentions, p.name.casefold()))


def find_group(connection: sa.Connection, name: str, kind: EntityKind = "person") -> int:
    """The group called `name`: by its normalised name, else by any of its entities' aliases.

    When an alias is shared ("Jules"), the group whose entities use it most wins.
    Raises NotFound with close names as suggestions.
    """
    norm = normalise_name(name)
    direct = connection.execute(
        sa.select(_g.c.id).where(_g.c.kind == kind, _g.c.norm_name == norm)
    ).scalar_one_or_none()
    if direct is not None:
        return int(direct)
    by_alias = connection.execute(
        sa.select(_e.c.group_id)
        .join(_n, _n.c.entity_id == _e.c.id)
        .where(_n.c.norm_name == norm, _e.c.kind == kind)
        .group_by(_e.c.group_id)
        .order_by(sa.func.count().desc(), _e.c.group_id)
        .limit(1)
    ).scalar_one_or_none()
    if by_alias is not None:
        return int(by_alias)
    raise NotFound(_not_found_message(connection, name, kind))


def _not_found_message(connection: sa.Connection, name: str, kind: EntityKind) -> str:
    plural = "people" if kind == "person" else f"{kind}s"
    canonical: dict[str, str] = {}  # normalised name or alias → the group's name
    rows = connection.execute(
        sa.select(_g.c.name, _e.c.name, _e.c.aliases)
        .join(_e, _e.c.group_id == _g.c.id)
        .where(_g.c.kind == kind)
    )
    for group_name, entity_name, aliases in rows:
        for known in (group_name, entity_name, *aliases):
            canonical.setdefault(normalise_name(known), group_name)
    close = difflib.get_close_matches(normalise_name(name), list(canonical), n=5, cutoff=0.6)
    suggestions = list(dict.fromkeys(canonical[match] for match in close))[:3]
    if suggestions:
        return f"no {kind} called {name!r} in the store; did you mean {' or '.join(suggestions)}?"
    known_count = len(set(canonical.values()))
    return f"no {kind} called {name!r} in the store ({known_count} {plural} known; list them with `people`)"


def person(connection: sa.Connection, name: str, kind: EntityKind = "person") -> PersonRecord:
    """Everything stored about the person called `name` (see `find_group` for the matching)."""
    group_id = find_group(connection, name, kind)
    group = connection.execute(sa.select(_g).where(_g.c.id == group_id)).mappings().one()
    entity_rows = (
        connection.execute(
            sa.select(_e.c.id, _e.c.document_id, _e.c.name, _e.c.aliases).where(_e.c.group_id == group_id)
        )
        .mappings()
        .all()
    )
    names = {n for row in entity_rows for n in (row["name"], *row["aliases"])} - {group["name"]}
    document_ids = sorted({row["document_id"] for row in entity_rows})

    # An event is theirs when a participant's normalised name is one the person goes by in
    # that document (their name or an alias there), or the group's own name.
    norms_in: dict[int, set[str]] = defaultdict(lambda: {group["norm_name"]})
    name_rows = connection.execute(
        sa.select(_e.c.document_id, _n.c.norm_name)
        .join(_n, _n.c.entity_id == _e.c.id)
        .where(_e.c.group_id == group_id)
    )
    for document_id, norm in name_rows:
        norms_in[document_id].add(norm)
    t, d = schema.timeline, schema.documents
    event_rows = connection.execute(
        sa.select(t, d.c.file_name)
        .join(d, d.c.id == t.c.document_id)
        .where(t.c.document_id.in_(document_ids))
        .order_by(t.c.date, t.c.document_id, t.c.position)
    ).mappings()
    claims = _claims(connection, group_id, None)
    children = _children_in(claims, norms_in)
    timeline = [
        StoredEvent(row["document_id"], row["file_name"], codec.event_of(row))
        for row in event_rows
        if any(normalise_name(p) in norms_in[row["document_id"]] for p in row["participants"])
        or {normalise_name(p) for p in row["participants"]} <= children[row["document_id"]]
    ]
    return PersonRecord(
        name=group["name"],
        kind=group["kind"],
        aliases=sorted(names, key=str.casefold),
        decided_by=group["decided_by"],
        document_ids=document_ids,
        claims=claims,
        timeline=timeline,
    )


def _children_in(claims: list[StoredClaim], norms_in: dict[int, set[str]]) -> dict[int, set[str]]:
    """The normalised names of the person's children, per document, from its `child` claims
    with the person as the parent. A birth's event names only the child ("Ada born"), yet it
    belongs on each parent's timeline; an event naming only their children is such a birth
    (or twins'), while a child's own event with someone else (a wedding) is not theirs."""
    children: dict[int, set[str]] = defaultdict(set)
    for stored in claims:
        claim = stored.claim
        if (
            claim.predicate == "child"
            and claim.object
            and normalise_name(claim.subject) in norms_in[stored.document_id]
        ):
            children[stored.document_id].add(normalise_name(claim.object))
    return children


def claims(
    connection: sa.Connection,
    name: str | None = None,
    as_of: DateValue | None = None,
    kind: EntityKind = "person",
) -> list[StoredClaim]:
    """Claims (about `name` when given), ordered by event date (unknown last) then report date.

    `as_of` keeps only what had certainly been reported by then: a claim whose report date is
    unknown, or could fall after `as_of` ("2023-06" as of 2023-06-15), is left out.
    """
    group_id = None if name is None else find_group(connection, name, kind)
    return _claims(connection, group_id, as_of)


def _claims(connection: sa.Connection, group_id: int | None, as_of: DateValue | None) -> list[StoredClaim]:
    d = schema.documents
    query = sa.select(_c, d.c.file_name).join(d, d.c.id == _c.c.document_id)
    if group_id is not None:
        by_group = _claims_by_group()
        about = sa.select(by_group.c.claim_id).where(by_group.c.group_id == group_id)
        query = query.where(_c.c.id.in_(about))
    if as_of is not None:
        query = query.where(_c.c.report_latest.is_not(None), _c.c.report_latest <= codec.latest_day(as_of))
    rows = sorted(
        connection.execute(query).mappings(),
        key=lambda r: (
            r["event_date"] is None, r["event_date"] or "", r["report_date"] is None, r["report_date"] or "",
            r["document_id"], r["position"],
        ),
    )  # fmt: skip
    return [StoredClaim(row["document_id"], row["file_name"], codec.claim_of(row)) for row in rows]


def stats(connection: sa.Connection) -> dict[str, int]:
    """Row counts: documents, comments, entities, people, mentions, claims, timeline, then
    `predicate:<name>` and `source_kind:<name>` for each one in use."""

    def count(query: sa.Select[int]) -> int:
        return int(connection.execute(query).scalar_one())

    result = {
        table: count(sa.select(sa.func.count()).select_from(getattr(schema, table)))
        for table in ("documents", "comments", "entities", "mentions", "claims", "timeline")
    }
    result["people"] = count(
        sa.select(sa.func.count(sa.distinct(_e.c.group_id))).where(_e.c.kind == "person")
    )
    for column in (_c.c.predicate, _c.c.source_kind):
        grouped = sa.select(column, sa.func.count()).group_by(column).order_by(column)
        for value, n in connection.execute(grouped):
            result[f"{column.name}:{value}"] = int(n)
    return result
