"""A weekday that modifies a noun is no date (session 10), on invented sentences.

"its Monday night highlights show", "the Friday newsletter", "her Sunday column", "a
Saturday-night slot": a weekday between a determiner or a possessive and a noun names a feature
that recurs, not a day ([weekday_modifier] in time.toml). It stays a date after a preposition or
"last" ("on Monday night she spoke", "last Friday"), before a word that is no noun ("the Friday
before the vote"), and before a trading noun or a one-off event held that day ("the Friday
session", "a Wednesday media event"). Names are fictional.
"""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import tag_times

ANCHOR = DateValue("2024-05-08")  # a Wednesday


def tagged(sentence: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value.value if t.value else None) for t in tag_times(sentence, ANCHOR)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Viewers of Kestrel TV loved its Monday night highlights show.",
        "Orla Venn writes the Friday newsletter for the Dunmore Ledger.",
        "Her Sunday column in the Ledger was dropped.",
        "Tobin Marsh took a Saturday-night slot on Harbor FM.",
        "Fans tune in to his Wednesday show at nine.",
    ],
)
def test_weekday_before_a_noun_is_no_date(sentence: str) -> None:
    assert not [text for text, _ in tagged(sentence) if text.split()[0].istitle() and "day" in text]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Monday night she spoke to reporters in Dunmore.", ("Monday night", "2024-05-06")),
        ("Orla Venn and Tobin Marsh married last Friday.", ("last Friday", "2024-05-03")),
        ("Tobin Marsh left the band Friday.", ("Friday", "2024-05-03")),
        ("The Friday before the vote, Orla Venn resigned.", ("Friday", "2024-05-03")),
        ("Shares of Kestrel fell in the Friday session.", ("Friday", "2024-05-03")),
        ("In a Monday media event, Kestrel unveiled its new phone.", ("Monday", "2024-05-06")),
        ("They first met on a Tuesday.", ("Tuesday", "2024-05-07")),
    ],
)
def test_weekday_that_dates_stays_a_date(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in tagged(sentence)
