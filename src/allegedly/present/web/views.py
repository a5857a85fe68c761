"""What each page shows, as plain JSON data: the HTML page and its `.json` twin render the same dict.

Every function here takes the store (through `WebData`) and returns JSON-ready dicts; nothing
here knows about HTTP or HTML.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any, TypeVar

import sqlalchemy as sa

from allegedly.errors import NotFound
from allegedly.model import Analysis, Claim, DateValue
from allegedly.outlets import Outlet, normalise_name, outlet_table
from allegedly.present.eval_view import fact_key, thread_view
from allegedly.present.render import claim_row
from allegedly.store import DocumentRow, PersonRecord, Store, StoredClaim, schema
from allegedly.store.codec import latest_day
from allegedly.store.engine import create_store_engine, resolve_url

SEARCH_LIMIT = 50
T = TypeVar("T")


@lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    return normalise_name(name)


@lru_cache(maxsize=8192)
def slugify(name: str) -> str:
    """A URL-safe key for a name: "Calla Renwick" → "calla-renwick" (accents and punctuation dropped)."""
    return "-".join(_norm(name).split()) or "-"


def parse_as_of(value: str | None) -> DateValue | None:
    """`?as_of=` as a date; empty means "now".  Raises ValueError on anything else."""
    if value is None or not value.strip():
        return None
    return DateValue(value.strip())


def _date(value: DateValue | None) -> str | None:
    return value.value if value else None


def reported_by(published: DateValue | None, as_of: DateValue) -> bool:
    """Whether a document with this publication date had certainly been published on `as_of`."""
    return published is not None and latest_day(published) <= latest_day(as_of)


class WebData:
    """The store as pages see it, with a small cache of loaded documents.

    A stored document never changes under its id (identity is the content hash), so loaded
    analyses can be kept; the cache is bounded and shared by the server's threads.
    """

    def __init__(
        self, store: Store, db_url: str | None = None, cache_size: int = 128, views_size: int = 512
    ) -> None:
        self.store = store
        # A separate small engine answers "has anything been stored since?" in one cheap query.
        # (Not for an in-memory SQLite store: a second engine would see another, empty database.)
        url = resolve_url(db_url) if db_url else None
        shared = url is not None and (
            url.get_backend_name() != "sqlite" or url.database not in (None, "", ":memory:")
        )
        self._probe = create_store_engine(url) if url is not None and shared else None
        self._cache: OrderedDict[int, Analysis] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._views: OrderedDict[Hashable, Any] = OrderedDict()
        self._views_size = views_size
        self._version: Hashable = None

    def version(self) -> Hashable:
        """What changes whenever anything is stored: documents are only ever added, and every
        derived row (entities, groups, claims) is written with its document, by any process."""
        if self._probe is not None:
            documents = schema.documents
            with self._probe.connect() as connection:
                row = connection.execute(sa.select(sa.func.count(), sa.func.max(documents.c.id))).one()
            return tuple(row)
        rows = self.store.documents()
        return (len(rows), max((r.id for r in rows), default=0))

    def close(self) -> None:
        if self._probe is not None:
            self._probe.dispose()

    def cached(self, key: Hashable, build: Callable[[], T]) -> T:
        """`build()`, kept until the store changes (checked on every call, so never stale).

        What is kept is shared between requests: callers must not change it."""
        version = self.version()
        with self._lock:
            if version != self._version:
                self._views.clear()
                self._version = version
            elif key in self._views:
                self._views.move_to_end(key)
                return self._views[key]  # type: ignore[no-any-return]
        value = build()
        with self._lock:
            if version == self._version:
                self._views[key] = value
                while len(self._views) > self._views_size:
                    self._views.popitem(last=False)
        return value

    def analysis(self, document_id: int) -> Analysis:
        with self._lock:
            if document_id in self._cache:
                self._cache.move_to_end(document_id)
                return self._cache[document_id]
        analysis = self.store.load_analysis(document_id)
        with self._lock:
            self._cache[document_id] = analysis
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return analysis

    # -- shared pieces --------------------------------------------------------------------

    def document_rows(self) -> dict[int, DocumentRow]:
        return {row.id: row for row in self.store.documents()}

    def outlet_names(self) -> list[str]:
        """Every outlet the table lists or the store mentions (documents and claims)."""
        names = {o.name for o in outlet_table().outlets}
        names |= {row.outlet for row in self.store.documents() if row.outlet}
        names |= {c.claim.attribution.outlet for c in self.store.claims() if c.claim.attribution.outlet}
        return sorted(names, key=str.casefold)

    def find_person(self, slug: str) -> PersonRecord:
        """The person whose name slugifies to `slug` (a name or alias also works)."""
        try:
            return self.store.person(slug.replace("-", " "))
        except NotFound:
            for summary in self.store.people():
                if slugify(summary.name) == slug:
                    return self.store.person(summary.name)
            raise

    def find_outlet(self, slug: str) -> str:
        for name in self.outlet_names():
            if slugify(name) == slug:
                return name
        found = outlet_table().lookup(slug.replace("-", " "))
        if found is not None:
            return found.name
        raise NotFound(f"no outlet called {slug!r} in the table or the store")


def document_summary(row: DocumentRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "file": row.file_name,
        "headline": row.headline,
        "outlet": row.outlet,
        "outlet_slug": slugify(row.outlet) if row.outlet else None,
        "published": _date(row.published.date),
        "published_source": row.published.source,
        "published_note": row.published.note,
        "comments": row.comments,
        "claims": row.claims,
    }


def outlet_badge(name: str | None) -> dict[str, Any] | None:
    """Name, kind, reliability prior and WP:RSP verdict of an outlet; unlisted ones say so."""
    if not name:
        return None
    return dict(_outlet_badge(name))


@lru_cache(maxsize=1024)
def _outlet_badge(name: str) -> dict[str, Any]:
    found: Outlet | None = outlet_table().lookup(name)
    return {
        "name": found.name if found else name,
        "slug": slugify(found.name if found else name),
        "kind": found.kind if found else "unlisted",
        "reliability": found.reliability if found else None,
        "verdict": found.verdict if found else "not in the outlet table",
    }


def claim_item(stored: StoredClaim, person: str | None = None) -> dict[str, Any]:
    """One claim with its source badge; `other` is the counterpart when seen from `person`."""
    claim = stored.claim
    row = claim_row(claim, stored.file_name)
    other: str | None
    if person is not None and claim.object and _norm(claim.object) != _norm(person):
        other = claim.object
    elif person is not None and claim.object:
        other = claim.subject
    else:
        other = claim.object
    row.update(
        {
            "document_id": stored.document_id,
            "other": other,
            "other_slug": slugify(other) if other else None,
            "outlet_badge": outlet_badge(claim.attribution.outlet),
            "sentence": claim.sentence,
            "cue": claim.attribution.cue,
        }
    )
    return row


def _conflicts(claims: list[Claim]) -> list[str]:
    """Why the sources of one fact disagree: a denial beside assertions, or dates that cannot both hold."""
    reasons = []
    denied = sum(c.modality == "denied" for c in claims)
    if denied and denied < len(claims):
        reasons.append(f"denied by {denied}, reported by {len(claims) - denied}")
    dates = {c.date.value for c in claims if c.date}
    clashing = sorted(d for d in dates if any(not d.startswith(o) and not o.startswith(d) for o in dates))
    if clashing:
        reasons.append("dates disagree: " + ", ".join(clashing))
    return reasons


def facts(
    stored: list[StoredClaim], person: str, rows: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Claims grouped into facts (predicate, participants), each with every source that gave it.

    `rows` are the claims' `claim_item`s when the caller already made them."""
    rows = rows if rows is not None else [claim_item(c, person) for c in stored]
    grouped: dict[tuple[str, str, str], list[tuple[StoredClaim, dict[str, Any]]]] = {}
    for item, row in zip(stored, rows, strict=True):
        grouped.setdefault(fact_key(item.claim), []).append((item, row))
    result = []
    for pairs in grouped.values():
        claims = [i.claim for i, _ in pairs]
        dates = [c.date for c in claims if c.date]
        best = max(dates, key=lambda d: len(d.value)) if dates else None
        ends = [c.end for c in claims if c.end]
        first = pairs[0][1]
        result.append(
            {
                "predicate": claims[0].predicate,
                "other": first["other"],
                "other_slug": first["other_slug"],
                "value": claims[0].value,
                "date": _date(best),
                "end": _date(max(ends, key=lambda d: len(d.value)) if ends else None),
                "sources": len(pairs),
                "modalities": dict(Counter(c.modality for c in claims)),
                "conflicts": _conflicts(claims),
                "claims": [row for _, row in pairs],
            }
        )
    return sorted(result, key=lambda f: (f["date"] is None, f["date"] or "", f["predicate"]))


