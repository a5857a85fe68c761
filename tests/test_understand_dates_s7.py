"""Dating facts, session 7: a home or a job held "since" a year, a home moved into or bought in a
year (and the report's day no longer standing in for it when another sentence dates it), a
relation that lasted a while and then ended, "have been together nine years", an age at a death
told the sentence before, an engagement dated by its proposal rather than its announcement, a
date after "until" that ends a span instead of starting it, and a past "in the spring" in the
month the spring begins.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis, DateValue
from allegedly.present.eval_view import facts_view
from allegedly.understand.time import tag_times_rich
from text_samples import analyse

pytestmark = pytest.mark.model


def fact_dates(analysis: Analysis, predicate: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The exported date and end of each fact of `predicate`, keyed by its participants."""
    return {
        frozenset(filter(None, (f["subject"], f["object"] or f["value"]))): (f["date"], f["end"])
        for f in facts_view([analysis])
        if f["predicate"] == predicate
    }


def test_home_held_since_a_year_is_dated_by_it(pipeline: Any) -> None:
    text = "The actor Orrin Vasquez-Thale is 50. Vasquez-Thale has lived in Glendale since 2011."
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "residence")
    assert found[frozenset({"Orrin Vasquez-Thale", "Glendale"})][0] == "2011"


def test_job_held_since_a_year_is_dated_by_it(pipeline: Any) -> None:
    text = "Pell Grisham-Oyo has been a producer at Marrowbone Studios since 2019, and she lives in Leeds."
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "employer")
    assert found[frozenset({"Pell Grisham-Oyo", "Marrowbone Studios"})][0] == "2019"


def test_home_moved_into_in_a_year_is_dated_by_it(pipeline: Any) -> None:
    text = (
        "Tamsen Orloff and Ivo Brandvold went public that summer and moved into a house together "
        "in Silver Lake in 2022."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "residence")
    assert found[frozenset({"Tamsen Orloff", "Silver Lake"})][0] == "2022"


def test_move_dated_elsewhere_outranks_a_home_held_as_of_the_report(pipeline: Any) -> None:
    text = (
        "The bandleader Aurel Quintavalle died on Monday at his home in Palm Springs. "
        "He moved to Palm Springs from Chicago in 1988."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "residence")
    assert found[frozenset({"Aurel Quintavalle", "Palm Springs"})][0] == "1988"


def test_age_after_a_death_is_the_age_at_the_death(pipeline: Any) -> None:
    text = "The bandleader Aurel Quintavalle died on Monday at his home in Palm Springs. He was 88."
    found = fact_dates(analyse(pipeline, text, date="2024-06-05"), "age")
    assert found[frozenset({"Aurel Quintavalle", "88"})][0] == "2024-06-03"


def test_relation_that_lasted_then_ended_is_dated_by_its_end(pipeline: Any) -> None:
    text = (
        "Before he met his wife, Fenwick Lorrimer dated the actress Zelda Haverstock for about "
        "four years; the two split in 2012 and remain friendly."
    )
    date, end = fact_dates(analyse(pipeline, text, date="2024-06-04"), "partner")[
        frozenset({"Fenwick Lorrimer", "Zelda Haverstock"})
    ]
    assert (date, end) == ("2008", "2012")


@pytest.mark.parametrize(
    "text",
    [
        "Romilly Achebe-Strand, 38, is in a reflective mood. "
        '"My partner, Casimir Dunleavy, and I have been together eleven years this autumn," she says.',
        "Romilly Achebe-Strand and her partner, Casimir Dunleavy, have been together for eleven years.",
    ],
)
def test_together_for_years_counts_back_from_the_report(pipeline: Any, text: str) -> None:
    found = fact_dates(analyse(pipeline, text, date="2024-09-09"), "partner")
    assert found[frozenset({"Romilly Achebe-Strand", "Casimir Dunleavy"})][0] == "2013"


