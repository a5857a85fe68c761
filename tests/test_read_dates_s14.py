"""Publication dates as more kinds of page print them (a magazine's issue line, a live blog's
stamp, an interview's credit, a team's post, a press release's place and date) and as undated
pages let them be worked out ("born in ... and is now N months old", "turned 6 last month").
Every line and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.model import DateValue
from allegedly.read import read_path
from allegedly.read.text import read_byline
from allegedly.understand.time import infer_publication_date, parse_date_string, writes_day_first

BODY = "Odalys Verhoeven opened her second bakery on Friday.\n\nShe thanked her neighbours."


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Issue 88, October 2024. Words: Benedek Oyama-Frost", "Benedek Oyama-Frost", "October 2024"),
        ("Vol. 4 No. 17 | 9 March 2023", None, "9 March 2023"),
        ("Live updates, Saturday 12 April 2025", None, "12 April 2025"),
        ("Live blog: 3 June 2024", None, "3 June 2024"),
        ("7 February 2025 — interview by Ruairi Castellanos", "Ruairi Castellanos", "7 February 2025"),
        ("Posted March 3rd, 2025 by the Crumb Report team", None, "March 3rd, 2025"),
        ("Photographs by Ines Oduya-Park | 14 May 2025", "Ines Oduya-Park", "14 May 2025"),
    ],
)
def test_header_lines_give_their_date(line: str, author: str | None, date: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


@pytest.mark.parametrize("line", ["June 2016:", "Issue 12", "Spring 2019", "Live music returned in 2023."])
def test_a_month_or_an_issue_alone_is_no_dateline(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or byline.date is None


def test_a_press_release_place_and_date_dates_the_story(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "Brindlewick appoints Odalys Verhoeven as head baker\nFOR IMMEDIATE RELEASE\nCardiff, 04/05/2025\n\n"
        + BODY,
        encoding="utf-8",
    )
    [doc] = read_path(path)
    assert doc.published_raw == "04/05/2025"
    assert doc.author is None
    assert "Cardiff" not in doc.text


def test_a_text_that_writes_day_first_reads_its_slashed_date_day_first() -> None:
    british = "The move takes effect on 1 April 2025; she leaves on 31 March."
    american = "The move takes effect on April 1, 2025; she leaves on March 31."
    assert writes_day_first(british) and not writes_day_first(american)
    assert parse_date_string("03/02/2025", day_first=writes_day_first(british)) == DateValue("2025-02-03")
    assert parse_date_string("03/02/2025", day_first=writes_day_first(american)) == DateValue("2025-03-02")
    # a first number over 12 is a day whatever the text does
    assert parse_date_string("23/02/2025", day_first=False) == DateValue("2025-02-23")


def test_born_and_now_months_old_dates_an_undated_page() -> None:
    text = "Their son Florian, who was born in September 2023 and is now ten months old, came too."
    found = infer_publication_date(text)
    assert found is not None and found.date == DateValue("2024-07")
    assert found.source == "inferred" and "ten months old" in (found.note or "")


def test_born_and_turned_n_last_month_dates_an_undated_page() -> None:
    text = "Big sister Wilhelmina, who was born on Christmas Eve 2016 and turned 8 last month, is thrilled."
    found = infer_publication_date(text)
    assert found is not None and found.date == DateValue("2025-01")


def test_turned_n_last_year_gives_the_year_after() -> None:
    found = infer_publication_date("Casimir, who was born in 2001 and turned 20 last year, runs a cafe.")
    assert found is not None and found.date == DateValue("2022")


def test_an_age_in_years_that_straddles_two_years_gives_no_date() -> None:
    # born July 2021, four years old: any day from July 2025 to June 2026
    assert infer_publication_date("Ilse, who was born in July 2021 and is now four years old, rides.") is None
