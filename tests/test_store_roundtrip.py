"""Round trips: what is saved is what is loaded, field for field."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allegedly.errors import NotFound
from allegedly.model import (
    PREDICATES,
    Analysis,
    Attribution,
    Claim,
    Comment,
    DateValue,
    Document,
    Entity,
    EntityKind,
    Mention,
    Published,
    Reaction,
    Span,
    Stance,
    TimeExpression,
    TimelineEvent,
)
from allegedly.store import Store
from store_samples import marchetti_analysis, okafor_analysis


def test_store_roundtrip_hand_built(tmp_path: Path) -> None:
    analysis = marchetti_analysis()
    with Store.open(tmp_path / "a.db") as store:
        document_id = store.save(analysis).document_id
    with Store.open(tmp_path / "a.db") as store:  # from disk, not from any cache
        assert store.load_analysis(document_id) == analysis


def test_store_roundtrip_keeps_no_reaction_apart_from_empty_reaction() -> None:
    analysis = marchetti_analysis()
    analysis.reactions = [Reaction(3)]  # analysed, civil, no stance; comments 1 and 2 not analysed
    with Store.open("sqlite://") as store:
        loaded = store.load_analysis(store.save(analysis).document_id)
    assert loaded.reactions == [Reaction(3)]


def test_store_analyses_filters_by_file_name() -> None:
    with Store.open("sqlite://") as store:
        store.save(marchetti_analysis())
        store.save(okafor_analysis())
        assert [a.document.file_name for a in store.analyses()] == ["marchetti.txt", "okafor.html"]
        assert store.analyses({"okafor.html", "absent.txt"}) == [okafor_analysis()]
        assert store.analyses(set()) == []


def test_store_documents_lists_what_was_stored() -> None:
    with Store.open("sqlite://") as store:
        store.save(marchetti_analysis())
        store.save(okafor_analysis(published=None))
        rows = store.documents()
    assert [(r.id, r.file_name, r.comments, r.claims) for r in rows] == [
        (1, "marchetti.txt", 3, 3),
        (2, "okafor.html", 0, 2),
    ]
    assert rows[0].published == Published(DateValue("2023-06-14"), "header")
    assert rows[1].published == Published(None, "none")
    assert rows[0].ingested_at.tzinfo is not None
    assert datetime.now(UTC) >= rows[0].ingested_at


def test_store_load_unknown_document_is_not_found() -> None:
    with Store.open("sqlite://") as store, pytest.raises(NotFound, match="no document with id 7"):
        store.load_analysis(7)


# -- property: any well-formed analysis survives the round trip ---------------------------

# SQLite and PostgreSQL store any Unicode text except lone surrogates and NUL (which the
# readers never produce), so the generated text avoids exactly those.
_storable = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
texts = st.text(_storable, max_size=12)
names = st.text(_storable, min_size=1, max_size=12)
maybe_texts = st.none() | texts
small = st.integers(min_value=0, max_value=10_000)
entity_kinds: st.SearchStrategy[EntityKind] = st.sampled_from(
    ["person", "organisation", "outlet", "work", "place"]
)
mention_kinds = st.sampled_from(["name", "pronoun", "description"])
time_kinds = st.sampled_from(["date", "duration", "age", "set", "relative"])
source_kinds = st.sampled_from(
    ["narration", "author_opinion", "on_record", "anonymous", "outlet", "commenter"]
)
modalities = st.sampled_from(["asserted", "hedged", "speculated", "denied"])
labels = st.sampled_from(["pro", "con", "neutral"])
scores = st.floats(allow_nan=False, allow_infinity=False)  # NaN never equals itself


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    return DateValue(day.isoformat()[: draw(st.sampled_from([4, 7, 10]))])


optional_dates = st.none() | date_values()


@st.composite
def spans(draw: st.DrawFn, comment_numbers: list[int]) -> Span:
    start = draw(small)
    comment = draw(st.none() | st.sampled_from(comment_numbers)) if comment_numbers else None
    return Span(start, start + draw(small), comment)


@st.composite
def comments(draw: st.DrawFn, n: int) -> Comment:
    reply_to = draw(st.none() | st.integers(1, 60))
    return Comment(
        n, draw(names), draw(texts), draw(maybe_texts), reply_to, draw(st.booleans()), draw(maybe_texts)
    )


@st.composite
def documents(draw: st.DrawFn, comment_numbers: list[int]) -> Document:
    published = Published(
        draw(optional_dates),
        draw(st.sampled_from(["header", "metadata", "inferred", "none"])),
        draw(maybe_texts),
    )
    return Document(
        path=draw(names),
        file_name=draw(names),
        format=draw(st.sampled_from(["text", "html", "jsonl"])),
        headline=draw(maybe_texts),
        body=draw(texts),
        url=draw(maybe_texts),
        author=draw(maybe_texts),
        site_name=draw(maybe_texts),
        outlet=draw(maybe_texts),
        published=published,
        comments=[draw(comments(n)) for n in comment_numbers],
        declared_comment_count=draw(st.none() | small),
        content_hash="set by the test",
        warnings=draw(st.lists(texts, max_size=3)),
    )


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    """A well-formed analysis: mentions name its entities, reactions its comments (in order)."""
    numbers = sorted(draw(st.lists(st.integers(1, 60), unique=True, max_size=5)))
    keys = draw(st.lists(names, unique=True, max_size=4))
    entities = [
        Entity(key, draw(names), draw(entity_kinds), draw(st.sets(names, max_size=3))) for key in keys
    ]
    any_span = spans(numbers)
    mention = st.builds(Mention, st.sampled_from(keys), texts, any_span, mention_kinds) if keys else None
    # Claims and events mostly name the document's entities, sometimes someone else.
    who = st.sampled_from([e.name for e in entities]) | names if entities else names
    attributions = st.builds(Attribution, source_kinds, maybe_texts, maybe_texts, maybe_texts)
    claims = st.builds(
        Claim,
        subject=who,
        predicate=st.sampled_from(PREDICATES),
        object=st.none() | who,
        value=maybe_texts,
        date=optional_dates,
        end=optional_dates,
        attribution=attributions,
        modality=modalities,
        evidence=texts,
        sentence=texts,
        span=any_span,
        report_date=optional_dates,
    )
    events = st.builds(TimelineEvent, date_values(), st.lists(who, max_size=3), texts, st.none() | any_span)
    stances = st.lists(st.builds(Stance, who, labels, scores), max_size=3)
    categories = st.lists(st.sampled_from(["insult", "profanity", "identity_attack"]))
    reacted = sorted(draw(st.sets(st.sampled_from(numbers)))) if numbers else []
    return Analysis(
        document=draw(documents(numbers)),
        entities=entities,
        mentions=draw(st.lists(mention, max_size=5)) if mention is not None else [],
        times=draw(
            st.lists(
                st.builds(TimeExpression, texts, any_span, time_kinds, optional_dates, maybe_texts),
                max_size=3,
            )
        ),
        claims=draw(st.lists(claims, max_size=4)),
        timeline=draw(st.lists(events, max_size=3)),
        reactions=[Reaction(n, draw(stances), draw(st.booleans()), draw(categories)) for n in reacted],
    )


_hashes = itertools.count()


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    # One store for all examples (opening migrates, which would dominate the run); each
    # example gets a fresh content hash, so it is stored rather than found "unchanged".
    with Store.open("sqlite://") as store:
        yield store


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analysis=analyses())
def test_store_roundtrip_property(shared_store: Store, analysis: Analysis) -> None:
    analysis.document.content_hash = f"hash-{next(_hashes)}"
    document_id = shared_store.save(analysis).document_id
    assert shared_store.load_analysis(document_id) == analysis
    assert shared_store.save(analysis).status == "unchanged"
