"""Reader comments from the markup families the comment reader knows, on invented snippets."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from allegedly.model import RawComment
from allegedly.read.comments import read_comments

ARTICLE = """<article><h1>Quint buys a lighthouse</h1>
<p>Mirela Quint has bought the disused lighthouse at Gullhaven Point, her agent confirmed on Tuesday,
and plans to turn its keeper's cottage into a small bakery.</p>
<p>The lighthouse has stood empty since the harbour trust moved its lamp to the breakwater.</p>
</article>"""


def _comments(markup: str) -> list[RawComment] | None:
    root = lxml_html.document_fromstring(f"<html><body>{ARTICLE}{markup}</body></html>")
    return read_comments(root)


def _summary(comments: list[RawComment] | None) -> list[tuple[str, str, int | None]]:
    assert comments is not None
    return [(c.author, c.text, c.parent_n) for c in comments]


def test_no_comment_markup_gives_none() -> None:
    assert _comments("<footer><p>All rights reserved by the Gullhaven Gazette.</p></footer>") is None


def test_disqus_static_markup() -> None:
    markup = """<div id="disqus_thread"><ul id="dsq-comments">
      <li class="dsq-comment" id="dsq-comment-1"><div class="dsq-comment-header">
        <cite class="dsq-comment-author">Tobble</cite></div>
        <div class="dsq-comment-message"><p>A bakery in a lighthouse is a lovely idea.</p></div>
        <ul class="children"><li class="dsq-comment" id="dsq-comment-2">
          <cite class="dsq-comment-author">Wren Alder</cite>
          <div class="dsq-comment-message"><p>Only if the bread comes up the stairs warm.</p></div>
        </li></ul>
      </li></ul></div>"""
    assert _summary(_comments(markup)) == [
        ("Tobble", "A bakery in a lighthouse is a lovely idea.", None),
        ("Wren Alder", "Only if the bread comes up the stairs warm.", 1),
    ]


def test_livefyre_markup() -> None:
    markup = """<div class="fyre-stream-content">
      <article class="fyre-comment-article"><header><span class="fyre-comment-username">Marrow</span>
        <time class="fyre-comment-date" datetime="2021-06-02T08:00:00Z">2 June</time></header>
        <section class="fyre-comment"><p>Saw the lamp from my boat last night, still no keeper.</p></section>
      </article>
      <article class="fyre-comment-article"><header><span class="fyre-comment-username">Ilse_P</span></header>
        <section class="fyre-comment"><p>She will need a very long rope for the deliveries.</p></section>
      </article></div>"""
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Marrow", "Saw the lamp from my boat last night, still no keeper.", None),
        ("Ilse_P", "She will need a very long rope for the deliveries.", None),
    ]
    assert comments is not None and comments[0].timestamp == "2021-06-02T08:00:00Z"


def test_drupal_indented_replies() -> None:
    markup = """<div id="comments">
      <div class="comment"><span class="username">Fenwick</span>
        <div class="content"><p>The trust should have kept the lamp where it was.</p></div></div>
      <div class="indented">
        <div class="comment"><span class="username">Osk</span>
          <div class="content"><p>The breakwater is safer for the ferries, though.</p></div></div>
      </div></div>"""
    assert _summary(_comments(markup)) == [
        ("Fenwick", "The trust should have kept the lamp where it was.", None),
        ("Osk", "The breakwater is safer for the ferries, though.", 1),
    ]


def test_schema_org_microdata() -> None:
    markup = """<section>
      <div itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">
          <span itemprop="name">Perrin Gale</span></span>
        <meta itemprop="dateCreated" content="2021-06-03">
        <div itemprop="text">Finally someone who will look after that old tower.</div>
      </div>
      <div itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author">Dunmore</span>
        <p itemprop="commentText">I hope she keeps the foghorn working.</p>
      </div></section>"""
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Perrin Gale", "Finally someone who will look after that old tower.", None),
        ("Dunmore", "I hope she keeps the foghorn working.", None),
    ]
    assert comments is not None and comments[0].timestamp == "2021-06-03"


def test_json_ld_comment_array_with_reply() -> None:
    markup = """<script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "DiscussionForumPosting", "headline": "Quint buys a lighthouse",
      "comment": [{"@type": "Comment", "text": "Gullhaven needed some good news.",
                   "author": {"@type": "Person", "name": "Brisa"}, "dateCreated": "2021-06-04",
                   "comment": [{"@type": "Comment", "text": "It did, after the storm.",
                                "author": "Tollan"}]}]}</script>"""
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Brisa", "Gullhaven needed some good news.", None),
        ("Tollan", "It did, after the storm.", 1),
    ]
    assert comments is not None and comments[0].timestamp == "2021-06-04"


def test_localised_class_names_and_numbered_classes() -> None:
    markup = """<div class="kommentare">
      <div class="kommentar-item 8812"><span class="kommentar-autor">Heike</span>
        <div class="kommentar-text">Ein Leuchtturm als Bäckerei, wunderbar.</div></div>
      <div class="kommentar-item 8813"><span class="kommentar-autor">Jörn</span>
        <div class="kommentar-text">Hoffentlich gibt es dort auch Franzbrötchen.</div></div></div>"""
    assert [c.text for c in _comments(markup) or []] == [
        "Ein Leuchtturm als Bäckerei, wunderbar.",
        "Hoffentlich gibt es dort auch Franzbrötchen.",
    ]


def test_region_with_posted_by_bylines() -> None:
    markup = """<div id="story-comments" class="panel form1"><h4>Have your say</h4>
      <div class="fill2"><blockquote><p>She will make a fine keeper, better than the last one.</p>
        <cite>Posted by: Old Salt of Gullhaven 9:49pm January 08, 2021</cite></blockquote></div>
      <div class="fill2"><blockquote><p>Nobody asked the gulls what they think about a bakery.</p>
        <cite>Posted by: Maren 10:02pm January 08, 2021</cite></blockquote></div></div>"""
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Old Salt of Gullhaven", "She will make a fine keeper, better than the last one.", None),
        ("Maren", "Nobody asked the gulls what they think about a bakery.", None),
    ]
    assert comments is not None and comments[1].timestamp == "10:02pm January 08, 2021"


def test_region_with_byline_header_and_text_siblings() -> None:
    markup = """<div id="readerComments">
      <div class="b_box">Posted by: Tamsin, Lowmarsh on 9:35am Wed 9 Jan 21</div>
      <div class="entry">The harbour trust should never have sold it to anyone at all.</div>
      <div class="b_box">Posted by: Quill, Brackenby on 10:11am Wed 9 Jan 21</div>
      <div class="entry">A bakery beats another holiday flat, that much is certain.</div></div>"""
    assert _summary(_comments(markup)) == [
        ("Tamsin, Lowmarsh", "The harbour trust should never have sold it to anyone at all.", None),
        ("Quill, Brackenby", "A bakery beats another holiday flat, that much is certain.", None),
    ]


def test_region_with_alternating_text_and_name_paragraphs() -> None:
    markup = """<div class="comment-article"><div class="box">
      <p class="small pad">My grandfather kept that light for thirty years, he would approve.</p>
      <p class="small grey">Edda Morn, Gullhaven</p>
      <p class="small pad">Let us hope the stairs survive the flour sacks.</p>
      <p class="small grey">Rufus, Lowmarsh</p></div></div>"""
    # The short kind is the signature: "NAME, PLACE" gives the author, and leaves the words.
    assert [(c.author, c.text) for c in _comments(markup) or []] == [
        ("Edda Morn", "My grandfather kept that light for thirty years, he would approve."),
        ("Rufus", "Let us hope the stairs survive the flour sacks."),
    ]


def test_repeated_region_elements() -> None:
    body = (
        '<table><tr><td><div id="commentBody">{}</div><div class="commentFooter">{}</div></td></tr></table>'
    )
    markup = body.format("The lamp should go back to the point where it belongs.", "Harl") + body.format(
        "Sailors relied on that light for a century, it is no toy.", "Bex"
    )
    comments = _comments(markup) or []
    assert [c.text.split("\n")[0] for c in comments] == [
        "The lamp should go back to the point where it belongs.",
        "Sailors relied on that light for a century, it is no toy.",
    ]


def test_policy_and_form_boxes_are_not_comments() -> None:
    markup = """<div id="comments-policy"><ul>
        <li>Please be respectful when making a comment and keep to the house rules.</li>
        <li>We reserve the right to delete posts that break these rules without notice.</li></ul></div>
      <div id="comments"><div class="notice">Comments are moderated and may take a while to appear here.</div>
        <div class="notice">By submitting a comment you agree to the terms and conditions.</div></div>"""
    assert _comments(markup) is None


def test_opinion_teasers_styled_comment_are_not_comments() -> None:
    markup = """<ul class="story-list">
      <li class="list-item comment"><h3><a href="/a">Comment: why Gullhaven must keep its lighthouse lit</a>
      </h3></li>
      <li class="list-item comment"><h3><a href="/b">Comment: the bakery boom in our harbour towns</a>
      </h3></li>
    </ul>"""
    assert _comments(markup) is None


def test_words_inside_the_author_box_are_kept() -> None:
    markup = """<ol class="commentlist"><li class="comment depth-1" id="comment-7">
      <div class="comment-author vcard"><cite class="fn">Linnea</cite> says:
        <p>Your last paragraph says everything I wanted to say about the keeper's cottage.</p></div>
    </li></ol>"""
    comments = _comments(markup)
    assert comments is not None and comments[0].author == "Linnea"
    assert comments[0].text.endswith("everything I wanted to say about the keeper's cottage.")


def test_date_and_says_lines_leave_the_text() -> None:
    markup = """<div class="comment-list-box">
      <div class="talk_comment_item"><span class="talk_author">Orrin</span>
        <div>2:29 pm June 15, 2021</div><div>Orrin wrote:</div>
        <p>The cottage needs a new roof before any ovens go in.</p></div>
      <div class="talk_comment_item"><span class="talk_author">Pell</span>
        <div>3:02 pm June 15, 2021</div>
        <p>Good luck getting planning permission on the point.</p></div></div>"""
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Orrin", "The cottage needs a new roof before any ovens go in.", None),
        ("Pell", "Good luck getting planning permission on the point.", None),
    ]
    assert comments is not None and comments[0].timestamp == "2:29 pm June 15, 2021"


def _comments_with_article(markup: str, article_text: str) -> list[RawComment] | None:
    root = lxml_html.document_fromstring(f"<html><body>{markup}</body></html>")
    return read_comments(root, article_text=article_text)


def test_byline_in_a_footer_gives_the_author() -> None:
    markup = """<div class="comments-content">
      <div class="comment" id="comment-101"><div class="comment-content">
        <p>The keeper's cottage has the best view on the whole coast.</p></div>
        <p class="comment-footer">Posted by: Ansel Brook | Jan 10, 2021 4:49:12 PM</p></div>
      <div class="comment" id="comment-102"><div class="comment-content">
        <p>I would cycle out there every morning for a warm loaf.</p></div>
        <p class="comment-footer">Posted by: Wynne | Jan 10, 2021 6:02:53 PM</p></div></div>"""
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Ansel Brook", "The keeper's cottage has the best view on the whole coast.", None),
        ("Wynne", "I would cycle out there every morning for a warm loaf.", None),
    ]
    assert comments is not None and comments[0].timestamp == "Jan 10, 2021 4:49:12 PM"


def test_definition_list_theme_takes_the_author_from_dt() -> None:
    markup = """<div id="comments"><dl id="comment_list">
      <dt class="comment depth-1" id="comment-31"><span class="comment_author">Cato</span>
        <span class="comment_time">June 4, 2021 at 5:23 am</span></dt>
      <dd class="comment depth-1"><div class="format_text"><p>Where is the foghorn?</p></div></dd>
      <dt class="comment depth-1" id="comment-32"><span class="comment_author">Ysolde</span>
        <span class="comment_time">June 4, 2021 at 6:40 am</span></dt>
      <dd class="comment depth-1"><div class="format_text"><p>Sold for scrap, years ago.</p></div></dd>
    </dl></div>"""
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Cato", "Where is the foghorn?", None),
        ("Ysolde", "Sold for scrap, years ago.", None),
    ]
    assert comments is not None and comments[1].timestamp == "June 4, 2021 at 6:40 am"


OLD_NEWSPAPER_THREAD = """<td class="content_main"><div class="artHeadline">Quint buys a lighthouse</div>
  <div class="storyText"><p>Mirela Quint has bought the disused lighthouse at Gullhaven Point, her agent
  confirmed on Tuesday, and plans to turn its keeper's cottage into a small bakery.</p></div>
  <div><a href="#add">Add Comment</a></div>
  <div class="b_box">Posted by: Tamsin, Lowmarsh on <span class="itdate">9:35am Wed 9 Jan 21</span></div>
  <div style="display: none;" id="acom0">The harbour trust should never have sold it to anyone.</div>
  <div class="entry" id="com0">The harbour trust should never have sold it to anyone.</div>
  <div class="b_box"><a href="#q">Quote</a> | <a href="#r">Report this post</a></div>
  <div class="b_box">Posted by: Quill, Brackenby on <span class="itdate">10:11am Wed 9 Jan 21</span></div>
  <div style="display: none;" id="acom1">A bakery beats another holiday flat, that much is certain.</div>
  <div class="entry" id="com1">A bakery beats another holiday flat, that much is certain.</div>
  <div class="b_box"><a href="#q">Quote</a> | <a href="#r">Report this post</a></div>
  <div class="formbox"><p>Please register to add your comment to this story.</p></div></td>"""


def test_old_newspaper_thread_without_comment_names() -> None:
    markup = f"<table><tr>{OLD_NEWSPAPER_THREAD}</tr></table>"
    comments = _comments_with_article(markup, "Mirela Quint has bought the disused lighthouse.")
    assert _summary(comments) == [
        ("Tamsin, Lowmarsh", "The harbour trust should never have sold it to anyone.", None),
        ("Quill, Brackenby", "A bakery beats another holiday flat, that much is certain.", None),
    ]
    assert comments is not None and comments[0].timestamp == "9:35am Wed 9 Jan 21"


def test_signed_paragraphs_after_a_comments_heading() -> None:
    markup = """<div><h1>Quint buys a lighthouse</h1>
      <p class="story2">Mirela Quint has bought the disused lighthouse at Gullhaven Point.</p>
      <a name="comments"></a><div class="yvhd">Comments</div>
      <p class="story">A lighthouse bakery is the best news this coast has had in years.<br>
        <b>Posted by Ilka on January 6, 2021 2:09 PM</b></p>
      <p class="story">I only hope the loaves survive the climb down the spiral stairs.<br>
        <b>Posted by Tor Jansen on January 6, 2021 1:41 PM</b></p>
      <div class="yvhd">Post a comment</div></div>"""
    comments = _comments_with_article(markup, "Mirela Quint has bought the disused lighthouse.")
    assert comments is not None and [c.author for c in comments] == ["Ilka", "Tor Jansen"]
    assert comments[0].text.startswith("A lighthouse bakery is the best news")


def test_signed_blog_posts_are_not_comments() -> None:
    opening = (
        "The ferry to Gullhaven Point runs again from Monday after the winter break, and the harbour "
        "office says the timetable stays as it was last summer"
    )
    markup = f"""<div><a href="/feed">Comments RSS</a>
      <div class="entry"><p>{opening}.</p><p>Posted by harbourdesk on March 2, 2021 9:00 AM</p></div>
      <div class="entry"><p>The lamp on the breakwater was serviced this week by the trust's engineers and
        works again.</p><p>Posted by harbourdesk on March 1, 2021 9:00 AM</p></div></div>"""
    assert _comments_with_article(markup, opening) is None


def test_signed_paragraphs_without_a_comment_cue_are_not_comments() -> None:
    markup = """<div><p class="note">The ferry timetable stays as it was last summer, the office says.<br>
        Posted by harbourdesk on March 2, 2021 9:00 AM</p>
      <p class="note">The breakwater lamp works again after its service by the trust engineers.<br>
        Posted by harbourdesk on March 1, 2021 9:00 AM</p></div>"""
    assert _comments_with_article(markup, "") is None


def test_repeated_region_takes_the_byline_box_around_it() -> None:
    body = (
        '<table><tr><td><div id="commentBody">{}</div>'
        '<div class="commentFooter"><b><a href="/u">{}</a></b> Jan 09 2021 07:52 PM PST |</div></td></tr>'
        "</table>"
    )
    markup = body.format("The lamp should go back to the point where it belongs.", "Harl") + body.format(
        "Sailors relied on that light for a century, it is no toy.", "Bex"
    )
    comments = _comments(markup)
    assert comments is not None and len(comments) == 2
    assert comments[0].text.startswith("The lamp should go back to the point")
    assert "Harl" in f"{comments[0].author} {comments[0].text}"
    assert comments[1].timestamp is not None and "Jan 09 2021" in comments[1].timestamp


def test_a_thread_of_one_comment() -> None:
    markup = """<div class="kommentare"><div class="rubrik">Kommentare</div>
      <div class="kommentar-item"><div class="kommentar-info"><div class="benutzer">Fennek</div>
        <div class="datum">31.10.2021, 19.18 Uhr</div></div>
        <div class="kommentar-text">Endlich wieder Licht am Kap, und dazu frisches Brot.</div></div>
      <a class="btn" href="/neu">Kommentar hinzufügen</a></div>"""
    comments = _comments(markup)
    assert _summary(comments) == [("Fennek", "Endlich wieder Licht am Kap, und dazu frisches Brot.", None)]


def test_reply_form_alone_is_not_a_comment() -> None:
    markup = """<div id="comments"><div id="respond" class="comment-respond">
      <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
      <form class="comment-form"><p class="comment-form-author"><label>Name *</label>
        <input name="author"></p><p class="comment-form-comment"><textarea name="comment"></textarea></p>
      </form></div></div>"""
    assert _comments(markup) is None


def test_thread_split_into_a_hidden_more_box() -> None:
    item = '<div class="comment-entry"><span class="comment-name">{}</span><p>{}</p></div>'
    markup = (
        '<div class="thread"><div class="comment-group">'
        + item.format("Odo", "The bakery should open before the summer crowds arrive.")
        + item.format("Pia", "Seconded, and please keep the old brass lamp inside.")
        + '</div><div class="more" style="display:none"><div class="comment-group">'
        + item.format("Rolf", "The spiral stairs will be a challenge with trays of buns.")
        + "</div></div></div>"
    )
    assert [c.author for c in _comments(markup) or []] == ["Odo", "Pia", "Rolf"]


def test_comments_kept_in_script_state() -> None:
    state = {
        "page": {"title": "Quint buys a lighthouse"},
        "comments": {
            "total": 3,
            "comments": [
                {
                    "id": 7,
                    "comment": "Best news all winter.",
                    "createdAt": "2021-10-08T12:04:04",
                    "owner": {"name": "Saga"},
                    "parentId": 0,
                },
                {
                    "id": 8,
                    "comment": "<p>Agreed, the point needs <b>life</b>.</p>",
                    "createdAt": "2021-10-08",
                    "owner": None,
                    "parentId": 7,
                },
                {"id": 9, "comment": "Will she sell rye bread?", "owner": {"name": "Bo"}, "parentId": 0},
            ],
        },
    }
    markup = (
        f"<script>window.__INITIAL_STATE__={json.dumps(state)};window.x=1;</script>"
        '<div class="comments"><div class="comment-item"><span class="comment-author">Saga</span>'
        "<p>Best news all winter.</p></div></div>"
    )
    comments = _comments(markup)
    assert _summary(comments) == [
        ("Saga", "Best news all winter.", None),
        ("", "Agreed, the point needs life.", 1),
        ("Bo", "Will she sell rye bread?", None),
    ]
    assert comments is not None and comments[0].timestamp == "2021-10-08T12:04:04"


def test_script_state_without_comment_lists_is_ignored() -> None:
    state = {"popularComments": [{"text": "A teaser of another story's comment", "id": 1}]}
    markup = f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    assert _comments(markup) is None


def test_byline_in_the_sibling_after_the_words() -> None:
    markup = """<div class="content"><a id="c1"></a>
      <div class="commentText"><p>A bakery is exactly what that empty cottage has been waiting for.</p></div>
      <p class="posted">Posted by: Lark Hollis | January 14, 2021 06:24 PM</p><a id="c2"></a>
      <div class="commentText"><p>Somebody please tell her about the winter storms out on the point.</p></div>
      <p class="posted">Posted by: Ode | January 14, 2021 07:05 PM</p></div>"""
    comments = _comments(markup)
    assert [c.author for c in comments or []] == ["Lark Hollis", "Ode"]
    assert comments is not None and comments[1].timestamp == "January 14, 2021 07:05 PM"
