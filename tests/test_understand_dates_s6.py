"""Dating facts, session 6: dates counted from an earlier one ("the following year", "two years
later", "that June"), an engagement or a romance that the text dates elsewhere (the report's
day no longer stands in for it), a reporting verb's date ("confirmed on Monday that ..."), a
"when" clause, a range restated after a semicolon, "where he has worked since 2008", a
numbered listicle heading dated by its paragraph; and the tagger on a text with a long s ("ſ"),
which made a rule builder raise KeyError.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis, DateValue
from allegedly.understand.time import tag_times_rich
from allegedly.understand.time.lexicon import UNICODE_CASE_EXTRAS, ascii_case
from text_samples import analyse

REPORT = "2024-06-04"


def dates(analysis: Analysis, predicate: str) -> set[tuple[str | None, str | None]]:
    return {
        (c.date.value if c.date else None, c.end.value if c.end else None)
        for c in analysis.claims
        if c.predicate == predicate
    }


# -- the tagger and the four letters the regex engine folds to ASCII -----------------------------


@pytest.mark.parametrize(
    ("text", "words", "timex"),
    [
        ("They met last ſpring.", "last ſpring", "2024-SP"),
        ("in the ſummer of 2019", "the ſummer of 2019", "2019-SU"),
        ("It closed laſt year.", "laſt year", "2023"),
        ("They wed yeſterday.", "yeſterday", "2024-06-03"),
        ("the ſecond quarter of 2019", "the ſecond quarter of 2019", "2019-Q2"),
        ("ſix years ago", "ſix years ago", "2018"),
        ("every ſunday", "every ſunday", "XXXX-WXX-7"),
        ("It rained thıs year.", "thıs year", "2024"),
    ],
)
def test_long_s_and_dotless_i_are_read_as_their_letters(text: str, words: str, timex: str) -> None:
    found = [(tm.text, tm.timex) for tm in tag_times_rich(text, DateValue(REPORT))]
    assert (words, timex) in found  # the match keeps the text's own letters


def test_ascii_case_keeps_offsets() -> None:
    text = "\u0130n the ſpring, \u212a\u0131t left."
    assert len(ascii_case(text)) == len(text)
    assert ascii_case(text) == "In the spring, Kit left."
    assert all(c.isascii() for c in ascii_case(UNICODE_CASE_EXTRAS))


# -- the claims -----------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "predicate", "date"),
    [
        ("Orla Wendt and Tobias Crane married in 2009 and divorced the following year.", "divorced", "2010"),
        ("Orla Wendt and Tobias Crane married in 2009. Two years later, they divorced.", "divorced", "2011"),
        (
            "Orla Wendt and Tobias Crane separated in the spring of 2017, and Wendt filed for divorce "
            "from Crane that June.",
            "divorced",
            "2017-06",
        ),
        ("Orla Wendt met the chef Tobias Crane when he catered a party in 2021.", "met", "2021"),
    ],
)
def test_dates_counted_from_an_earlier_one(pipeline: Any, text: str, predicate: str, date: str) -> None:
    assert dates(analyse(pipeline, text, REPORT), predicate) == {(date, None)}


@pytest.mark.model
def test_a_counted_date_with_nothing_before_it_is_not_the_publication_year(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Orla Wendt and Tobias Crane divorced the following year.", REPORT)
    assert ("2025", None) not in dates(analysis, "divorced")


@pytest.mark.model
def test_an_engagement_dated_by_the_text_drops_the_report_date(pipeline: Any) -> None:
    text = "Orla Wendt and Tobias Crane are engaged. Crane proposed to Wendt in Lisbon in August 2023."
    assert dates(analyse(pipeline, text, REPORT), "engaged") == {(None, None), ("2023-08", None)}


@pytest.mark.model
def test_an_engagement_the_text_does_not_date_holds_as_of_the_report(pipeline: Any) -> None:
    text = "Orla Wendt and Tobias Crane are engaged. Wendt and Crane were married from 2001 to 2005."
    analysis = analyse(pipeline, text, REPORT)
    assert dates(analysis, "engaged") == {(REPORT, None)}
    assert dates(analysis, "spouse") == {("2001", "2005")}


@pytest.mark.model
def test_the_date_of_a_reporting_verb_does_not_date_what_it_reports(pipeline: Any) -> None:
    text = "Orla Wendt confirmed on Monday's episode of her show that she is dating Tobias Crane."
    assert ("2024-06-03", None) not in dates(analyse(pipeline, text, REPORT), "partner")


@pytest.mark.model
def test_a_range_restated_after_a_semicolon(pipeline: Any) -> None:
    text = "Orla Wendt was in a relationship with the singer Tobias Crane; the two dated from 2014 to 2017."
    assert dates(analyse(pipeline, text, REPORT), "partner") == {("2014", "2017")}


@pytest.mark.model
def test_where_he_has_worked_since(pipeline: Any) -> None:
    text = (
        "Tobias Crane is a senior researcher at the Halden Marine Institute in Portland, where he "
        "has worked since 2008."
    )
    assert dates(analyse(pipeline, text, REPORT), "employer") == {("2008", None)}


@pytest.mark.model
def test_a_numbered_heading_is_dated_by_its_paragraph(pipeline: Any) -> None:
    text = (
        "Orla Wendt Finds Love\n\n1. She studies birds.\nWendt is a zoologist.\n\n"
        "2. Orla Wendt and Tobias Crane met at a charity dinner.\n"
        "The two were seated together at a gala in Boston in October 2023.\n"
    )
    assert dates(analyse(pipeline, text, REPORT), "met") == {("2023-10", None)}


@pytest.mark.model
def test_an_event_counted_back_from_the_date_before_it(pipeline: Any) -> None:
    text = "Orla Wendt and Tobias Crane remarried on Saturday in Sonoma, six years after their divorce."
    assert dates(analyse(pipeline, text, REPORT), "divorced") == {("2018", None)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "predicate", "span"),
    [
        (
            "Orla Wendt and Tobias Crane dated for two years before splitting in 2020.",
            "partner",
            ("2018", "2020"),
        ),
        (
            "Orla Wendt and Tobias Crane were married for six years until their divorce in 2015.",
            "spouse",
            ("2009", "2015"),
        ),
    ],
)
def test_a_length_of_time_that_ends_at_a_year(
    pipeline: Any, text: str, predicate: str, span: tuple[str, str]
) -> None:
    assert dates(analyse(pipeline, text, REPORT), predicate) == {span}
