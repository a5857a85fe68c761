"""TimeML (TIMEX3) values, third round, on invented sentences with fictional names:
durations without a plain count (halves, ranges, decimals, "multiyear", bare plurals),
frequency words, parts of a day the text last named, "the week of", and the words
that make a bare month or season a date."""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import TimeMatch, tag_times_rich

ANCHOR = DateValue("2013-03-22")  # a Friday


def _tagged(text: str) -> list[tuple[str, str, str | None]]:
    return [(tm.text, tm.timex_type, tm.timex) for tm in tag_times_rich(text, ANCHOR) if tm.markable]


def _match(text: str, phrase: str) -> TimeMatch:
    for tm in tag_times_rich(text, ANCHOR):
        if tm.text == phrase:
            return tm
    raise AssertionError(f"{phrase!r} not tagged in {text!r}; found {_tagged(text)}")


@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        # half of one unit, in the next finer unit where it is whole
        ("The hearing lasted half an hour.", "half an hour", "PT30M"),
        ("Velmora waited half a year for the permit.", "half a year", "P6M"),
        ("The mill ran for half a century.", "half a century", "P50Y"),
        ("Orrin Vale slept for a half-hour.", "a half-hour", "PT30M"),
        ("The vote took about half a day.", "about half a day", "PT12H"),
        # decimal counts keep their fraction; a thousands comma is one number
        ("The refit took 1.5 years.", "1.5 years", "P1.5Y"),
        ("The flight lasted 2.5 hours.", "2.5 hours", "PT2.5H"),
        ("The abbey stood for 1,000 years.", "1,000 years", "P1000Y"),
        # the noun after an adjectival duration belongs to its extent
        ("Auditors reviewed a three-year period.", "three-year period", "P3Y"),
        # no count: X
        ("Velmora signed a multiyear lease.", "multiyear", "PXY"),
        ("The two towns settled a decades-long feud.", "decades-long", "PXY"),
        ("The town held a week-long fair.", "week-long", "P1W"),
        ("The repairs will take weeks.", "weeks", "PXW"),
        ("The index lost 300 points in just minutes.", "minutes", "PTXM"),
        ("The deal had been decades in the making.", "decades", "PXY"),
        ("Shares have slid in recent days.", "recent days", "PXD"),
        # "two consecutive quarters of growth" counts quarters; "three quarters of" does not
        ("Brinmoor grew for two consecutive quarters of the year.", "two consecutive quarters", "P2Q"),
    ],
)
def test_duration_values(text: str, phrase: str, timex: str) -> None:
    tm = _match(text, phrase)
    assert (tm.timex_type, tm.timex) == ("DURATION", timex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range: the first number on its own, with the unit written after the second
        (
            "Prices rose for two to three years.",
            [("two", "DURATION", "P2Y"), ("three years", "DURATION", "P3Y")],
        ),
        (
            "The inquiry will take between 60 and 90 days.",
            [("60", "DURATION", "P60D"), ("90 days", "DURATION", "P90D")],
        ),
        ("The talks could last 10-12 weeks.", [("10", "DURATION", "P10W"), ("12 weeks", "DURATION", "P12W")]),
        # not a range of durations: ages, and points counted back
        ("Voters aged 25 to 30 years old were polled.", [("30 years old", "DURATION", "P30Y")]),
        ("The hall was built two or three years ago.", [("three years ago", "DATE", "2010")]),
        # the digit after a decimal point is no number of its own
        ("Returns will lag for 1.5 to 2 years.", [("2 years", "DURATION", "P2Y")]),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        ("Dividends are paid quarterly.", "quarterly", "P1Q"),
        ("The Brinmoor Gazette appears monthly.", "monthly", "P1M"),
        ("The board meets twice a year.", "twice a year", "P1Y"),
        ("The fair is held every year.", "every year", "P1Y"),
    ],
)
def test_sets(text: str, phrase: str, timex: str) -> None:
    tm = _match(text, phrase)
    assert (tm.timex_type, tm.timex) == ("SET", timex)


@pytest.mark.parametrize(
    ("text", "phrase", "timex_type", "timex"),
    [
        # a part of the day the text last named
        (
            "The rebels crossed the river on March 2. That night, the army withdrew.",
            "That night",
            "TIME",
            "2013-03-02TNI",
        ),
        (
            "Orrin Vale landed on Tuesday. The next morning he met the mayor.",
            "The next morning",
            "TIME",
            "2013-03-20TMO",
        ),
        # midnight is the end of its day in TimeML; a sentence with no past verb speaks
        # of the Monday ahead
        ("The deadline is midnight Monday.", "midnight Monday", "TIME", "2013-03-25T24:00"),
        ("The deadline was midnight Monday.", "midnight Monday", "TIME", "2013-03-18T24:00"),
        # "the week of March 4": that day's ISO week
        ("The talks resume the week of March 4.", "the week of March 4", "DATE", "2013-W10"),
        # "the current" slump is now
        ("Given the current slump, Velmora froze hiring.", "current", "DATE", "PRESENT_REF"),
        # a possessive or "for" makes a bare month (and a season) a date
        ("Brinmoor Motors reported its January sales.", "January", "DATE", "2013-01"),
        ("The election is scheduled for November.", "November", "DATE", "2013-11"),
        ("The lenders held their Autumn meetings.", "Autumn", "DATE", "2012-FA"),
        # "will be held" is no past: the month is ahead
        ("The summit will be held in early May.", "early May", "DATE", "2013-05"),
        # "than the year previous": the year before the one last named
        (
            "Sales reached $9 billion in 2012, $2 billion more than the year previous.",
            "the year previous",
            "DATE",
            "2011",
        ),
    ],
)
def test_dates_and_times(text: str, phrase: str, timex_type: str, timex: str) -> None:
    tm = _match(text, phrase)
    assert (tm.timex_type, tm.timex) == (timex_type, timex)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "current" of a holder or a model is who or what, not when
        ("The current chief executive, Dara Quell, spoke.", "current"),
        ("The current Falcon will stay on sale.", "current"),
        ("Velmora kept its current models.", "current"),
        # "hourly workers" are paid by the hour: no frequency of an event
        ("The hourly workers went on strike.", "hourly"),
        # a possessive before "fall" is a drop, not autumn
        ("Its fall in value surprised traders.", "fall"),
        # a number before "quarter of" is a fraction
        ("Three quarters of the staff left.", "Three quarters"),
    ],
)
def test_not_tagged(text: str, phrase: str) -> None:
    assert phrase not in [t for t, _, _ in _tagged(text)]
