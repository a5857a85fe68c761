"""Publication dates worked out from an undated text: an anniversary "to the day" of a wedding
the same sentence dates, a bare age beside a full birth date, a birthday month, and a span back to
a holiday the other cues place in one year."""

from __future__ import annotations

import pytest

from allegedly.understand.time.infer import infer_publication_date


def _inferred(text: str) -> str | None:
    found = infer_publication_date(text)
    return found.date.value if found is not None else None


def test_anniversary_to_the_day_of_a_dated_wedding() -> None:
    text = (
        "On 9 August 2010 the pair married in a lighthouse, and Sunday's party marked their "
        "fifteenth wedding anniversary to the day."
    )
    assert _inferred(text) == "2025-08"


def test_bare_age_beside_a_full_birth_date() -> None:
    text = (
        "Their son Casimir, who was born on 3 November 2011 and is now 13, played the fiddle. "
        "Peony Adair-Lund and Ruslan Okeke married on 14 September 2000 and renewed their vows at "
        "the weekend, marking their twenty-fifth anniversary to the day."
    )
    assert _inferred(text) == "2025-09"


def test_birthday_month_and_days_ago_on_a_holiday() -> None:
    text = (
        "The viscount, who was born in 1988 and turned 37 in March, proposed two weeks ago, on "
        "Easter Sunday, on the cliffs above the estate."
    )
    # Easter 2025 fell on 20 April; two weeks on is early May
    assert _inferred(text) == "2025-05"


@pytest.mark.parametrize(
    "text",
    [
        # a holiday with nothing else to place its year
        "She proposed two weeks ago, on Easter Sunday, in the rain.",
        # a birthday month alone gives a span across two calendar years: no year
        "The viscount, who was born in 1988 and turned 37 in March, opened a farm shop.",
        # an anniversary without "to the day" in a sentence that dates the wedding is history
        "On 9 August 2010 the pair married, and in 2020 they marked their tenth anniversary.",
    ],
)
def test_cues_that_pin_no_date(text: str) -> None:
    assert _inferred(text) is None
