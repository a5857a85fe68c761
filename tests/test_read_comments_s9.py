"""Reader comment threads in the saved markup of hosted widgets and in-house systems not seen before
(Facebook's comments plugin, Spot.IM, Vanilla, WordPress with Jetpack likes and CommentLuv links, Muut- and
Cackle-like widgets, a BEM-named widget, Django's default list, an ASP.NET DataList table, Rails
`comment_123` ids on media objects, Vivvo's numbered headers, ExpressionEngine's "Posted by" line),
signatures in odd places ("- NAME, PLACE, DATE" in the name element, "NAME, PLACE" over an "Added: DATE"
line, "#1 — DATE — NAME [URL]"), and look-alikes that must give none (a tweet timeline with Reply buttons,
critics' quotes and share counts, a recent-comments sidebar, columnist cards). Invented pages in
tests/html_samples/s9 (fictional sites, names and comments), read as the tool reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.model import RawComment
from allegedly.read.comments import DATE_LINE, _counted_byline, _date_then_name
from comment_samples import page_comments, snippet_comments, summary

# In a folder of their own: test_read_comment_systems.py checks that it lists every page at the top level.
SAMPLES = Path(__file__).parent / "html_samples" / "s9"


def _page(name: str) -> list[RawComment] | None:
    return page_comments(SAMPLES / name)


def test_facebook_plugin_saved_dom_with_a_nested_reply() -> None:
    assert summary(_page("facebook_plugin_dom.html")) == [
        (
            "Rosalind Quaite",
            "May 12, 2014 at 4:15pm",
            None,
            "My great-grandfather kept that light for nineteen years. So glad the letters are going to be"
            " seen"
            " at last.",
        ),
        (
            "Hamish Tolver",
            "May 12, 2014 at 5:02pm",
            1,
            "Rosalind, the trust is asking families for photographs too. Worth giving them a ring.",
        ),
        (
            "Elspeth Marrow",
            "May 13, 2014 at 8:40am",
            None,
            "Will there be parking? The lane out to the point is barely wide enough for one car.",
        ),
        (
            "Corin Abbet",
            "May 13, 2014 at 11:55am",
            None,
            "A symbolic sum for a building the county let rot for twenty years. Still, better than holiday"
            " flats.",
        ),
    ]


def test_spotim_messages_with_a_reply_in_the_children_list_after_its_parent() -> None:
    assert summary(_page("spotim_dom.html")) == [
        (
            "Gideon Ashby",
            "2016-10-20T14:02:00Z",
            None,
            "The hall was cold and the roof leaked onto the second violins, but it was ours. Where else is"
            " big"
            " enough?",
        ),
        (
            "Lettice Mayhew",
            "2016-10-20T15:27:00Z",
            1,
            "The school gym is free on Thursdays since the badminton club folded. Ask the head.",
        ),
        (
            "Bertram Oyle",
            "2016-10-21T09:10:00Z",
            None,
            "Flats are what the town needs, frankly. The orchestra can rent somewhere like everyone else.",
        ),
    ]


def test_vanilla_embed_items_with_camel_case_classes() -> None:
    assert summary(_page("vanilla_embed.html")) == [
        (
            "Ketil Brawn",
            "2015-03-04T09:12:44+00:00",
            None,
            "Two sailings is fine for the summer visitors but nobody on the north skerry can get to the"
            " cannery"
            " by seven now.",
        ),
        (
            "Morwenna Dale",
            "2015-03-04T10:30:02+00:00",
            None,
            "The yard said April last winter too and the boat came back in June. I would not plan on it.",
        ),
        (
            "Ivor Sandle",
            "2015-03-05T07:05:19+00:00",
            None,
            "Could the school bus not wait for the later boat on market days? That would solve half of it.",
        ),
    ]


def test_vivvo_numbered_header_names_the_commenter() -> None:
    assert [(c.author, c.timestamp) for c in _page("vivvo_comment_holder.html") or []] == [
        ("Wilfred Pender", "14.01.2009 18:32"),
        ("Hester Quill", "14.01.2009 21:05"),
        ("Osmund Tarr", "15.01.2009 08:47"),
    ]


def test_django_default_list_date_then_name_in_the_term() -> None:
    assert summary(_page("django_default_list.html")) == [
        (
            "Jasper Wetherell",
            "April 2, 2010, 11:04 a.m.",
            None,
            "June is better anyway. Every May regatta I can remember was rained off by the second heat.",
        ),
        (
            "Nell Cardew",
            "April 2, 2010, 3:26 p.m.",
            None,
            "Will the junior sculls still run? My daughter has been training since the autumn for it.",
        ),
        (
            "Rufus Penhallow",
            "April 3, 2010, 9:51 a.m.",
            None,
            "The crack has been there for years. Good to see someone finally paying to mend it before it"
            " gives"
            " way.",
        ),
    ]


def test_aspnet_datalist_table_of_labelled_spans() -> None:
    comments = _page("aspnet_datalist_table.html")
    assert [(c.author, c.timestamp) for c in comments or []] == [
        ("Gwendolen Fairweather", "09/01/2008 17:48"),
        ("Barnaby Stroud", "09/01/2008 19:02"),
        ("Ottoline Venn", "10/01/2008 08:15"),
    ]
    assert comments is not None
    assert comments[1].text == (
        "My father helped fit the last new pinion in 1962. They did it from a ladder in one afternoon."
    )


def test_rails_comment_ids_on_nested_media_objects() -> None:
    assert summary(_page("rails_media_ids.html")) == [
        (
            "Delphine Crabbe",
            "June 8, 2013 at 10:14",
            None,
            "The smell of bread is the best thing about living on this street. I would pay extra rent for"
            " it.",
        ),
        (
            "Royston Gale",
            "June 8, 2013 at 11:30",
            1,
            "Try living right next to it when the ovens start at three in the morning, Delphine.",
        ),
        (
            "Marigold Ashe",
            "June 9, 2013 at 08:02",
            None,
            "Common sense from the inspector for once. The chimney is older than every house that"
            " complained.",
        ),
    ]


def test_bem_widget_with_replies_two_levels_deep() -> None:
    assert [(c.author, c.timestamp, c.parent_n) for c in _page("bem_comment_widget.html") or []] == [
        ("Anselma Brock", "3 September 2015, 18:20", None),
        ("Lorcan Tibbs", "3 September 2015, 19:02", 1),
        ("Anselma Brock", "3 September 2015, 19:40", 2),
        ("Perpetua Lowe", "4 September 2015, 07:55", None),
    ]


def test_jetpack_likes_and_commentluv_links_are_not_the_words() -> None:
    assert summary(_page("jetpack_commentluv.html")) == [
        (
            "Clementine Rook",
            "2014-06-30T10:12:00+00:00",
            None,
            "Congratulations on the beans! Mine have never once come up in a straight line, I think the"
            " pigeons"
            " move them.",
        ),
        (
            "Potting Shed Notes",
            "2014-06-30T12:40:00+00:00",
            1,
            "Netting, Clementine. A whole roll of it and a lot of swearing in March.",
        ),
        (
            "Dunstan Pryor",
            "2014-07-01T07:05:00+00:00",
            None,
            "Ten years of notes is a treasure. Have you thought about printing the diary for the allotment"
            " society?",
        ),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "muut_posts.html",
            [
                ("Tristram Boyce", "2015-02-12T19:20:00Z", None),
                ("Bryony Hesketh", "2015-02-12T20:05:00Z", 1),
                ("Cuthbert Vane", "2015-02-13T08:30:00Z", None),
            ],
        ),
        (
            "cackle_widget.html",
            [
                ("Imogen Blackwood", "07.12.2014 19:44", None),
                ("Lysander Pike", "07.12.2014 21:02", 1),
                ("Gertrude Saltash", "08.12.2014 07:15", None),
            ],
        ),
        (
            "expressionengine_posted.html",
            [
                ("Hollis Crane", "03/11/2008 at 04:15 PM", None),
                ("Winifred Aske", "03/11/2008 at 06:40 PM", None),
                ("Anonymous", "03/12/2008 at 09:02 AM", None),
            ],
        ),
    ],
)
def test_widgets_without_a_comment_class_on_the_items(
    name: str, expected: list[tuple[str, str, int | None]]
) -> None:
    comments = _page(name)
    assert [(c.author, c.timestamp, c.parent_n) for c in comments or []] == expected
    assert comments is not None and all(c.text and c.author not in c.text for c in comments)


@pytest.mark.parametrize(
    "name",
    [
        "no_comments_tweet_timeline.html",
        "no_comments_share_counts_and_quotes.html",
        "no_comments_recent_comments_widget.html",
        "no_comments_columnist_cards.html",
    ],
)
def test_look_alikes_give_no_thread(name: str) -> None:
    assert _page(name) is None


SIGNED_IN_NAME_ELEMENT = """<div class="comments-container"><h3>What readers say</h3>
<div class="comment">
<p class="comment-body">They should have fixed the quay years ago, not spent it on lanterns.</p>
<p class="author">- Berenice Cole, Tadford, 17/1/2008 12:09</p></div>
<div class="comment"><p class="comment-body">Lovely idea, we will come over on the ferry on Friday night.</p>
<p class="author">- Silas Monk, Wexcombe, 17/1/2008 13:40</p></div>
</div>"""

NAME_OVER_ADDED_LINE = """<div id="hys"><h2>Have your say</h2>
<div class="hys-comment"><p>The market is a fine idea but the council should light the quay steps first.</p>
<p class="hys-sig">Wilmot Grey, Saltby</p>
<p class="hys-added">Added: Thursday, 17 January 2008, 10:12 GMT</p></div>
<div class="hys-comment"><p>Smoked fish at midnight is exactly what this town has been missing.</p>
<p class="hys-sig">Perdita Lane, Harrowmere</p>
<p class="hys-added">Added: Thursday, 17 January 2008, 11:40 GMT</p></div>
<div class="hys-comment"><p>Who will clean the quay after the stalls close?</p>
<p class="hys-sig">Jonas Reede, Saltby</p>
<p class="hys-added">Added: Thursday, 17 January 2008, 12:03 GMT</p></div>
</div>"""

COUNTED_HEADER = """<div id="comments"><h3>Comments</h3>
<div class="comment"><p>#1 — January 7, 2008 @ 1:00PM — Oswin Farrant [URL]</p>
<p>Does the market run in the rain? The quay has no cover at all past the old crane.</p></div>
<div class="comment"><p>#2 — January 7, 2008 @ 2:15PM — Tilly Marchbank</p>
<p>It ran last night in a downpour and the lantern stall sold out anyway.</p></div>
</div>"""


def test_signature_in_the_name_element_splits_into_name_and_date() -> None:
    assert summary(snippet_comments(SIGNED_IN_NAME_ELEMENT)) == [
        (
            "Berenice Cole, Tadford",
            "17/1/2008 12:09",
            None,
            "They should have fixed the quay years ago, not spent it on lanterns.",
        ),
        (
            "Silas Monk, Wexcombe",
            "17/1/2008 13:40",
            None,
            "Lovely idea, we will come over on the ferry on Friday night.",
        ),
    ]


def test_name_line_over_a_labelled_date_line_below_the_words() -> None:
    assert summary(snippet_comments(NAME_OVER_ADDED_LINE)) == [
        (
            "Wilmot Grey, Saltby",
            "Thursday, 17 January 2008, 10:12 GMT",
            None,
            "The market is a fine idea but the council should light the quay steps first.",
        ),
        (
            "Perdita Lane, Harrowmere",
            "Thursday, 17 January 2008, 11:40 GMT",
            None,
            "Smoked fish at midnight is exactly what this town has been missing.",
        ),
        (
            "Jonas Reede, Saltby",
            "Thursday, 17 January 2008, 12:03 GMT",
            None,
            "Who will clean the quay after the stalls close?",
        ),
    ]


def test_counted_header_with_date_and_name_leaves_the_words() -> None:
    assert summary(snippet_comments(COUNTED_HEADER)) == [
        (
            "Oswin Farrant",
            "January 7, 2008 @ 1:00PM",
            None,
            "Does the market run in the rain? The quay has no cover at all past the old crane.",
        ),
        (
            "Tilly Marchbank",
            "January 7, 2008 @ 2:15PM",
            None,
            "It ran last night in a downpour and the lantern stall sold out anyway.",
        ),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1 | Wilfred Pender", ("Wilfred Pender", None)),
        (
            "#12 — January 7, 2008 @ 1:00PM — Oswin Farrant [URL]",
            ("Oswin Farrant", "January 7, 2008 @ 1:00PM"),
        ),
        ("#3 Hattie Brune", ("Hattie Brune", None)),
        # a reader's own numbered points and plain dates are no header
        ("1. Great article", None),
        ("2) Bring back the trams", None),
        ("3 | 17/01/2008", None),
        ("The first stall opened at six", None),
    ],
)
def test_counted_byline(line: str, expected: tuple[str, str | None] | None) -> None:
    assert _counted_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("April 2, 2010, 11:04 a.m. - Jasper Wetherell", ("Jasper Wetherell", "April 2, 2010, 11:04 a.m.")),
        ("12.03.2019, 14:22 | Ada Quill", ("Ada Quill", "12.03.2019, 14:22")),
        ("April 2, 2010 - the council met again", None),
        ("April 2, 2010", None),
    ],
)
def test_date_then_name(line: str, expected: tuple[str, str] | None) -> None:
    assert _date_then_name(line) == expected


@pytest.mark.parametrize(
    "line",
    ["Added: Thursday, 17 January 2008, 10:12 GMT", "Posted: 17/01/2008 10:12", "Thursday, 17 January 2008"],
)
def test_labelled_and_weekday_dates_are_date_lines(line: str) -> None:
    assert DATE_LINE.match(line)


@pytest.mark.parametrize("line", ["Added a new stall on Friday", "Thursday is market day, 17 stalls came"])
def test_sentences_about_days_are_not_date_lines(line: str) -> None:
    assert not DATE_LINE.match(line)
