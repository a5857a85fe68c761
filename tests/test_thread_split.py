"""separate_thread on hand-written threads about fictional people."""

from __future__ import annotations

import pytest

from allegedly.thread import separate_thread
from thread_samples import POST, THREAD


def _split() -> tuple[str, list[tuple[int, str, str]], int | None]:
    split = separate_thread(POST + THREAD)
    return split.body, [(c.n, c.author, c.text) for c in split.comments], split.declared_count


def test_thread_split_finds_every_numbered_comment_and_author() -> None:
    _, comments, declared = _split()
    assert declared == 9
    assert [n for n, _, _ in comments] == list(range(1, 10))
    assert [a for _, a, _ in comments] == [
        "tessamarigold", "Rufus K", "plumtart", "Di 'Bean' Arliss", "gravelvoice",
        "Mirela", "plumtart", "Dana W", "7 bridges",
    ]  # fmt: skip


def test_thread_split_body_drops_the_count_line_and_thread() -> None:
    body, _, _ = _split()
    assert body == POST.rstrip()
    assert "Responses" not in body


def test_thread_split_keeps_paragraphs_and_script_as_plain_text() -> None:
    _, comments, _ = _split()
    assert comments[1][2] == (
        "Nothing wrong with putting your kid first.\n\n"
        "Second paragraph: he has always seemed like a decent guy."
    )
    assert comments[4][2] == '<script>alert("hi")</script> testing if this site escapes html'


def test_thread_split_sentence_with_says_inside_a_comment_is_not_a_header() -> None:
    _, comments, _ = _split()
    assert comments[-1][2] == "My grandmother always says: family first. She was right."


def test_thread_split_without_thread_returns_text_unchanged() -> None:
    split = separate_thread(POST)
    assert split.body == POST
    assert split.comments == []
    assert split.declared_count is None


@pytest.mark.parametrize(
    ("thread", "authors", "numbers", "timestamps"),
    [
        (
            "12 Comments\n\n#1 Wren said:\nFirst!\n\n#2 Ossie P said:\nSecond, and longer.\n",
            ["Wren", "Ossie P"],
            [1, 2],
            [None, None],
        ),
        (
            "3 thoughts on “A post”\n\nWren on March 3, 2011 at 4:12 pm said:\nI agree.\n\n"
            "Ossie on March 4, 2011 at 9:01 am said:\nI do not.\n",
            ["Wren", "Ossie"],
            [1, 2],
            ["March 3, 2011 at 4:12 pm", "March 4, 2011 at 9:01 am"],
        ),
        (
            "One Response to “A post”\n\nWren says:\nMarch 3, 2011 at 4:12 pm\nOnly me here.\n",
            ["Wren"],
            [1],
            ["March 3, 2011 at 4:12 pm"],
        ),
        (
            "Wren says:\nFirst.\n\nOssie says:\nSecond.\n\nLeave a Reply\nName (required)\n",
            ["Wren", "Ossie"],
            [1, 2],
            [None, None],
        ),
    ],
)
def test_thread_split_header_shapes(
    thread: str, authors: list[str], numbers: list[int], timestamps: list[str | None]
) -> None:
    split = separate_thread("A short post about Lysandra Quill.\n\n" + thread)
    assert [c.author for c in split.comments] == authors
    assert [c.n for c in split.comments] == numbers
    assert [c.timestamp for c in split.comments] == timestamps
    assert split.body == "A short post about Lysandra Quill."
    assert all(c.text for c in split.comments)


def test_thread_split_reply_form_is_not_comment_text() -> None:
    split = separate_thread(
        "Post.\n\nWren says:\nFirst.\n\nOssie says:\nSecond.\n\nLeave a Reply\nName (required)\n"
    )
    assert split.comments[-1].text == "Second."


def test_thread_split_single_unnumbered_header_without_count_is_not_a_thread() -> None:
    text = "The publicist says: no comment.\nThat is all we know."
    split = separate_thread(text)
    assert split.comments == []
    assert split.body == text


def test_thread_split_declared_count_may_differ_from_comments_found() -> None:
    split = separate_thread("Post.\n\n47 Responses to “Post”\n\n  1. a says:\n\n    hi\n")
    assert split.declared_count == 47
    assert len(split.comments) == 1


def test_thread_split_news_quotes_introduced_like_comments_are_not_a_thread() -> None:
    text = (
        "Dara Holt spoke about the wedding.\n\nA source close to the couple says:\n\n"
        "They are happy.\n\nActress Juno Price said:\n\nIt was lovely.\n\nShe said:\n\nWe cried.\n"
    )
    split = separate_thread(text)
    assert split.comments == []
    assert split.body == text
