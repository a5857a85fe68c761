"""Cross-document questions: people, one person's record, claims as of a date, stats."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from allegedly.errors import NotFound
from allegedly.model import Analysis, Attribution, DateValue
from allegedly.store import PersonSummary, Store
from store_samples import claim, document, marchetti_analysis, okafor_analysis


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open("sqlite://") as opened:
        opened.save(marchetti_analysis())
        opened.save(okafor_analysis())
        yield opened


def test_store_people_groups_across_documents_by_normalised_name(store: Store) -> None:
    # "Zoë Marchetti" and "Zoe Marchetti", "Tobin Crane" and "TOBIN CRANE" are one person each.
    assert store.people() == [
        PersonSummary("Zoë Marchetti", "person", documents=2, mentions=3, claims=3),
        PersonSummary("Tobin Crane", "person", documents=2, mentions=2, claims=4),
        PersonSummary("Delphine Okafor-Reyes", "person", documents=1, mentions=1, claims=1),
    ]
    assert [p.name for p in store.people("outlet")] == ["The Glimmer Report"]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Zoë Marchetti", "Zoë Marchetti"),
        ("zoe marchetti", "Zoë Marchetti"),  # accents and case
        ("ZOE MARCHETTI's", "Zoë Marchetti"),  # possessive
        ("  Zoë   Marchetti ", "Zoë Marchetti"),  # spacing
        ("Marchetti", "Zoë Marchetti"),  # alias
        ("the actress", "Zoë Marchetti"),  # descriptive alias
        ("Crane’s", "Tobin Crane"),  # alias with a typographic possessive
        ("Okafor-Reyes", "Delphine Okafor-Reyes"),
    ],
)
def test_store_person_matches_name_alias_accents_possessive(store: Store, query: str, name: str) -> None:
    assert store.person(query).name == name


def test_store_person_record_orders_claims_and_timeline(store: Store) -> None:
    record = store.person("Zoe Marchetti")
    assert record.aliases == ["Marchetti", "the actress", "Zoe Marchetti", "Zoë"]
    assert record.decided_by == "same normalised name"
    assert record.document_ids == [1, 2]
    # By event date: met (2017), married (2019-06), separated (2023, reported later).
    assert [(c.claim.predicate, c.file_name) for c in record.claims] == [
        ("met", "marchetti.txt"),
        ("spouse", "marchetti.txt"),
        ("separated", "okafor.html"),
    ]
    assert [(e.event.date.value, e.event.summary) for e in record.timeline] == [
        ("2017", "met on Lantern Bay"),
        ("2019-06", "married"),  # participants named "Marchetti": her alias in that document
        ("2023", "split"),
    ]


def test_store_person_claims_as_object_and_unknown_dates_last(store: Store) -> None:
    record = store.person("Tobin Crane")
    assert [c.claim.predicate for c in record.claims] == ["met", "spouse", "separated", "age"]
    assert store.person("Delphine Okafor-Reyes").timeline == []


def test_store_person_not_found_suggests_close_names(store: Store) -> None:
    with pytest.raises(NotFound) as caught:
        store.person("Zoey Marchetty")
    assert str(caught.value) == "no person called 'Zoey Marchetty' in the store; did you mean Zoë Marchetti?"


def test_store_person_not_found_suggests_through_aliases(store: Store) -> None:
    with pytest.raises(NotFound, match="did you mean Tobin Crane"):
        store.person("Crain")


def test_store_person_not_found_without_close_names(store: Store) -> None:
    with pytest.raises(NotFound) as caught:
        store.person("Quillon Asterby")
    message = str(caught.value)
    assert (
        message == "no person called 'Quillon Asterby' in the store (3 people known; list them with `people`)"
    )
    with pytest.raises(NotFound):
        store.person("The Glimmer Report")  # an outlet, not a person
    assert store.person("The Glimmer Report", kind="outlet").name == "The Glimmer Report"


@pytest.mark.parametrize(
    ("as_of", "count"),
    [
        (None, 5),
        ("2023-06-13", 0),  # the day before the first report
        ("2023-06-14", 3),
        ("2023", 3),
        ("2024-02-10", 3),  # reported "2024-02": maybe after the 10th, so not yet known
        ("2024-02", 5),
        ("2030", 5),
    ],
)
def test_store_claims_as_of_filters_on_report_date(store: Store, as_of: str | None, count: int) -> None:
    as_of_date = None if as_of is None else DateValue(as_of)
    assert len(store.claims(None, as_of_date)) == count


def test_store_claims_as_of_leaves_out_unknown_report_dates() -> None:
    with Store.open("sqlite://") as store:
        store.save(marchetti_analysis())
        store.save(okafor_analysis(published=None))
        assert len(store.claims()) == 5
        assert len(store.claims(as_of=DateValue("2030"))) == 3


def test_store_claims_about_one_person_as_of(store: Store) -> None:
    claims = store.claims("tobin crane", as_of=DateValue("2023-12"))
    assert [c.claim.predicate for c in claims] == ["met", "spouse", "age"]
    with pytest.raises(NotFound):
        store.claims("Nobody Known")


def test_store_claim_without_entity_matches_by_normalised_name(store: Store) -> None:
    # A commenter's claim whose subject the document has no entity for still reaches the person.
    bare = Analysis(
        document=document("hash-bare", "bare.txt", comments=[], warnings=[]),
        claims=[
            claim("Tobin Crane's", "residence", None, value="Lisbon", attribution=Attribution("commenter"))
        ],
    )
    store.save(bare)
    assert "residence" in [c.claim.predicate for c in store.person("Tobin Crane").claims]
    tobin = next(p for p in store.people() if p.name == "Tobin Crane")
    assert tobin.claims == 5


def test_store_stats_counts_rows_predicates_and_sources(store: Store) -> None:
    assert store.stats() == {
        "documents": 2,
        "comments": 3,
        "entities": 7,
        "mentions": 7,
        "claims": 5,
        "timeline": 3,
        "people": 3,
        "predicate:age": 1,
        "predicate:appeared_in": 1,
        "predicate:met": 1,
        "predicate:separated": 1,
        "predicate:spouse": 1,
        "source_kind:anonymous": 1,
        "source_kind:commenter": 1,
        "source_kind:narration": 2,
        "source_kind:outlet": 1,
    }


def test_store_stats_on_empty_store() -> None:
    with Store.open("sqlite://") as store:
        tables = ("documents", "comments", "entities", "mentions", "claims", "timeline", "people")
        assert store.stats() == dict.fromkeys(tables, 0)
        assert store.people() == []


def test_store_person_timeline_holds_their_childrens_births(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A birth's event names only the child; it belongs on each parent's timeline, while the
    child's own event with someone else (her wedding) and a stranger's birth do not."""
    from text_samples import analyse

    text = (
        "Orla Vantongeren and her husband, Kestrel Madu, married in Lisbon in May 2012. "
        "Their daughter, Ines, was born on March 3, 2014. "
        "Ines Madu married the cellist Bram Toller in 2040. "
        "Their neighbour, Pim Arkwright, welcomed a son, Dax, in 2015."
    )
    with Store.open("sqlite://") as store:
        store.save(analyse(pipeline, text, date="2041-01-05"))
        mother = [(e.event.date.value, e.event.summary) for e in store.person("Orla Vantongeren").timeline]
        father = [(e.event.date.value, e.event.summary) for e in store.person("Kestrel Madu").timeline]
        neighbour = [e.event.summary for e in store.person("Pim Arkwright").timeline]
    assert ("2014-03-03", "Ines Madu born") in mother and ("2014-03-03", "Ines Madu born") in father
    assert not any("Dax" in summary or "Toller" in summary for _, summary in mother + father)
    assert "Dax born" in neighbour