_VERBS = {
    "spouse": "married",
    "engaged": "engaged to",
    "partner": "with",
    "affair": "alleged affair with",
    "separated": "separated from",
    "divorced": "divorced",
    "met": "met",
    "child": "parent of",
    "employer": "worked for",
    "residence": "lived in",
    "appeared_in": "appeared in",
    "choreographed": "choreographed",
    "owns": "owns",
    "age": "aged",
}


def brief(name: str, fact_list: list[dict[str, Any]]) -> list[str]:
    """The "everything we know" brief: one line per fact, with how firmly and by how many sources."""
    lines = []
    for fact in fact_list:
        what = fact["other"] or fact["value"] or "?"
        verb = _VERBS.get(fact["predicate"], fact["predicate"])
        when = f" ({fact['date']})" if fact["date"] else ""
        firmness = ", ".join(f"{n} {m}" for m, n in sorted(fact["modalities"].items()))
        sources = "1 source" if fact["sources"] == 1 else f"{fact['sources']} sources"
        flag = "; sources disagree" if fact["conflicts"] else ""
        lines.append(f"{name} {verb} {what}{when}: {sources} ({firmness}){flag}.")
    return lines


def life_cycles(data: WebData, name: str, as_of: DateValue | None) -> list[dict[str, Any]]:
    """Every relationship of `name` across documents, state by state (allegedly.reconcile)."""
    from allegedly.reconcile.as_of import as_of as reported_by_then
    from allegedly.reconcile.timeline import relationships

    analyses = [data.analysis(document_id) for document_id in data.document_rows()]
    if as_of is not None:
        analyses = reported_by_then(analyses, as_of)
    me = name.casefold()
    found = []
    for relation in relationships(analyses):
        if me not in (relation.pair[0].casefold(), relation.pair[1].casefold()):
            continue
        found.append(
            {
                "with": relation.pair[1] if relation.pair[0].casefold() == me else relation.pair[0],
                "stages": [
                    {
                        "state": s.state,
                        "date": _date(s.date),
                        "status": s.status,
                        "confidence": round(s.confidence, 2),
                        "describe": s.describe(),
                        "detail": s.detail,
                    }
                    for s in relation.stages
                ],
            }
        )
    return found


