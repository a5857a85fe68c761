"""TimeML value conventions of newswire added in the eighth round, on invented sentences,
and the rule pre-checks that make the tagger cheaper without changing what it finds.

Each case names the anchor (the document creation time), an invented sentence and the
(extent, TimeML value) pairs the tagger must give for it; names and firms are fictional.
"""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import tag_times_rich
from allegedly.understand.time.patterns import required_patterns, required_words, rules


def _timexes(text: str, dct: str) -> list[tuple[str, str | None]]:
    return [
        (text[m.start : m.timex_span[1]], m.timex) for m in tag_times_rich(text, DateValue(dct)) if m.markable
    ]


CASES = [
    # "a decade ago" names a decade, as "three years ago" names a year
    (
        "1998-10-20",
        "Brelmont was founded a decade ago; two decades ago it was a garage shop.",
        [("a decade ago", "198"), ("two decades ago", "197")],
    ),
    # US Election Day: the Tuesday after the first Monday of November
    (
        "2012-10-20",
        "Voters in Dorvan County go to the polls on Election Day.",
        [("Election Day", "2012-11-06")],
    ),
    (
        "2013-03-21",
        "Turnout on Election Day was low, Mira Solberg said.",
        [("Election Day", "2012-11-06")],
    ),
    (
        "2016-09-30",
        "The Velmora board will meet again after Election Day.",
        [("Election Day", "2016-11-08")],
    ),
    # a holiday in a clause with no tense: the one nearest the anchor (and a clock time
    # after it is on that day)
    (
        "2022-10-01",
        "Polls close on Election Day at 8 p.m.",
        [("Election Day", "2022-11-08"), ("8 p.m.", "2022-11-08T20:00")],
    ),
    # "in the afternoon", "during the evening": that part of the day last named
    (
        "2013-03-21",
        "Talks began on Tuesday. In the afternoon they broke off, and resumed during the evening.",
        [("Tuesday", "2013-03-19"), ("the afternoon", "2013-03-19TAF"), ("the evening", "2013-03-19TEV")],
    ),
    # "the early part of the year": the year, as "the end of the year"
    (
        "1998-10-20",
        "Sales at Quillon fell in the early part of the year and the latter part of the month.",
        [("the early part of the year", "1998"), ("the latter part of the month", "1998-10")],
    ),
    # a vague stretch before a signal: the DURATION, the signal no part of it
    (
        "2013-03-21",
        "The Orin deal collapsed just days after the vote and weeks before the election.",
        [("days", "PXD"), ("weeks", "PXW")],
    ),
    # two years in a row: two TIMEX3s, the second one's two digits its own
    (
        "2013-03-21",
        "The Dorvan Hawks lost in the 2012-13 season, and in fiscal 2012-13 revenue fell.",
        [("2012", "2012"), ("13", "2013"), ("fiscal 2012", "FY2012"), ("13", "FY2013")],
    ),
    # a second day after a month and a day: a TIMEX3 of its own, in that month
    (
        "2013-03-21",
        "The Velmora hearings, held March 15-17, ended on March 18 and 19.",
        [("March 15", "2013-03-15"), ("17", "2013-03-17"), ("March 18", "2013-03-18"), ("19", "2013-03-19")],
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_newswire_convention(dct: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _timexes(text, dct) == expected


@pytest.mark.parametrize(
    ("dct", "text"),
    [
        # a number range and a score are not two years
        ("2013-03-21", "Output grew from 1990-95 at Brelmont."),
        # "3 and 15 people": no second day
        ("2013-03-21", "On March 3 and 15 people were hired."),
        # "the Evening Standard" is a newspaper, not the evening
        ("2013-03-21", "Tessa Marlow was named in the Evening Standard list."),
        # "the days before", "final weeks before": the unit is part of a noun phrase
        ("2013-03-21", "Its final weeks before the merger were calm."),
    ],
)
def test_not_a_new_timex(dct: str, text: str) -> None:
    found = _timexes(text, dct)
    assert not [t for t, _ in found if t in ("1990", "95", "15", "the Evening", "weeks")]


def test_year_pair_needs_consecutive_years() -> None:
    assert _timexes("Prices held in 1999-00 at Zentrix.", "2013-03-21") == [("1999", "1999"), ("00", "2000")]


def test_four_digit_year_pair() -> None:
    text = "The 2008-2009 slump hit Zentrix, as the war of 1939-1945 had hit its founder."
    assert _timexes(text, "2013-03-21") == [
        ("2008", "2008"),
        ("2009", "2009"),
        ("1939", "1939"),
        ("1945", "1945"),
    ]


# Texts in which each gated rule does match: a gate that failed on them would drop a match
GATED = {
    "iso": "Filed 2023-05-01 in Oslo.",
    "range_first": "It lasts four to six weeks, or two-three days.",
    "clock": "It began at 6 p.m. and at 18:00 UTC and at noon and 1800 GMT.",
    "age_apposition": "Tessa Marlow, 34, and Orin Vale (41) wed.",
    "day_month": "She left on 12 March and on the 4th of July.",
    "decimal_quantity": "It took 1.5 years.",
    "the_year": "Sales rose in the whole year.",
    "set_times": "They met twice a week and three times a year.",
    "year_pair": "In the 2012-13 season.",
    "year_pair_end": "In the 2012-13 season.",
    "month_day_second": "Held March 18 and 19, and May 5-7.",
    "duration_vague_signal": "It fell days after the vote.",
}


@pytest.mark.parametrize("name", sorted(required_patterns()))
def test_gate_passes_where_its_rule_matches(name: str) -> None:
    text = GATED[name]
    assert rules()[name].search(text) is not None
    assert required_patterns()[name].search(text) is not None


def test_every_gate_has_a_rule_and_an_example() -> None:
    assert set(required_patterns()) <= set(rules())
    assert set(required_patterns()) == set(GATED)
    assert set(required_words()) <= set(rules())


def test_quarter_label_words() -> None:
    text = "Profit rose in Q3 2012."
    assert ("Q3 2012", "2012-Q3") in _timexes(text, "2013-03-21")
