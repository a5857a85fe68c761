"""Relations, session 8 (third round): "we" in a speaker's words is the partner the speaker just
named, before the story's couple; homes a place names ("the couple's Malibu home", "the
Nashville-based singer", "returned home to Dublin", "splits her time between A and B", "the
famous couple, who live in London"); "her company, X,"; "her latest project, X"; and moves,
homes and jobs that are denied or not what they seem ("couldn't move back to", "moved to Jan.
30", "was joined in Park City by").

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, relations

pytestmark = pytest.mark.model


# -- "we" in a first-person quote ----------------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "I married a drummer named Owen Castellan when I was twenty.",
        "My ex-husband, Owen Castellan, is kind.",
    ],
)
def test_we_is_the_spouse_the_speaker_just_named(pipeline: Any, intro: str) -> None:
    text = (
        "Mira Holt and her partner, Dane Cole, live in Leeds with their son.\n\n"
        f'"{intro} We got divorced in 2012," Holt says.'
    )
    analysis = analyse(pipeline, text, date="2024-05-01")
    assert relations(analysis, "divorced") == {("Mira Holt", "Owen Castellan")}


def test_we_after_a_named_spouse_is_never_the_story_couple(pipeline: Any) -> None:
    # whether or not the tagger takes the drummer's name for a person, the divorce is not Dane's
    text = (
        "Mira Holt and her partner, Dane Cole, live in Leeds with their son.\n\n"
        '"I married a drummer called Bran Tolliver when I was twenty. We got divorced in 2012," '
        "Holt says."
    )
    analysis = analyse(pipeline, text, date="2024-05-01")
    assert ("Mira Holt", "Dane Cole") not in relations(analysis, "divorced")


def test_we_without_a_named_spouse_is_still_the_story_couple(pipeline: Any) -> None:
    text = (
        "Mira Holt and her husband, Dane Cole, live in Leeds.\n\n"
        '"We got married in 2015 and never looked back," Holt says.'
    )
    analysis = analyse(pipeline, text, date="2024-05-01")
    assert {frozenset(p) for p in relations(analysis, "spouse")} == {frozenset({"Mira Holt", "Dane Cole"})}


# -- homes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mira Holt and Dane Cole put the couple's Malibu home on the market.",
            {("Mira Holt", "Malibu"), ("Dane Cole", "Malibu")},
        ),
        (
            "Mira Holt and Dane Cole are selling up. The couple listed their Malibu mansion for sale.",
            {("Mira Holt", "Malibu"), ("Dane Cole", "Malibu")},
        ),
        ("The Nashville-based singer Mira Holt wore red.", {("Mira Holt", "Nashville")}),
        ("Mira Holt, the Nashville-based singer, wore red.", {("Mira Holt", "Nashville")}),
        ("Mira Holt returned home to Dublin after the tour.", {("Mira Holt", "Dublin")}),
        (
            "Mira Holt splits her time between Dublin and Lisbon.",
            {("Mira Holt", "Dublin"), ("Mira Holt", "Lisbon")},
        ),
        (
            "Mira Holt and Dane Cole have three children. The famous couple, who live in London, "
            "are expecting again.",
            {("Mira Holt", "London"), ("Dane Cole", "London")},
        ),
    ],
)
def test_a_home_a_place_names(pipeline: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert relations(analyse(pipeline, text, date="2024-05-01"), "residence") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mira Holt is a singer. She couldn't move back to Denver because of her probation.",
        "Dane Cole postponed his tour. He had gigs booked for Feb. 3 and 4, which were later moved "
        "to Feb. 11.",
        "Mira Holt and Dane Cole never lived in Rome.",
        "Mira Holt visited her sister's Malibu home last week.",
        "Mira Holt returned to Dublin for a concert.",
        "Dane Cole will take his son to Ian Roe and Mia Roe, at their Highland home, next week.",
    ],
)
def test_no_home_from_a_denied_move_a_month_or_a_visit(pipeline: Any, text: str) -> None:
    assert not relations(analyse(pipeline, text, date="2024-05-01"), "residence")


# -- owning, appearing, working -----------------------------------------------------------------


def test_her_company_is_hers(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Mira Holt said her company, Brightwater Media, will fund it.")
    assert relations(analysis, "owns") == {("Mira Holt", "Brightwater Media")}


def test_her_label_is_not_owned(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Mira Holt thanked her label, Greyhaven Records, for the support.")
    assert not relations(analysis, "owns")


def test_her_latest_film_is_one_she_appeared_in(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Mira Holt hopes her latest film, Paper Harbour, will do well.")
    assert relations(analysis, "appeared_in") == {("Mira Holt", "Paper Harbour")}


def test_being_joined_somewhere_is_no_job(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Mira Holt flew out on Friday. She was joined at the Aspen Ski Club by her cousin Lia Brandt.",
    )
    assert not relations(analysis, "employer")
