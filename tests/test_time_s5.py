"""TimeML (TIMEX3) conventions, third round, on invented newswire sentences with
fictional names: decades in words, "the end of March", "the morning of March 5",
idioms that mean now ("at this time", "to the present"), hedges kept in the extent
("up to three weeks", "around 4 a.m.", "the late 19th century"), "weeklong",
"every September", and a clock time followed by its day in apposition ("16:15 UTC,
June 1")."""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import TimeMatch, tag_times_rich

ANCHOR = DateValue("2013-03-22")  # a Friday


def _found(text: str, anchor: DateValue | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    return [(tm.text, tm.timex_type, tm.timex) for tm in tag_times_rich(text, anchor) if tm.markable]


def _match(text: str, phrase: str, anchor: DateValue | None = ANCHOR) -> TimeMatch:
    for tm in tag_times_rich(text, anchor):
        if tm.text == phrase:
            return tm
    raise AssertionError(f"{phrase!r} not tagged in {text!r}; found {_found(text, anchor)}")


@pytest.mark.parametrize(
    ("text", "phrase", "timex_type", "timex"),
    [
        # decades in words: the 1900s' decade (TimeML and HeidelTime), "the" and the
        # modifier inside the extent
        ("The band Velvet Orrery was huge in the nineties.", "the nineties", "DATE", "199"),
        ("Dara Quell started out in the late eighties.", "the late eighties", "DATE", "198"),
        ("The label was a force in the Sixties.", "the Sixties", "DATE", "196"),
        # a part of a month without a year: "the end of" is as good a signal as "in"
        ("Orrin Vale left the studio at the end of February.", "the end of February", "DATE", "2013-02"),
        ("The tour starts at the beginning of May.", "the beginning of May", "DATE", "2013-05"),
        # a part of a named day is one TIME with the part-of-day code
        ("Kit Baro was arrested on the night of March 5.", "the night of March 5", "TIME", "2013-03-05TNI"),
        (
            "Mira Solen flew home on the morning of Tuesday.",
            "the morning of Tuesday",
            "TIME",
            "2013-03-19TMO",
        ),
        # idioms that mean now: PRESENT_REF, the preposition left out
        ("No charges have been filed at this time, police said.", "this time", "DATE", "PRESENT_REF"),
        ("The singer is resting at the moment.", "the moment", "DATE", "PRESENT_REF"),
        ("Velmora Foods is at present without a chief.", "present", "DATE", "PRESENT_REF"),
        ("From 1990 to the present, Velmora grew.", "the present", "DATE", "PRESENT_REF"),
        ("The feud has run from 1990 to the present day.", "the present day", "DATE", "PRESENT_REF"),
        # hedges are part of the extent (TimeML mod), the value is unchanged
        ("The refit could take up to three weeks.", "up to three weeks", "DURATION", "P3W"),
        ("The loan runs for no more than a year.", "no more than a year", "DURATION", "P1Y"),
        ("The fire started around 4 a.m. on Sunday.", "around 4 a.m. on Sunday", "TIME", "2013-03-17T04:00"),
        ("The mill dates from the late 19th century.", "the late 19th century", "DATE", "18"),
        # "-long" closed up, as news style writes it: a duration of one unit (PXY plural)
        ("The weeklong festival in Lisbon ended.", "weeklong", "DURATION", "P1W"),
        ("Velmora settled a yearslong feud.", "yearslong", "DURATION", "PXY"),
        # a month that recurs is a SET on that month of any year (as "every summer")
        ("The Lisbon fair opens every September.", "every September", "SET", "XXXX-09"),
    ],
)
def test_timeml_values(text: str, phrase: str, timex_type: str, timex: str) -> None:
    tm = _match(text, phrase)
    assert (tm.timex_type, tm.timex) == (timex_type, timex)


def test_present_idioms_resolve_to_the_anchor() -> None:
    # for dating facts, "at this time" is the publication date, as "now" is
    assert _match("No charges have been filed at this time.", "this time").value == ANCHOR


def test_a_clock_time_with_its_day_in_apposition_is_two_expressions() -> None:
    text = "At a press conference at 16:15 UTC, June 1, Orla Venn spoke."
    assert _found(text) == [("16:15 UTC", "TIME", "2012-06-01T16:15Z"), ("June 1", "DATE", "2012-06-01")]
    # without the comma, one expression as before
    assert _found("Trading resumed at 9 a.m. on Monday.") == [
        ("9 a.m. on Monday", "TIME", "2013-03-18T09:00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "this time" alone is an occasion, "to present" a verb
        "This time the studio refused to comment.",
        "Orla Venn wanted to present the award herself.",
        # the idioms, followed by what makes them something else
        "Crowds are thin at this time of year.",
        "She wants to change the present system.",
        "It broke at the moment of impact.",
        # ages, not decades
        "Stars in their twenties rule the charts.",
        # "the late June" is a person (the deceased), not a part of a month
        "A song by the late June Halloway played.",
    ],
)
def test_not_a_timex(text: str) -> None:
    assert _found(text) == []


def test_at_this_time_last_year_is_not_now() -> None:
    found = _found("Sales were weaker at this time last year.")
    assert ("this time", "DATE", "PRESENT_REF") not in found
