"""Reader comments from page markup, with nesting, as plain text.

Four readers, tried in turn until one finds comments: known comment markup (WordPress and the many
themes that copy it, Disqus and Livefyre static markup, Drupal, Blogger, schema.org microdata); repeated
siblings whose class names a comment; the repeated children of a region whose id or class names the
comment thread (hand-made and old news-site markup); schema.org `comment` arrays in JSON-LD.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from lxml import html as lxml_html
from lxml.html import HtmlElement as Element

from allegedly.model import RawComment


@dataclass(frozen=True)
class CommentMarkup:
    """Markup cues from data/comment_markup.toml."""

    item_classes: tuple[str, ...]
    item_types: tuple[str, ...]
    region_tokens: frozenset[str]
    not_region_tokens: frozenset[str]
    byline: re.Pattern[str]


@cache
def comment_markup() -> CommentMarkup:
    with resources.files("allegedly.data").joinpath("comment_markup.toml").open("rb") as handle:
        data = tomllib.load(handle)
    prefixes = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in data["byline_prefixes"])
    return CommentMarkup(
        item_classes=tuple(data["item_classes"]),
        item_types=tuple(data["item_types"]),
        region_tokens=frozenset(data["region_tokens"]),
        not_region_tokens=frozenset(data["not_region_tokens"]),
        # "Posted by: NAME on DATE": the name runs up to an optional separator before the date, which
        # starts with a digit or a month or weekday name; the date part may be missing.
        byline=re.compile(
            rf"^(?:{prefixes})\s*:?\s*(?P<author>.+?)\s*"
            r"(?:(?:\||\bon\b|\bat\b|\bam\b|@|\?|—|–|-|,|·)\s*)?"
            r"(?P<when>\b(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
            r".*)?$",
            re.IGNORECASE,
        ),
    )


# Elements that hold one comment: WordPress `li.comment`, html5 themes `article.comment`, Blogger and
# hand-made blogs `div.comment`, `dd.comment` in definition-list themes, or any of these carrying
# WordPress's `id="comment-123"`.
COMMENT_ITEM_TAGS: tuple[str, ...] = ("li", "div", "article", "section", "dd")
COMMENT_ITEM_ID = re.compile(r"^(?:li-)?comment-\d+$")
# Between a comment and its reply there is always a list or a replies container; a comment element
# directly inside another without one is the same comment's inner wrapper.
REPLY_CONTAINER_TAGS = frozenset({"ul", "ol"})
REPLY_CONTAINER_CLASSES: tuple[str, ...] = ("children", "replies", "comment-replies", "indented")
INDENTED_CLASS = "indented"
# The fallback for unknown comment markup: how many repeated siblings make a thread, how many
# words a comment has at least, and class words that mark a comment-*like* box that is not one.
MIN_REPEATED_COMMENTS = 2
MIN_COMMENT_WORDS = 4
NOT_COMMENT_CLASS_PARTS: tuple[str, ...] = (
    "form",
    "most",
    "recent",
    "count",
    "link",
    "login",
    "register",
    "button",
    "widget",
    "title",
    "header",
    "footer",
    "avatar",
    "date",
    "author",
    "user",
    "name",
    "meta",
    "reply-",
    "numof",
    "submit",
)
# Regions that look like comments but are not: the reply form and its preview.
EXCLUDED_REGION_IDS = frozenset({"respond", "commentform", "reply-title"})

# A known comment item whose text is mostly link text is a teaser styled "comment" (an opinion
# column's headline in a story list), not a reader's words.
MAX_LINK_SHARE = 0.6
# Where the commenter's name sits, most specific first (hCard `fn` is WordPress's `cite.fn`).
AUTHOR_CLASSES: tuple[str, ...] = (
    "fn",
    "comment-author-name",
    "comment-author",
    "commenter",
    "comment-user",
    "author",
    "user",
    "name",
)
# In unknown markup, class words that mark the commenter's name, and how long a name can be.
AUTHOR_CLASS_PARTS: tuple[str, ...] = (
    "author",
    "autor",
    "auteur",
    "user",
    "commenter",
    "name",
    "poster",
    "nick",
)
MAX_AUTHOR_WORDS = 5
# Where the comment's own words sit; when none matches, the item minus the noise below is used.
TEXT_CLASSES: tuple[str, ...] = (
    "comment-content",
    "comment-text",
    "comment_text",
    "commenttext",
    "comment-entry",
    "comment-body",
    "commentbody",
    "comment_body",
    "comment-message",
    "dsq-comment-message",
    "post-message",
    "fyre-comment",
    "comment-block",
    "text",
)
# schema.org microdata properties of a Comment: its words, its author, its date.
TEXT_ITEMPROPS: tuple[str, ...] = ("commentText", "text", "reviewBody", "articleBody")
AUTHOR_ITEMPROPS: tuple[str, ...] = ("author", "creator")
TIME_ITEMPROPS: tuple[str, ...] = ("dateCreated", "datePublished", "commentTime", "dateModified")
# Parts of a comment that are not its words: byline, date line, reply button, avatar.
NOISE_CLASSES: tuple[str, ...] = (
    "comment-author",
    "comment-meta",
    "commentmetadata",
    "comment-metadata",
    "comment-header",
    "reply",
    "comment-reply-link",
    "comment-actions",
    "vcard",
    "avatar",
    "says",
    "comment-date",
    "comment-time",
    "comment-footer",
    "comment-awaiting-moderation",
)
NOISE_TAGS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "img",
    "svg",
    "select",
    "textarea",
    "input",
    "label",
)
# Noise classes that may still hold the words in odd themes (the text inside `div.comment-author`):
# when dropping all noise leaves nothing, only these are kept.
HOLDS_TEXT_SOMETIMES: frozenset[str] = frozenset(
    {"comment-author", "vcard", "comment-meta", "comment-header"}
)
TIMESTAMP_CLASSES: tuple[str, ...] = (
    "comment-date",
    "comment-time",
    "comment-metadata",
    "commentmetadata",
    "comment-meta",
    "date",
    "time",
)
# "Jane says:" → "Jane": WordPress and other themes append a verb to the commenter's name.
AUTHOR_SUFFIX = re.compile(r"\s*(?:says|said|wrote|writes)\s*:?\s*$|\s*:\s*$", re.IGNORECASE)
# A line that is only "NAME says:" / "NAME wrote:" (a byline that themes put above the words).
SAYS_LINE = re.compile(
    r"^(?P<author>\S.{0,60}?)\s+(?:says|said|wrote|writes|schreibt|schrieb)\s*:?\s*$", re.IGNORECASE
)
# A line that is only a date or time ("2:29 pm June 15, 2014", "15.01.2008 um 10:02", "3 days ago").
DATE_LINE = re.compile(
    r"^[\W_]*(?:on\s+|am\s+|le\s+)?(?:"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)?\.?\s+[a-zäéû]{3,}\.?|"
    r"[a-zäéû]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"[\w\s.,:/@|-]*"
    r"|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)[\W_]*$",
    re.IGNORECASE,
)
MONTH_OR_TIME = re.compile(
    r"\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{4}\b|\bago\b",
    re.IGNORECASE,
)
# Byline and date lines are short; a longer line is the comment's own words.
MAX_META_LINE_WORDS = 12
DEPTH_CLASS = re.compile(r"(?:^|\s)depth-(\d+)(?:\s|$)")
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "tr",
        "article",
        "section",
        "footer",
        "header",
    }
)
MAX_TIMESTAMP_CHARS = 80
# An item with no author, no date and at most this many words is a UI label ("Comments", "Post").
MAX_LABEL_WORDS = 3

# Region fallback: tags whose repeated children may be comments, and how a chosen group is checked.
REGION_CHILD_TAGS = frozenset(
    {"div", "li", "dd", "dt", "article", "section", "p", "tr", "blockquote", "table", "dl", "tbody"}
)
# A comment shows who wrote it or when; a repeated group where at least this share of members does is a
# thread, rather than the paragraphs of one comment or a list of teasers.
MIN_EVIDENCE_SHARE = 0.5
# Members shorter than this (median words) that show a byline are headers of a comment whose words
# follow in the next sibling ("Posted by: NAME on DATE" then the text): the two are read as one.
MAX_HEADER_WORDS = 15
# Class names that end so are containers of items, not an item.
LIST_SUFFIX = "list"
# Class words of a hidden box (a template, a tooltip, badge descriptions): not what a reader sees.
HIDDEN_TOKENS = frozenset({"hide", "hidden", "tooltip", "template"})
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_LETTERS = re.compile(r"[^a-z]+")


def _class_test(classes: tuple[str, ...]) -> str:
    return " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in classes)


@cache
def _item_xpath() -> str:
    classes = comment_markup().item_classes
    return "|".join(
        f"//{tag}[{_class_test(classes)} or starts-with(@id, 'comment-') or starts-with(@id, 'li-comment-')"
        " or @itemtype]"
        for tag in COMMENT_ITEM_TAGS
    )


def read_comments(root: Element) -> list[RawComment] | None:
    """Comments in page order with parent_n from nesting; None when the page has no comments."""
    for finder in (_comment_items, _repeated_comment_items, _region_items):
        comments = _read_items(finder(root))
        if comments:
            return comments
    return _json_ld_comments(root) or None


def _read_items(ordered: list[Element]) -> list[RawComment]:
    items = set(ordered)
    comments: list[RawComment] = []
    number_of: dict[Element, int] = {}
    last_at_depth: dict[int, int] = {}
    for item in ordered:
        if _mostly_links(item, items):
            continue
        text = _comment_text(item, items)
        author, timestamp = _author(item, items), _timestamp(item, items)
        text, line_author, line_time = _strip_meta_lines(text, author)
        author, timestamp = author or line_author, timestamp or line_time
        if author and text.startswith(author):
            text = text[len(author) :].lstrip(" \n:-–—")  # unknown markup left the byline in the text
        if not text or (not author and not timestamp and len(text.split()) <= MAX_LABEL_WORDS):
            continue  # empty, or a "Comments" link or button styled as a comment, not a reader's words
        n = len(comments) + 1
        parent = _nearest_item_ancestor(item, items)
        if parent is None:
            parent = _indented_under(item, items)
        parent_n = number_of.get(parent) if parent is not None else None
        depth = _depth(item)
        if parent_n is None and depth is not None and depth > 1:
            # Flat themes mark nesting only with depth-N: the reply answers the latest comment one level up.
            parent_n = last_at_depth.get(depth - 1)
        if depth is not None:
            last_at_depth[depth] = n
        number_of[item] = n
        comments.append(RawComment(n=n, author=author, text=text, timestamp=timestamp, parent_n=parent_n))
    return comments


def _indented_under(item: Element, items: set[Element]) -> Element | None:
    """Drupal puts a comment's replies in a `div.indented` right after it, not inside it."""
    for ancestor in item.iterancestors():
        if INDENTED_CLASS in _class_words(ancestor).split():
            previous = ancestor.getprevious()
            while previous is not None and not isinstance(previous.tag, str):
                previous = previous.getprevious()
            return previous if previous in items else None
    return None


