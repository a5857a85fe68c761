"""Find the reader-comment thread inside a plain-text document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from allegedly.model import RawComment
from allegedly.thread.cues import thread_cues

# A date-time as blogs print it beside a handle: "March 3, 2011 at 4:12 pm", "2011-03-03 16:12".
_TIMESTAMP = (
    r"(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,? (?:at )?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
)
_TIMESTAMP_LINE = re.compile(rf"^\s*(?:on\s+)?(?P<ts>{_TIMESTAMP})\s*$", re.IGNORECASE)


@dataclass
class ThreadSplit:
    """A document's text cut in two: the post, and the comments found under it."""

    body: str  # text before the thread, the declared-count line removed
    comments: list[RawComment] = field(default_factory=list)
    declared_count: int | None = None  # "47 Responses" as the page says


@dataclass
class _Header:
    start: int  # offset of the header line in the text
    end: int  # offset just after the header line
    number: int | None
    author: str
    timestamp: str | None
    rest: str  # comment text that shares the header's line


def _count_line() -> re.Pattern[str]:
    cues = thread_cues()["split"]
    nouns = "|".join(sorted(cues["count_nouns"], key=len, reverse=True))
    words = "|".join(cues["count_words"])
    return re.compile(
        rf"^[ \t]*(?P<count>\d+|{words})[ \t]+(?:{nouns})\b"
        r"(?:[ \t]+(?:to|on|for|about)\b[^\n]*|[ \t]*:?)[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def _header_line() -> re.Pattern[str]:
    verbs = "|".join(thread_cues()["split"]["header_verbs"])
    return re.compile(
        r"^[ \t]*(?:#[ \t]*(?P<hash>\d+)[.:)]?[ \t]+|(?P<num>\d+)[.)][ \t]+)?"
        r"(?P<author>\S[^\n]*?)"
        rf"(?:[ \t]+(?:on[ \t]+)?(?P<ts>{_TIMESTAMP}))?"
        rf"[ \t]+(?:{verbs})[ \t]*:[ \t]*(?P<rest>[^\n]*)$",
        re.IGNORECASE | re.MULTILINE,
    )


def _headers(text: str, start: int) -> list[_Header]:
    cues = thread_cues()["split"]
    found: list[_Header] = []
    for m in _header_line().finditer(text, start):
        author = m.group("author").strip()
        if len(author) > cues["max_author_chars"] or len(author.split()) > cues["max_author_words"]:
            continue  # "My mother always says: …" is a sentence, not a handle
        raw_number = m.group("hash") or m.group("num")
        found.append(
            _Header(
                start=m.start(),
                end=m.end(),
                number=int(raw_number) if raw_number else None,
                author=author,
                timestamp=m.group("ts"),
                rest=m.group("rest").strip(),
            )
        )
    if not found:
        return found
    # A numbered thread numbers every comment: an unnumbered "X says:" inside it is comment text.
    if found[0].number is not None:
        found = [h for h in found if h.number is not None]
    return found


def _clean(block: str) -> tuple[str, str | None]:
    """Comment text without indentation or edge blank lines; a leading timestamp line split off."""
    lines = [line.strip() for line in block.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    timestamp = None
    if lines and (m := _TIMESTAMP_LINE.match(lines[0])):
        timestamp = m.group("ts")
        lines.pop(0)
    stops = set(thread_cues()["split"]["stop_lines"])
    for i, line in enumerate(lines):
        if line.lower().rstrip(".:!") in stops:
            lines = lines[:i]  # the reply form or a closing notice ends the thread
            break
    paragraphs: list[str] = []
    for line in lines:
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    return "\n".join(paragraphs).strip(), timestamp


def _looks_like_thread(headers: list[_Header], text: str) -> bool:
    """With no declared count: numbered headers, or enough of them with handle-like authors.

    News articles introduce quotes the same way ("A source says:", "Model Jane Doe said:"),
    so unnumbered headers must each name something shaped like a handle."""
    cues = thread_cues()["split"]
    if len(headers) >= 2 and all(h.number is not None for h in headers):
        return True
    # A reply form after the headers ("Leave a Reply") is a thread's own mark: two will do.
    after = text[headers[0].start :].lower()
    needed = 2 if any(stop in after for stop in cues["stop_lines"]) else cues["min_unnumbered_headers"]
    if len(headers) < needed:
        return False
    stop = set(cues["not_handle_first_words"])
    return all(
        len(h.author.split()) <= cues["max_unnumbered_author_words"]
        and "," not in h.author
        and h.author.split()[0].lower() not in stop
        and not h.rest
        for h in headers
    )


def separate_thread(text: str) -> ThreadSplit:
    """Split text into post body and comments; with no thread found, body is the text unchanged."""
    count_match = _count_line().search(text)
    search_from = count_match.end() if count_match else 0
    headers = _headers(text, search_from)
    if not headers or (count_match is None and not _looks_like_thread(headers, text)):
        return ThreadSplit(body=text, comments=[], declared_count=None)

    declared: int | None = None
    if count_match:
        raw = count_match.group("count").lower()
        declared = int(raw) if raw.isdigit() else int(thread_cues()["split"]["count_words"][raw])
        body = text[: count_match.start()].rstrip()
    else:
        body = text[: headers[0].start].rstrip()

    printed = [h.number for h in headers if h.number is not None]
    # Printed numbers are kept when they rise steadily; otherwise position is the number.
    use_printed = len(printed) == len(headers) and all(a < b for a, b in pairwise(printed))
    comments: list[RawComment] = []
    for i, header in enumerate(headers):
        end = headers[i + 1].start if i + 1 < len(headers) else len(text)
        block = (header.rest + "\n" if header.rest else "") + text[header.end : end]
        comment_text, line_timestamp = _clean(block)
        comments.append(
            RawComment(
                n=header.number if use_printed and header.number is not None else i + 1,
                author=header.author,
                text=comment_text,
                timestamp=header.timestamp or line_timestamp,
            )
        )
    return ThreadSplit(body=body, comments=comments, declared_count=declared)
