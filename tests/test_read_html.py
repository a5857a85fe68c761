"""HTML reading: main text and metadata, WordPress comment threads, malformed and gzipped pages."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml import html as lxml_html

from allegedly.errors import InputRejected
from allegedly.read import read_path
from allegedly.read.metadata import clean_author, clean_title

ARTICLE = """
<p>Corvin Ashdale and Mirela Quint were spotted leaving the Owl and Lantern in Brackenby late on Friday,
according to several diners who asked not to be named.</p>
<p>The pair, who announced their separation last spring, appeared relaxed and shared a plate of
roasted turnips before walking to the harbour together.</p>
<p>A representative for Ashdale declined to comment. Quint's agent said the two remain close friends
and continue to run their greenhouse business in Lowmarsh.</p>
"""

HEAD = """<head><title>Ashdale and Quint reunite? | The Daily Thistle</title>
<meta property="og:title" content="Ashdale and Quint reunite?">
<meta property="og:site_name" content="The Daily Thistle">
<meta property="article:published_time" content="2022-10-14T09:30:00Z">
<meta name="author" content="By Tamsin Ferrow">
<link rel="canonical" href="https://thistle.example/ashdale-quint">
</head>"""

COMMENTS = """
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on this</h2>
<ol class="commentlist">
  <li class="comment even thread-even depth-1" id="comment-11">
    <div id="div-comment-11" class="comment-body">
      <div class="comment-author vcard"><img class="avatar" src="a.png"><cite class="fn">Pipwick</cite>
        <span class="says">says:</span></div>
      <div class="comment-meta commentmetadata"><a href="#comment-11">October 14, 2022 at 10:02 am</a></div>
      <p>They were never really apart.</p><p>Turnips are a love language.</p>
      <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </div>
    <ul class="children">
      <li class="comment odd alt depth-2" id="comment-12">
        <div id="div-comment-12" class="comment-body">
          <div class="comment-author vcard"><cite class="fn">Hollis_B</cite>
            <span class="says">says:</span></div>
          <div class="comment-meta commentmetadata"><a href="#comment-12">
            October 14, 2022 at 11:15 am</a></div>
          <p>&lt;script&gt;alert(1)&lt;/script&gt; lol</p>
          <script>document.title = "hacked";</script>
        </div>
      </li>
    </ul>
  </li>
  <li class="comment even thread-odd depth-1" id="comment-13">
    <article id="div-comment-13" class="comment-body">
      <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Marguerite</b></div>
      <div class="comment-metadata"><time datetime="2022-10-15T08:00:00+00:00">Oct 15</time></div></footer>
      <div class="comment-content"><p>Leave them alone.</p></div>
    </article>
  </li>
