"""TimeML value conventions of newswire added in the seventh round, on invented sentences.

Each case names the anchor (the document creation time), an invented sentence and the
(extent, TimeML value) pairs the tagger must give for it; the companies are fictional.
"""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import tag_times_rich


def _timexes(text: str, dct: str) -> list[tuple[str, str | None]]:
    return [
        (text[m.start : m.timex_span[1]], m.timex) for m in tag_times_rich(text, DateValue(dct)) if m.markable
    ]


CASES = [
    # decades as older newswire writes them, and short decades after a modifier
    (
        "1998-10-20",
        "Prices soared in the 1980's and the mid-1970's, and again in the 60's.",
        [("the 1980's", "198"), ("the mid-1970's", "197"), ("the 60's", "196")],
    ),
    (
        "1998-10-20",
        "Velmora was formed in the early '70s and grew in the mid-'80s.",
        [("the early '70s", "197"), ("the mid-'80s", "198")],
    ),
    # a quarter or half named by its months
    (
        "1998-10-20",
        "Output at Zentrix shrank during the April-June quarter and the July-September period.",
        [("the April-June quarter", "1998-Q2"), ("the July-September period", "1998-Q3")],
    ),
    (
        "1998-10-20",
        "Sales rose in the January-June half of 1997.",
        [("the January-June half of 1997", "1997-H1")],
    ),
    # a year written before the quarter, fiscal years written the other way round
    (
        "1998-10-20",
        "Sales rose in 1997's third quarter and in the 1997 fourth quarter.",
        [("1997's third quarter", "1997-Q3"), ("the 1997 fourth quarter", "1997-Q4")],
    ),
    (
        "1998-10-20",
        "In the 1998 fiscal year sales rose, and in fiscal 1999's first quarter they fell.",
        [("the 1998 fiscal year", "FY1998"), ("fiscal 1999's first quarter", "FY1999-Q1")],
    ),
    # "the quarter ended Sept. 30": the quarter that date closes, not the anchor's
    (
        "1998-10-20",
        "Brelmont earned $4 million in the quarter ended Sept. 30.",
        [("the quarter", "1998-Q3"), ("Sept. 30", "1998-09-30")],
    ),
    # "the week ended March 9", "for the week", "in the month"
    (
        "2013-03-14",
        "Jobless claims fell in the week ended March 9.",
        [("the week", "2013-W10"), ("March 9", "2013-03-09")],
    ),
    (
        "1998-10-20",
        "For the week, the Dorvan index rose 2%. For the month, it fell.",
        [("the week", "1998-W43"), ("the month", "1998-10")],
    ),
    # one unit back from the reference: "the prior year", "the week before"
    (
        "1998-10-20",
        "Net income at Quillon rose in 1997 from $3 million in the prior year.",
        [("1997", "1997"), ("the prior year", "1996")],
    ),
    (
        "1998-10-20",
        "On March 3, 1995, Tessa Marlow arrived; the week before she had left Oslo.",
        [("March 3, 1995", "1995-03-03"), ("the week before", "1995-W08")],
    ),
    # a month listed after another shares the tense of the first
    (
        "1998-10-20",
        "Sales at Pellark rose in November and December.",
        [("November", "1997-11"), ("December", "1997-12")],
    ),
    (
        "1998-10-20",
        "Orders increased in June, July and August.",
        [("June", "1998-06"), ("July", "1998-07"), ("August", "1998-08")],
    ),
    # "later in the week", "early in the month": the anchor's week and month
    (
        "1998-10-20",
        "Later in the week, shares fell. Early in the month it rained.",
        [("Later in the week", "1998-W43"), ("Early in the month", "1998-10")],
    ),
    # after "over" or "within", "the last year" and "the next decade" are stretches
    (
        "2013-03-14",
        "Prices rose over the last year; the cuts take effect over the next decade.",
        [("the last year", "P1Y"), ("the next decade", "P10Y")],
    ),
    # a day of the month alone: by tense, this month's or the one before or after
    (
        "1998-10-20",
        "The Varnel board met on the 3rd. It will meet again on the 3rd.",
        [("the 3rd", "1998-10-03"), ("the 3rd", "1998-11-03")],
    ),
    # a clock time with its zone in words joins the day after it
    (
        "1998-10-20",
        "The offer expires at 5 p.m. Eastern time on Nov. 5.",
        [("5 p.m. Eastern time on Nov. 5", "1998-11-05T17:00")],
    ),
    # the adjectives of financial reports: a year before the period last named
    (
        "1998-10-20",
        "Garrow earned $5 million in the third quarter, against a year-earlier loss.",
        [("the third quarter", "1998-Q3"), ("year-earlier", "1997-Q3")],
    ),
    (
        "1998-10-20",
        "Sales rose in the first half, compared with the year-earlier first half.",
        [("the first half", "1998-H1"), ("the year-earlier first half", "1997-H1")],
    ),
    # "next year's first quarter": one expression, the year from the anchor
    (
        "1998-10-20",
        "Profit will rise in next year's first quarter. Last year's second half was weak.",
        [("next year's first quarter", "1999-Q1"), ("Last year's second half", "1997-H2")],
    ),
    # "May and June 1997": the year written after the second month is the first's too
    (
        "1998-10-20",
        "Sales at Wenlow rose in May and June 1997.",
        [("May", "1997-05"), ("June 1997", "1997-06")],
    ),
    # "2 1/2 years", "two-and-a-half years": P2.5Y over the whole phrase
    (
        "2013-03-14",
        "The Tamsin talks lasted 2 1/2 years, or two-and-a-half years.",
        [("2 1/2 years", "P2.5Y"), ("two-and-a-half years", "P2.5Y")],
    ),
    # a clock time on an evening or night is after noon
    (
        "1998-10-20",
        "The hearing ended at 11:45 last night.",
        [("11:45 last night", "1998-10-19T23:45")],
    ),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_newswire_convention(dct: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _timexes(text, dct) == expected


@pytest.mark.parametrize(
    ("dct", "text"),
    [
        # a possessive year is no decade, a hole no day, a May-July span no quarter
        ("1998-10-20", "In 1990's budget talks, Ferrin played the 19th hole."),
        ("1998-10-20", "Exports grew in the May-July period."),
        # "the week ended quietly" and "the month of" are no expressions of their own
        ("1998-10-20", "The week ended quietly."),
    ],
)
def test_newswire_non_expressions(dct: str, text: str) -> None:
    got = _timexes(text, dct)
    assert all(value not in ("199", "1998-10-19", "1998-Q2", "1998-Q3") for _, value in got), got
    assert all("week" not in span and "19th" not in span for span, _ in got), got


def test_year_after_a_possessive_joins_the_half() -> None:
    got = _timexes("Garrow's 1997 first half was weak.", "1998-10-20")
    assert got == [("1997 first half", "1997-H1")]
