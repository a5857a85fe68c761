"""link_replies: explicit, @, #N and vocative links, replies to the writer, and links never made."""

from __future__ import annotations

import pytest

from allegedly.model import Comment, RawComment
from allegedly.thread import link_replies, separate_thread
from thread_samples import POST, THREAD, WRITERS


def _linked() -> dict[int, Comment]:
    comments = link_replies(separate_thread(POST + THREAD).comments, WRITERS)
    return {c.n: c for c in comments}


def test_thread_replies_on_sample_thread() -> None:
    linked = _linked()
    links = {n: c.reply_to for n, c in linked.items() if c.reply_to is not None}
    # 3 "@tessa" → 1; 4 "#3 plumtart" → 3; 6 "You nailed it, Di!" → 4; 7 "LOL tessa," → 1.
    assert links == {3: 1, 4: 3, 6: 4, 7: 1}
    assert [n for n, c in linked.items() if c.reply_to_author] == [8]


def test_thread_replies_store_the_cue_words() -> None:
    linked = _linked()
    assert linked[3].reply_cue == "@tessa"
    assert linked[4].reply_cue == "#3 plumtart"
    assert linked[6].reply_cue == "You nailed it, Di!"
    assert linked[7].reply_cue == "LOL tessa,"
    assert linked[8].reply_cue == "yo Penny,"
    assert linked[1].reply_cue is None


def test_thread_replies_keep_text_and_authors() -> None:
    linked = _linked()
    assert linked[5].text.startswith("<script>")
    assert linked[4].author == "Di 'Bean' Arliss"


def _raw(*items: tuple[str, str]) -> list[RawComment]:
    return [RawComment(n=i + 1, author=a, text=t) for i, (a, t) in enumerate(items)]


def test_thread_replies_explicit_parent_wins_over_text_cues() -> None:
    raw = _raw(("Ana", "hi"), ("Bo", "hello"), ("Cy", "@Ana no"))
    raw[2].parent_n = 2
    assert link_replies(raw, set())[2].reply_to == 2


def test_thread_replies_prefer_most_recent_matching_author() -> None:
    raw = _raw(("Ana", "one"), ("Bo", "two"), ("Ana", "three"), ("Cy", "@Ana you again"))
    assert link_replies(raw, set())[3].reply_to == 3


@pytest.mark.parametrize(
    "items",
    [
        # "@ lysandra" where no commenter is called lysandra is a celebrity, not a commenter.
        [("Ana", "first"), ("Bo", "@ lysandra needs the money")],
        # Never oneself, even by handle.
        [("Ana", "first"), ("Ana", "@Ana talking to myself")],
        # Never a later comment.
        [("Ana", "#2 Bo agreed"), ("Bo", "first?")],
        # A name as the object of a preposition is talked about, not addressed.
        [("Wren", "first"), ("Bo", "I agree with Wren.")],
        # A third-person mention of the writer is not a reply to them.
        [("Ana", "first"), ("Bo", "I think what Penny is trying to say here is obvious")],
        # An interjection followed by an ordinary word is no vocative.
        [("mandolin", "first"), ("Bo", "Oh man this is wild")],
    ],
)
def test_thread_replies_false_links_are_not_made(items: list[tuple[str, str]]) -> None:
    linked = link_replies(_raw(*items), {"Penny"})
    assert all(c.reply_to is None and not c.reply_to_author for c in linked)


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("@Ana exactly", 1),
        ("@ Ana exactly", 1),
        ("#1 Ana: exactly", 1),
        ("#2 exactly", 2),
        ("Ana, exactly right.", 1),
        ("hey Ana I agree", 1),
        ("Spot on, Ana!", 1),
        ("@The Bold Bo yes", 2),
    ],
)
def test_thread_replies_cue_shapes(text: str, parent: int) -> None:
    raw = _raw(("Ana", "first"), ("The Bold Bo", "second"), ("Cy", text))
    assert link_replies(raw, set())[2].reply_to == parent


@pytest.mark.parametrize(
    "text", ["yo Penny, well said", "you said it all GW.. nothing to add", "Penny: great post"]
)
def test_thread_replies_to_the_writer(text: str) -> None:
    linked = link_replies(_raw(("Ana", "first"), ("Bo", text)), {"Penny", "GW"})
    assert linked[1].reply_to_author is True
    assert linked[1].reply_to is None
