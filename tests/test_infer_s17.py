"""Publication dates worked out from an undated text: a birthday "yesterday" or "today" with the
birth date in brackets right after it, or told elsewhere in the text, dates the writing to the
day; a birthday "this week" stays a window around it.

Every sentence here is invented; every name is fictional."""

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
            "Well, readers, she did it. Marisol Teague turned 40 yesterday (3 February 1986, Hilo, in "
            "case anyone forgot), and the party photos are everywhere.",
            "2026-02-04",
        ),
        (
            "Happy birthday to Cato Renwick, who was born on 9 August 1991 and turns 35 today, on a "
            "boat off the coast with his friends.",
            "2026-08-09",
        ),
    ],
)
def test_a_birthday_yesterday_or_today_dates_the_day(text: str, expected: str) -> None:
    assert _inferred(text) == expected


def test_a_birthday_this_week_stays_a_window() -> None:
    text = "Marisol Teague turns 40 this week (3 February 1986, Hilo), and the party is on Friday."
    inferred = _inferred(text)
    assert inferred is not None and inferred.startswith("2026")
    assert inferred != "2026-02-03"