def test_engagement_dated_by_the_proposal_not_its_announcement(pipeline: Any) -> None:
    text = (
        "The director Anselm Kovacic-Rhee and the actress Perpetua Ndiaye, who announced their "
        "engagement last month, posed for photographers. Kovacic-Rhee proposed in Lisbon in "
        "January, Ndiaye told Vogue."
    )
    found = fact_dates(analyse(pipeline, text, date="2025-03-03"), "engaged")
    assert found[frozenset({"Anselm Kovacic-Rhee", "Perpetua Ndiaye"})][0] == "2025-01"


def test_date_after_until_does_not_start_the_span(pipeline: Any) -> None:
    text = (
        "In 1961 Osbert Merriweather joined the Galloway Dance Orchestra as its pianist, "
        "touring with the band until 1966."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "employer")
    assert found[frozenset({"Osbert Merriweather", "Galloway Dance Orchestra"})][0] == "1961"


@pytest.mark.parametrize(
    ("text", "anchor", "timex"),
    [
        # past narration in the month a season begins: last year's season
        ("He split from his wife in the spring.", "2025-03-03", "2024-SP"),
        ("They married in the summer.", "2025-06-10", "2024-SU"),
        # begun by the calendar (the equinox), well into the season, or after it: this year's
        ("He split from his wife in the spring.", "2025-03-22", "2025-SP"),
        ("He split from his wife in the spring.", "2025-04-20", "2025-SP"),
        ("They married in the summer.", "2025-08-10", "2025-SU"),
        # what is yet to come is unchanged
        ("They will marry in the spring.", "2025-03-03", "2025-SP"),
    ],
)
def test_past_season_in_its_first_month_is_last_years(text: str, anchor: str, timex: str) -> None:
    found = [tm.timex for tm in tag_times_rich(text, DateValue(anchor))]
    assert timex in found


def test_child_that_followed_later_is_dated_by_the_count(pipeline: Any) -> None:
    text = (
        "Odo Brannock and his wife, Lisette Vayne, married in 1990. Their son, Ferris, was born in "
        "1992, and a daughter, Wilhelmina, followed three years later."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "child")
    assert found[frozenset({"Odo Brannock", "Wilhelmina"})][0] == "1995"


def test_twins_who_were_born_in_a_year(pipeline: Any) -> None:
    text = (
        "Her first husband, the cellist Amadeo Verhoeven-Saltz, is the father of her two older "
        "children, the twins Pippa and Lorcan, who were born in 2006."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "child")
    assert found[frozenset({"Amadeo Verhoeven-Saltz", "Pippa"})][0] == "2006"


def test_engagement_called_off_later_in_the_clause(pipeline: Any) -> None:
    text = (
        "On the set of the sitcom Third Landing in 2006, Corwin Ashgrove fell for the actress "
        "Melisande Trey. The two got engaged in 2007 but called it off a year later."
    )
    found = fact_dates(analyse(pipeline, text, date="2025-02-11"), "engaged")
    assert found[frozenset({"Corwin Ashgrove", "Melisande Trey"})] == ("2007", "2008")


def test_fired_from_a_job_held_since_a_year(pipeline: Any) -> None:
    text = (
        "It has been a rough year for Nuala Corrigan-Watts. In March she was fired by the "
        "broadcaster Pellucid TV from the quiz show Brain Drain, where she had been a presenter "
        "since 2019, after a row with producers."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "employer")
    date, end = found[frozenset({"Nuala Corrigan-Watts", "Pellucid TV"})]
    assert date == "2019"
    assert end == "2024-03"


def test_job_ended_in_a_year_starts_with_the_hiring_before_it(pipeline: Any) -> None:
    text = (
        "The crooner Lazlo Fairbairn-Ueda signed with Cobalt Records in 1955. Meridian Pictures put "
        "him under contract the following year; he made four musicals for the studio before leaving "
        "Meridian Pictures in 1961."
    )
    found = fact_dates(analyse(pipeline, text, date="2024-06-04"), "employer")
    assert found[frozenset({"Lazlo Fairbairn-Ueda", "Meridian Pictures"})] == ("1956", "1961")