def _comment_items(root: Element) -> list[Element]:
    """Comment elements in page order, minus inner wrappers of one comment and the reply form."""
    candidates = [
        element
        for element in root.xpath(_item_xpath())
        if _is_item_candidate(element) and not _in_excluded_region(element)
    ]
    candidate_set = set(candidates)
    items: set[Element] = set()
    for element in candidates:
        ancestor = element.getparent()
        is_wrapper = False
        while ancestor is not None:
            if ancestor in candidate_set:
                is_wrapper = True
                break
            if _is_reply_container(ancestor):
                break
            ancestor = ancestor.getparent()
        if not is_wrapper:
            items.add(element)
    # Document order, since the caller numbers comments by position (xpath unions are ordered, but the
    # wrapper filter above went through a set).
    return [element for element in candidates if element in items]


def _class_words(element: Element) -> str:
    return str(element.get("class") or "").lower()


def _signature(element: Element) -> str:
    """Tag and class words without numbers: `li.fig-comment 16060957` repeats as `li.fig-comment`."""
    words = [word for word in _class_words(element).split() if not any(ch.isdigit() for ch in word)]
    return f"{element.tag}.{' '.join(words)}"


def _name_tokens(name: str) -> list[str]:
    """An id or class name cut into words: `commentsList` → comments, list; `kommentar-item` → kommentar,
    item."""
    return [token for token in _NOT_LETTERS.split(_CAMEL_HUMP.sub(" ", name).lower()) if token]


