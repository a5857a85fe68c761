"""Reader comment threads marked by data-* attributes, by a replies box beside the comment, and by bare
(words, name) pairs under a comment cue; and a look-alike (critics' quotes with their names) that must
give none. Invented pages in tests/html_samples/data_markup, read as the tool reads a saved page, and invented
snippets read by `read_comments`."""

from __future__ import annotations

from pathlib import Path

from allegedly.model import RawComment
from comment_samples import page_comments, snippet_comments, summary

# In a folder of their own: test_read_comment_systems.py checks that it lists every page at the top level.
SAMPLES = Path(__file__).parent / "html_samples" / "data_markup"


def _page(name: str) -> list[RawComment] | None:
    return page_comments(SAMPLES / name)


_comments = snippet_comments
_summary = summary


def test_data_comment_id_items_with_author_attribute_and_parent_id() -> None:
    comments = _page("data_attributes.html")
    assert _summary(comments) == [
        (
            "Tobias Wren",
            "2021-05-04T19:20",
            None,
            "Bought the crab lantern for my nephew last night, he has not switched it off since.",
        ),
        (
            "Ysolde Marsh",
            "2021-05-04T20:02",
            1,
            "We have the same one in the kitchen window, the ferry crews wave at it every evening.",
        ),
        (
            "Crispin Lowe",
            "2021-05-05T08:45",
            None,
            "Glad somebody finally uses the net loft, it was falling apart behind those shutters.",
        ),
    ]


def test_reply_button_with_data_commentid_is_not_a_comment() -> None:
    # WordPress puts `data-commentid` on the reply link; only comment-holding elements are items.
    comments = _comments(
        """<div class="thread"><div class="entry" data-comment-id="9">
        <span class="author">Juna Pell</span>
        <p>Bought a lantern there last night, the smoked mackerel was excellent.</p>
        <a class="comment-reply-link" data-commentid="9" href="#r">Reply</a></div></div>"""
    )
    assert [(c.author, c.text) for c in comments or []] == [
        ("Juna Pell", "Bought a lantern there last night, the smoked mackerel was excellent.")
    ]


def test_data_testid_comment_items() -> None:
    comments = _comments(
        """<div class="q1"><div class="q2" data-testid="comment"><span class="author">Juna Pell</span>
        <div class="q4">Bought a lantern there last night, the smoked mackerel was excellent.</div></div>
        <div class="q2" data-testid="Comment"><span class="author">Tamsin Ro</span>
        <div class="q4">The charts are overpriced but the lanterns are worth it.</div></div>
        <div class="q2" data-testid="comment-form"><textarea></textarea></div></div>"""
    )
    assert [(c.author, c.text) for c in comments or []] == [
        ("Juna Pell", "Bought a lantern there last night, the smoked mackerel was excellent."),
        ("Tamsin Ro", "The charts are overpriced but the lanterns are worth it."),
    ]


def test_data_role_on_a_link_names_no_comment() -> None:
    assert (
        _comments(
            """<div class="promo"><a data-role="comment" href="/talk">Bought a lantern there last night and
            loved the smoked mackerel</a></div>"""
        )
        is None
    )


def test_replies_box_beside_the_comment_element_gives_the_parent() -> None:
    comments = _comments(
        """<section class="c-comments"><h2 class="c-comments__title">Comments</h2>
        <ol class="c-comments__list">
        <li class="c-comments__item"><article class="c-comment"><header class="c-comment__meta">
        <span class="c-comment__author">Juna Pell</span>
        <time class="c-comment__date">1 March 2022</time></header>
        <div class="c-comment__body">
        <p>Bought a lantern there last night, the smoked mackerel was excellent.</p>
        </div></article>
        <ol class="c-comments__replies"><li class="c-comments__item"><article class="c-comment">
        <header class="c-comment__meta"><span class="c-comment__author">Tamsin Ro</span>
        <time class="c-comment__date">2 March 2022</time></header><div class="c-comment__body">
        <p>The charts are overpriced but the lanterns are worth it.</p></div></article></li></ol></li>
        </ol><button class="c-comments__more">Load more comments</button></section>"""
    )
    assert [(c.author, c.timestamp, c.parent_n) for c in comments or []] == [
        ("Juna Pell", "1 March 2022", None),
        ("Tamsin Ro", "2 March 2022", 1),
    ]


def test_component_thread_page_keeps_nesting() -> None:
    comments = _page("component_replies.html")
    assert [(c.author, c.parent_n) for c in comments or []] == [
        ("Ansel Brightwater", None),
        ("Philippa Crane", 1),
        ("Lowell Finch", None),
    ]


def test_words_and_name_pairs_under_a_cue_after_an_anchor() -> None:
    comments = _page("name_pairs.html")
    assert _summary(comments) == [
        (
            "Copper Kettle",
            None,
            None,
            "Marsh would be a fine signing, he never stops running and he reads the game better than"
            " anyone in our midfield.",
        ),
        (
            "Tidewater Tom",
            None,
            None,
            "If I had to bet I would say he stays on the coast, his family are settled there and the"
            " wages are not that different.",
        ),
        (
            "Copper Kettle",
            None,
            None,
            "Good point about the family, but a bigger stage might tempt him before he turns thirty.",
        ),
    ]


def test_quote_and_name_pairs_without_a_cue_are_no_thread() -> None:
    assert not _page("no_comments_critic_quotes.html")


def test_name_pairs_need_three_pairs() -> None:
    markup = """<h3>Your say</h3><div class="say">
      <span class="t">The smoked mackerel was the best thing I ate all week, honestly.</span>
      <span class="w">Juna Pell</span><br>
      <span class="t">The charts are overpriced but the lanterns are worth it.</span>
      <span class="w">Tamsin Ro</span><br></div>"""
    assert _comments(markup) is None


def test_name_pairs_with_dated_short_members_are_not_bare_names() -> None:
    # A date in the short member makes it a dated list (events, fixtures), not a commenter's name.
    markup = """<h3>Your say</h3><div class="say">""" + "".join(
        f"""<span class="t">Lantern walk along the quay with music and smoked fish stalls number {n}.</span>
        <span class="w">March {n}, 2022</span><br>"""
        for n in range(1, 5)
    )
    assert _comments(markup + "</div>") is None
