"""Plain-text documents: optional header lines, an optional headline, then the text, losing none of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from allegedly.errors import InputRejected
from allegedly.model import RawDocument

# Header keys whose value is one recognisable token, so text may follow on the same line
# (a real file reads " date 2023-08-07 They were married for 11 years...").
DATE_VALUE = (
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}-\d{2}(?!\d)|\d{1,2}/\d{1,2}/\d{4}"
)
URL_VALUE = r"https?://\S+"
TOKEN_HEADERS: dict[str, str] = {"date": DATE_VALUE, "published": DATE_VALUE, "url": URL_VALUE}
# Header keys whose value runs to the end of the line. Without a colon ("author Jane Roe") they count as
# headers only in a block that also has a date or url header: "Title fight ends in a draw" is a headline.
LINE_HEADERS: tuple[str, ...] = ("author", "outlet", "title")
# Spellings that mean the same header.
HEADER_ALIASES: dict[str, str] = {"published": "date"}

# A byline or dateline under the headline ("By Jane Roe | March 14, 2024", "Published: 14 March
# 2024", "March 14, 2024 · By Jane Roe", "Updated Mar. 14, 2024 3:45 PM ET") is the post's own
# author and date, not a sentence of its story: read like a header, it never becomes an event.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
BYLINE_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{DATE_VALUE})"
)
# A clock time after the date ("3:45 PM ET", "at 10:02 a.m. EST", British "10.02 BST") is
# dropped with the line; so is one before it ("Updated 9.15am EDT, Mon May 5, 2025").
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_BYLINE_TIME = rf"(?:,?\s*(?:at\s+)?{_CLOCK})?"
_LEAD_TIME = rf"(?:{_CLOCK},?\s+)?"
_BYLINE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|del|van|von|da|di|le|la|bin))*"
_DATE_WORDS = (
    r"(?:(?:date|dated|published|posted|updated|last updated|first published|modified|last modified)"
    r"(?:\s+on)?\s*:?\s*)?"
)
_SEPARATOR = r"\s*(?:[|•·,–—-]|\bon\b)\s*"
_BYLINE_SHAPES = (
    # By NAME | DATE
    rf"(?:(?:posted|written|words|story)\s+)?by\s*:?\s+(?P<author>{_BYLINE_NAME}){_SEPARATOR}{_DATE_WORDS}{_WEEKDAY}"
    rf"(?P<date>{BYLINE_DATE}){_BYLINE_TIME}",
    # Published DATE (by NAME); "Saturday 14 September 2024 10.02 BST", "Updated 9.15am EDT, Mon May 5, 2025"
    rf"{_DATE_WORDS}{_LEAD_TIME}{_WEEKDAY}(?P<date>{BYLINE_DATE}){_BYLINE_TIME}(?:{_SEPARATOR}(?:by\s*:?\s+)?(?P<author>{_BYLINE_NAME}))?",
    # By NAME
    rf"(?:(?:posted|written|words|story)\s+)?by\s*:?\s+(?P<author>{_BYLINE_NAME})",
)
_BYLINE_RES = tuple(re.compile(rf"(?i:{shape})\s*$") for shape in _BYLINE_SHAPES)
# Only the first few lines under the headline can be a byline, and only short ones: bylines
# and datelines stacked on top of each other ("By ...", a date, "Last modified ...") all
# count, and the search stops at the `BYLINE_LINES`-th line of prose.
BYLINE_MAX_WORDS = 14
BYLINE_LINES = 2


@dataclass
class Byline:
    """The author and date a byline line gives (either may be missing)."""

    author: str | None
    date: str | None


def read_byline(line: str) -> Byline | None:
    """'By Jane Roe | March 14, 2024' → Byline('Jane Roe', 'March 14, 2024'); None for prose."""
    line = " ".join(line.split())
    if not line or len(line.split()) > BYLINE_MAX_WORDS:
        return None
    for shape in _BYLINE_RES:
        match = shape.match(line)
        if match is None:
            continue
        found = match.groupdict()
        author = (found.get("author") or "").strip(" ,|-–—") or None
        # The author part must start with a capital as written (the pattern itself is case-blind).
        if author is not None and not author[0].isupper():
            return None
        return Byline(author=author, date=found.get("date"))
    return None


# A headline is a short line that does not end like a paragraph and has text after it.
HEADLINE_MAX_WORDS = 25
PARAGRAPH_ENDINGS = (".", ",", ";", ":")
CLOSING_MARKS = "\"'”’)]»"

_TOKEN_HEADER_RE = re.compile(
    r"(?P<key>"
    + "|".join(TOKEN_HEADERS)
    + r")\s*[:\s]\s*(?P<value>"
    + "|".join(f"(?:{value})" for value in dict.fromkeys(TOKEN_HEADERS.values()))
    + r")(?:\s+|$)",
    re.IGNORECASE,
)
_LINE_HEADER_RE = re.compile(
    r"(?P<key>" + "|".join(LINE_HEADERS) + r")(?P<colon>\s*:\s*|\s+)(?P<value>\S.*)$", re.IGNORECASE
)


@dataclass
class _HeaderScan:
    """Header values found at the start of a file, and where the text begins."""

    values: dict[str, str] = field(default_factory=dict)
    body_lines: list[str] = field(default_factory=list)


def read_text_document(text: str, path: Path, warnings: list[str]) -> RawDocument:
    """Parse a plain-text document; every character of body text ends up in text or headline."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    scan = _scan_headers(lines)
    body_lines = scan.body_lines
    headline = scan.values.get("title")
    if headline is None:
        headline, body_lines = _split_headline(body_lines)
    byline, body_lines = _split_byline(body_lines)
    body = "\n".join(body_lines).strip()
    if not body:
        if headline is None:
            raise InputRejected(str(path), "no text after the header lines")
        # A lone short line is the text, not a headline over nothing.
        body, headline = headline, None
    date = scan.values.get("date") or (byline.date if byline else None)
    author = scan.values.get("author") or (byline.author if byline else None)
    return RawDocument(
        path=str(path),
        file_name=path.name,
        format="text",
        text=body,
        headline=headline,
        url=scan.values.get("url"),
        author=author,
        site_name=scan.values.get("outlet"),
        published_raw=date,
        published_source="header" if date else "none",
        comments=None,
        warnings=list(warnings),
    )


