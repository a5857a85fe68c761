"""Relations in more article styles: a relationship-timeline listicle (a dated heading per
section), a "who is X dating?" explainer, a feud piece with exes and their new partners, and a
family-tree piece.

Every sentence is invented for these tests (fictional people, businesses and works).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from allegedly.model import Analysis, Claim
from text_samples import analyse as analyse_text
from text_samples import pairs

pytestmark = pytest.mark.model


analyse = partial(analyse_text, date="2024-09-05")


def claims(analysis: Analysis, predicate: str) -> list[Claim]:
    return [c for c in analysis.claims if c.predicate == predicate]


def dates(analysis: Analysis, predicate: str, a: str, b: str) -> set[str | None]:
    return {
        c.date.value if c.date else None
        for c in claims(analysis, predicate)
        if frozenset((c.subject, c.object)) == frozenset((a, b))
    }


# -- a relationship timeline: the heading's date dates its section ------------------------------

TIMELINE = (
    "Tamsin Ellery and Corvin Aldane: A Timeline of Their Romance\n\n"
    "Tamsin Ellery and Corvin Aldane have been together for years.\n\n"
    "2016: They meet at a wedding in Porto\n\n"
    "Ellery was a bridesmaid and Aldane played in the band.\n\n"
    "November 2018: They get engaged\n\n"
    "Aldane proposed on a ferry, and Ellery said yes.\n\n"
    "Where they are now\n\n"
    "Aldane, 40, is touring Europe."
)


def test_a_dated_heading_dates_the_events_of_its_section(pipeline: Any) -> None:
    analysis = analyse(pipeline, TIMELINE)
    assert "2016" in dates(analysis, "met", "Tamsin Ellery", "Corvin Aldane")
    assert "2018-11" in dates(analysis, "engaged", "Tamsin Ellery", "Corvin Aldane")


def test_a_dated_heading_does_not_date_an_age_in_a_later_section(pipeline: Any) -> None:
    analysis = analyse(pipeline, TIMELINE)
    ages = [c for c in claims(analysis, "age") if c.subject == "Corvin Aldane"]
    assert ages and all(c.date is not None and c.date.value == "2024-09-05" for c in ages)


def test_one_dated_line_is_no_timeline(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tamsin Ellery and Corvin Aldane are in love.\n\n"
        "2016: a year to remember\n\n"
        "Ellery and Aldane got engaged last month.",
    )
    assert "2016" not in dates(analysis, "engaged", "Tamsin Ellery", "Corvin Aldane")


# -- "who is X dating?": past partners, rumours, business partners -----------------------------


def test_the_two_are_the_couple_the_sentence_before_related(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Odalys Fenwright has been in a relationship with the chef Bastian Kello since 2020. "
        "Before Kello, Fenwright was in a longtime relationship with the musician Daniel Crewe. "
        "The two dated from 2013 to 2019 and split quietly.",
    )
    assert frozenset(("Odalys Fenwright", "Daniel Crewe")) in pairs(analysis, "separated")
    assert frozenset(("Odalys Fenwright", "Bastian Kello")) not in pairs(analysis, "separated")
    kello = [c for c in claims(analysis, "partner") if "Bastian Kello" in (c.subject, c.object)]
    assert kello and all(c.end is None for c in kello)


def test_a_past_relationship_is_not_dated_by_the_report(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Odalys Fenwright is single. She was in a longtime relationship with the musician Daniel Crewe.",
    )
    assert frozenset(("Odalys Fenwright", "Daniel Crewe")) in pairs(analysis, "partner")
    assert "2024-09-05" not in dates(analysis, "partner", "Odalys Fenwright", "Daniel Crewe")


def test_a_rumoured_boyfriend_is_a_hedged_partner(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Odalys Fenwright was in Rome. Her rumoured boyfriend, Daniel Crewe, was seen with her."
    )
    found = [
        c
        for c in claims(analysis, "partner")
        if {c.subject, c.object} == {"Odalys Fenwright", "Daniel Crewe"}
    ]
    assert found and all(c.modality == "hedged" for c in found)


def test_a_longtime_partner_is_a_partner(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Odalys Fenwright lives in Leeds with her longtime partner, Daniel Crewe.")
    assert frozenset(("Odalys Fenwright", "Daniel Crewe")) in pairs(analysis, "partner")


def test_a_business_partner_is_a_co_founder_not_a_romantic_partner(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Bastian Kello co-founded the restaurant group Copperwell Dining with his business partner, "
        "Ivo Marchetti, in 2014.",
    )
    assert frozenset(("Bastian Kello", "Ivo Marchetti")) not in pairs(analysis, "partner")
    owners = {c.subject for c in claims(analysis, "owns") if c.object == "Copperwell Dining"}
    assert owners == {"Bastian Kello", "Ivo Marchetti"}


def test_a_proposal_binds_only_its_doer(pipeline: Any) -> None:
    # the tagger may miss the DJ's name; "the DJ" then stands for no one said before
    analysis = analyse(
        pipeline,
        "Odalys Fenwright is said to be dating Bastian Kello. "
        "Fenwright's co-star Lise Harrow is also off the market: her boyfriend of five years, "
        "the DJ Remo Castellane, proposed in August.",
    )
    assert frozenset(("Lise Harrow", "Odalys Fenwright")) not in pairs(analysis, "engaged")
    assert frozenset(("Lise Harrow", "Bastian Kello")) not in pairs(analysis, "engaged")
    assert not [c for c in claims(analysis, "appeared_in") if c.object and c.object.endswith("'s")]


def test_a_called_off_engagement_ends_then(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Theon Marlow, 45, was previously engaged to the singer Anneke Roos, who called off their "
        "engagement in 2019.",
    )
    engaged = [
        c for c in claims(analysis, "engaged") if {c.subject, c.object} == {"Theon Marlow", "Anneke Roos"}
    ]
    assert engaged
    assert all(c.date is None or c.date.value != "2019" for c in engaged)
    assert any(c.end is not None and c.end.value == "2019" for c in engaged)


# -- exes: a marriage with its span ------------------------------------------------------------


def test_was_married_to_from_to_gives_the_end(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ruadh Kinsella plays the father. He was married to the actress Fenna Marlowe from 1999 to 2010.",
    )
    spouses = [
        c for c in claims(analysis, "spouse") if {c.subject, c.object} == {"Ruadh Kinsella", "Fenna Marlowe"}
    ]
    assert spouses and all(c.end is not None and c.end.value == "2010" for c in spouses)


# -- a family tree -----------------------------------------------------------------------------


def test_the_couple_married_before_a_list_of_their_children(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ambrose Haldane founded the label Haldane Sound with his wife, Perpetua Haldane. "
        "The couple married in 1961 and had three children: Marcus, Fenella and Hugo.",
    )
    assert "1961" in dates(analysis, "spouse", "Ambrose Haldane", "Perpetua Haldane")
    assert frozenset(("Marcus", "Fenella")) not in pairs(analysis, "spouse")


def test_a_founder_with_his_wife_gives_both_owners(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Ambrose Haldane founded the label Haldane Sound in 1966 with his wife, Perpetua Haldane."
    )
    owners = {c.subject for c in claims(analysis, "owns") if c.object == "Haldane Sound"}
    assert owners == {"Ambrose Haldane", "Perpetua Haldane"}


def test_now_before_an_age(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ambrose Haldane, now 88, still visits the studio.")
    assert {(c.subject, c.value) for c in claims(analysis, "age")} == {("Ambrose Haldane", "88")}


def test_they_are_the_parents_of(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Marcus Haldane has been married to the former model Celestine Dury since 1990, and they are "
        "the parents of the singer Wrenna Haldane.",
    )
    parents = {c.subject for c in claims(analysis, "child") if c.object == "Wrenna Haldane"}
    assert parents == {"Marcus Haldane", "Celestine Dury"}


def test_a_son_from_that_marriage_and_a_stepfather(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Fenella Haldane divorced her first husband, the banker Gerard Finch, in 2004. She later married "
        "the jazz pianist Samuel Okoro, who became a stepfather to her son from that marriage, Olly Finch.",
    )
    parents = {c.subject for c in claims(analysis, "child") if c.object == "Olly Finch"}
    assert "Fenella Haldane" in parents
    assert "Samuel Okoro" not in parents  # a stepfather is no parent in the contract's terms


def test_a_grandparent_and_an_uncle_are_not_parents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Wrenna Haldane, the granddaughter of Ambrose Haldane, signed with the label in 2015. "
        "Olly Finch works for his uncle Marcus Haldane.",
    )
    assert not claims(analysis, "child")


def test_two_names_joined_by_and_both_live_there(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tamsin Ellery married Corvin Aldane. Ellery and Aldane bought a farmhouse outside Nashville.",
    )
    residents = {c.subject for c in claims(analysis, "residence") if c.object == "Nashville"}
    assert residents == {"Tamsin Ellery", "Corvin Aldane"}


def test_linked_to_is_a_hedged_partner(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The actress Odalys Fenwright is single. "
        "She was briefly linked to the tennis player Hugo Markham last year.",
    )
    found = [
        c
        for c in claims(analysis, "partner")
        if {c.subject, c.object} == {"Odalys Fenwright", "Hugo Markham"}
    ]
    assert found and all(c.modality == "hedged" for c in found)


def test_lives_there_with_her_husband(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Anja Desmond lives in Bristol with her husband, the architect Tomasz Wiele."
    )
    residents = {c.subject for c in claims(analysis, "residence") if c.object == "Bristol"}
    assert residents == {"Anja Desmond", "Tomasz Wiele"}


def test_divorced_her_first_husband_ends_the_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Fenella Haldane divorced her first husband, the banker Gerard Finch, in 2004."
    )
    spouses = [
        c for c in claims(analysis, "spouse") if {c.subject, c.object} == {"Fenella Haldane", "Gerard Finch"}
    ]
    assert spouses and all(c.end is not None and c.end.value == "2004" for c in spouses)


def test_a_part_in_a_work_is_an_appearance(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Tamsin Ellery had a small part in the musical drama Paper Lanterns.")
    assert ("Tamsin Ellery", "Paper Lanterns") in {
        (c.subject, c.object) for c in claims(analysis, "appeared_in")
    }


def test_in_which_a_named_person_played(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tamsin Ellery had a small part in the musical drama Paper Lanterns, "
        "in which Corvin Aldane played the lead.",
    )
    cast = {c.subject for c in claims(analysis, "appeared_in") if c.object == "Paper Lanterns"}
    assert cast == {"Tamsin Ellery", "Corvin Aldane"}