def _names_comments(element: Element) -> bool:
    """The id or one class name names a comment region, and that name nothing else ("comment-count")."""
    markup = comment_markup()
    for name in [element.get("id") or "", *(element.get("class") or "").split()]:
        tokens = _name_tokens(name)
        if any(t in markup.region_tokens for t in tokens) and not any(
            t in markup.not_region_tokens for t in tokens
        ):
            return True
    return False


def _repeated_comment_items(root: Element) -> list[Element]:
    """Markup the known selectors miss (`article_comment_item`, `commentsItem`, `individualcomment`,
    `fig-comment`…): siblings that share one class naming a comment, at least MIN_REPEATED of them,
    each with words of its own rather than a list of links (a "most commented" box)."""
    groups: dict[tuple[Element, str], list[Element]] = {}
    region_words = comment_markup().region_tokens
    for element in root.iter(*COMMENT_ITEM_TAGS, "tr", "dl", "p"):
        words = _class_words(element)
        if not any(word in words for word in region_words) or any(
            part in words for part in NOT_COMMENT_CLASS_PARTS
        ):
            continue
        parent = element.getparent()
        if parent is not None and not _in_excluded_region(element):
            groups.setdefault((parent, _signature(element)), []).append(element)
    best: list[Element] = []
    for members in groups.values():
        if len(members) < MIN_REPEATED_COMMENTS:
            continue
        if len([m for m in members if _is_wordy(m)]) >= MIN_REPEATED_COMMENTS and len(members) > len(best):
            best = members
    return best


