"""HTML pages: main text and metadata via trafilatura with page-metadata fallbacks; comments from markup."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement as Element

from allegedly.errors import InputRejected
from allegedly.model import RawDocument
from allegedly.read.comments import block_text, read_comments
from allegedly.read.metadata import PageMetadata, clean_author, clean_title, page_metadata
from allegedly.read.thread_in_text import strip_thread

# lxml refuses str input that carries an XML encoding declaration; the text is already decoded.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Below this many words trafilatura's precise pass probably missed the article: try its recall mode.
SHORT_TEXT_WORDS = 60
# Elements whose text is never page content, dropped before the whole-page fallback.
INVISIBLE_TAGS: tuple[str, ...] = ("script", "style", "noscript", "template", "head", "svg")


def read_html_document(text: str, path: Path, warnings: list[str]) -> RawDocument:
    """Read one page; truncated or malformed markup yields what is there, or InputRejected when nothing."""
    notes = list(warnings)
    root = parse_html(text)
    meta = page_metadata(root) if root is not None else PageMetadata()
    fallback_text = _visible_text(root) if root is not None else ""
    extracted = _extract(_XML_DECLARATION.sub("", text, count=1), notes)
    body = (extracted.get("text") or "").strip()
    # The extractor's article text (not the whole-page fallback) tells comments from signed article text.
    comments = read_comments(root, article_text=body) if root is not None else None
    if comments:
        body = strip_thread(body, comments)
    if not body and fallback_text:
        notes.append("main text not found by the extractor; kept all visible page text")
        body = fallback_text
    if not body:
        raise InputRejected(str(path), "no readable text")
    published = extracted.get("date") or meta.published
    site_name = extracted.get("sitename") or meta.site_name
    return RawDocument(
        path=str(path),
        file_name=path.name,
        format="html",
        text=body,
        headline=clean_title(extracted.get("title") or meta.title, root, site_name),
        url=extracted.get("url") or meta.url,
        author=clean_author(extracted.get("author")) or clean_author(meta.author),
        site_name=site_name,
        published_raw=published,
        published_source="metadata" if published else "none",
        comments=comments,
        warnings=notes,
    )


def parse_html(text: str) -> Element | None:
    """An lxml tree of the page, or None when there is no markup lxml can build a tree from."""
    cleaned = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml_html.document_fromstring(cleaned)
    except (etree.ParserError, ValueError):
        return None
    return root  # type: ignore[no-any-return]


def _extract(source: str, notes: list[str]) -> dict[str, Any]:
    """trafilatura's fields as a dict ({} when it finds nothing), retrying in recall mode for short text."""
    precise = _bare_extraction(source, notes, favor_recall=False)
    if len((precise.get("text") or "").split()) >= SHORT_TEXT_WORDS:
        return precise
    recall = _bare_extraction(source, notes, favor_recall=True)
    if len((recall.get("text") or "").split()) > len((precise.get("text") or "").split()):
        # Keep metadata from the precise pass where the recall pass found none.
        return {**precise, **{key: value for key, value in recall.items() if value}}
    return precise


def _bare_extraction(source: str, notes: list[str], *, favor_recall: bool) -> dict[str, Any]:
    try:
        document = trafilatura.bare_extraction(
            source,
            with_metadata=True,
            include_comments=False,
            favor_recall=favor_recall,
            output_format="python",
        )
    # trafilatura runs many heuristics over arbitrary markup; a failure in one page must not stop a batch,
    # and the whole-page fallback still gives the text.
    except Exception as error:
        notes.append(f"extractor failed ({type(error).__name__}); kept all visible page text")
        return {}
    if document is None:
        return {}
    fields = ("text", "title", "author", "date", "sitename", "url")
    values = document if isinstance(document, dict) else {key: getattr(document, key, None) for key in fields}
    return {key: values.get(key) for key in fields}


def _visible_text(root: Element) -> str:
    """All text of the page body outside scripts, styles and the head; the last resort for main text."""
    body = root.find("body")
    target = body if body is not None else root
    clone = lxml_html.document_fromstring(etree.tostring(target, encoding="unicode"))
    for element in list(clone.iter(*INVISIBLE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent
    return block_text(clone)
