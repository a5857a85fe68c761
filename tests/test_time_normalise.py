"""parse_date_string, calendar helpers and anchor_relative."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allegedly.model import DateValue, Span, TimeExpression
from allegedly.understand.time import (
    age_to_birth_range,
    anchor_relative,
    anniversary_date,
    parse_date_string,
    tag_times,
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2023-08-07", "2023-08-07"),
        ("2013-11-27 00:00:00", "2013-11-27"),
        ("2023-08-07T23:30:00-05:00", "2023-08-07"),
        ("2023-08-07T10:00:00Z", "2023-08-07"),
        ("August 7, 2023", "2023-08-07"),
        ("7 Aug 2023", "2023-08-07"),
        ("Tue, 08 Aug 2023 10:00:00 GMT", "2023-08-08"),
        ("Aug 2023", "2023-08"),
        ("2023-08", "2023-08"),
        ("2023", "2023"),
        ("20230807", "2023-08-07"),
        ("31/12/2020", "2020-12-31"),
        ("  June 17th, 2011 ", "2011-06-17"),
    ],
)
def test_time_parse_date_string_formats(raw: str, value: str) -> None:
    assert parse_date_string(raw) == DateValue(value)


@pytest.mark.parametrize(
    "raw",
    ["", "garbage", "we", "10th", "2023-13-01", "February 30, 2023", "yesterday", "Foo 7 2023", "12345"],
)
def test_time_parse_date_string_garbage(raw: str) -> None:
    assert parse_date_string(raw) is None


@given(st.text(max_size=40))
def test_time_parse_date_string_never_raises(raw: str) -> None:
    parse_date_string(raw)


def test_time_anniversary_date() -> None:
    assert anniversary_date(DateValue("2012-08-04"), 10) == DateValue("2022-08-04")
    assert anniversary_date(DateValue("2012-02-29"), 1) == DateValue("2013-02-28")
    assert anniversary_date(DateValue("2012"), 11) == DateValue("2023")


def test_time_age_to_birth_range() -> None:
    assert age_to_birth_range(34, DateValue("2011-11")) == (DateValue("1976"), DateValue("1977"))


@pytest.mark.parametrize(
    ("phrase", "event", "value"),
    [
        ("a week after the news", "2023-06-10", "2023-06-17"),
        ("a week after the news", "2023-06", "2023"),  # June 8 to July 7: only the year is sure
        ("two years later", "2010", "2012"),
        ("the next day", "2023-06-30", "2023-07-01"),
        ("at the time", "2018", "2018"),
    ],
)
def test_time_anchor_relative(phrase: str, event: str, value: str) -> None:
    expr = tag_times(phrase, None)[0]
    assert expr.value is None
    assert anchor_relative(expr, DateValue(event)) == DateValue(value)


def test_time_anchor_relative_needs_an_offset() -> None:
    expr = TimeExpression("June 2023", Span(0, 9), "date", DateValue("2023-06"))
    assert anchor_relative(expr, DateValue("2020")) is None
