"""Reader comments in markup that names no comment: signed and dated siblings, talkback title lists,
reply/report buttons; and the look-alikes (teaser cards, dated news lists) that must stay out."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from lxml import html as lxml_html

from allegedly.model import RawComment
from allegedly.read.comments import read_comments

ARTICLE = """<article><h1>Dorn opens a night market</h1>
<p>Pell Dorn, the retired ferry captain, has opened a night market on the old coal quay, selling smoked
fish, lanterns and second-hand charts to anyone who wanders past after dark.</p>
<p>The harbour council granted the licence on Monday after a short debate about parking.</p>
</article>"""


def _comments(markup: str, article_text: str = "") -> list[RawComment] | None:
    root = lxml_html.document_fromstring(f"<html><body>{ARTICLE}{markup}</body></html>")
    return read_comments(root, article_text=article_text)


def _summary(comments: list[RawComment] | None) -> list[tuple[str, str, str | None, int | None]]:
    assert comments is not None
    return [(c.author, c.text, c.timestamp, c.parent_n) for c in comments]


def test_signed_siblings_with_reply_buttons_and_nested_replies() -> None:
    markup = """<div class="box"><h2>What readers say</h2><ul class="stream">
      <li class="entry"><a class="author">Juna Pell</a><time datetime="2022-03-01T20:14">1 Mar, 20:14</time>
        <div class="body"><p>Bought a lantern there last night, the smoked mackerel was excellent.</p></div>
        <ul class="tools"><li><a href="#r">Reply</a></li><li><a href="#x">Report</a></li></ul>
        <ul class="sub">
          <li class="entry"><a class="author">Tamsin Ro</a><time datetime="2022-03-01T21:02">1 Mar</time>
            <div class="body"><p>The charts are overpriced but the lanterns are worth it.</p></div>
            <ul class="tools"><li><a href="#r">Reply</a></li><li><a href="#x">Report</a></li></ul></li>
        </ul></li>
      <li class="entry"><a class="author">Oskar Venn</a><time datetime="2022-03-02T08:30">2 Mar</time>
        <div class="body"><p>Parking on the quay was a nightmare, as the council predicted.</p></div>
        <ul class="tools"><li><a href="#r">Reply</a></li><li><a href="#x">Report</a></li></ul></li>
    </ul></div>"""
    assert _summary(_comments(markup)) == [
        (
            "Juna Pell",
            "Bought a lantern there last night, the smoked mackerel was excellent.",
            "2022-03-01T20:14",
            None,
        ),
        ("Tamsin Ro", "The charts are overpriced but the lanterns are worth it.", "2022-03-01T21:02", 1),
        (
            "Oskar Venn",
            "Parking on the quay was a nightmare, as the council predicted.",
            "2022-03-02T08:30",
            None,
        ),
    ]


def test_talkback_titles_with_signatures_after_a_talkback_cue() -> None:
    rows = "".join(
        f"""<tr><td><a href="#" onclick="openTalkback({n})"><b>{n}. {title}</b></a><br>
        {name} - {place} ({day}/01/2008 1{n}:05)</td></tr>"""
        for n, title, name, place, day in (
            (3, "Lanterns are lovely but too dear", "Kit Amberly", "Lisbon", "14"),
            (2, "RE: #1 the quay was always a market", "Dov Harrow", "Oslo", "13"),
            (1, "Finally something to do after dark", "Mae Sorrel", "Cork", "12"),
        )
    )
    markup = f"""<p class="grey">Talkbacks for this article: <b>3</b></p>
      <table><tr><td><table>{rows}</table></td></tr></table>"""
    assert _summary(_comments(markup)) == [
        ("Kit Amberly - Lisbon", "3. Lanterns are lovely but too dear", "14/01/2008 13:05", None),
        ("Dov Harrow - Oslo", "2. RE: #1 the quay was always a market", "13/01/2008 12:05", None),
        ("Mae Sorrel - Cork", "1. Finally something to do after dark", "12/01/2008 11:05", None),
    ]


def test_talkback_titles_with_inline_signatures() -> None:
    markup = """<h2><span class="talkbackHd">Talkback - add your opinion</span></h2>
      <table><tbody>
        <tr><td class="rowA"><a href="/tb/1">Not worth the walk in the rain.</a>
          <span>rainy_day | 01/18/08</span></td></tr>
        <tr><td class="rowB"><a href="/tb/2">The fish stall alone is worth it.</a>
          <span>Harb0rCat | 01/18/08</span></td></tr>
      </tbody></table>"""
    assert _summary(_comments(markup)) == [
        ("rainy_day", "Not worth the walk in the rain.", "01/18/08", None),
        ("Harb0rCat", "The fish stall alone is worth it.", "01/18/08", None),
    ]


def test_teaser_cards_after_a_comments_heading_are_not_comments() -> None:
    markup = """<h3>Comments (0)</h3><div id="comment-widget-placeholder"></div>
      <div class="more"><h4>More like this</h4>
        <div class="card"><a class="t" href="/a">Ferry captains who became shopkeepers</a>
          <div class="byline">By <a href="/p/1">Ines Marlow</a></div>
          <div class="stamp">November 17, 2014</div></div>
        <div class="card"><a class="t" href="/b">The quay through the centuries</a>
          <div class="byline">By <a href="/p/2">Rolf Brack</a></div>
          <div class="stamp">November 13, 2014</div></div>
      </div>"""
    assert _comments(markup) is None


def test_dated_link_list_without_names_is_not_comments() -> None:
    markup = """<div class="comments-closed">Comments are closed.</div>
      <ul class="archive">
        <li><a href="/x">How the market got its licence</a><span> - June 30, 2014</span></li>
        <li><a href="/y">Ten lanterns for a dark quay</a><span> - June 16, 2014</span></li>
      </ul>"""
    assert _comments(markup) is None


def test_signed_dated_news_list_without_a_cue_or_buttons_is_not_comments() -> None:
    markup = """<div class="wire"><h4>From the wire</h4><table>
        <tr><td><a href="/w/1">Quay council meets on parking</a><br>Harbour Post | 02/03/2022</td></tr>
        <tr><td><a href="/w/2">Lantern makers report a busy winter</a><br>Coast Daily | 01/03/2022</td></tr>
      </table></div>"""
    assert _comments(markup) is None


def test_a_linked_name_and_date_do_not_make_a_short_comment_a_teaser() -> None:
    markup = """<ol class="commentlist"><li class="comment" id="comment-7">
      <div class="comment-author vcard"><cite class="fn"><a href="http://example.org/">Birk</a></cite>
        <span class="says">says:</span></div>
      <div class="comment-meta commentmetadata"><a href="#comment-7">9 March 2022 at 15:19</a></div>
      <p>Same here</p><div class="reply"><a href="#">Reply</a></div></li></ol>"""
    assert _summary(_comments(markup)) == [("Birk", "Same here", "9 March 2022 at 15:19", None)]


def test_chinese_comments_in_list_units() -> None:
    markup = """<div id="comment-box"><h3>留言列表</h3><div class="user-post-text">
      <ul class="single-post"><li class="post-info"><span class="user-name">小鳳</span>
        <span class="post-time">於 2013/12/28 10:28</span></li>
        <li class="post-text">露營兼賞楓，好棒的生活，下次也想去</li></ul>
      <ul class="single-post"><li class="post-info"><span class="user-name">大雄</span>
        <span class="post-time">於 2013/12/28 20:34</span></li>
        <li class="post-text">您的文筆真是讚，照片也很漂亮</li></ul>
    </div></div>"""
    comments = _comments(markup)
    assert comments is not None and [c.author for c in comments] == ["小鳳", "大雄"]
    assert "露營兼賞楓" in comments[0].text and comments[1].timestamp == "於 2013/12/28 20:34"


def test_thread_split_into_containers_in_a_named_region() -> None:
    pair = '<p class="words">{}</p><p class="who">{}</p>'
    markup = f"""<div class="reader-comments"><div class="shown">
        {pair.format("The market finally gives the quay some life after dark.", "Ada Quill, Hull")}
        {pair.format("I hope the lantern stall stays open through the winter.", "Bo Pike, Leeds")}
        <div id="more-comments">
          {pair.format("Smoked fish at midnight is exactly what this town needed.", "Cy Wren, York")}
          {pair.format("The second-hand charts are a treasure for old sailors.", "Di Lark, Bath")}
        </div></div></div>"""
    comments = _comments(markup)
    assert comments is not None
    texts = " ".join(c.text for c in comments)
    for words in ("gives the quay", "lantern stall", "Smoked fish", "second-hand charts"):
        assert words in texts


def test_markup_typed_in_a_comment_stays_text() -> None:
    markup = """<div class="box"><ul class="stream">
      <li class="entry"><a class="author">Vell</a><time datetime="2022-03-03">3 Mar</time>
        <p>Try this on the market's site: &lt;script&gt;alert("lanterns")&lt;/script&gt; it does nothing.</p>
        <a href="#r">Reply</a></li>
      <li class="entry"><a class="author">Quade</a><time datetime="2022-03-04">4 Mar</time>
        <p>Nice try, the night market has no website at all, only a chalk board.</p>
        <a href="#r">Reply</a></li></ul></div>"""
    comments = _comments(markup)
    assert comments is not None
    assert (
        comments[0].text
        == 'Try this on the market\'s site: <script>alert("lanterns")</script> it does nothing.'
    )


def test_signed_posts_holding_the_article_opening_are_not_comments() -> None:
    opening = (
        "Pell Dorn, the retired ferry captain, has opened a night market on the old coal quay, selling "
        "smoked fish, lanterns and second-hand charts to anyone who wanders past after dark."
    )
    markup = f"""<div class="posts"><h2>Comments</h2>
      <div class="item"><span class="author">Pell Dorn</span><span class="date">2022-03-01</span>
        <p>{opening}</p><a href="#">Reply</a></div>
      <div class="item"><span class="author">Pell Dorn</span><span class="date">2022-02-01</span>
        <p>The quay was quiet all winter, but the council has finally agreed to talk about it.</p>
        <a href="#">Reply</a></div></div>"""
    assert _comments(markup, article_text=opening) is None


def test_numbered_class_words_keep_words_and_signatures_apart() -> None:
    # `p.small pad-bottom-5` holds the words and `p.small color-666` the signature: dropping the numbered
    # words would make them one kind. The first comments are shown, the rest sit in a "more" box.
    def pair(words: str, signature: str) -> str:
        return (
            f'<p class="small pad-bottom-5">{words}</p><div class="gap-5"></div>'
            f'<p class="small color-666">{signature}</p><div class="gap-10"></div>'
        )

    markup = (
        '<div class="comment-article"><div class="inner">'
        + pair("The lanterns were sold out by nine, a shame for latecomers.", "Ivo Marsh, Kettleby, ")
        + pair("Smoked fish on the quay is a fine old custom revived.", "Rhea Dunn, Porth Ellis")
        + '<div id="comments-more">'
        + pair("Parking was impossible, just as the council warned.", "Col Tabor, Wenmouth")
        + pair("My charts from the market turned out to be genuine.", "Nell Aske, Drayfield")
        + "</div></div></div>"
    )
    assert [(c.author, c.text) for c in _comments(markup) or []] == [
        ("Ivo Marsh", "The lanterns were sold out by nine, a shame for latecomers."),
        ("Rhea Dunn", "Smoked fish on the quay is a fine old custom revived."),
        ("Col Tabor", "Parking was impossible, just as the council warned."),
        ("Nell Aske", "My charts from the market turned out to be genuine."),
    ]


def test_ids_mixing_letters_and_digits_do_not_split_a_thread() -> None:
    markup = """<div class="thread">
      <div class="Comment t1_ab12cd x9q"><span class="author">Ivo Marsh</span>
        <p>The lanterns were sold out by nine, a shame for latecomers.</p></div>
      <div class="Comment t1_zz34yy"><span class="author">Rhea Dunn</span>
        <p>Smoked fish on the quay is a fine old custom revived.</p></div>
      <div class="Comment t1_q5r6s7"><span class="author">Col Tabor</span>
        <p>Parking was impossible, just as the council warned.</p></div></div>"""
    assert [c.author for c in _comments(markup) or []] == ["Ivo Marsh", "Rhea Dunn", "Col Tabor"]


def test_a_lone_comment_card_with_indented_links_is_read() -> None:
    # The name and date links carry lines of template indentation; the card's words are still its own.
    indent = "\n" + " " * 40
    markup = f"""<div class="x-comments" id="comments"><div class="row">
      <div class="column c-comment-card">
        <a href="/u/ivo">{indent}<span class="c-author">{indent}Ivo Marsh{indent}</span>{indent}</a>
        <a href="#c1">{indent}<time datetime="2022-03-01 20:14">{indent}2022-03-01 20:14{indent}</time>
        {indent}</a>
        <div class="c-comment-card__text"><p>Bought a lantern there last night, and the smoked mackerel was
 excellent too.</p></div></div></div></div>""".replace("\n excellent", " excellent")
    assert _summary(_comments(markup)) == [
        (
            "Ivo Marsh",
            "Bought a lantern there last night, and the smoked mackerel was excellent too.",
            "2022-03-01 20:14",
            None,
        )
    ]


def test_comment_lists_and_forms_without_comments_are_no_thread() -> None:
    # Two tabs, each with an empty `comment-list` (a script fills it) and a `#comment-form` with the rules.
    tab = """<div class="comment-list"><div class="comment-template"><span class="comment-username"></span>
        <span class="comment-date"></span><p class="comment-body"></p></div></div>
      <div id="comment-form"><p class="guideline-heading">Please be respectful when making a comment.</p>
        <ul><li>You may not agree with our views, but please respond to them respectfully</li>
        <li>Swearing and personal abuse are not acceptable on this site</li></ul>
        <form><p>Create a commenting name to join the debate</p><input type="text" name="nick"></form>
      </div>"""
    assert _comments(f'<div id="comments">{tab}{tab}</div>') is None


def test_comment_header_named_and_words_in_a_sibling() -> None:
    def item(name: str, day: str, words: str) -> str:
        # Template lines in the source become lines of the header, as the page shows them.
        return f"""<li><div class="commentHead"><h6><a href="#" class="redflag">Report this Comment</a>
            On {day},
            at 10:07 PM,
            <a href="/p"><strong>{name}</strong></a> wrote:</h6></div>
            <div class="commentPost"><p>{words}</p></div></li>"""

    markup = (
        '<ul class="list">'
        + item("ivomarsh", "March 1, 2022", "The lanterns were sold out by nine, a shame for latecomers.")
        + item("rheadunn", "March 2, 2022", "Smoked fish on the quay is a fine old custom revived.")
        + "</ul>"
    )
    assert [(c.author, c.text) for c in _comments(markup) or []] == [
        ("ivomarsh", "The lanterns were sold out by nine, a shame for latecomers."),
        ("rheadunn", "Smoked fish on the quay is a fine old custom revived."),
    ]


def test_the_markup_timestamp_line_is_not_comment_text() -> None:
    def item(name: str, when: str, words: str) -> str:
        return f"""<div class="box"><div class="sf_comment"><p class="sf_comment_info">
            <span class="sf_comment_author">{name}</span><br><span class="date">{when}</span></p></div>
            <div class="sf_comment_text"><p>{words}</p></div></div>"""

    markup = (
        "<div>"
        + item("Ivo Marsh", "Hace 28 minutos", "Los faroles se agotaron antes de las nueve, una pena.")
        + item("Rhea Dunn", "Hace 37 minutos", "El pescado ahumado del muelle es una costumbre antigua.")
        + "</div>"
    )
    assert [(c.author, c.timestamp, c.text) for c in _comments(markup) or []] == [
        ("Ivo Marsh", "Hace 28 minutos", "Los faroles se agotaron antes de las nueve, una pena."),
        ("Rhea Dunn", "Hace 37 minutos", "El pescado ahumado del muelle es una costumbre antigua."),
    ]


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "html_reader.py"
    spec = importlib.util.spec_from_file_location("bench_html_reader", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_bench_comment_tokens_split_at_curly_apostrophes_and_keep_other_scripts() -> None:
    bench = _bench()
    # L3S-GN1 truth writes "?" where the page has a curly apostrophe: both must give the same tokens.
    assert bench.comment_tokens("I don’t think so") == bench.comment_tokens("I don?t think so")
    assert bench.comment_tokens("Café Grün") == ["cafe", "grun"]
    assert bench.comment_tokens("Ждал пока") == ["ждал", "пока"]
    # A snippet in another script is found only where the reader returned it.
    assert not bench.snippet_in("Ждал пока", bench.comment_tokens("nothing here"))
    assert bench.snippet_in("umindest einigerma", bench.comment_tokens("zumindest einigermaßen"))


def test_bench_byline_blocks_are_labels_not_text() -> None:
    bench = _bench()
    assert not bench.is_l3s_text_block("Posted by: Ivo Marsh on 11:57am Wed 9 Jan 08")
    assert not bench.is_l3s_text_block("Comment by Rhea ? January 7, 2008 @ 8:21 pm")
    assert bench.is_l3s_text_block("I posted by the quay all night and saw no lanterns at all.")
