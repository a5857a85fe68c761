"""Relations, session 8 (recall on celebrity news): the other parent named after children ("who
she shares with ex-husband X", ", with ex-wife X"), "the exes share ...", "their newborn, X", a
kinship noun after an age ("her 10-year-old daughter X"), "Neither X nor soon-to-be ex-husband
Y", a divorce filed in a leading phrase ("After filing for divorce from X on D, Y ..."), and
weddings or break-ups that are only wished, planned or doubted ("they might not get married").

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, married, pairs, parents_of

pytestmark = pytest.mark.model


# -- the other parent after the children ------------------------------------------------------


def test_child_shared_with_an_ex_husband(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Carla Voss was at the gala. Her daughter Mina, who she shares with ex-husband Tobias Renn, "
        "was there too.",
    )
    assert parents_of(analysis, "Mina") == {"Carla Voss", "Tobias Renn"}
    assert frozenset({"Carla Voss", "Tobias Renn"}) in married(analysis)


def test_children_listed_with_an_ex_wife(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dario Kell has two children -- a daughter, Ruby, 12, and a son, Otis, 10, with ex-wife Selma Kell.",
    )
    assert parents_of(analysis, "Ruby") == {"Dario Kell", "Selma Kell"}
    assert parents_of(analysis, "Otis") == {"Dario Kell", "Selma Kell"}
    assert frozenset({"Dario Kell", "Selma Kell"}) in married(analysis)


def test_with_someone_who_is_no_spouse_is_no_parent(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Dario Kell has a daughter, Ruby, 12, and was seen with Selma Kell at the fair."
    )
    assert "Selma Kell" not in parents_of(analysis, "Ruby")
    assert not married(analysis)


def test_the_exes_share_their_children(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dario Kell and Selma Kell were husband and wife between 2001 and 2009. "
        "The exes share son Otis, 10, and daughter Ruby, 13.",
    )
    assert parents_of(analysis, "Ruby") == {"Dario Kell", "Selma Kell"}
    assert parents_of(analysis, "Otis") == {"Dario Kell", "Selma Kell"}


def test_their_newborn_is_both_parents_child(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dario Kell and wife Ines Moro shared an adorable photo of their newborn, Leo Kell, on Sunday.",
    )
    assert parents_of(analysis, "Leo Kell") == {"Dario Kell", "Ines Moro"}


def test_a_kinship_noun_after_an_age(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Carla Voss was at the gala. Her 10-year-old daughter Mina was there too.")
    assert parents_of(analysis, "Mina") == {"Carla Voss"}


# -- spouses named after "nor", divorces filed in a leading phrase ----------------------------


def test_neither_nor_soon_to_be_ex_husband(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Neither Lena Marsh nor soon-to-be ex-husband Hugo Stein have commented.")
    assert married(analysis) == {frozenset({"Lena Marsh", "Hugo Stein"})}


def test_divorce_filed_in_a_leading_phrase(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "After filing for divorce from Ronan Talbot on September 19, 2016, Lena Marsh retreated "
        "from the spotlight.",
    )
    divorces = [c for c in analysis.claims if c.predicate == "divorced"]
    assert {frozenset((c.subject, c.object)) for c in divorces} == {frozenset({"Lena Marsh", "Ronan Talbot"})}
    assert {c.date.value for c in divorces if c.date} == {"2016-09-19"}


def test_a_dated_filing_owned_by_her(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Lena Marsh married Hugo Stein in 2010. After her March 2019 filing for divorce, she moved "
        "into a flat by the sea.",
    )
    assert pairs(analysis, "divorced") == {frozenset({"Lena Marsh", "Hugo Stein"})}


# -- weddings and break-ups not (yet) held -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "They are in no hurry to get married.",
        "Rina says they may not marry for years.",
        "Both of them say the cabin must be finished before they get married.",
        "Fans want the two to get married this summer.",
    ],
)
def test_a_wedding_only_doubted_or_planned_is_no_marriage(pipeline: Any, sentence: str) -> None:
    analysis = analyse(pipeline, f"Rina Salo and Tomas Berg are engaged. {sentence}")
    assert not married(analysis)


def test_a_break_up_fans_wait_for_is_no_split(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Olga Brandt and Petr Lund are dating. Fans can't wait for Olga Brandt and Petr Lund to break up.",
    )
    assert not pairs(analysis, "separated")


# -- engagements and meetings of duty -----------------------------------------------------------


def test_a_royal_couples_official_engagement_is_no_betrothal(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Prince Aldric and Princess Maren are married. Prince Aldric and Princess Maren arrived in Lyon "
        "for their first engagement of the tour. The couple also met victims of the flood.",
    )
    assert not pairs(analysis, "engaged")
    assert not pairs(analysis, "met")


def test_a_first_engagement_said_with_engaged_still_counts(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Olga Brandt and Petr Lund were first engaged in 2019.")
    assert pairs(analysis, "engaged") == {frozenset({"Olga Brandt", "Petr Lund"})}


def test_a_couples_own_meeting_still_counts(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Olga Brandt and Petr Lund met in 2019 at a party in Lyon.")
    assert pairs(analysis, "met") == {frozenset({"Olga Brandt", "Petr Lund"})}


# -- a court filing's named dates, the couple's home -------------------------------------------


def test_a_filings_date_of_marriage_and_of_separation(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ronan Talbot is ending his marriage to Lena Marsh. In the documents, Talbot lists the couple's date "
        "of separation as December 31, 2024, and their date of marriage as May 12, 2012.",
    )
    couple = frozenset({"Ronan Talbot", "Lena Marsh"})
    spouse_dates = {c.date.value for c in analysis.claims if c.predicate == "spouse" and c.date}
    split_dates = {c.date.value for c in analysis.claims if c.predicate == "separated" and c.date}
    assert married(analysis) == {couple}
    assert spouse_dates == {"2012-05-12"}
    assert split_dates == {"2024-12-31"}


def test_the_couples_home_is_both_of_theirs(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rowan Pike and Dagny Solberg have been married since 2015. Solberg, 40, is an architect. "
        "She designed the couple's home in Portland.",
    )
    residents = {c.subject for c in analysis.claims if c.predicate == "residence" and c.object == "Portland"}
    assert residents == {"Rowan Pike", "Dagny Solberg"}


# -- a leading "married to X and Y, the subject ..." --------------------------------------------


def test_previously_married_to_two_people_before_the_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Previously married to record producer Damon Trask and basketball pro Kris Hollander, "
        "the 36-year-old Kara Dashwell isn't rushing to file papers.",
    )
    assert married(analysis) == {
        frozenset({"Kara Dashwell", "Damon Trask"}),
        frozenset({"Kara Dashwell", "Kris Hollander"}),
    }
    ages = {(c.subject, c.value) for c in analysis.claims if c.predicate == "age"}
    assert ages == {("Kara Dashwell", "36")}


def test_married_with_a_date_before_a_joint_subject_is_read_as_before(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Married in 2010, Kara Dashwell and Tom Rigg live in Ohio.")
    assert frozenset({"Kara Dashwell", "Tom Rigg"}) not in pairs(analysis, "partner")


# -- a trade between the possessive and the kinship noun, an acronym before the name -----------


def test_her_rapper_husband(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Jen Lark was with her rapper husband Kane Wells at the party.")
    assert married(analysis) == {frozenset({"Jen Lark", "Kane Wells"})}


def test_her_fiance_an_nba_player(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Carla Wozny was there with her fiance, NBA player David Leland.")
    assert pairs(analysis, "engaged") == {frozenset({"Carla Wozny", "David Leland"})}
