"""tag_times on invented sentences about fictional people."""

from __future__ import annotations

import itertools

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import tag_times, tag_times_rich

ANCHOR = DateValue("2023-08-07")  # a Monday


def _find(text: str, phrase: str, anchor: DateValue | None = ANCHOR):  # type: ignore[no-untyped-def]
    found = [t for t in tag_times(text, anchor) if phrase in t.text]
    assert found, f"{phrase!r} not tagged in {text!r}: {tag_times(text, anchor)}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        (
            "Mira Kestrel and Tobin Vale were married on August 4, 2012.",
            "August 4, 2012",
            "date",
            "2012-08-04",
        ),
        ("Their son Orrin was born June 17, 2011, in Lisbon.", "June 17, 2011", "date", "2011-06-17"),
        ("The pair met in 2010 on a film set.", "2010", "date", "2010"),
        ("The rumours began in June 2023.", "June 2023", "date", "2023-06"),
        ("She was seen at a gala on August 4.", "August 4", "date", "2023-08-04"),
        ("He filed the papers in June.", "June", "date", "2023-06"),
        ("The couple split in September.", "September", "date", "2022-09"),
        ("They will tour in September.", "September", "date", "2023-09"),
        ("Kestrel wed on 4 August 2012.", "4 August 2012", "date", "2012-08-04"),
        ("Vale starred in her 2018 film about sailors.", "2018", "date", "2018"),
        ("The show opened in early 2019.", "early 2019", "date", "2019"),
        ("She posted on Tuesday.", "Tuesday", "date", "2023-08-01"),
        ("He will fly out on Friday.", "Friday", "date", "2023-08-11"),
        ("Records show a wedding on 3/14/1990.", "3/14/1990", "date", "1990-03-14"),
        ("She found out about three months ago.", "about three months ago", "relative", "2023-05"),
        ("They broke up last year.", "last year", "relative", "2022"),
        ("They moved last month.", "last month", "relative", "2023-07"),
        ("A new album is due next month.", "next month", "relative", "2023-09"),
        ("Yesterday, Vale denied everything.", "Yesterday", "relative", "2023-08-06"),
        ("Kestrel is in Rome today.", "today", "relative", "2023-08-07"),
        ("Two years ago she sold the house.", "Two years ago", "relative", "2021"),
        ("A few weeks ago he quit.", "A few weeks ago", "relative", "2023-07"),
        ("A few months ago he quit.", "A few months ago", "relative", "2023"),
        ("They were married for 11 years.", "11 years", "duration", None),
        ("Ten years today, and still happy.", "Ten years", "duration", None),
        ("A week after the news, they were seen in a park.", "A week after", "relative", None),
        ("The band plays every Sunday.", "every Sunday", "set", None),
        ("She posts daily on her blog.", "daily", "set", None),
    ],
)
def test_time_tagger_values(text: str, phrase: str, kind: str, value: str | None) -> None:
    t = _find(text, phrase)
    assert t.kind == kind
    assert (t.value.value if t.value else None) == value
    assert text[t.span.start : t.span.end] == t.text


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Tobin, 34, is a choreographer.", "34"),
        ("The 30-year-old actress smiled.", "30-year-old"),
        ("Their 5-month-old son Orrin slept.", "5-month-old"),
        ("He dated a 25-year-old climate activist.", "25-year-old"),
        ("Mira, aged 41, declined to comment.", "aged 41"),
        ("He turned 40 in style.", "turned 40"),
        ("They met in their 20s.", "their 20s"),
        ("Orrin (7) joined the cast.", "7"),
    ],
)
def test_time_tagger_ages_are_not_dates(text: str, phrase: str) -> None:
    t = _find(text, phrase)
    assert t.kind == "age"
    assert t.value is None


@pytest.mark.parametrize(
    "text",
    [
        "We went to the 10th wedding anniversary party.",
        "We said we would, and we did.",
        "She finished 10th in the race.",
        "May I ask what happened?",
        "They march on the capital.",
        "June Albarn sang at the club.",
        "More than 2000 people attended.",
        "He sent a fall collection to Us Weekly.",
        "TODAY's host asked the question.",
    ],
)
def test_time_tagger_no_false_dates(text: str) -> None:
    dates = [t for t in tag_times(text, ANCHOR) if t.value is not None or t.kind == "date"]
    assert dates == []


def test_time_tagger_precision_follows_anchor() -> None:
    month_anchor = DateValue("2011-11")
    t = _find("Orrin was born yesterday.", "yesterday", month_anchor)
    assert t.value is not None and t.value.precision != "day"
    t = _find("Rumours began three months ago.", "three months ago", month_anchor)
    assert t.value == DateValue("2011-08")


def test_time_tagger_without_anchor_places_nothing_relative() -> None:
    found = tag_times_rich("Mira gave birth to Orrin in June, three months ago.", None)
    june = next(t for t in found if t.text == "June")
    assert june.value is None and june.month == 6
    assert all(t.value is None for t in found)


def test_time_tagger_at_the_time_borrows_the_previous_date() -> None:
    t = _find("Vale made her 2018 film with him. She told a magazine at the time it was fun.", "at the time")
    assert t.value == DateValue("2018")


def test_time_tagger_clause_tense() -> None:
    found = tag_times("We met on Tuesday and we will meet again on Friday.", ANCHOR)
    assert [t.value.value if t.value else None for t in found] == ["2023-08-01", "2023-08-11"]


def test_time_tagger_hints_fill_gaps_only() -> None:
    text = "The gala was on August 4, in the week of the festival."
    found = tag_times(text, ANCHOR, hints=[(16, 24), (29, 53)])
    assert [t.text for t in found] == ["August 4", "the week of the festival"]
    assert found[1].value is None


def test_time_tagger_spans_never_overlap() -> None:
    text = "On Tuesday, August 1, 2023, about three months ago, for 11 years, 30-year-old Mira, in June 2023."
    found = tag_times(text, ANCHOR)
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start
