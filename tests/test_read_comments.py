"""Reader comments from the markup families the comment reader knows, on invented snippets."""

from __future__ import annotations

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
    texts = [c.text for c in _comments(markup) or []]
    assert len(texts) == 2
    assert texts[0].startswith("My grandfather kept that light")
    assert "Edda Morn" in texts[0]


def test_repeated_region_elements() -> None:
    body = (
        '<table><tr><td><div id="commentBody">{}</div><div class="commentFooter">{}</div></td></tr></table>'
    )
    markup = body.format("The lamp should go back to the point where it belongs.", "Harl") + body.format(
        "Sailors relied on that light for a century, it is no toy.", "Bex"
    )
    assert [c.text for c in _comments(markup) or []] == [
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
