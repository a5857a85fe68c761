"""Header lines that name no writer: an outlet's desk ("Harbour Screen Weekly entertainment desk |
2026.01.09") and a bare job ("Wed 22 Oct 2025 · Staff writer"). Both used to make the line
unreadable, leaving the file undated."""

from __future__ import annotations

import pytest

from allegedly.read.text import read_byline


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Harbour Screen Weekly entertainment desk | 2026.01.09", None, "2026.01.09"),
        ("Wed 22 Oct 2025 · Staff writer", None, "22 Oct 2025"),
        ("By Jane Roe | Staff writer | 3 May 2025", "Jane Roe", "3 May 2025"),
        ("Showbiz Desk | May 3, 2025", None, "May 3, 2025"),
    ],
)
def test_header_parts_that_name_no_writer(line: str, author: str | None, date: str) -> None:
    byline = read_byline(line, under_headline=True)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


@pytest.mark.parametrize("line", ["Staff writer", "Writer", "The desk was a mess after the party."])
def test_no_date_and_no_writer_is_no_byline(line: str) -> None:
    assert read_byline(line, under_headline=True) is None
