"""Reader comments from common comment markup (WordPress and alike), with nesting, as plain text."""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement as Element

from allegedly.model import RawComment

# Elements that hold one comment: WordPress `li.comment`, html5 themes `article.comment`, Blogger and
# hand-made blogs `div.comment`, or any of these carrying WordPress's `id="comment-123"`.
COMMENT_ITEM_TAGS: tuple[str, ...] = ("li", "div", "article", "section")
COMMENT_ITEM_CLASSES: tuple[str, ...] = ("comment", "comment-item", "pingback", "trackback")
COMMENT_ITEM_ID = re.compile(r"^(?:li-)?comment-\d+$")
# Between a comment and its reply there is always a list or a replies container; a comment element
# directly inside another without one is the same comment's inner wrapper.
REPLY_CONTAINER_TAGS = frozenset({"ul", "ol"})
REPLY_CONTAINER_CLASSES: tuple[str, ...] = ("children", "replies", "comment-replies")
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
AUTHOR_CLASS_PARTS: tuple[str, ...] = ("author", "user", "commenter", "name", "poster", "nick")
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
    "text",
)
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
NOISE_TAGS: tuple[str, ...] = ("script", "style", "noscript", "form", "button", "img", "svg")
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


def _class_test(classes: tuple[str, ...]) -> str:
    return " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in classes)


_ITEM_XPATH = "|".join(
    f"//{tag}[{_class_test(COMMENT_ITEM_CLASSES)} or starts-with(@id, 'comment-') "
    f"or starts-with(@id, 'li-comment-')]"
    for tag in COMMENT_ITEM_TAGS
)


def read_comments(root: Element) -> list[RawComment] | None:
    """Comments in page order with parent_n from nesting; None when the page has no comment markup."""
    ordered = _comment_items(root) or _repeated_comment_items(root)
    if not ordered:
        return None
    items = set(ordered)
    comments: list[RawComment] = []
    number_of: dict[Element, int] = {}
    last_at_depth: dict[int, int] = {}
    for item in ordered:
        text = _comment_text(item, items)
        author, timestamp = _author(item, items), _timestamp(item, items)
        if author and text.startswith(author):
            text = text[len(author) :].lstrip(" \n:-–—")  # unknown markup left the byline in the text
        if not text or (not author and not timestamp and len(text.split()) <= MAX_LABEL_WORDS):
            continue  # empty, or a "Comments" link or button styled as a comment, not a reader's words
        n = len(comments) + 1
        parent = _nearest_item_ancestor(item, items)
        parent_n = number_of.get(parent) if parent is not None else None
        depth = _depth(item)
        if parent_n is None and depth is not None and depth > 1:
            # Flat themes mark nesting only with depth-N: the reply answers the latest comment one level up.
            parent_n = last_at_depth.get(depth - 1)
        if depth is not None:
            last_at_depth[depth] = n
        number_of[item] = n
        comments.append(RawComment(n=n, author=author, text=text, timestamp=timestamp, parent_n=parent_n))
    return comments or None


def _comment_items(root: Element) -> list[Element]:
    """Comment elements in page order, minus inner wrappers of one comment and the reply form."""
    candidates = [
        element
        for element in root.xpath(_ITEM_XPATH)
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


def _repeated_comment_items(root: Element) -> list[Element]:
    """Markup the known selectors miss (`article_comment_item`, `commentsItem`, `individualcomment`,
    `fig-comment`…): siblings that share one class naming a comment, at least MIN_REPEATED of them,
    each with words of its own rather than a list of links (a "most commented" box)."""
    groups: dict[tuple[Element, str], list[Element]] = {}
    for element in root.iter(*COMMENT_ITEM_TAGS, "tr", "dl", "dd", "p"):
        words = _class_words(element)
        if "comment" not in words or any(part in words for part in NOT_COMMENT_CLASS_PARTS):
            continue
        parent = element.getparent()
        if parent is not None and not _in_excluded_region(element):
            groups.setdefault((parent, words), []).append(element)
    best: list[Element] = []
    for members in groups.values():
        if len(members) < MIN_REPEATED_COMMENTS:
            continue
        texts = [block_text(m) for m in members]
        linked = [" ".join(a.text_content() for a in m.iter("a")) for m in members]
        wordy = [
            t
            for t, link in zip(texts, linked, strict=True)
            if len(t.split()) >= MIN_COMMENT_WORDS and len(link) < len(t) / 2
        ]
        if len(wordy) >= MIN_REPEATED_COMMENTS and len(members) > len(best):
            best = members
    return best


def _is_item_candidate(element: Element) -> bool:
    element_id = element.get("id", "")
    if element_id and element_id.startswith(("comment-", "li-comment-")):
        return bool(COMMENT_ITEM_ID.match(element_id))
    return True


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


def _own_matches(item: Element, items: set[Element], classes: tuple[str, ...]) -> list[Element]:
    """Descendants with one of the classes (first class that matches) of this comment, not of a reply."""
    for name in classes:
        found = [
            element
            for element in item.xpath(f".//*[{_class_test((name,))}]")
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
    for element in _own_matches(item, items, AUTHOR_CLASSES):
        name = AUTHOR_SUFFIX.sub("", " ".join(element.text_content().split()))
        if name:
            return name
    # Unknown markup: a descendant whose class merely contains one of the words ("talk_author").
    for element in item.iterdescendants():
        words = _class_words(element)
        if any(part in words for part in AUTHOR_CLASS_PARTS) and "avatar" not in words:
            name = AUTHOR_SUFFIX.sub("", " ".join(element.text_content().split()))
            if name and len(name.split()) <= MAX_AUTHOR_WORDS:
                return name
    return ""


def _timestamp(item: Element, items: set[Element]) -> str | None:
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
    containers = _own_matches(item, items, TEXT_CLASSES)
    source = containers[0] if containers else item
    clone = copy.deepcopy(source)
    nested = {id(element) for element in items}
    originals = list(source.iter())
    # Drop nested replies from the copy: map by position, since deepcopy keeps iteration order.
    for original, copied in zip(originals, list(clone.iter()), strict=True):
        if id(original) in nested and original is not source:
            _drop(copied)
    for element in list(clone.iter()):
        if element is clone:
            continue
        classes = set((element.get("class") or "").split())
        if element.tag in NOISE_TAGS or classes.intersection(NOISE_CLASSES) or _is_reply_list(element):
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
