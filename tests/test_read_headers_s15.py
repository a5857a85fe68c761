"""Header lines under a headline in the shapes the session-15 tuning sets print them: a bare name
beside an ISO date, a place dateline with the wire's name in brackets, a correspondent's line, a
translation note and a desk label beside the date."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.read import read_path
from allegedly.read.text import read_byline

HEADLINE = "Marguerite Osei-Lindqvist Opens a Bakery on the Pier"
BODY = "Marguerite Osei-Lindqvist opened her bakery on Tuesday.\n\nShe sold out of rye by noon."


def _read(tmp_path: Path, content: str) -> tuple[str | None, str | None, str | None, str]:
    path = tmp_path / "story.txt"
    path.write_text(content, encoding="utf-8")
    [doc] = read_path(path)
    return doc.author, doc.site_name, doc.published_raw, doc.text


@pytest.mark.parametrize(
    ("line", "author", "date", "outlet"),
    [
        ("Tobiah Farrant-Okoye | 2025-03-03", "Tobiah Farrant-Okoye", "2025-03-03", None),
        ("Tobiah Farrant-Okoye | March 3, 2025", "Tobiah Farrant-Okoye", "March 3, 2025", None),
        ("PORTSMOUTH, Nov. 18, 2024 (Quayside Wire)", None, "Nov. 18, 2024", "Quayside Wire"),
        (
            "17.05.2025 — from our correspondent on the Riverside Esplanade, Idunn Vasquez-Maro",
            "Idunn Vasquez-Maro",
            "17.05.2025",
            None,
        ),
        (
            "2025-09-14 · Translated from the Portuguese original · By Ilse Carvajal",
            "Ilse Carvajal",
            "2025-09-14",
            None,
        ),
        ("Jan. 22, 2026 | Retail desk | Priya Calloway-Demir", "Priya Calloway-Demir", "Jan. 22, 2026", None),
    ],
)
def test_header_line_under_a_headline(
    tmp_path: Path, line: str, author: str | None, date: str, outlet: str | None
) -> None:
    got_author, got_outlet, got_date, text = _read(tmp_path, f"{HEADLINE}\n{line}\n\n{BODY}\n")
    assert (got_author, got_date) == (author, date)
    if outlet is not None:
        assert got_outlet == outlet
    assert text.startswith("Marguerite Osei-Lindqvist opened")  # the header line is no sentence


def test_a_bare_name_and_date_heads_a_comment_anywhere_else() -> None:
    # alone, or below another header line, a reader's name before a date is a comment's header
    assert read_byline("Tobiah Farrant-Okoye | 2025-03-03") is None
    assert read_byline("Tobiah Farrant-Okoye · 2 days ago", under_headline=True) is None


def test_name_and_date_as_second_line_under_headline_is_text(tmp_path: Path) -> None:
    # only the line right under the headline is the post's own; a third line is prose or a comment
    content = f"{HEADLINE}\nBy Ilse Carvajal | 4 March 2025\nTobiah Farrant-Okoye | 2025-03-03\n\n{BODY}\n"
    author, _, date, text = _read(tmp_path, content)
    assert (author, date) == ("Ilse Carvajal", "4 March 2025")
    assert text.startswith("Tobiah Farrant-Okoye | 2025-03-03")


@pytest.mark.parametrize("line", ["By Showbiz Desk | 19 Aug 2025", "Showbiz Desk | 19 Aug 2025"])
def test_desk_lines(line: str) -> None:
    byline = read_byline(line, under_headline=True)
    assert byline is not None and byline.date == "19 Aug 2025"


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("Gazeta Luna (English edition)", "Gazeta Luna"),
        ("The Courier Post - UK edition", "The Courier Post"),
        ("The Edition Weekly", "The Edition Weekly"),  # a name with the word in it stays whole
    ],
)
def test_outlet_edition_is_the_outlet(tmp_path: Path, outlet: str, expected: str) -> None:
    _, got, _, _ = _read(tmp_path, f"outlet: {outlet}\n{HEADLINE}\n\n{BODY}\n")
    assert got == expected
