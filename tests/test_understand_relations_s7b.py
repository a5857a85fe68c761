"""Relations, session 7 (second pass): a roundup that heads each section with a couple.

"Ada Roe and Ian Holt" on a line of its own heads a section; "they", "the couple", "their son"
and a description ("The veteran cinematographer") in it belong to that heading's couple, and a
section's "her husband" never reaches back to someone of an earlier section.  A short heading
that is no plain couple ("Bea Lark, solo") still ends the section before.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse, pairs, relations

pytestmark = pytest.mark.model

_ROUNDUP = (
    "The couples of the Harbour Awards walked the carpet on Sunday.\n\n"
    "Ada Roe and Ian Holt\n\n"
    "The singer and the painter made their debut as a couple on the carpet.\n\n"
    "Bea Lark, solo\n\n"
    "Lark arrived alone and waved to the crowd.\n\n"
    "Cora Vance and Tobias Wren\n\n"
    "The longtime couple, who have been together since 2009, held hands. "
    "They live in Leeds with their two dogs.\n\n"
    "Emil Sarn and Greta Sarn\n\n"
    "The veteran editor, 70, and his wife attended with their son, the actor Jonas Sarn."
)


@pytest.fixture(scope="module")
def roundup(pipeline: Any) -> Analysis:
    return analyse(pipeline, _ROUNDUP, date="2025-03-03")


def _couple_pairs(analysis: Analysis) -> set[frozenset[str | None]]:
    found: set[frozenset[str | None]] = set()
    for predicate in ("spouse", "engaged", "partner", "divorced", "separated", "met"):
        found |= pairs(analysis, predicate)
    return found


# -- must fire ----------------------------------------------------------------------------------


def test_a_sections_they_is_its_heading_couple(roundup: Analysis) -> None:
    assert frozenset({"Cora Vance", "Tobias Wren"}) in pairs(roundup, "partner")
    assert {("Cora Vance", "Leeds"), ("Tobias Wren", "Leeds")} <= relations(roundup, "residence")


def test_a_sections_their_son_is_the_heading_couples(roundup: Analysis) -> None:
    assert {("Emil Sarn", "Jonas Sarn"), ("Greta Sarn", "Jonas Sarn")} <= relations(roundup, "child")


# -- must not fire ------------------------------------------------------------------------------


def test_a_section_does_not_leak_into_another(roundup: Analysis) -> None:
    couples = _couple_pairs(roundup)
    for pair in couples:
        assert pair in (
            frozenset({"Ada Roe", "Ian Holt"}),
            frozenset({"Cora Vance", "Tobias Wren"}),
            frozenset({"Emil Sarn", "Greta Sarn"}),
        ), pair
    residents = {subject for subject, _ in relations(roundup, "residence")}
    assert not residents & {"Ada Roe", "Ian Holt", "Emil Sarn", "Greta Sarn", "Bea Lark"}
    parents = {subject for subject, child in relations(roundup, "child") if child == "Jonas Sarn"}
    assert parents <= {"Emil Sarn", "Greta Sarn"}


def test_a_later_sections_husband_is_not_an_earlier_womans(pipeline: Any) -> None:
    text = (
        "Who wore what at the Lantern Gala.\n\n"
        "Ada Roe and Ian Holt\n\n"
        "Roe and Holt posed together as a couple.\n\n"
        "Nell Oduya and Bram Kest\n\n"
        "Oduya, who plays Kest's ex-wife on the drama Low Tide, posed with her co-star, but she "
        "came with her real-life husband, the baker Lio Tamm."
    )
    analysis = analyse(pipeline, text)
    assert not {p for p in pairs(analysis, "spouse") if "Lio Tamm" in p and "Ada Roe" in p}


def test_one_heading_pair_is_no_roundup(pipeline: Any) -> None:
    """A single "A and B" line (a caption) does not cut the story into sections."""
    text = (
        "Ada Roe married Ian Holt in 2012.\n\n"
        "Ada Roe and Ian Holt\n\n"
        "They live in Bath with their daughter, Ivy Holt."
    )
    analysis = analyse(pipeline, text)
    assert ("Ada Roe", "Ivy Holt") in relations(analysis, "child")


# -- the two people around a cue ----------------------------------------------------------------


def test_the_pair_met_at_a_friends_wedding_is_the_pair(pipeline: Any) -> None:
    text = (
        "Ada Roe married Ian Holt in 2019. The pair met in 2012 at the wedding of Holt's best "
        "friend, the chef Milo Brandt, who had studied with Roe."
    )
    analysis = analyse(pipeline, text)
    assert frozenset({"Ada Roe", "Ian Holt"}) in pairs(analysis, "met")
    assert not {p for p in _couple_pairs(analysis) if "Milo Brandt" in p}


def test_a_friend_named_after_a_cue_is_no_pair(pipeline: Any) -> None:
    """Two names after the cue are its pair only when "and"/"to"/"with" joins them."""
    analysis = analyse(pipeline, "Ada Roe said the divorce of Ian Holt's sister, Bea Holt, was final.")
    assert frozenset({"Ian Holt", "Bea Holt"}) not in _couple_pairs(analysis)


def test_two_descriptions_in_one_sentence_are_two_people(pipeline: Any) -> None:
    text = (
        "Ada Roe and Ian Holt have split.\n\n"
        "The singer, 31, and the Low Tide actor, 35, ended their relationship this month."
    )
    ages = {
        (c.subject, c.value)
        for c in analyse(pipeline, text, date="2025-03-11").claims
        if c.predicate == "age"
    }
    assert ("Ada Roe", "35") not in ages
    assert ("Ian Holt", "35") in ages


# -- a forecast is no event ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ada Roe and Ian Holt are headed for a divorce, insiders say.", "divorced"),
        ("Ada Roe and Ian Holt are on the verge of splitting.", "separated"),
        ("Ada Roe and Ian Holt are on the brink of a breakup.", "separated"),
    ],
)
def test_a_forecast_is_no_event(pipeline: Any, text: str, predicate: str) -> None:
    assert frozenset({"Ada Roe", "Ian Holt"}) not in pairs(analyse(pipeline, text), predicate)


def test_a_parting_that_happened_still_reads(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe and Ian Holt split in May after a year of dating.")
    assert frozenset({"Ada Roe", "Ian Holt"}) in pairs(analysis, "separated")


# -- kin nouns and unions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        # an ordinal between the owner and "marriage", a described spouse after a comma
        (
            "Ian Holt sang for decades. His first marriage, to the actress Ada Roe, began in 1961.",
            "spouse",
            {"Ian Holt", "Ada Roe"},
        ),
        # "wife of six years, the jewelry designer X"
        (
            "Ian Holt split from his wife of six years, the jewelry designer Ada Roe, in May.",
            "spouse",
            {"Ian Holt", "Ada Roe"},
        ),
        ("Ian Holt is survived by his longtime companion, Ada Roe.", "partner", {"Ian Holt", "Ada Roe"}),
    ],
)
def test_kin_and_union_nouns(pipeline: Any, text: str, predicate: str, pair: set[str]) -> None:
    assert frozenset(pair) in pairs(analyse(pipeline, text), predicate)


def test_a_plain_companion_is_no_partner(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ian Holt hiked the trail with his companion, Ada Roe, a guide.")
    assert frozenset({"Ian Holt", "Ada Roe"}) not in pairs(analysis, "partner")


def test_counted_girls_are_children(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe and Ian Holt took their two girls, Ivy and Jo, to Rome.")
    assert {("Ada Roe", "Ivy"), ("Ian Holt", "Jo")} <= relations(analysis, "child")


def test_her_girls_are_no_children(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe partied with her girls Bea Lark and Cora Vance.")
    assert not relations(analysis, "child")


def test_no_child_of_a_sibling(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Milo and Ned grew up in Leeds. Their two boys, Milo and Ned, were twins.")
    assert ("Milo", "Ned") not in relations(analysis, "child")


# -- running a part of someone else's business -----------------------------------------------------


def test_running_its_restaurant_is_no_ownership(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Ada Roe and Ian Holt co-own the hotel, and she runs its restaurant, Little Gus's Grill."
    )
    assert not {o for s, o in relations(analysis, "owns") if s == "Ada Roe" and o and "Gus" in o}


def test_running_a_label_is_still_ownership(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe runs the label Brightwater Records.")
    assert ("Ada Roe", "Brightwater Records") in relations(analysis, "owns")


# -- ages and a section's unnamed spouse ---------------------------------------------------------


def test_a_bare_age_before_a_description_of_the_same_person(pipeline: Any) -> None:
    text = (
        "Ian Holt likes to joke about names.\n\n"
        "The 51-year-old musician-turned-producer spent eight years as the drummer of the band Red Kite."
    )
    ages = {
        (c.subject, c.value)
        for c in analyse(pipeline, text, date="2025-04-14").claims
        if c.predicate == "age"
    }
    assert ("Ian Holt", "51") in ages


def test_twins_share_their_age(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Ada Roe and Ian Holt are the parents of twins, Milo and Ned, 7.", date="2025-05-06"
    )
    ages = {(c.subject, c.value) for c in analysis.claims if c.predicate == "age"}
    assert {("Milo", "7"), ("Ned", "7")} <= ages


def test_an_age_after_a_plain_list_is_the_last_ones(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe's guests were Milo Brandt and Ned Vance, 7.", date="2025-05-06")
    ages = {(c.subject, c.value) for c in analysis.claims if c.predicate == "age"}
    assert ("Milo Brandt", "7") not in ages


def test_a_sections_unnamed_wife_is_the_heading_couples(roundup: Analysis) -> None:
    assert frozenset({"Emil Sarn", "Greta Sarn"}) in pairs(roundup, "spouse")


# -- relationships said without "dating" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Ada Roe and Ian Holt were first linked in May 2022, when they were seen in Rome.", "partner"),
        ("Ada Roe and Ian Holt quietly ended their relationship this month.", "separated"),
    ],
)
def test_relationship_without_dating(pipeline: Any, text: str, predicate: str) -> None:
    assert frozenset({"Ada Roe", "Ian Holt"}) in pairs(analyse(pipeline, text), predicate)


def test_ending_a_working_relationship_is_no_parting(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe ended their working relationship with Ian Holt.")
    assert frozenset({"Ada Roe", "Ian Holt"}) not in _couple_pairs(analysis)


# -- "It stars X" ------------------------------------------------------------------------------


def test_it_stars_names_the_cast_of_the_work_just_named(pipeline: Any) -> None:
    text = "The studio's hit is the comedy Salt Days, which premiered in 2021. It stars Ada Roe as Bea Vance."
    analysis = analyse(pipeline, text)
    assert ("Ada Roe", "Salt Days") in relations(analysis, "appeared_in")
    assert not {s for s, _ in relations(analysis, "appeared_in") if s == "Bea Vance"}


def test_the_film_stars_is_no_cast_of_an_album(pipeline: Any) -> None:
    text = "Ian Holt released the album Low Tide. The film stars Ada Roe and Milo Brandt."
    assert not relations(analyse(pipeline, text), "appeared_in")


def test_a_marriage_that_began_and_ended_is_dated(pipeline: Any) -> None:
    text = (
        "Ian Holt sang for decades. His first marriage, to the actress Ada Roe, began in 1961 and "
        "ended in 1969."
    )
    spouses = [c for c in analyse(pipeline, text).claims if c.predicate == "spouse"]
    assert spouses
    assert spouses[0].date is not None and spouses[0].date.value == "1961"


def test_a_companion_lived_with_since_is_dated(pipeline: Any) -> None:
    text = "Ian Holt is survived by his longtime companion, Ada Roe, with whom he had lived since 2017."
    partners = [c for c in analyse(pipeline, text, date="2024-10-08").claims if c.predicate == "partner"]
    assert partners
    assert partners[0].date is not None and partners[0].date.value == "2017"
