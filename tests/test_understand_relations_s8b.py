"""Relations, session 8 (second round): a union noun one person owns with its partner after "to"
("her first engagement, to the actor X, ended in 2015", "her 2015 wedding to X", "his brief
marriage to X ended in 2009"), weddings called off or still to come, "before they got married"
after a wish in the same clause, and a couple named by two descriptions.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, married, pairs

pytestmark = pytest.mark.model


def _dated(analysis: Any, predicate: str) -> set[tuple[frozenset[str | None], str | None, str | None]]:
    """Each claim of `predicate` as (pair, start, end)."""
    return {
        (
            frozenset({c.subject, c.object}),
            c.date.value if c.date else None,
            c.end.value if c.end else None,
        )
        for c in analysis.claims
        if c.predicate == predicate
    }


# -- possessive union nouns with "to" -----------------------------------------------------------


def test_a_first_engagement_to_a_described_partner_that_ended(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Mira Holt's first engagement, to the actor Dane Cole, ended in 2015.")
    assert _dated(analysis, "engaged") == {(frozenset({"Mira Holt", "Dane Cole"}), None, "2015")}


def test_an_engagement_to_a_partner_that_ended_is_its_end(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Mira Holt's engagement to Dane Cole ended in 2015.")
    assert _dated(analysis, "engaged") == {(frozenset({"Mira Holt", "Dane Cole"}), None, "2015")}


def test_a_first_engagement_of_a_tour_is_still_no_betrothal(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Prince Aldric and Princess Maren are married. They arrived for their first engagement, "
        "to a hospital in Leeds, on Monday.",
    )
    assert not pairs(analysis, "engaged")


def test_a_dated_wedding_to_a_partner(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Mira Holt is a singer. Her 2015 wedding to Dane Cole was held in Rome.")
    assert _dated(analysis, "spouse") == {(frozenset({"Mira Holt", "Dane Cole"}), "2015", None)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Her 2015 wedding to Dane Cole was called off.",
        "Her wedding to Dane Cole was postponed.",
        "Her wedding to Dane Cole will take place in Rome.",
        "Her wedding to Dane Cole is set for June.",
    ],
)
def test_a_wedding_called_off_or_still_to_come_is_no_marriage(pipeline: Any, sentence: str) -> None:
    analysis = analyse(pipeline, f"Mira Holt is a singer. {sentence}")
    assert not married(analysis)


def test_a_brief_marriage_that_ended(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Tom Baker is an actor. His brief marriage to Lea Moss ended in 2009.")
    assert _dated(analysis, "spouse") == {(frozenset({"Tom Baker", "Lea Moss"}), None, "2009")}


def test_a_marriage_that_ended_in_divorce_without_a_year_has_no_end(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Mira Holt's marriage to Dane Cole ended in divorce.")
    assert _dated(analysis, "spouse") == {(frozenset({"Mira Holt", "Dane Cole"}), None, None)}


def test_a_divorce_from_a_partner_that_was_finalized(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Mira Holt is a singer. Holt's divorce from Dane Cole was finalized in 2018."
    )
    assert _dated(analysis, "divorced") == {(frozenset({"Mira Holt", "Dane Cole"}), "2018", None)}


def test_a_divorce_then_a_helper_after_a_comma_is_no_divorce_from_the_helper(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Mira Holt is a singer. After her divorce, with the help of Dane Cole, she moved to Rome."
    )
    assert frozenset({"Mira Holt", "Dane Cole"}) not in pairs(analysis, "divorced")


# -- "before they got married": told, unless a wish in the same clause ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Salo said they lived in Oslo before they got married.",
        '"We dated for six years before we got married," Salo told the magazine.',
    ],
)
def test_a_past_before_they_got_married_is_a_marriage(pipeline: Any, sentence: str) -> None:
    analysis = analyse(pipeline, f"Rina Salo and Tomas Berg have two children. {sentence}")
    assert married(analysis) == {frozenset({"Rina Salo", "Tomas Berg"})}


@pytest.mark.parametrize(
    "sentence",
    [
        "Salo said they would like to buy a house before they got married.",
        '"We want to buy a house before we got married," Salo said.',
        "Salo said she wanted to finish her degree before they got married.",
        "Salo said they plan to travel before they finally get married.",
    ],
)
def test_before_they_got_married_after_a_wish_is_no_marriage(pipeline: Any, sentence: str) -> None:
    analysis = analyse(pipeline, f"Rina Salo and Tomas Berg are engaged. {sentence}")
    assert not married(analysis)


# -- a couple named by two descriptions ----------------------------------------------------------


def test_two_descriptions_tied_to_names_earlier_are_the_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The actress Ava Lind was seen with the rapper Omar Vale. "
        "The actress and the rapper married in 2017.",
    )
    assert _dated(analysis, "spouse") == {(frozenset({"Ava Lind", "Omar Vale"}), "2017", None)}


def test_a_description_tied_to_no_one_makes_no_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Ava Lind was seen with Omar Vale. The actress and the rapper married in 2017."
    )
    assert not married(analysis)