def person_page(data: WebData, slug: str, as_of: DateValue | None) -> dict[str, Any]:
    record = data.find_person(slug)
    stored = data.store.claims(record.name, as_of) if as_of else record.claims
    docs = data.document_rows()
    timeline = [
        e
        for e in record.timeline
        if as_of is None
        or reported_by(docs[e.document_id].published.date if e.document_id in docs else None, as_of)
    ]
    rows = [claim_item(c, record.name) for c in stored]
    fact_list = facts(stored, record.name, rows)
    return {
        "name": record.name,
        "slug": slugify(record.name),
        "aliases": record.aliases,
        "decided_by": record.decided_by,
        "as_of": _date(as_of),
        "documents": [
            document_summary(docs[i])
            for i in record.document_ids
            if i in docs and (as_of is None or reported_by(docs[i].published.date, as_of))
        ],
        "claims": rows,
        "facts": fact_list,
        "contradictions": [f for f in fact_list if f["conflicts"]],
        "brief": brief(record.name, fact_list),
        "relationships": data.cached(
            ("relationships", record.name, _date(as_of)), lambda: life_cycles(data, record.name, as_of)
        ),
        "timeline": [
            {
                "date": e.event.date.value,
                "participants": e.event.participants,
                "summary": e.event.summary,
                "document_id": e.document_id,
                "file": e.file_name,
            }
            for e in timeline
        ],
    }


