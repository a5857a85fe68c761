"""Plain-text reading: header lines, headline detection, nothing of the body lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.read import read_path
from allegedly.read.text import looks_like_headline, read_byline


def _write(tmp_path: Path, content: str, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_read_text_header_and_paragraph_on_one_line(tmp_path: Path) -> None:
    paragraph = (
        "They were married for nine years and share a greenhouse in Lowmarsh, but after rumours of a "
        "secret second orchard, fans of Corvin Ashdale and Mirela Quint wondered what went wrong."
    )
    path = _write(tmp_path, f" date 2023-08-07 {paragraph}\n\nThe pair met in 2014 at a turnip fair.\n")
    [doc] = read_path(path)
    assert doc.published_raw == "2023-08-07"
    assert doc.published_source == "header"
    assert doc.headline is None  # the rest of the line is a long paragraph, not a headline
    assert doc.text.startswith(paragraph)
    assert doc.text.endswith("turnip fair.")
    assert doc.format == "text"
    assert doc.file_name == "story.txt"
    assert doc.comments is None


def test_read_text_headline_then_blank_lines(tmp_path: Path) -> None:
    content = "Corvin Ashdale quits juggling to manage Mirela Quint\n\n\nWhen Mirela was touring...\n"
    path = _write(tmp_path, content)
    [doc] = read_path(path)
    assert doc.headline == "Corvin Ashdale quits juggling to manage Mirela Quint"
    assert doc.text == "When Mirela was touring..."
    assert doc.published_raw is None
    assert doc.published_source == "none"


def test_read_text_header_block(tmp_path: Path) -> None:
    content = (
        "date 2021-03-04\n"
        "url https://gossip.example/corvin\n"
        "author Tamsin Ferrow\n"
        "outlet The Daily Thistle\n"
        "\n"
        "Corvin Ashdale spotted with mystery harpist\n"
        "\n"
        "The singer was seen in Brackenby on Tuesday.\n"
    )
    [doc] = read_path(_write(tmp_path, content))
    assert doc.published_raw == "2021-03-04"
    assert doc.url == "https://gossip.example/corvin"
    assert doc.author == "Tamsin Ferrow"
    assert doc.site_name == "The Daily Thistle"
    assert doc.headline == "Corvin Ashdale spotted with mystery harpist"
    assert doc.text == "The singer was seen in Brackenby on Tuesday."


def test_read_text_title_header_is_the_headline(tmp_path: Path) -> None:
    content = "title: Quint and Ashdale split\ndate: 2020-01-02\nShort first line\nThen the story.\n"
    [doc] = read_path(_write(tmp_path, content))
    assert doc.headline == "Quint and Ashdale split"
    assert doc.published_raw == "2020-01-02"
    assert doc.text == "Short first line\nThen the story."


def test_read_text_key_word_without_header_block_is_text(tmp_path: Path) -> None:
    # "Author ..." without a colon and without a date/url header is a headline, not a header.
    content = "Author Mirela Quint slams her critics\n\nShe spoke at length on Friday.\n"
    [doc] = read_path(_write(tmp_path, content))
    assert doc.author is None
    assert doc.headline == "Author Mirela Quint slams her critics"


def test_read_text_date_word_is_not_a_header(tmp_path: Path) -> None:
    content = "Date night for Corvin and Mirela.\nThey dined at the Owl.\n"
    [doc] = read_path(_write(tmp_path, content))
    assert doc.published_raw is None
    assert doc.headline is None  # ends like a sentence
    assert doc.text == content.strip()


def test_read_text_single_line_is_text_not_headline(tmp_path: Path) -> None:
    [doc] = read_path(_write(tmp_path, "Corvin Ashdale is engaged\n"))
    assert doc.headline is None
    assert doc.text == "Corvin Ashdale is engaged"


def test_read_text_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Quint wins the Golden Ladle\r\n\r\nShe thanked her goat.\r\n")
    [doc] = read_path(path)
    assert doc.headline == "Quint wins the Golden Ladle"
    assert doc.text == "She thanked her goat."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Corvin Ashdale quits juggling", True),
        ("Why did Mirela Quint leave Brackenby?", True),
        ("Is it over for Corvin and Mirela...", True),
        ("She said the wedding was off.", False),
        ("“It was never going to last,” a source said.", False),
        (" ".join(["word"] * 30), False),
    ],
)
def test_read_text_headline_shape(line: str, expected: bool) -> None:
    assert looks_like_headline(line) is expected


def test_read_text_byline_gives_author_and_date(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Wren Halloway Opens a Bakery in Dunmere\nBy Ottilie Brask | March 14, 2024\n\n"
        "Wren Halloway cut the ribbon on Tuesday.\n",
    )
    [doc] = read_path(path)
    assert doc.headline == "Wren Halloway Opens a Bakery in Dunmere"
    assert doc.author == "Ottilie Brask"
    assert doc.published_raw == "March 14, 2024"
    assert doc.published_source == "header"
    # The byline is the post's metadata, not a sentence of its story.
    assert doc.text == "Wren Halloway cut the ribbon on Tuesday."


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("By Ottilie Brask, Mar. 14, 2024 3:45 PM ET", "Ottilie Brask", "Mar. 14, 2024"),
        ("Published: 14 March 2024", None, "14 March 2024"),
        ("March 14, 2024 · By Ottilie Brask and Ed Mol", "Ottilie Brask and Ed Mol", "March 14, 2024"),
        ("Updated Tuesday, March 14, 2024 at 10:02 a.m. EST", None, "March 14, 2024"),
        ("By Ottilie Brask on 3/14/2024", "Ottilie Brask", "3/14/2024"),
        ("By Ottilie Brask", "Ottilie Brask", None),
        ("date 2022-05-10", None, "2022-05-10"),
    ],
)
def test_read_byline_shapes(line: str, author: str | None, date: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


@pytest.mark.parametrize(
    "line",
    [
        "By the time Wren arrived, the bakery had closed.",
        "by the way",
        "Wren Halloway moved to Dunmere in 2019.",
        "The pair met in 2012 on the set of a thriller about bakers and their long rivalry.",
    ],
)
def test_read_byline_refuses_prose(line: str) -> None:
    assert read_byline(line) is None


def test_read_text_date_line_deep_in_the_text_stays_text(tmp_path: Path) -> None:
    body = "Wren Halloway opened a bakery.\n\nShe hired three bakers.\n\nMarch 14, 2024\n\nIt sold out."
    path = _write(tmp_path, f"Wren Halloway Opens a Bakery\n{body}\n")
    [doc] = read_path(path)
    assert doc.published_raw is None
    assert "March 14, 2024" in doc.text


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # British datelines: weekday with no comma, a clock time with a point, a zone
        ("Saturday 14 September 2024 10.02 BST", "14 September 2024"),
        ("Last modified on Tue 3 Jun 2025 18.40 BST", "3 Jun 2025"),
        ("First published on Sat 14 Sep 2024 07.00 BST", "14 Sep 2024"),
        # the clock time before the date
        ("Updated 9.15am EDT, Mon May 5, 2025", "May 5, 2025"),
    ],
)
def test_read_byline_uk_datelines(line: str, date: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.date) == (None, date)


def test_read_text_stacked_datelines_give_the_publication_date(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Dunmere Mill Reopens After the Fire\nSaturday 14 September 2024 10.02 BST\n"
        "Last modified on Tue 17 Sep 2024 18.40 BST\n\nThe Dunmere mill reopened on Friday.\n",
    )
    [doc] = read_path(path)
    assert doc.headline == "Dunmere Mill Reopens After the Fire"
    # the first dateline is the publication, the second only the last edit
    assert doc.published_raw == "14 September 2024"
    assert doc.text == "The Dunmere mill reopened on Friday."


def test_read_text_update_dateline_under_a_byline(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Wren Halloway Sells the Bakery\nBy Ottilie Brask\nUpdated 9.15am EDT, Mon May 5, 2025\n\n"
        "Wren Halloway sold the bakery on Sunday.\n",
    )
    [doc] = read_path(path)
    assert (doc.author, doc.published_raw) == ("Ottilie Brask", "May 5, 2025")
    assert doc.text == "Wren Halloway sold the bakery on Sunday."


def test_read_text_prose_with_a_date_is_no_dateline(tmp_path: Path) -> None:
    path = _write(tmp_path, "Dunmere Mill Reopens\nThe mill burned on 3 June 2025.\n\nIt reopened in May.\n")
    [doc] = read_path(path)
    assert doc.published_raw is None
    assert doc.text.startswith("The mill burned on 3 June 2025.")
