"""Page metadata a news page declares for machines (Open Graph, meta tags, JSON-LD), and byline cleanup."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement as Element

# Meta tags, most trusted first, per field (property= for Open Graph, name= for the rest).
TITLE_META: tuple[str, ...] = ("og:title", "twitter:title", "dc.title", "title")
DATE_META: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "publish-date",
    "pubdate",
    "sailthru.date",
    "parsely-pub-date",
)
AUTHOR_META: tuple[str, ...] = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
SITE_META: tuple[str, ...] = ("og:site_name", "application-name", "publisher")
URL_META: tuple[str, ...] = ("og:url", "twitter:url")
# JSON-LD @type values that describe the article itself (not the site or a breadcrumb list).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "webpage",
        "posting",
        "socialmediaposting",
        "report",
    }
)

# Byline noise: "By Jane Roe", "Posted by", "Written by", a trailing "| Staff Writer" or date.
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:posted|written|words|story|text|report(?:ed)?)\s+)?by\s*[:\-]?\s+", re.IGNORECASE
)
BYLINE_TAIL = re.compile(
    r"\s*(?:[|•·,–—-]\s*)?(?:staff (?:writer|reporter)|contributor|correspondent|updated|published|"
    r"\d{1,2}[:/.]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$",
    re.I,
)
# Separators between a headline and the site or section name in a <title>: "Headline | Site - Section".
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:]{1,2}\s+|\s*\|\s*|\s+\(from\s+|\s*::\s*")
HEADING_TAGS: tuple[str, ...] = ("h1", "h2")
URL_LIKE = re.compile(r"^(?:https?://|www\.)", re.I)
MAX_AUTHOR_CHARS = 120


@dataclass
class PageMetadata:
    """What the page says about itself; None where it says nothing."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None


def page_metadata(root: Element) -> PageMetadata:
    """Read JSON-LD first (most structured), then meta tags, then <title>/canonical link."""
    meta = _meta_tags(root)
    found = PageMetadata()
    for item in _json_ld_articles(root):
        found.title = found.title or _as_text(item.get("headline") or item.get("name"))
        found.published = found.published or _as_text(item.get("datePublished") or item.get("dateCreated"))
        found.author = found.author or _person_names(item.get("author") or item.get("creator"))
        found.site_name = found.site_name or _person_names(item.get("publisher"))
        found.url = found.url or _as_text(item.get("url"))
    found.title = found.title or _first(meta, TITLE_META) or _title_element(root)
    found.published = found.published or _first(meta, DATE_META)
    found.author = found.author or _first(meta, AUTHOR_META)
    found.site_name = found.site_name or _first(meta, SITE_META)
    found.url = found.url or _first(meta, URL_META) or _canonical(root)
    return found


def clean_author(raw: str | None) -> str | None:
    """A byline reduced to the names: no "By", job title, date, URL or extra whitespace."""
    if not raw:
        return None
    names: list[str] = []
    for part in re.split(r"\s*;\s*", raw):
        name = BYLINE_TAIL.sub("", BYLINE_PREFIX.sub("", " ".join(part.split()))).strip(" ,;|-–—:")
        if name and not URL_LIKE.match(name) and len(name) <= MAX_AUTHOR_CHARS and name not in names:
            names.append(name)
    return "; ".join(names) or None


def clean_title(title: str | None, root: Element | None, site_name: str | None) -> str | None:
    """The headline part of a page title: the segment a heading repeats, else minus the site name."""
    if not title:
        return None
    segments = [part.strip(" )") for part in TITLE_SEPARATORS.split(title) if part.strip(" )")]
    if len(segments) < 2:
        return title
    if root is not None:
        headings = {_fold(heading.text_content()) for tag in HEADING_TAGS for heading in root.iter(tag)}
        for segment in segments:
            if _fold(segment) in headings:
                return segment
    if site_name and _fold(segments[-1]) == _fold(site_name):
        return title[: title.rfind(segments[-1])].rstrip(" |-–—:(")
    return title


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _meta_tags(root: Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = " ".join((element.get("content") or "").split())
        if key and content:
            values.setdefault(key, content)
    return values


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if key in meta), None)


def _title_element(root: Element) -> str | None:
    for element in root.iter("title"):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _canonical(root: Element) -> str | None:
    for element in root.iter("link"):
        if (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            return str(element.get("href")).strip()
    return None


def _json_ld_articles(root: Element) -> Iterator[dict[str, Any]]:
    """Article-like JSON-LD objects, including those inside @graph lists; invalid JSON is skipped."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue  # pages often ship broken JSON-LD; it is a hint, not a requirement
        yield from _article_objects(data)


def _article_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _article_objects(entry)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kind_list = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(kind, str) and kind.lower() in ARTICLE_TYPES for kind in kind_list):
            yield data
        if "@graph" in data:
            yield from _article_objects(data["@graph"])


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        text = " ".join(value.split())
        return text or None
    if isinstance(value, list) and value:
        return _as_text(value[0])
    return None


def _person_names(value: Any) -> str | None:
    """Names from a JSON-LD person, organisation, string or a list of them, joined with "; "."""
    entries = value if isinstance(value, list) else [value]
    names: list[str] = []
    for entry in entries:
        name = _as_text(entry.get("name")) if isinstance(entry, dict) else _as_text(entry)
        if name and name not in names:
            names.append(name)
    return "; ".join(names) or None