def _segments(body: str, spans: list[tuple[int, int, int]]) -> list[dict[str, Any]]:
    """The body cut where claim spans start or end; each piece lists the claims covering it."""
    cuts = sorted({0, len(body), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        covering = [n for s, e, n in spans if s <= start and end <= e]
        pieces.append({"text": body[start:end], "claims": covering})
    return pieces


def document_page(data: WebData, document_id: int) -> dict[str, Any]:
    analysis = data.analysis(document_id)
    doc = analysis.document
    claims = []
    spans: list[tuple[int, int, int]] = []
    for n, claim in enumerate(analysis.claims, start=1):
        item = claim_item(StoredClaim(document_id, doc.file_name, claim))
        item["n"] = n
        item["span"] = {"start": claim.span.start, "end": claim.span.end, "comment": claim.span.comment}
        claims.append(item)
        if claim.span.comment is None and 0 <= claim.span.start < claim.span.end <= len(doc.body):
            spans.append((claim.span.start, claim.span.end, n))
    reactions = {r.comment: r for r in analysis.reactions}
    comments = []
    for comment in doc.comments:
        reaction = reactions.get(comment.n)
        own = reaction.stances if reaction else []
        stances = [
            {"target": s.target, "target_slug": slugify(s.target), "label": s.label, "score": s.score}
            for s in own
        ]
        comments.append(
            {
                "n": comment.n,
                "author": comment.author,
                "text": comment.text,
                "timestamp": comment.timestamp,
                "reply_to": comment.reply_to,
                "reply_to_author": comment.reply_to_author,
                "reply_cue": comment.reply_cue,
                "stances": stances,
                "toxic": bool(reaction and reaction.toxic),
                "categories": list(reaction.categories) if reaction else [],
            }
        )
    people = sorted({e.name for e in analysis.entities if e.kind == "person"}, key=str.casefold)
    # The thread summed up as `allegedly thread` prints it: counts, stance, arguments per side,
    # most-replied comments, and the post's facts readers dispute or back.
    summary = thread_view(analysis) if doc.comments else None
    return {
        "id": document_id,
        "file": doc.file_name,
        "headline": doc.headline,
        "url": doc.url,
        "author": doc.author,
        "outlet": outlet_badge(doc.outlet),
        "published": _date(doc.published.date),
        "published_source": doc.published.source,
        "published_note": doc.published.note,
        "body": doc.body,
        "segments": _segments(doc.body, spans),
        "claims": claims,
        "people": [{"name": p, "slug": slugify(p)} for p in people],
        "comments": comments,
        "thread": {
            "parsed": len(comments),
            "declared": doc.declared_comment_count,
            "toxic": summary["toxic"] if summary else 0,
            "categories": summary["categories"] if summary else {},
            "stance": summary["stance_counts"] if summary else {},
        },
        "summary": summary,
    }


def outlet_page(data: WebData, slug: str) -> dict[str, Any]:
    name = data.find_outlet(slug)
    badge = outlet_badge(name)
    assert badge is not None
    found = outlet_table().lookup(name)
    everything = data.store.claims()
    by_fact: dict[tuple[str, str, str], list[StoredClaim]] = {}
    for item in everything:
        by_fact.setdefault(fact_key(item.claim), []).append(item)
    theirs = [c for c in everything if c.claim.attribution.outlet == badge["name"]]
    record = Counter[str]()
    rows = []
    for item in theirs:
        others = [o for o in by_fact[fact_key(item.claim)] if o.claim.attribution.outlet != badge["name"]]
        denied = item.claim.modality == "denied"
        if any((o.claim.modality == "denied") != denied for o in others):
            verdict = "contradicted"
        elif others:
            verdict = "corroborated"
        else:
            verdict = "only source"
        record[verdict] += 1
        row = claim_item(item)
        row["track"] = verdict
        row["other_sources"] = sorted({o.claim.attribution.outlet or o.file_name for o in others})
        rows.append(row)
    documents = [document_summary(d) for d in data.store.documents() if d.outlet == badge["name"]]
    return {
        **badge,
        "aliases": list(found.aliases) if found else [],
        "domains": list(found.domains) if found else [],
        "link": found.link if found else None,
        "note": found.note if found else None,
        "documents": documents,
        "claims": rows,
        "track_record": {
            "claims": len(rows),
            "by_modality": dict(Counter(r["modality"] for r in rows)),
            "by_source_kind": dict(Counter(r["source_kind"] for r in rows)),
            **{k: record.get(k, 0) for k in ("corroborated", "contradicted", "only source")},
        },
    }


def index_page(data: WebData) -> dict[str, Any]:
    people = data.store.people()
    docs = data.store.documents()
    return {
        "people": [{**vars(p), "slug": slugify(p.name)} for p in people if p.claims or p.documents > 1],
        "documents": [document_summary(d) for d in docs],
        "outlets": sorted({d.outlet for d in docs if d.outlet}, key=str.casefold),
        "stats": data.store.stats(),
    }


def search_page(data: WebData, query: str) -> dict[str, Any]:
    q = normalise_name(query)
    result: dict[str, Any] = {"q": query, "people": [], "outlets": [], "documents": []}
    if not q:
        return result
    people = [p for p in data.store.people() if q in normalise_name(p.name)]
    if not people:
        try:
            record = data.store.person(query)  # an alias ("Nat") or other spelling
        except NotFound:
            pass
        else:
            people = [p for p in data.store.people() if p.name == record.name]
    result["people"] = [{**vars(p), "slug": slugify(p.name)} for p in people[:SEARCH_LIMIT]]
    table = outlet_table()
    outlets = []
    for name in data.outlet_names():
        found = table.lookup(name)
        aliases = (name, *(found.aliases if found else ()))
        if any(q in normalise_name(a) for a in aliases):
            outlets.append(outlet_badge(name))
    result["outlets"] = outlets[:SEARCH_LIMIT]
    documents = []
    for row in data.store.documents():
        fields = (row.headline or "", row.file_name, row.outlet or "")
        hit = any(q in normalise_name(f) for f in fields)
        if not hit:
            body = data.analysis(row.id).document.body
            position = normalise_name(body).find(q)
            hit = position >= 0
        if hit:
            documents.append(document_summary(row))
        if len(documents) >= SEARCH_LIMIT:
            break
    result["documents"] = documents
    return result
