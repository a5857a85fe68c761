"""Claims, attribution and modality on sentences written for these tests (fictional people)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from allegedly.model import Analysis
from allegedly.present.eval_view import facts_view
from text_samples import analyse as analyse_text

pytestmark = pytest.mark.model


analyse = partial(analyse_text, date="2024-05-02")


def facts(analysis: Analysis) -> set[tuple[str, str, str | None]]:
    return {(c.predicate, c.subject, c.object or c.value) for c in analysis.claims}


def find(analysis: Analysis, predicate: str) -> list[Any]:
    return [c for c in analysis.claims if c.predicate == predicate]


def test_claims_marriage_with_date_and_couple(pipeline: Any) -> None:
    text = (
        "Mara Quell and her husband Tobias Venn have been together for years. "
        "The couple met in 2009 on the set of Harbor Nights and were married on June 3, 2015."
    )
    analysis = analyse(pipeline, text)
    spouse = find(analysis, "spouse")
    assert {frozenset((c.subject, c.object)) for c in spouse} == {frozenset(("Mara Quell", "Tobias Venn"))}
    assert any(c.date and c.date.value == "2015-06-03" for c in spouse)
    met = find(analysis, "met")
    assert met and met[0].date is not None and met[0].date.value == "2009"


def test_claims_children_list_with_birth_dates(pipeline: Any) -> None:
    text = (
        "Lena Marsh and Oskar Brandt are raising a family in Denver. They have two children, "
        "son Felix, born March 9, 2016, and daughter Ilse, born October 21, 2019."
    )
    analysis = analyse(pipeline, text)
    children = {(c.subject, c.object, c.date.value if c.date else None) for c in find(analysis, "child")}
    assert ("Lena Marsh", "Felix", "2016-03-09") in children
    assert ("Oskar Brandt", "Ilse", "2019-10-21") in children
    assert not any(c.subject == "Felix" for c in find(analysis, "child"))


def test_claims_anonymous_source_tied_to_outlet_is_hedged(pipeline: Any) -> None:
    text = (
        "Dara Holt and her husband Miles Okafor have kept quiet. "
        "“They have been trying, but they are on the outs now,” a source tells In Touch."
    )
    analysis = analyse(pipeline, text)
    separated = find(analysis, "separated")
    assert separated, facts(analysis)
    claim = separated[0]
    assert claim.attribution.source_kind == "anonymous"
    assert claim.attribution.outlet == "In Touch Weekly"
    assert claim.modality == "hedged"


def test_claims_age_apposition_and_prefix(pipeline: Any) -> None:
    text = "Miles Okafor, 41, was spotted with Juno Price, a 26-year-old sculptor, in Paris last week."
    analysis = analyse(pipeline, text)
    ages = {(c.subject, c.value) for c in find(analysis, "age")}
    assert ("Miles Okafor", "41") in ages
    assert ("Juno Price", "26") in ages


def test_claims_move_gives_residence(pipeline: Any) -> None:
    text = "Since the wedding, Petra Lindqvist and Hugo Salas have moved from Chicago to Los Angeles."
    analysis = analyse(pipeline, text)
    residences = {(c.subject, c.object) for c in find(analysis, "residence")}
    assert ("Petra Lindqvist", "Los Angeles") in residences or ("Hugo Salas", "Los Angeles") in residences
    assert not any(obj == "Chicago" for _, obj in residences)


def test_claims_writer_speculation_is_author_opinion(pipeline: Any) -> None:
    text = (
        "Rory Vale and his fiancée, Nina Sorel, moved to Boston. "
        "I feel like Rory Vale and Nina Sorel split up months ago."
    )
    analysis = analyse(pipeline, text)
    separated = find(analysis, "separated")
    assert separated
    assert separated[0].attribution.source_kind == "author_opinion"
    assert separated[0].modality == "speculated"


def test_claims_question_does_not_assert_a_split(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Did Ada Finch and Leo Marr break up?")
    assert not find(analysis, "separated")


def test_claims_affair_is_never_with_the_spouse(pipeline: Any) -> None:
    text = (
        "Ada Finch and her husband Leo Marr were married in 2012. "
        "Ada Finch found out Leo Marr was allegedly cheating with Skye Dunmore, 24, in May."
    )
    analysis = analyse(pipeline, text)
    affairs = {frozenset((c.subject, c.object)) for c in find(analysis, "affair")}
    assert frozenset(("Ada Finch", "Leo Marr")) not in affairs


def test_claims_denial_is_denied(pipeline: Any) -> None:
    text = "Leo Marr's rep denied that Leo Marr and Skye Dunmore are dating."
    analysis = analyse(pipeline, text)
    dating = find(analysis, "partner")
    assert dating and all(c.modality == "denied" for c in dating)


def test_timeline_dated_events_from_claims(pipeline: Any) -> None:
    text = "Mara Quell and Tobias Venn were married on June 3, 2015."
    analysis = analyse(pipeline, text)
    assert [(e.date.value, sorted(e.participants)) for e in analysis.timeline] == [
        ("2015-06-03", ["Mara Quell", "Tobias Venn"])
    ]


def test_claims_unconfirmed_split_is_hedged_not_asserted(pipeline: Any) -> None:
    text = (
        "Ada Finch and her husband Leo Marr live in Austin. "
        "Neither Ada Finch nor Leo Marr has confirmed a split."
    )
    analysis = analyse(pipeline, text)
    assert all(c.modality == "hedged" for c in find(analysis, "separated"))


def test_entities_description_resolves_to_the_person_it_was_said_of(pipeline: Any) -> None:
    text = (
        "Singer Juno Price has been seen with choreographer Elio Marsh all summer. "
        "The choreographer is dating Juno Price, an insider tells Us Weekly."
    )
    analysis = analyse(pipeline, text)
    dating = {frozenset((c.subject, c.object)) for c in find(analysis, "partner")}
    assert frozenset(("Juno Price", "Elio Marsh")) in dating


def test_entities_place_named_like_a_person_is_not_a_person(pipeline: Any) -> None:
    text = "Vera Lind and Otto Grau bought a house in Silver Lake. They moved to Silver Lake in May."
    analysis = analyse(pipeline, text)
    people = {e.name for e in analysis.entities if e.kind == "person"}
    assert "Silver Lake" not in people
    assert {"Vera Lind", "Otto Grau"} <= people


def test_claims_child_of_both_parents_and_pronoun_takes_the_subject(pipeline: Any) -> None:
    text = "Anna Berg was born in Oslo, the daughter of Karl Berg and Liv Moen. She married Tor Lund in 1950."
    analysis = analyse(pipeline, text, date=None)
    parents = {c.subject for c in find(analysis, "child") if c.object == "Anna Berg"}
    assert parents == {"Karl Berg", "Liv Moen"}
    assert {frozenset((c.subject, c.object)) for c in find(analysis, "spouse")} == {
        frozenset(("Anna Berg", "Tor Lund"))
    }


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        (
            "Mina Sol released her second album, Velvet Harbors, in 2021. Velvet Harbors went gold.",
            "Velvet Harbors",
        ),
        ("Ivo Lark scored Glass Orchard, the 2022 dance drama that made his name.", "Glass Orchard"),
        ("Fiancé Ravi Dane was there. Ravi Dane smiled.", "Fiancé"),
        ("Tessa Moor flew in from Santa Barbara on Friday.", "Santa Barbara"),
    ],
)
def test_entities_titles_places_and_words_are_not_people(pipeline: Any, text: str, not_a_person: str) -> None:
    analysis = analyse(pipeline, text)
    assert not_a_person not in {e.name for e in analysis.entities if e.kind == "person"}


def test_claims_birth_dates_in_parentheses_and_appositions(pipeline: Any) -> None:
    text = "Ida Voss (born 13 March 1963) is a painter. Her son, Emil Voss, born June 2, 1990, paints too."
    analysis = analyse(pipeline, text, date=None)
    born = {(c.subject, c.value) for c in find(analysis, "born")}
    assert ("Ida Voss", "1963-03-13") in born and ("Emil Voss", "1990-06-02") in born
    view_predicates = {f["predicate"] for f in facts_view([analysis])}
    assert "born" not in view_predicates  # the evaluation view keeps to the contract's vocabulary


def test_claims_children_named_after_a_colon(pipeline: Any) -> None:
    text = "Ida Voss married Karl Brun in 1961, with whom she had three children: Emil, Greta and Hans Brun."
    analysis = analyse(pipeline, text, date=None)
    pairs = {(c.subject, c.object) for c in find(analysis, "child")}
    assert {("Ida Voss", "Hans Brun"), ("Karl Brun", "Hans Brun")} <= pairs
    assert not any(parent in ("Emil", "Greta", "Hans Brun") for parent, _ in pairs)


def test_claims_children_together_is_not_a_list_of_children(pipeline: Any) -> None:
    text = "They have two children together, but Mara Quell and her husband Tobias Venn have split."
    analysis = analyse(pipeline, text)
    assert not find(analysis, "child")
