"""TimeML extents without signals, tense across conjunctions, rates of things, "the
quarter", "a year earlier" after a month, and other TimeBank conventions (invented
sentences, fictional names)."""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import TimeMatch, anchor_relative, tag_times, tag_times_rich

ANCHOR = DateValue("2013-03-21")  # a Thursday


def _values(text: str) -> list[tuple[str, str, str | None]]:
    return [(tm.text, tm.timex_type, tm.timex) for tm in tag_times_rich(text, ANCHOR) if tm.markable]


def _match(text: str, phrase: str) -> TimeMatch:
    for tm in tag_times_rich(text, ANCHOR):
        if tm.text == phrase:
            return tm
    raise AssertionError(f"{phrase!r} not tagged in {text!r}: {_values(text)}")


def test_signal_is_outside_the_timeml_extent_but_kept_for_anchoring() -> None:
    text = "The move came barely a month after Korvale Air cut its Asian routes."
    tm = _match(text, "a month after")
    assert (tm.timex_type, tm.timex) == ("DURATION", "P1M")
    start, end = tm.timex_span
    assert text[start:end] == "a month"
    # the product keeps the signal: the offset is still placed from the event's date
    expr = next(e for e in tag_times(text, ANCHOR) if e.text == "a month after")
    assert anchor_relative(expr, DateValue("2013-01-10")) == DateValue("2013-02")


def test_extent_is_the_span_when_there_is_no_signal() -> None:
    tm = _match("The strike lasted two weeks.", "two weeks")
    assert tm.timex_span == (tm.start, tm.end)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "just" and "only" are no TimeML modifiers: they stay outside the extent
        ("Just two weeks after the vote, Ilse Marrow resigned.", "two weeks after"),
        ("The shop opened only three days before the storm.", "three days before"),
    ],
)
def test_just_and_only_stay_outside(text: str, phrase: str) -> None:
    _match(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "timex"),
    [
        # a future cue earlier in the sentence governs a date after a conjunction
        (
            "Korvale Air will almost double its flights between Arden and Belmar by August.",
            "August",
            "2013-08",
        ),
        (
            "It said two new flights would leave Belmar on Monday and Tuesday from April 30, "
            "with a third leaving from August 6.",
            "August 6",
            "2013-08-06",
        ),
        # ... but not across a past verb
        ("Ilse Marrow will replace Tam Orrin, who joined in June.", "June", "2012-06"),
        # a sentence with no past verb speaks of the day ahead ...
        ("The two leaders meet on Friday.", "Friday", "2013-03-22"),
        ("The deadline is Monday.", "Monday", "2013-03-25"),
        # ... past narration of the same day looks back
        ("On Monday, the two leaders met in Arden.", "Monday", "2013-03-18"),
        ("In a Monday event, Velmora Inc. unveiled a phone.", "Monday", "2013-03-18"),
    ],
)
def test_tense_of_the_sentence(text: str, phrase: str, timex: str) -> None:
    assert _match(text, phrase).timex == timex


@pytest.mark.parametrize(
    "text",
    [
        "Korvale Air runs four flights a week to Belmar.",
        "The route adds nearly 700 seats a week.",
    ],
)
def test_a_rate_of_things_is_no_duration(text: str) -> None:
    assert not any(tm.timex_type == "DURATION" for tm in tag_times_rich(text, ANCHOR))


def test_a_stretch_after_a_verb_is_still_a_duration() -> None:
    assert ("a week", "DURATION", "P1W") in _values("The trial lasts a week.")


def test_a_year_earlier_keeps_the_month_last_named() -> None:
    text = "Unemployment in Arden reached 14.7 percent in January, up from 9.8 percent a year earlier."
    assert _match(text, "a year earlier").timex == "2012-01"
    # from a year, a year
    assert (
        _match("Velmora was founded in 2001. Two years later it went public.", "Two years later").timex
        == "2003"
    )


def test_the_quarter_is_the_quarter_last_named() -> None:
    text = "Velmora's profit rose 5% in the third quarter. Sales for the quarter were $2 billion."
    assert [tm.timex for tm in tag_times_rich(text, ANCHOR) if tm.text == "the quarter"] == ["2012-Q3"]
    # with none named, the anchor's; "a quarter of" is a fraction
    assert _match("Velmora posted a loss for the quarter.", "the quarter").timex == "2013-Q1"
    assert not any(
        tm.text.lower() == "a quarter" for tm in tag_times_rich("A quarter of the shares were sold.", ANCHOR)
    )


@pytest.mark.parametrize(
    ("text", "phrase", "timex_type", "timex"),
    [
        ('"We cannot wait another decade," said the mayor of Arden.', "another decade", "DURATION", "P10Y"),
        ("It was the worst single-day drop since 2008.", "single-day", "DURATION", "P1D"),
        # "of the" makes a season a date, except the nouns of motion "fall" and "spring"
        ("Smog has covered Arden for most of the winter.", "the winter", "DATE", "2012-WI"),
    ],
)
def test_more_timeml_values(text: str, phrase: str, timex_type: str, timex: str) -> None:
    tm = _match(text, phrase)
    assert (tm.timex_type, tm.timex) == (timex_type, timex)


def test_the_fall_of_a_city_is_no_season() -> None:
    assert _values("The fall of the city came quickly.") == []