def _is_wordy(element: Element) -> bool:
    """Words of its own (at least MIN_COMMENT_WORDS), not a list of links."""
    text = _visible_text(element)
    linked = " ".join(a.text_content() for a in element.iter("a"))
    return len(text.split()) >= MIN_COMMENT_WORDS and len(linked) < len(text) / 2


def _visible_text(element: Element) -> str:
    clone = copy.deepcopy(element)
    for node in list(clone.iter(*NOISE_TAGS)):
        if node is not clone:
            _drop(node)
    return block_text(clone)


def _mostly_links(item: Element, items: set[Element]) -> bool:
    own = [el for el in item.iter("a") if _nearest_item_ancestor(el, items) in (item, None)]
    linked = sum(len(" ".join(a.text_content().split())) for a in own)
    total = len(" ".join(_visible_text(item).split()))
    return total > 0 and linked / total >= MAX_LINK_SHARE


def _region_items(root: Element) -> list[Element]:
    """Hand-made threads: in the outermost elements whose id or class names comments, the repeated
    children (same tag and class) that read as comments; a byline-only member takes its text sibling."""
    body = root.find("body")
    regions = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and element is not body
        and element.tag not in ("html", "body", "form", "a", "span", "script", "style", "textarea")
        and _names_comments(element)
        and not _in_excluded_region(element)
    ]
    region_set = set(regions)
    outermost = [r for r in regions if not any(a in region_set for a in r.iterancestors())]
    best: tuple[tuple[bool, int], list[Element]] = ((False, 0), [])
    # Old markup repeats the region itself, one per comment (`<div id="commentBody">` again and again).
    by_name: dict[str, list[Element]] = {}
    for region in outermost:
        by_name.setdefault(f"{_signature(region)}#{region.get('id') or ''}", []).append(region)
    for regions in by_name.values():
        wordy = [r for r in regions if _is_wordy(r) and r.find(".//h1") is None]
        if len(wordy) >= MIN_REPEATED_COMMENTS:
            best = max(best, ((True, len(wordy)), wordy), key=lambda pair: pair[0])
    for region in outermost:
        if region.find(".//h1") is not None:
            continue  # the article's own container, not a thread below it
        key, members = _best_group(region)
        if members and key > best[0]:
            best = (key, members)
    return best[1]