def _scan_headers(lines: list[str]) -> _HeaderScan:
    """Read header lines at the top; stop at the first line that is not one (blank lines are skipped)."""
    found: list[tuple[int, str, str, bool]] = []  # (line index, key, value, is a confident header)
    rest_of_line: tuple[int, str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        tokens, rest = _token_headers(line)
        if tokens:
            found.extend((index, key, value, True) for key, value in tokens)
            if rest:
                rest_of_line = (index, rest)  # header and first paragraph share one line
                break
            index += 1
            continue
        match = _LINE_HEADER_RE.match(line)
        if match is None:
            break
        has_colon = ":" in match.group("colon")
        found.append((index, match.group("key").lower(), match.group("value").strip(), has_colon))
        index += 1
    accepted = _accepted_headers(found)
    scan = _HeaderScan()
    for _, key, value, _ in accepted:
        scan.values.setdefault(HEADER_ALIASES.get(key, key), value)
    if len(accepted) < len(found):
        start = found[len(accepted)][0]  # the first refused "header" line is text
        scan.body_lines = lines[start:]
    elif rest_of_line is not None:
        scan.body_lines = [rest_of_line[1], *lines[rest_of_line[0] + 1 :]]
    else:
        scan.body_lines = lines[index:]
    return scan


def _token_headers(line: str) -> tuple[list[tuple[str, str]], str]:
    """Consume `date ...` / `url ...` tokens from the start of a line; return them and the rest."""
    tokens: list[tuple[str, str]] = []
    rest = line
    while match := _TOKEN_HEADER_RE.match(rest):
        tokens.append((match.group("key").lower(), match.group("value")))
        rest = rest[match.end() :]
    return tokens, rest.strip()


def _accepted_headers(found: list[tuple[int, str, str, bool]]) -> list[tuple[int, str, str, bool]]:
    """All candidates when the block has a date/url header; else the leading run written `key: value`."""
    if any(key in TOKEN_HEADERS for _, key, _, _ in found):
        return found
    accepted: list[tuple[int, str, str, bool]] = []
    for candidate in found:
        if not candidate[3]:
            break
        accepted.append(candidate)
    return accepted


def _split_headline(body_lines: list[str]) -> tuple[str | None, list[str]]:
    """Take the first non-blank line as headline when it is shaped like one; else leave the lines alone."""
    for index, raw in enumerate(body_lines):
        line = raw.strip()
        if not line:
            continue
        remaining = body_lines[index + 1 :]
        if looks_like_headline(line) and any(rest.strip() for rest in remaining):
            return line, remaining
        return None, body_lines
    return None, body_lines


def _split_byline(body_lines: list[str]) -> tuple[Byline | None, list[str]]:
    """Take bylines and datelines off the top of the text (see `BYLINE_LINES`), when there are any.

    A dateline may come in two lines ("Saturday 14 September 2024 10.02 BST", then "Last modified
    on Tue 17 Sep 2024 18.40 BST"): both go, and the date is the publication's, not the last edit's.
    A byline line is taken only with text after it.
    """
    seen = 0
    taken: dict[int, tuple[Byline, bool]] = {}  # line index -> (byline, says it was an update)
    for index, raw in enumerate(body_lines):
        if not raw.strip():
            continue
        byline = read_byline(raw)
        if byline is not None:
            taken[index] = (byline, _UPDATED.match(raw.strip()) is not None)
            continue
        seen += 1
        if seen >= BYLINE_LINES:
            break
    last_text = max((i for i, line in enumerate(body_lines) if line.strip() and i not in taken), default=-1)
    taken = {i: found for i, found in taken.items() if i < last_text}
    if not taken:
        return None, body_lines
    author = next((b.author for b, _ in taken.values() if b.author), None)
    dates = [b.date for b, updated in taken.values() if b.date and not updated]
    dates += [b.date for b, updated in taken.values() if b.date and updated]
    rest = [line for i, line in enumerate(body_lines) if i not in taken]
    return Byline(author, dates[0] if dates else None), rest


# A dateline that gives the last edit, not the publication ("Last modified on ...", "Updated ...").
_UPDATED = re.compile(r"(?i:(?:last\s+)?(?:modified|updated))\b")


def looks_like_headline(line: str) -> bool:
    """True for a short line that does not end like a paragraph sentence."""
    if len(line.split()) > HEADLINE_MAX_WORDS:
        return False
    ending = line.rstrip(CLOSING_MARKS)
    # "..." trails off like a teaser headline, a single "." ends a sentence.
    if ending.endswith("..."):
        return True
    return not ending.endswith(PARAGRAPH_ENDINGS)
