"""Publication dates worked out from an undated text: a span of years back to a date the same
phrase writes ("twenty-five years ago this week, on 17 June 2000"), and a birthday "on Sunday"
with the birth month told beside it."""

from __future__ import annotations

import pytest

from allegedly.understand.time.infer import infer_publication_date


def _inferred(text: str) -> str | None:
    found = infer_publication_date(text)
    return found.date.value if found is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ines Varo and Teo Blanch were married twenty-five years ago this week, on 17 June 2000, "
            "at a chapel above the harbour.",
            "2025-06",
        ),
        ("They tied the knot ten years ago today, on May 3, 2014, in a barn.", "2024-05-03"),
        ("Perpetua Lusk opened her first shop twelve years ago, in 2008.", "2020"),
    ],
)
def test_years_ago_on_a_written_date(text: str, expected: str) -> None:
    assert _inferred(text) == expected


def test_birthday_on_sunday_with_the_birth_month_beside_it() -> None:
    text = (
        "So Wren Halloway, our favourite podcaster, turned 30 on Sunday (she was born in "
        "September 1995, yes we checked), and her boyfriend hired a boat."
    )
    assert _inferred(text) == "2025-09"


@pytest.mark.parametrize(
    "text",
    [
        # the year dates the birthday itself, not the time of writing
        "Lio Marsh turned 30 in 2019 on a Sunday, and threw a party.",
        # "ago" with no date after it dates nothing
        "Cass Doyle married twenty years ago this week, on a beach somewhere.",
    ],
)
def test_no_date_from_loose_cues(text: str) -> None:
    assert _inferred(text) is None