def _best_group(region: Element) -> tuple[tuple[bool, int], list[Element]]:
    """The repeated child group of the region that looks most like a thread, as (evidence, size)."""
    groups: list[tuple[list[list[Element]], bool]] = []
    for parent in region.iter():
        if not isinstance(parent.tag, str) or parent.tag in NOISE_TAGS or _is_hidden(parent):
            continue
        by_signature: dict[str, list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in REGION_CHILD_TAGS:
                by_signature.setdefault(_signature(child), []).append(child)
        repeated = [members for members in by_signature.values() if len(members) >= MIN_REPEATED_COMMENTS]
        groups += [([[m] for m in members], False) for members in repeated]
        groups += [(pairs, True) for pairs in _interleaved_pairs(parent, repeated)]
    best: tuple[tuple[bool, int], list[list[Element]]] = ((False, 0), [])
    for units, paired in groups:
        wordy = [u for u in units if any(_is_wordy(m) for m in u) or any(_shows_byline(m) for m in u)]
        if len(wordy) < MIN_REPEATED_COMMENTS:
            continue
        evidence = (
            paired or sum(any(_shows_byline(m) for m in u) for u in wordy) / len(wordy) >= MIN_EVIDENCE_SHARE
        )
        if not evidence:
            continue  # policy lines, badges, "log in to comment" boxes: nobody wrote them, at no time
        key = (evidence, len(wordy))
        if key > best[0]:
            best = (key, wordy)
    if not best[1]:
        return best[0], []
    if all(len(unit) == 1 for unit in best[1]):
        return best[0], _merge_headers([unit[0] for unit in best[1]])
    return best[0], [_wrap(unit) for unit in best[1]]


def _is_hidden(element: Element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or bool(HIDDEN_TOKENS.intersection(_class_words(element).split()))


def _interleaved_pairs(parent: Element, repeated: list[list[Element]]) -> list[list[list[Element]]]:
    """Two repeated sibling kinds that strictly alternate (text, byline, text, byline…): each pair is one
    comment, its short member the byline (a structure every comment shares, unlike a list of rules)."""
    found: list[list[list[Element]]] = []
    for i, first in enumerate(repeated):
        for second in repeated[i + 1 :]:
            if abs(len(first) - len(second)) > 1:
                continue
            wanted = set(first) | set(second)
            sequence = [child for child in parent if child in wanted]
            kinds = [child in set(first) for child in sequence]
            if any(a == b for a, b in itertools.pairwise(kinds)):
                continue
            sizes = (
                [len(_visible_text(m).split()) for m in second],
                [len(_visible_text(m).split()) for m in first],
            )
            if min(sorted(s)[len(s) // 2] for s in sizes) > MAX_HEADER_WORDS:
                continue  # two kinds of long text alternating: not byline and words
            found.append([sequence[k : k + 2] for k in range(0, len(sequence) - 1, 2)])
    return found


def _wrap(elements: list[Element]) -> Element:
    """A detached element holding copies of the given siblings, read as one comment."""
    wrapper = lxml_html.Element("div")
    for element in elements:
        duplicate = copy.deepcopy(element)
        duplicate.tail = None
        wrapper.append(duplicate)
    return wrapper


def _shows_byline(element: Element) -> bool:
    """Markup or a line that names a commenter or a time: what every comment shows and a paragraph not."""
    if element.find(".//time") is not None or element.xpath(
        ".//*[@itemprop='author' or @itemprop='dateCreated']"
    ):
        return True
    if any(
        any(part in _class_words(node) for part in (*AUTHOR_CLASS_PARTS, "date", "time", "posted"))
        for node in element.iterdescendants()
        if isinstance(node.tag, str)
    ):
        return True
    lines = _visible_text(element).split("\n")
    edges = lines[:2] + lines[-2:]
    return any(_is_meta_line(line) for line in edges)


def _merge_headers(members: list[Element]) -> list[Element]:
    """Where members are byline headers only, each header and the siblings up to the next header become
    one comment (a detached wrapper holding copies), the text following its header."""
    sizes = sorted(len(_visible_text(m).split()) for m in members)
    if sizes[len(sizes) // 2] > MAX_HEADER_WORDS:
        return members
    member_set = set(members)
    merged: list[Element] = []
    for member in members:
        unit = [member]
        sibling = member.getnext()
        while sibling is not None and sibling not in member_set:
            if isinstance(sibling.tag, str):
                unit.append(sibling)
            sibling = sibling.getnext()
        merged.append(_wrap(unit))
    return merged


def _is_meta_line(line: str) -> bool:
    line = line.strip()
    if not line or len(line.split()) > MAX_META_LINE_WORDS:
        return False
    return bool(comment_markup().byline.match(line) or SAYS_LINE.match(line) or DATE_LINE.match(line))


def _strip_meta_lines(text: str, author: str) -> tuple[str, str, str | None]:
    """Drop byline and date lines from the start and end of a comment's text: (text, author, time)."""
    lines = text.split("\n")
    found_author, found_time = "", None
    markup = comment_markup()

    def take(line: str) -> bool:
        nonlocal found_author, found_time
        line = line.strip()
        if not line or len(line.split()) > MAX_META_LINE_WORDS:
            return False
        if byline := markup.byline.match(line):
            found_author = found_author or byline.group("author").strip(" :,|")
            found_time = found_time or (byline.group("when") or "").strip() or None
            return True
        if says := SAYS_LINE.match(line):
            found_author = found_author or says.group("author")
            return True
        if DATE_LINE.match(line) and MONTH_OR_TIME.search(line):
            found_time = found_time or line
            return True
        return bool(author) and line.rstrip(" :") == author

    while len(lines) > 1 and take(lines[0]):
        lines.pop(0)
    while len(lines) > 1 and take(lines[-1]):
        lines.pop()
    return "\n".join(lines), found_author, found_time


def _json_ld_comments(root: Element) -> list[RawComment]:
    """schema.org `comment` arrays in JSON-LD scripts: each Comment's text, author and date, replies
    nested in a comment's own `comment`."""
    comments: list[RawComment] = []

    def add(node: Any, parent_n: int | None) -> None:
        if not isinstance(node, dict):
            return
        text = node.get("text") or node.get("commentText")
        if isinstance(text, str) and text.strip():
            author = node.get("author") or node.get("creator") or ""
            if isinstance(author, list):
                author = author[0] if author else ""
            if isinstance(author, dict):
                author = author.get("name") or ""
            when = node.get("dateCreated") or node.get("datePublished")
            n = len(comments) + 1
            comments.append(
                RawComment(
                    n=n,
                    author=str(author).strip(),
                    text=text.strip(),
                    timestamp=str(when) if when else None,
                    parent_n=parent_n,
                )
            )
            parent_n = n
        replies = node.get("comment")
        for reply in replies if isinstance(replies, list) else [replies]:
            add(reply, parent_n)

    def walk(data: Any) -> None:
        if isinstance(data, list):
            for entry in data:
                walk(entry)
        elif isinstance(data, dict):
            thread = data.get("comment")
            for entry in thread if isinstance(thread, list) else [thread]:
                add(entry, None)
            for key, value in data.items():
                if key != "comment" and isinstance(value, (list, dict)):
                    walk(value)

    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text))
        except ValueError:
            continue  # a page's broken JSON-LD is not ours to repair
    return comments


def _is_item_candidate(element: Element) -> bool:
    itemtype = str(element.get("itemtype") or "")
    if itemtype.rstrip("/").endswith(comment_markup().item_types):
        return True
    element_id = str(element.get("id") or "")
    if element_id.startswith(("comment-", "li-comment-")):
        return bool(COMMENT_ITEM_ID.match(element_id))
    # Found by another itemtype only (a Person, an Article): not a comment unless its class says so.
    return bool(set(_class_words(element).split()).intersection(comment_markup().item_classes))


def _is_reply_container(element: Element) -> bool:
    if element.tag in REPLY_CONTAINER_TAGS:
        return True
    classes = set((element.get("class") or "").split())
    return bool(classes.intersection(REPLY_CONTAINER_CLASSES))


def _in_excluded_region(element: Element) -> bool:
    return any(node.get("id") in EXCLUDED_REGION_IDS for node in element.iterancestors())


def _nearest_item_ancestor(element: Element, items: set[Element]) -> Element | None:
    for ancestor in element.iterancestors():
        if ancestor in items:
            return ancestor  # type: ignore[no-any-return]
    return None


def _itemprop_test(props: tuple[str, ...]) -> str:
    return " or ".join(f"@itemprop='{prop}'" for prop in props)


def _own_matches(
    item: Element, items: set[Element], classes: tuple[str, ...], itemprops: tuple[str, ...] = ()
) -> list[Element]:
    """Descendants with one of the itemprops, or else of the classes (first that matches), of this
    comment, not of a reply."""
    tests = ([_itemprop_test(itemprops)] if itemprops else []) + [_class_test((name,)) for name in classes]
    for test in tests:
        found = [
            element
            for element in item.xpath(f".//*[{test}]")
            if _nearest_item_ancestor(element, items) is item
        ]
        if found:
            return found
    return []


def _depth(item: Element) -> int | None:
    match = DEPTH_CLASS.search(item.get("class") or "")
    return int(match.group(1)) if match else None


def _author(item: Element, items: set[Element]) -> str:
    """The commenter's name as shown, or "" when the markup shows none."""
    for element in _own_matches(item, items, AUTHOR_CLASSES, AUTHOR_ITEMPROPS):
        named = element.xpath(".//*[@itemprop='name']")
        source = named[0] if named else element
        name = AUTHOR_SUFFIX.sub("", " ".join((source.get("content") or source.text_content()).split()))
        if name:
            return name
    # Unknown markup: a descendant whose class merely contains one of the words ("talk_author").
    for element in item.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        words = _class_words(element)
        if any(part in words for part in AUTHOR_CLASS_PARTS) and "avatar" not in words:
            name = AUTHOR_SUFFIX.sub("", " ".join(element.text_content().split()))
            if name and len(name.split()) <= MAX_AUTHOR_WORDS:
                return name
    return ""


def _timestamp(item: Element, items: set[Element]) -> str | None:
    for element in _own_matches(item, items, (), TIME_ITEMPROPS):
        value = element.get("content") or element.get("datetime") or " ".join(element.text_content().split())
        if value and len(value) <= MAX_TIMESTAMP_CHARS:
            return value
    for time_element in item.iter("time"):
        if _nearest_item_ancestor(time_element, items) is item:
            value = time_element.get("datetime") or " ".join(time_element.text_content().split())
            if value:
                return value
    for element in _own_matches(item, items, TIMESTAMP_CLASSES):
        value = " ".join(element.text_content().split())
        if value and len(value) <= MAX_TIMESTAMP_CHARS:
            return value
    return None


def _comment_text(item: Element, items: set[Element]) -> str:
    """The comment's words only: no byline, date, reply button, nested replies or markup."""
    containers = _own_matches(item, items, TEXT_CLASSES, TEXT_ITEMPROPS)
    source = containers[0] if containers else item
    text = _clean_text(source, items, NOISE_CLASSES)
    if not text:
        # Odd themes put the words inside the byline box (`div.comment-author`): keep those boxes.
        kept = tuple(name for name in NOISE_CLASSES if name not in HOLDS_TEXT_SOMETIMES)
        text = _clean_text(source, items, kept)
    return text


def _clean_text(source: Element, items: set[Element], noise_classes: tuple[str, ...]) -> str:
    clone = copy.deepcopy(source)
    nested = {id(element) for element in items}
    originals = list(source.iter())
    # Drop nested replies from the copy: map by position, since deepcopy keeps iteration order.
    for original, copied in zip(originals, list(clone.iter()), strict=True):
        if id(original) in nested and original is not source:
            _drop(copied)
    noise = set(noise_classes)
    for element in list(clone.iter()):
        if element is clone or not isinstance(element.tag, str):
            continue
        classes = set((element.get("class") or "").split())
        if element.tag in NOISE_TAGS or classes.intersection(noise) or _is_reply_list(element):
            _drop(element)
    return block_text(clone)


def _is_reply_list(element: Element) -> bool:
    classes = set((element.get("class") or "").split())
    return bool(classes.intersection(REPLY_CONTAINER_CLASSES))


def _drop(element: Element) -> None:
    """Remove an element but keep the text that follows it (its tail belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def block_text(element: Element) -> str:
    """Text content with a line break at block elements; whitespace inside lines collapsed."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        if not isinstance(node.tag, str):  # processing instructions and HTML comments carry no text
            if node.tail:
                parts.append(node.tail)
            return
        block = node.tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail and node is not element:
            parts.append(node.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
