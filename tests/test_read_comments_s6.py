"""Reader comment threads in shapes the earlier readers missed: reply boxes nested in comments of unnamed
markup, regions named by a weak word ("responses", "discussion") with a name and a date on every member,
`itemprop="comment"` microdata without a type, name headings or `cite` names over each comment's words,
quoted words signed "— NAME, DATE", and talkback tables with a byline row above each words row; and
look-alikes (a panel's speakers, related stories, feedback and reply forms) that must give none.
Invented pages in tests/html_samples/s6, read as the tool reads a saved page, and invented snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.model import RawComment
from comment_samples import page_comments, snippet_comments, summary

# In a folder of their own: test_read_comment_systems.py checks that it lists every page at the top level.
SAMPLES = Path(__file__).parent / "html_samples" / "s6"

FIRST = "Bought a lantern there last night, and the smoked mackerel was excellent value."
SECOND = "Same here, the old charts are a bargain if you like faded coastlines."
THIRD = "Parking was a nightmare though, I left the car at the chapel and walked down the hill."


def _page(name: str) -> list[RawComment] | None:
    return page_comments(SAMPLES / name)


_comments = snippet_comments
_summary = summary


def test_reply_box_nested_in_a_comment_of_unnamed_markup() -> None:
    assert _summary(_page("nested_reply_boxes.html")) == [
        ("Juna Pell", "May 4, 2021 at 7:20 pm", None, FIRST),
        ("Tobias Wren", "May 4, 2021 at 8:02 pm", 1, SECOND),
        ("Ysolde Marsh", "May 5, 2021 at 9:10 am", None, THIRD),
    ]


def test_responses_region_with_name_and_time_on_each_member() -> None:
    assert _summary(_page("responses_region.html")) == [
        ("Juna Pell", "2021-05-04T19:20", None, FIRST),
        ("Tobias Wren", "2021-05-04T20:02", None, SECOND),
        ("Ysolde Marsh", "2021-05-05T09:10", None, THIRD),
    ]


def test_discussion_region_with_name_date_signature_lines() -> None:
    assert _summary(_page("discussion_signature_lines.html")) == [
        ("Juna Pell", "4 May 2021", None, FIRST),
        ("Tobias Wren", "4 May 2021", None, SECOND),
        ("Ysolde Marsh", "5 May 2021", None, THIRD),
    ]


def test_itemprop_comment_without_an_itemtype() -> None:
    assert _summary(_page("microdata_itemprop_comment.html")) == [
        ("Juna Pell", "2021-05-04T19:20", None, FIRST),
        ("Tobias Wren", "2021-05-04T20:02", None, SECOND),
    ]


@pytest.mark.parametrize("name", ["name_headings.html", "cite_pairs.html"])
def test_name_over_each_comments_words_in_a_flat_region(name: str) -> None:
    comments = _page(name)
    assert [(c.author, c.text) for c in comments or []] == [
        ("Juna Pell", FIRST),
        ("Tobias Wren", SECOND),
        ("Ysolde Marsh", THIRD),
    ]
    assert all(c.timestamp and c.timestamp.startswith("May") for c in comments or [])


def test_quoted_words_signed_with_name_and_date() -> None:
    assert _summary(_page("quoted_with_signature.html")) == [
        ("Juna Pell", "May 4, 2021", None, FIRST),
        ("Tobias Wren", "May 4, 2021", None, SECOND),
        ("Ysolde Marsh", "May 5, 2021", None, THIRD),
    ]


def test_talkback_table_byline_rows_take_the_words_row_after() -> None:
    assert _summary(_page("talkback_table.html")) == [
        ("Juna Pell", "05/04/2021 19:20", None, FIRST),
        ("Tobias Wren", "05/04/2021 20:02", None, SECOND),
        ("Ysolde Marsh", "05/05/2021 09:10", None, THIRD),
    ]


def test_panel_related_stories_and_forms_in_weak_regions_are_not_comments() -> None:
    assert _page("no_comments_weak_regions.html") is None


def test_reply_items_keep_their_date_out_of_the_words() -> None:
    comments = _comments(
        """<div class="talk"><ol class="list">
        <li class="post"><span class="poster">Juna Pell</span> <span class="stamp">May 4, 2021</span>
        <p>Bought a lantern there last night, the smoked mackerel was excellent.</p>
        <ul><li class="reply"><span class="poster">Tobias Wren</span> <span class="stamp">May 4, 2021</span>
        <p>Same here, the charts are a bargain if you like old coastlines.</p></li></ul></li>
        <li class="post"><span class="poster">Ysolde Marsh</span> <span class="stamp">May 5, 2021</span>
        <p>Parking was a nightmare though, I left the car at the chapel and walked down.</p></li>
        </ol></div>"""
    )
    assert _summary(comments) == [
        (
            "Juna Pell",
            "May 4, 2021",
            None,
            "Bought a lantern there last night, the smoked mackerel was excellent.",
        ),
        ("Tobias Wren", "May 4, 2021", 1, "Same here, the charts are a bargain if you like old coastlines."),
        (
            "Ysolde Marsh",
            "May 5, 2021",
            None,
            "Parking was a nightmare though, I left the car at the chapel and walked down.",
        ),
    ]


def test_a_reply_box_holding_a_form_is_not_a_comment() -> None:
    comments = _comments(
        """<div id="comments"><div class="comment" id="comment-1"><span class="author">Juna Pell</span>
        <span class="date">May 4, 2021</span>
        <p>Bought a lantern there last night, the smoked mackerel was excellent.</p>
        <div class="reply"><span class="author">Your name</span> <span class="date">May 4, 2021</span>
        <textarea></textarea><p>Please keep your reply on topic and polite to the others.</p>
        </div></div></div>"""
    )
    assert [(c.author, c.text) for c in comments or []] == [
        ("Juna Pell", "Bought a lantern there last night, the smoked mackerel was excellent.")
    ]


def test_undated_testimonials_in_a_feedback_box_are_not_comments() -> None:
    assert (
        _comments(
            """<div class="customer-feedback">
            <div class="quote"><span class="name">Juna Pell</span>
            <p>Best lantern shop on the whole coast, would buy again any day.</p></div>
            <div class="quote"><span class="name">Tobias Wren</span>
            <p>Friendly staff and fair prices, the charts were a lovely surprise.</p></div></div>"""
        )
        is None
    )


def test_dated_story_cards_in_a_conversation_box_are_not_comments() -> None:
    assert (
        _comments(
            """<aside class="conversation-starters">
            <div class="card"><h3><a href="/x">Why the quay market matters for the harbour</a></h3>
            <span class="author">Staff writer</span><span class="date">May 3, 2021</span></div>
            <div class="card"><h3><a href="/y">Five things to buy at a night market</a></h3>
            <span class="author">Staff writer</span><span class="date">May 2, 2021</span></div></aside>"""
        )
        is None
    )


def test_definition_list_with_name_at_date_terms_after_a_heading() -> None:
    comments = _comments(
        """<div class="box"><h3>Reader comments</h3><dl>
        <dt>Juna Pell at May 4, 2021 7:20 PM</dt>
        <dd>Bought a lantern there last night, the smoked mackerel was excellent.</dd>
        <dt>Tobias Wren at May 4, 2021 8:02 PM</dt>
        <dd>Same here, the charts are a bargain if you like old coastlines.</dd></dl></div>"""
    )
    assert _summary(comments) == [
        (
            "Juna Pell",
            "May 4, 2021 7:20 PM",
            None,
            "Bought a lantern there last night, the smoked mackerel was excellent.",
        ),
        (
            "Tobias Wren",
            "May 4, 2021 8:02 PM",
            None,
            "Same here, the charts are a bargain if you like old coastlines.",
        ),
    ]


def test_german_name_am_date_um_time_lines_under_leserkommentare() -> None:
    comments = _comments(
        """<div class="box"><h3>Leserkommentare</h3>
        <div class="beitrag"><div class="kopf">Juna Pell am 04.05.2021 um 19:20</div>
        <div class="txt">Gestern eine Laterne gekauft, die Makrele war ausgezeichnet und billig.</div></div>
        <div class="beitrag"><div class="kopf">Tobias Wren am 04.05.2021 um 20:02</div>
        <div class="txt">Geht mir genauso, die alten Karten sind ein echtes Schnäppchen.</div></div></div>"""
    )
    assert [(c.author, c.timestamp) for c in comments or []] == [
        ("Juna Pell", "04.05.2021 um 19:20"),
        ("Tobias Wren", "04.05.2021 um 20:02"),
    ]


def test_undated_name_wrote_paragraphs_after_a_comments_heading() -> None:
    comments = _comments(
        """<div class="box"><h3>Comments</h3>
        <p><strong>Juna Pell</strong> wrote:<br>
        Bought a lantern there last night, the mackerel was excellent.</p>
        <p><strong>Tobias Wren</strong> wrote:<br>
        Same here, the charts are a bargain if you like old coastlines.</p>
        </div>"""
    )
    assert [(c.author, c.text) for c in comments or []] == [
        ("Juna Pell", "Bought a lantern there last night, the mackerel was excellent."),
        ("Tobias Wren", "Same here, the charts are a bargain if you like old coastlines."),
    ]


def test_quotations_in_the_article_without_a_comment_cue_are_not_comments() -> None:
    assert (
        _comments(
            """<div class="box"><h3>What the council heard</h3>
            <p><strong>Mira Vell</strong> wrote:<br>
            The quay has been empty for a decade and deserves better.</p>
            <p><strong>Osric Tamm</strong> wrote:<br>Parking remains the main worry for the harbour road.</p>
            </div>"""
        )
        is None
    )


def test_an_unsigned_answer_in_a_reply_box_stays_with_the_comment() -> None:
    comments = _comments(
        """<ol class="commentlist"><li class="comment" id="comment-4">
        <cite class="fn">Juna Pell</cite> <span class="comment-date">May 4, 2021</span>
        <p>Does the market open on Sundays as well, or only during the week?</p>
        <div class="reply">Owner's answer: yes, every evening except Mondays from six o'clock.</div>
        <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
        </li></ol>"""
    )
    assert [(c.author, c.text) for c in comments or []] == [
        (
            "Juna Pell",
            "Does the market open on Sundays as well, or only during the week?\n"
            "Owner's answer: yes, every evening except Mondays from six o'clock.",
        )
    ]
