"""Header lines of plain-text articles: bylines, datelines, outlet lines, wire datelines; and
publication dates inferred from anniversaries, birthdays and spans counted to now."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.read import read_path
from allegedly.read.text import read_byline
from allegedly.understand.time.infer import infer_publication_date

BODY = "Corvin Ashdale told fans on Tuesday that he was done with juggling.\n\nHe thanked his goat."
HEADLINE = "Corvin Ashdale Quits Juggling for Good"


def _read(tmp_path: Path, content: str) -> tuple[str | None, str | None, str | None, str | None, str]:
    path = tmp_path / "story.txt"
    path.write_text(content, encoding="utf-8")
    [doc] = read_path(path)
    return doc.headline, doc.author, doc.site_name, doc.published_raw, doc.text


@pytest.mark.parametrize(
    ("line", "author", "date", "outlet"),
    [
        ("By Tamsin Ferrow | Published March 4, 2024 3:45 PM EST", "Tamsin Ferrow", "March 4, 2024", None),
        ("By TAMSIN FERROW • Updated 9:15 AM ET, Mon March 4, 2024", "Tamsin Ferrow", "March 4, 2024", None),
        (
            "Published 3:45 PM EST, Mon March 4, 2024 | Updated 5:10 PM EST, Tue March 5, 2024",
            None,
            "March 4, 2024",
            None,
        ),
        ("Published: 14:02 BST, 4 March 2024 | Updated: 16:40 BST, 5 March 2024", None, "4 March 2024", None),
        ("Published March 4, 2024 | The Velvet Lantern", None, "March 4, 2024", "The Velvet Lantern"),
        ("Posted on 03/04/2024 by Tamsin Ferrow", "Tamsin Ferrow", "03/04/2024", None),
        ("March 4, 2024 / 3:45 PM / Glimmer Weekly", None, "March 4, 2024", "Glimmer Weekly"),
        ("Published: 10:02, 14 Sep 2024", None, "14 Sep 2024", None),
        ("Last updated: 14 Sep 2024", None, "14 Sep 2024", None),
        ("2024-03-04T15:45:00Z", None, "2024-03-04T15:45:00Z", None),
        ("By Tamsin Ferrow Published March 4, 2024", "Tamsin Ferrow", "March 4, 2024", None),
        ("By Tamsin Ferrow, Staff Writer", "Tamsin Ferrow", None, None),
        ("By Tamsin Ferrow | 4 min read", "Tamsin Ferrow", None, None),
        ("Tamsin Ferrow, Glimmer Weekly", "Tamsin Ferrow", None, "Glimmer Weekly"),
    ],
)
def test_header_line_shapes(line: str, author: str | None, date: str | None, outlet: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.date, byline.outlet) == (author, date, outlet)


def test_published_wins_over_updated_in_one_line() -> None:
    byline = read_byline("Updated 5:10 PM EST, Tue March 5, 2024 | Published 3:45 PM EST, Mon March 4, 2024")
    assert byline is not None
    assert byline.date == "March 4, 2024"
    assert not byline.updated


@pytest.mark.parametrize("line", ["2 days ago", "Yesterday at 5:03 PM", "Updated 3 hours ago", "Just now"])
def test_relative_stamps_are_headers_without_a_date(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.relative
    assert byline.date is None


@pytest.mark.parametrize(
    "line",
    [
        "By the time Wren arrived, the bakery had closed.",
        "Corvin Ashdale quit on March 4, 2024, after a long tour.",
        "On March 4, 2024 the pair wed in Dunmere.",
        "Two days ago he posted a photo of his goat.",
    ],
)
def test_prose_is_no_header_line(line: str) -> None:
    assert read_byline(line) is None


def test_byline_and_date_leave_the_body(tmp_path: Path) -> None:
    headline, author, outlet, date, text = _read(
        tmp_path, f"{HEADLINE}\nBy Tamsin Ferrow | Published March 4, 2024 3:45 PM EST\n\n{BODY}\n"
    )
    assert (headline, author, outlet, date) == (HEADLINE, "Tamsin Ferrow", None, "March 4, 2024")
    assert text.startswith("Corvin Ashdale told fans")


def test_outlet_line_before_the_date_line(tmp_path: Path) -> None:
    content = (
        f"{HEADLINE}\nThe Velvet Lantern\n"
        f"Published: 14:02 BST, 4 March 2024 | Updated: 16:40 BST, 5 March 2024\n\n{BODY}\n"
    )
    headline, _, outlet, date, text = _read(tmp_path, content)
    assert (headline, outlet, date) == (HEADLINE, "The Velvet Lantern", "4 March 2024")
    assert text.startswith("Corvin Ashdale told fans")


def test_outlet_line_after_the_date_line(tmp_path: Path) -> None:
    content = f"{HEADLINE}\nMarch 4, 2024\nGlimmer Weekly\n\n{BODY}\n"
    headline, _, outlet, date, text = _read(tmp_path, content)
    assert (headline, outlet, date) == (HEADLINE, "Glimmer Weekly", "March 4, 2024")
    assert text.startswith("Corvin Ashdale told fans")


def test_outlet_line_above_the_headline(tmp_path: Path) -> None:
    content = f"Glimmer Weekly\n{HEADLINE}\nPublished: 10:02, 14 Sep 2024\n\n{BODY}\n"
    headline, _, outlet, date, text = _read(tmp_path, content)
    assert (headline, outlet, date) == (HEADLINE, "Glimmer Weekly", "14 Sep 2024")
    assert text.startswith("Corvin Ashdale told fans")


def test_listed_outlet_above_the_headline_is_looked_up(tmp_path: Path) -> None:
    # the outlet table lists the wire agency by this alias
    headline, _, outlet, _, _ = _read(tmp_path, f"The Associated Press\n{HEADLINE}\n\n{BODY}\n")
    assert (headline, outlet) == (HEADLINE, "The Associated Press")


def test_dateline_above_the_headline(tmp_path: Path) -> None:
    headline, _, outlet, date, text = _read(
        tmp_path, f"March 4, 2024 / 3:45 PM / Glimmer Weekly\n{HEADLINE}\n\n{BODY}\n"
    )
    assert (headline, outlet, date) == (HEADLINE, "Glimmer Weekly", "March 4, 2024")
    assert text.startswith("Corvin Ashdale told fans")


def test_name_and_outlet_line(tmp_path: Path) -> None:
    headline, author, outlet, date, text = _read(
        tmp_path, f"{HEADLINE}\nTamsin Ferrow, Glimmer Weekly\n\n{BODY}\n"
    )
    assert (headline, author, outlet, date) == (HEADLINE, "Tamsin Ferrow", "Glimmer Weekly", None)
    assert text.startswith("Corvin Ashdale told fans")


def test_relative_stamp_leaves_the_article_undated(tmp_path: Path) -> None:
    headline, author, _, date, text = _read(tmp_path, f"{HEADLINE}\nBy Tamsin Ferrow\n2 days ago\n\n{BODY}\n")
    assert (headline, author, date) == (HEADLINE, "Tamsin Ferrow", None)
    assert text.startswith("Corvin Ashdale told fans")


def test_wire_dateline_gives_the_agency_not_a_person(tmp_path: Path) -> None:
    content = f"{HEADLINE}\n\nDUNMERE, Ill. (AP) — {BODY}\n"
    _, author, outlet, _, text = _read(tmp_path, content)
    assert outlet == "AP"
    assert author is None
    assert text.startswith("Corvin Ashdale told fans")  # the place is not read as the story's first words


def test_header_outlet_wins_over_wire_dateline(tmp_path: Path) -> None:
    content = f"outlet: The Velvet Lantern\n{HEADLINE}\n\nDUNMERE (Reuters) - {BODY}\n"
    _, _, outlet, _, text = _read(tmp_path, content)
    assert outlet == "The Velvet Lantern"
    assert text.startswith("Corvin Ashdale told fans")


def test_body_sentence_with_a_date_is_no_header(tmp_path: Path) -> None:
    content = f"{HEADLINE}\nCorvin Ashdale quit on March 4, 2024, after a long tour.\n\n{BODY}\n"
    headline, _, _, date, text = _read(tmp_path, content)
    assert headline == HEADLINE
    assert date is None
    assert text.startswith("Corvin Ashdale quit on March 4, 2024")


def test_subheading_without_a_dateline_stays_text(tmp_path: Path) -> None:
    _, _, outlet, _, text = _read(tmp_path, f"{HEADLINE}\nEarly Years\n\n{BODY}\n")
    assert outlet is None
    assert text.startswith("Early Years")


# --- publication dates inferred from the text ---------------------------------------------------


def test_infer_two_decades_since_a_wedding() -> None:
    text = (
        "Odile Varga and Bram Tessel are still close. This year marks two decades since their 2004 wedding."
    )
    found = infer_publication_date(text)
    assert found is not None and found.date is not None
    assert found.date.value == "2024"
    assert found.source == "inferred"


def test_infer_anniversary_with_the_wedding_year() -> None:
    text = (
        "Odile Varga and Bram Tessel married in 2012 in a tiny chapel in Dunmere. "
        "The pair celebrated their 10th wedding anniversary on Saturday with a picnic."
    )
    found = infer_publication_date(text)
    assert found is not None and found.date is not None
    assert found.date.value == "2022"


def test_infer_turns_forty_with_a_birth_date() -> None:
    text = "Odile Varga was born on June 12, 1984, in Dunmere. Varga turns 40 this week and plans a dinner."
    found = infer_publication_date(text)
    assert found is not None and found.date is not None
    assert found.date.value.startswith("2024")


def test_infer_years_after_a_dated_event_now() -> None:
    found = infer_publication_date(
        "Now, ten years after their 2014 split, Odile Varga says she has no regrets."
    )
    assert found is not None and found.date is not None
    assert found.date.value == "2024"


@pytest.mark.parametrize(
    "text",
    [
        # an anniversary with no wedding year
        "Odile Varga and Bram Tessel celebrated their 10th anniversary on Saturday.",
        # a past span, not one counted to now
        "In 2019 it marked ten years since their 2009 wedding.",
        # "N years after" a dated event, told as history
        "Ten years after they met in 2014, Odile Varga and Bram Tessel married.",
        # two wedding years: which one the anniversary counts from is unclear
        "Varga married Tessel in 2004 and Pell in 2012. She celebrated her tenth anniversary on Friday.",
        # a span counted from two years
        "This year marks ten years since their 2012 engagement and 2014 wedding.",
    ],
)
def test_infer_refuses_ambiguous_cues(text: str) -> None:
    assert infer_publication_date(text) is None


@pytest.mark.parametrize(
    "line", ["Tamsin Ferrow · 2 days ago", "Tamsin Ferrow | March 4, 2024", "2 days ago · Tamsin Ferrow"]
)
def test_comment_header_shapes_are_no_post_byline(line: str) -> None:
    # a reader's name before a date, or beside a relative stamp, heads a comment; a post says "By"
    assert read_byline(line) is None
