"""Helpers shared by the comment-reader tests: an invented article to put threads under, the
comments of a saved page or of a snippet, and a thread summed up as comparable tuples."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from allegedly.model import RawComment
from allegedly.read.comments import read_comments
from allegedly.read.html import read_html_document

ARTICLE = """<article><h1>Dorn opens a night market</h1>
<p>Pell Dorn, the retired ferry captain, has opened a night market on the old coal quay, selling smoked
fish, lanterns and second-hand charts to anyone who wanders past after dark.</p>
<p>The harbour council granted the licence on Monday after a short debate about parking.</p>
</article>"""


def page_comments(path: Path) -> list[RawComment] | None:
    """The comments of a saved page, read as the tool reads it."""
    return read_html_document(path.read_text(encoding="utf-8"), path, []).comments


def snippet_comments(markup: str) -> list[RawComment] | None:
    """The comments `read_comments` finds in `markup` placed below ARTICLE."""
    root = lxml_html.document_fromstring(f"<html><body>{ARTICLE}{markup}</body></html>")
    return read_comments(root)


def summary(comments: list[RawComment] | None) -> list[tuple[str, str | None, int | None, str]]:
    assert comments is not None
    return [(c.author, c.timestamp, c.parent_n, c.text) for c in comments]