</ol>
<div id="respond" class="comment-respond"><form id="commentform"><p class="comment-form-comment">
<textarea name="comment"></textarea></p></form></div>
</div>
"""


def _page(body: str, head: str = HEAD) -> str:
    title = "<h1>Ashdale and Quint reunite?</h1>"
    return f"<!DOCTYPE html><html>{head}<body><article>{title}{body}</article></body></html>"


def _write(tmp_path: Path, content: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_read_html_text_and_metadata(tmp_path: Path) -> None:
    [doc] = read_path(_write(tmp_path, _page(ARTICLE)))
    assert doc.format == "html"
    assert "roasted turnips" in doc.text
    assert "<p>" not in doc.text
    assert doc.headline is not None and "Ashdale and Quint reunite" in doc.headline
    assert doc.published_raw == "2022-10-14"
    assert doc.published_source == "metadata"
    assert doc.author == "Tamsin Ferrow"
    assert doc.site_name == "The Daily Thistle"
    assert doc.url == "https://thistle.example/ashdale-quint"
    assert doc.comments is None  # no comment markup on the page


def test_read_html_wordpress_comments_with_nesting(tmp_path: Path) -> None:
    [doc] = read_path(_write(tmp_path, _page(ARTICLE + COMMENTS)))
    assert doc.comments is not None
    assert [(c.n, c.author, c.parent_n) for c in doc.comments] == [
        (1, "Pipwick", None),
        (2, "Hollis_B", 1),
        (3, "Marguerite", None),
    ]
    first, second, third = doc.comments
    assert first.text == "They were never really apart.\nTurnips are a love language."
    assert first.timestamp == "October 14, 2022 at 10:02 am"
    assert third.timestamp == "2022-10-15T08:00:00+00:00"
    assert third.text == "Leave them alone."
    # An escaped <script> typed by a reader is kept as text; a real script element is not reader text.
    assert second.text == "<script>alert(1)</script> lol"
    assert "hacked" not in second.text
    assert "never really apart" not in doc.text  # comments stay out of the main text


def test_read_html_flat_depth_classes_give_parents(tmp_path: Path) -> None:
    item = '<div class="comment depth-{}" id="comment-{}"><span class="fn">{}</span><p>{}</p></div>'
    flat = (
        '<div class="commentlist">'
        + item.format(1, 1, "Ada", "First!")
        + item.format(2, 2, "Bo", "Reply to Ada.")
        + item.format(1, 3, "Cy", "New thread.")
        + "</div>"
    )
    [doc] = read_path(_write(tmp_path, _page(ARTICLE + flat)))
    assert doc.comments is not None
    assert [(c.author, c.parent_n) for c in doc.comments] == [("Ada", None), ("Bo", 1), ("Cy", None)]


def test_read_html_comment_labels_are_not_comments(tmp_path: Path) -> None:
    labels = '<a class="comment" href="#comments">Comments</a>'
    [doc] = read_path(_write(tmp_path, _page(ARTICLE + labels)))
    assert doc.comments is None


def test_read_html_truncated_page_keeps_what_exists(tmp_path: Path) -> None:
    page = _page(ARTICLE + COMMENTS)
    cut = page[: page.index("Hollis_B") + 3]
    [doc] = read_path(_write(tmp_path, cut))
    assert "roasted turnips" in doc.text
    assert doc.comments is not None
    assert doc.comments[0].author == "Pipwick"


def test_read_html_without_text_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="no readable text"):
        read_path(_write(tmp_path, "<html><head><title></title></head><body><div></div></body></html>"))


def test_read_html_sniffed_without_extension(tmp_path: Path) -> None:
    [doc] = read_path(_write(tmp_path, _page(ARTICLE), name="saved_page"))
    assert doc.format == "html"


def test_read_html_gzipped(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(_page(ARTICLE + COMMENTS).encode("utf-8")))
    [doc] = read_path(path)
    assert doc.format == "html"
    assert doc.file_name == "page.html.gz"
    assert "roasted turnips" in doc.text
    assert doc.comments is not None and len(doc.comments) == 3


def test_read_html_declared_legacy_charset(tmp_path: Path) -> None:
    head = '<head><meta charset="iso-8859-1"><title>Quint opens a café</title></head>'
    page = _page(ARTICLE.replace("turnips", "crème brûlée"), head=head)
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("latin-1"))
    [doc] = read_path(path)
    assert "crème brûlée" in doc.text
    assert doc.warnings


def test_read_html_json_ld_metadata(tmp_path: Path) -> None:
    head = """<head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "NewsArticle", "headline": "Quint buys a lighthouse", "datePublished": "2021-06-01T10:00:00Z",
       "author": [{"@type": "Person", "name": "Tamsin Ferrow"}, {"@type": "Person", "name": "Odo Brisk"}]}]}
    </script></head>"""
    [doc] = read_path(_write(tmp_path, _page(ARTICLE, head=head)))
    assert doc.published_raw is not None and doc.published_raw.startswith("2021-06-01")
    assert doc.author is not None and "Tamsin Ferrow" in doc.author


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Tamsin Ferrow", "Tamsin Ferrow"),
        ("Posted by Odo Brisk | Staff Writer", "Odo Brisk"),
        ("Tamsin Ferrow; Odo Brisk", "Tamsin Ferrow; Odo Brisk"),
        ("https://thistle.example/staff/tamsin", None),
        ("", None),
    ],
)
def test_read_html_clean_author(raw: str, expected: str | None) -> None:
    assert clean_author(raw) == expected


@pytest.mark.parametrize(
    ("title", "heading", "site", "expected"),
    [
        ("Quint buys a lighthouse | The Daily Thistle", "", "The Daily Thistle", "Quint buys a lighthouse"),
        (
            "Thistle :: Celebs :: Quint buys a lighthouse",
            "Quint buys a lighthouse",
            None,
            "Quint buys a lighthouse",
        ),
        ("Why did Quint - Ashdale split?", "", None, "Why did Quint - Ashdale split?"),
    ],
)
def test_read_html_clean_title(title: str, heading: str, site: str | None, expected: str) -> None:
    root = lxml_html.document_fromstring(f"<html><body><h1>{heading}</h1><p>x</p></body></html>")
    assert clean_title(title, root, site) == expected


UNKNOWN_MARKUP = """
<div class="reader-talk">
  <div class="talk_comment_item"><span class="talk_author">Wrenfield</span>
    <p>I always thought the two of them would end up together in the end.</p></div>
  <div class="talk_comment_item"><span class="talk_author">Oona_77</span>
    <p>Honestly this is the least surprising news of the whole year.</p></div>
</div>
<ul class="most-commented-list">
  <li class="most_commented_item"><a href="/a">Another story about someone else entirely</a></li>
  <li class="most_commented_item"><a href="/b">Yet another story about a different couple</a></li>
</ul>
"""


def test_read_html_unknown_comment_markup_found_by_repetition(tmp_path: Path) -> None:
    [doc] = read_path(_write(tmp_path, _page(ARTICLE + UNKNOWN_MARKUP)))
    assert doc.comments is not None
    assert [(c.author, c.text.split()[0]) for c in doc.comments] == [
        ("Wrenfield", "I"),
        ("Oona_77", "Honestly"),
    ]
    assert all("story about" not in c.text for c in doc.comments)  # a "most commented" box is not a thread
