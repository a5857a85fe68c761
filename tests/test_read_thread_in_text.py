"""A reader thread the extractor swept into the article text is taken back out (read/thread_in_text.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.model import RawComment
from allegedly.read.html import read_html_document
from allegedly.read.thread_in_text import strip_thread

SAMPLES = Path(__file__).parent / "html_samples"

ARTICLE = (
    "Marguerite Ansell will close her bakery on Quay Street after thirty years.\n"
    "She said the ovens were older than most of her customers and that she wanted to travel."
)
THREAD = [
    RawComment(1, "Tobias Wren", "Best custard slices in the county. I will miss that shop."),
    RawComment(2, "Lydia Fane", "Agreed, Tobias. My wedding cake came from her ovens in 1998."),
]


def test_a_thread_closing_the_text_goes_with_its_headings() -> None:
    swept = (
        ARTICLE + "\n2 Comments\nTobias Wren wrote on May 2:\n"
        "Best custard slices in the county. I will miss that shop.\n"
        "Lydia Fane wrote on May 3:\nAgreed, Tobias. My wedding cake came from her ovens in 1998.\n"
        "Leave a comment\nComments are checked before they appear."
    )
    assert strip_thread(swept, THREAD) == ARTICLE


def test_comment_rows_with_signatures_are_cut_from_a_table_layout() -> None:
    swept = (
        ARTICLE
        + "\n| Best custard slices in the county. I will miss that shop. Posted by Tobias Wren on 02/05 |"
        "\n| Agreed, Tobias. My wedding cake came from her ovens in 1998. Posted by Lydia Fane on 03/05 |"
    )
    assert strip_thread(swept, THREAD) == ARTICLE


def test_a_text_without_the_thread_is_unchanged() -> None:
    assert strip_thread(ARTICLE, THREAD) == ARTICLE


def test_a_reader_quoting_one_paragraph_does_not_take_it_from_the_article() -> None:
    quoting = [
        RawComment(
            1, "Nell Oakes", "Marguerite Ansell will close her bakery on Quay Street after thirty years. Sad."
        ),
        RawComment(2, "Tobias Wren", "Best custard slices in the county. I will miss that shop."),
    ]
    # Only one comment is in the text (the quoted paragraph is the article's own): nothing is cut.
    assert strip_thread(ARTICLE, quoting) == ARTICLE


def test_a_thread_inside_the_article_loses_only_its_own_lines() -> None:
    middle = (
        "Marguerite Ansell will close her bakery on Quay Street after thirty years.\n"
        "Best custard slices in the county. I will miss that shop.\n"
        "Agreed, Tobias. My wedding cake came from her ovens in 1998.\n"
        "The building will be sold at auction in June, the estate agent Corwin Hale said, and the "
        "council hopes another baker will take it, because the street has lost its butcher and "
        "its greengrocer "
        "already and the market traders say people now drive out of town for bread."
    )
    stripped = strip_thread(middle, THREAD)
    assert "custard" not in stripped and "wedding cake" not in stripped
    assert stripped.startswith("Marguerite Ansell will close") and "sold at auction in June" in stripped


@pytest.mark.parametrize(
    ("page", "article_words"),
    [("heading_only.html", "louder than an engine"), ("newspaper_table.html", "sponsored swim")],
)
def test_sample_pages_keep_comments_out_of_the_article(page: str, article_words: str) -> None:
    path = SAMPLES / page
    document = read_html_document(path.read_text(encoding="utf-8"), path, [])
    assert document.comments
    assert article_words in document.text
    for comment in document.comments:
        assert comment.text[:40] not in document.text
    assert "Comments" not in document.text.split("\n")[-1]
