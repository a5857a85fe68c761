"""Plain-text documents: optional header lines, an optional headline, then the text, losing none of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from allegedly.errors import InputRejected
from allegedly.model import RawDocument
from allegedly.outlets import outlet_table

# Header keys whose value is one recognisable token, so text may follow on the same line
# (a file may read " date 2024-05-06 They had been married for nine years...").
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
    rf"|{DATE_VALUE}|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}(?!\d)"  # "2025.09.17", as East Asian sites write it
    rf"|(?<![\d.])\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}(?!\d))"  # "14.02.2025", as European sites write it
)
# A clock time after the date ("3:45 PM ET", "at 10:02 a.m. EST", British "10.02 BST") is
# dropped with the line; so is one before it ("Updated 9.15am EDT, Mon May 5, 2025").
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_BYLINE_TIME = rf"(?:,?\s*(?:at\s+)?{_CLOCK})?"
_LEAD_TIME = rf"(?:{_CLOCK},?\s+)?"
_BYLINE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|del|van|von|da|di|le|la|bin))*"
# Words a dateline opens with: "Published: ...", and a live blog's "Live updates, Sunday 18 May 2025".
_DATE_WORDS = (
    r"(?:(?:date|dated|published|posted|updated|last updated|first published|modified|last modified"
    r"|live(?:\s+(?:updates?|blog|coverage|reporting))?)"
    r"(?:\s+on)?\s*[:,]?\s*)?"
)
_SEPARATOR = r"\s*(?:[|•·,–—-]|\bon\b)\s*"
# A header line is cut into segments at the separators sites print between its parts ("By Jane
# Roe | Published ... | Outlet", "March 4, 2024 / 3:45 PM / Outlet"), and before a date word that
# follows a name ("By Jane Roe Published March 4, 2024"); every segment must be a known part.
_SEGMENT_SPLIT = re.compile(
    r"\s*[|•·]\s*|\s+[/–—-]\s+|(?<=\d)\.\s+(?=(?i:words|text|by|written\s+by|interview\s+by)\b)"
    r"|(?<![Ll]ast)(?<![Ff]irst)(?<![Oo]riginally)\s+(?=(?i:published|updated|posted on|last updated|"
    r"first published|originally published|last modified|modified)\b)"
)
# "By Jane Roe", "Posted by Jane Roe", "Words: Jane Roe", or the writer's job before the name
# ("Reporter Jane Roe", "Staff writer Jane Roe"), as many news sites print it.
_AUTHOR_LEAD = (
    # (a kind of piece before "by": "Podcast recap by", "Film review by", "Photo gallery by")
    r"(?:(?i:(?:[a-z&-]+\s+){0,2}(?:recap|review|report|column|gallery|feature|profile|analysis|interview)\s+"
    r"|(?:posted|written|words|story|reported|text|interview|interviews|photographs|photos|reporting)\s+)?"
    r"(?i:by)\s*:?\s+|(?i:words|text|written)\s*:\s*"
    r"|(?i:(?:senior|staff|chief|entertainment|showbiz)\s+)?(?i:reporter|correspondent|columnist|writer)\s*:?\s+)"
)
# A writer's handle after "by" ("Posted October 3, 2025 by night_owl_77"): one lower-case token.
_HANDLE = r"@?[a-z\d][\w.]*"
# A section label beside the byline ("Cover story | By Jane Roe | 11 February 2026"): a header part
# that says nothing, kept out of the names.
_SECTION_SEGMENT = re.compile(
    r"(?i:(?:[a-z&]+\s+){0,2}(?:story|feature|features|interview|exclusive|opinion|news|analysis|review|"
    r"column|profile|essay|obituary|explainer|long read|q&a|first person)"
    r"|for immediate release|(?:press|news) release"
    # "Gallery, 12 photos", "Photo gallery (8 images)", "15 pictures": a slideshow's label
    r"|(?:[a-z]+\s+)?gallery(?:\s*[,:(]?\s*\d{1,3}\s+(?:photos|pictures|images|slides)\)?)?"
    r"|\d{1,3}\s+(?:photos|pictures|images|slides)"
    # "recap", "Podcast recap", "Episode review": what kind of piece it is
    r"|(?:[a-z&-]+\s+){0,2}(?:recap|review|report)"
    # "Business of Fashion desk", "Showbiz Desk": the desk that filed it; "Translated from the
    # Spanish original": a note on the text
    # ("Asia Screen Daily entertainment desk": the outlet's name before the desk)
    r"|(?!by\s)(?:(?-i:[A-Z][\w&'’-]*)\s+){0,4}(?:[a-z&]+\s+){0,3}desk"
    r"|translated(?:\s+from\s+(?:the\s+)?[a-z]+(?:\s+original)?)?"
    # "Staff writer", "Entertainment reporter": the writer's job with no name names no one
    r"|(?:senior\s+|staff\s+|chief\s+|entertainment\s+|showbiz\s+)?(?:reporter|correspondent|columnist|writer)s?"
    r"|staff|(?:the\s+)?newsroom)$"
)
# "from our correspondent on the Quay, Jane Roe", "From our own reporter in Lagos": the writer,
# named after the place (or not at all).
_CORRESPONDENT_SEGMENT = re.compile(
    r"(?i:from\s+our\s+(?:own\s+)?(?:correspondent|reporter|critic|writer)s?)"
    r"(?:\s+(?i:in|on|at)\s+(?:the\s+)?[\w'’ -]{1,60}?)?"
    r"(?:\s*,\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}))?$"
)
# A name as written: capitalised words, with the small words names and outlet names carry.
_NAME_WORD = r"[A-Z][\w.'’&-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|&|de|del|der|van|von|da|di|du|le|la|bin|of|the))*"
_ZONE = r"(?-i:\s+[A-Z]{2,4})"
_STRICT_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?){_ZONE}?"
_DATE_SEGMENT = re.compile(
    rf"(?i:{_DATE_WORDS}{_LEAD_TIME}{_WEEKDAY}(?P<date>{BYLINE_DATE}){_BYLINE_TIME})"
    rf"(?:(?:\s*,\s*|\s+)(?:(?i:by)\s*:?\s+)?(?P<who>{_NAME})|\s+(?i:by)\s+(?P<handle>{_HANDLE})"
    rf"|\s+(?i:by)\s+(?i:the)\s+{_NAME}\s+(?i:team|staff|editors|desk|newsroom))?$"  # "by the LUD team"
)
# A magazine's issue line: "Issue 214, September 2025", "Vol. 3 No. 12 | March 2024". An issue
# is dated by its month: the month is the date (a month and year alone are no dateline elsewhere:
# a timeline's "June 2016:" heading is not one).
_ISSUE_SEGMENT = re.compile(
    rf"(?i:(?:issue|no\.|number|vol\.|volume)\s*\d{{1,4}}(?:\s*,?\s*(?:no\.|number)\s*\d{{1,4}})?)"
    rf"(?:\s*,?\s*(?P<date>(?i:{_MONTH})\s+\d{{4}}|(?i:{BYLINE_DATE})))?$"
)
# A wire's place and agency beside the date: "2025-07-16 — LOS ANGELES (Courtline Wire)". The
# place is written in capitals, as wire datelines are; the agency in brackets is the outlet.
_PLACE_AGENCY_SEGMENT = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][\w.]*)?\s*\((?P<agency>[A-Z][\w.&'’ -]{1,40})\)$"
)
_BY_SEGMENT = re.compile(rf"{_AUTHOR_LEAD}(?P<name>{_NAME})(?:(?:\s*,\s*|\s+(?i:on|for)\s+)(?P<rest>.+))?$")
_TIME_SEGMENT = re.compile(rf"(?i:{_DATE_WORDS}(?:at\s+)?{_STRICT_CLOCK})$")
_READ_TIME_SEGMENT = re.compile(r"(?i:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read)$")
# "2 days ago", "Yesterday at 5:03 PM", "Updated an hour ago": a header, but it dates nothing
# without the day it was read, so the article stays undated rather than dated by a guess.
_RELATIVE_SEGMENT = re.compile(
    rf"(?i:{_DATE_WORDS}(?:(?:\d+|an?|one|two|three|few)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|"
    rf"d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago|yesterday|today|just now)"
    rf"(?:,?\s*(?:at\s+)?{_STRICT_CLOCK})?)$"
)
_DOMAIN = re.compile(
    r"(?i:(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|net|org|news|tv|ca|com\.au))$"
)
# The last word of a job title after a byline name ("Jane Roe, Staff Writer"): not an outlet.
JOB_WORDS = frozenset(
    [
        "writer",
        "reporter",
        "editor",
        "correspondent",
        "contributor",
        "columnist",
        "critic",
        "producer",
        "journalist",
        "intern",
        "staff",
        "desk",
        "team",
        "writers",
        "reporters",
        "editors",
        "contributors",
    ]
)
# Words that make a name a publication's, not a person's ("Starlight Weekly", "The Daily Thistle").
PUBLICATION_WORDS = frozenset(
    [
        "news",
        "daily",
        "weekly",
        "monthly",
        "magazine",
        "mag",
        "times",
        "post",
        "gazette",
        "herald",
        "tribune",
        "journal",
        "chronicle",
        "mail",
        "express",
        "mirror",
        "star",
        "today",
        "online",
        "digest",
        "report",
        "wire",
        "press",
        "media",
        "tv",
        "radio",
        "network",
        "insider",
        "blog",
        "bulletin",
        "ledger",
        "courier",
        "observer",
        "review",
        "standard",
        "telegraph",
        "guardian",
        "independent",
        "examiner",
        "monitor",
        "dispatch",
        "register",
        "sentinel",
        "record",
        "reporter",
        "weekend",
        "entertainment",
        "tonight",
        "hollywood",
        "celebrity",
        "gossip",
        "buzz",
        "hub",
        "wireless",
        "channel",
        "studio",
        "edition",
        "sun",
    ]
)
# Only the first few lines under the headline can be a byline, and only short ones: bylines
# and datelines stacked on top of each other ("By ...", a date, "Last modified ...") all
# count, and the search stops at the `BYLINE_LINES`-th line of prose.
BYLINE_MAX_WORDS = 18
BYLINE_LINES = 2
BYLINE_NAME_MAX_WORDS = 6  # a name-only header line ("Jane Roe", "The Velvet Rope") is short


def _title_if_shouted(name: str) -> str:
    """ "JANE ROE" → "Jane Roe"; a name written in mixed case stays as written."""
    return name.title() if name.isupper() and len(name) > 3 else name


def _outlet_like(name: str) -> bool:
    """A publication's name by its shape: in the outlet table, a domain, "The ...", an acronym, or
    a word newspapers and sites are named with."""
    words = name.split()
    if outlet_table().lookup(name) is not None or _DOMAIN.match(name):
        return True
    if words[0] == "The" or (len(words) == 1 and name.isupper() and 2 <= len(name) <= 6):
        return True
    return any(word.lower().strip(".") in PUBLICATION_WORDS for word in words)


def _is_job(name: str) -> bool:
    return name.split()[-1].lower() in JOB_WORDS


def _name_role(name: str, author_known: bool) -> str:
    """ "job", "outlet" or "author" for a bare name in a header line."""
    if _is_job(name):
        return "job"
    if _outlet_like(name) or author_known or len(name.split()) == 1:
        return "outlet"
    return "author"


@dataclass
class Byline:
    """What a byline or dateline line gives: author, date, outlet (any may be missing)."""

    author: str | None
    date: str | None
    outlet: str | None = None
    updated: bool = False  # the date is the last edit's, not the publication's
    relative: bool = False  # "2 days ago": a header line that dates nothing
    weak: bool = False  # names only ("Jane Roe", "The Velvet Rope"): a header only beside a dated line


@dataclass
class _Parts:
    authors: list[str] = field(default_factory=list)
    dates: list[tuple[str, bool]] = field(default_factory=list)  # (date, says it was an update)
    names: list[str] = field(default_factory=list)  # bare names: author, outlet or job, decided last
    outlets: list[str] = field(default_factory=list)
    relative: bool = False
    names_first: bool = False  # bare names before any date or "By": "Jane Roe · 2 days ago"


def read_byline(line: str, under_headline: bool = False) -> Byline | None:
    """'By Jane Roe | March 14, 2024' → Byline('Jane Roe', 'March 14, 2024'); None for prose.

    `under_headline`: the line sits right under a headline, where "Jane Roe | 2025-03-03" is the
    post's writer and date; anywhere else a bare name before a date heads a reader's comment."""
    line = " ".join(line.split())
    if not line or len(line.split()) > BYLINE_MAX_WORDS:
        return None
    parts = _Parts()
    for segment in _SEGMENT_SPLIT.split(line):
        segment = segment.strip(" ,;")
        if segment and not _read_segment(segment, parts):
            return None
    strong = bool(parts.authors or parts.dates or parts.relative)
    if not strong and not parts.names:
        return None
    if not strong and (
        len(parts.names) > 2 or sum(len(n.split()) for n in parts.names) > BYLINE_NAME_MAX_WORDS
    ):
        return None
    signed = bool(parts.authors)
    for name in parts.names:
        role = _name_role(name, bool(parts.authors))
        if role == "author":
            # A person's bare name before a date, or beside a relative stamp, heads a reader's
            # comment ("Jane Roe · 2 days ago"); a post's byline says "By".
            comment_shaped = (parts.names_first and not (under_headline and parts.dates)) or (
                parts.relative and not parts.dates
            )
            if strong and not signed and comment_shaped:
                return None
            parts.authors.append(name)
        elif role == "outlet":
            parts.outlets.append(name)
    if not strong and parts.names and not parts.authors and not parts.outlets:
        return None  # a job title alone
    dates = [d for d, updated in parts.dates if not updated] or [d for d, _ in parts.dates]
    return Byline(
        author=parts.authors[0] if parts.authors else None,
        date=dates[0] if dates else None,
        outlet=parts.outlets[0] if parts.outlets else None,
        updated=bool(parts.dates) and all(updated for _, updated in parts.dates),
        relative=parts.relative and not parts.dates,
        weak=not strong,
    )


def _read_segment(segment: str, parts: _Parts) -> bool:
    """Record what one segment of a header line gives; False when it is not a header part."""
    if _READ_TIME_SEGMENT.match(segment) or _TIME_SEGMENT.match(segment):
        return True
    if _RELATIVE_SEGMENT.match(segment):
        parts.relative = True
        return True
    match = _ISSUE_SEGMENT.match(segment)
    if match:
        if match["date"]:
            parts.dates.append((match["date"], False))
        return True
    match = _DATE_SEGMENT.match(segment)
    if match:
        parts.dates.append((match["date"], _UPDATED.match(segment) is not None))
        if match["who"]:
            parts.names.append(_title_if_shouted(match["who"]))
        if match["handle"]:
            parts.authors.append(match["handle"])
        return True
    if _SECTION_SEGMENT.match(segment):
        return True
    match = _CORRESPONDENT_SEGMENT.match(segment)
    if match:
        if match["name"]:
            parts.authors.append(match["name"])
        return True
    match = _PLACE_AGENCY_SEGMENT.match(segment)
    if match:
        parts.outlets.append(match["agency"])  # the place is where it was filed: no name
        return True
    match = _BY_SEGMENT.match(segment)
    if match:
        parts.authors.append(_title_if_shouted(match["name"].strip()))
        rest = (match["rest"] or "").strip(" ,")
        return not rest or _read_segment(rest, parts) or _read_names(rest, parts)
    return _read_names(segment, parts)


def _read_names(segment: str, parts: _Parts) -> bool:
    """ "Jane Roe, Outlet Name", "The Velvet Rope", "glint.example.com": bare names."""
    if _DOMAIN.match(segment):
        parts.outlets.append(segment)
        return True
    names = [name.strip() for name in segment.split(",")]
    if not all(re.fullmatch(_NAME, name) for name in names):
        return False
    parts.names_first = parts.names_first or not (parts.authors or parts.dates or parts.relative)
    parts.names.extend(_title_if_shouted(name) for name in names)
    return True


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
    found: list[Byline] = []
    if headline is None:
        lead, body_lines = _split_lead_lines(body_lines)
        found += lead
        headline, body_lines = _split_headline(body_lines)
    bylines, body_lines = _split_byline_lines(body_lines, under_headline=headline is not None)
    found += bylines
    body_lines, agency = _split_wire_dateline(body_lines)
    body = "\n".join(body_lines).strip()
    if not body:
        if headline is None:
            raise InputRejected(str(path), "no text after the header lines")
        # A lone short line is the text, not a headline over nothing.
        body, headline = headline, None
    # The publication's date wins over the last edit's; a relative stamp ("2 days ago") gives none.
    dates = [b.date for b in found if b.date and not b.updated] + [
        b.date for b in found if b.date and b.updated
    ]
    date = scan.values.get("date") or (dates[0] if dates else None)
    author = scan.values.get("author") or next((b.author for b in found if b.author), None)
    outlet = scan.values.get("outlet") or next((b.outlet for b in found if b.outlet), None) or agency
    if outlet is not None:
        outlet = _EDITION.sub("", outlet) or outlet
    return RawDocument(
        path=str(path),
        file_name=path.name,
        format="text",
        text=body,
        headline=headline,
        url=scan.values.get("url"),
        author=author,
        site_name=outlet,
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


def _split_lead_lines(body_lines: list[str]) -> tuple[list[Byline], list[str]]:
    """Header lines above the headline: datelines and bylines ("March 4, 2024 | By Jane Roe"), and
    an outlet's name the outlet table knows ("The Velvet Rope"), each with text after it."""
    taken: list[Byline] = []
    for index, raw in enumerate(body_lines):
        if not raw.strip():
            continue
        byline = read_byline(raw)
        if byline is None or (byline.weak and not _lead_outlet(byline, body_lines[index + 1 :])):
            break
        if not any(line.strip() for line in body_lines[index + 1 :]):
            break
        taken.append(byline)
        body_lines = [*[""] * (index + 1), *body_lines[index + 1 :]]
    if not taken:
        return [], body_lines
    return taken, _drop_leading_blanks(body_lines)


def _drop_leading_blanks(lines: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    return lines[start:]


def _lead_outlet(byline: Byline, after: list[str]) -> bool:
    """A names-only line above the headline is the outlet's when the outlet table lists it, or
    when it is shaped like a publication's name and the headline under it has a dateline under it."""
    if byline.author is not None or byline.outlet is None:
        return False
    if outlet_table().lookup(byline.outlet) is not None:
        return True
    following = [line for line in after if line.strip()][:2]
    if len(following) < 2 or not _outlet_like(byline.outlet) or read_byline(following[0]) is not None:
        return False
    dateline = read_byline(following[1])
    return looks_like_headline(following[0].strip()) and dateline is not None and not dateline.weak


# A place and a full date under the headline: "London, 03/02/2025", "NEW YORK, March 4, 2025" (press
# releases, wire copy). Under a headline the name is where the story was filed, or its writer:
# either way the date is the story's, and the name is kept out of the authors.
_PLACE_DATELINE = re.compile(
    rf"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}(?:,\s*[A-Z][\w.]*)?\s*[,–—-]\s*"
    rf"(?i:{_WEEKDAY})(?P<date>(?i:{BYLINE_DATE}))"
    # a wire's agency after the date: "LOS ANGELES, Nov. 18, 2024 (Courtline Wire)"
    rf"(?:\s*\((?P<agency>{_NAME})\))?$"
)


def _place_dateline(line: str) -> Byline | None:
    match = _PLACE_DATELINE.match(" ".join(line.split()))
    if match is None:
        return None
    return Byline(
        author=None, date=match["date"], outlet=match["agency"], updated=False, relative=False, weak=False
    )


def _split_byline_lines(
    body_lines: list[str], under_headline: bool = False
) -> tuple[list[Byline], list[str]]:
    """Take bylines and datelines off the top of the text (see `BYLINE_LINES`), when there are any.

    A dateline may come in two lines ("Saturday 14 September 2024 10.02 BST", then "Last modified
    on Tue 17 Sep 2024 18.40 BST"): both go, and the date is the publication's, not the last edit's.
    A line of names alone ("The Velvet Rope", "Jane Roe, Outlet Name") goes only beside a dated or
    signed line, or when it pairs a person with a publication. A header line is taken only with
    text after it.
    """
    seen = 0
    candidates: dict[int, Byline] = {}
    order: list[int] = []  # non-blank lines looked at, in order
    for index, raw in enumerate(body_lines):
        if not raw.strip():
            continue
        order.append(index)
        # (only the first line under a headline is the post's own "Jane Roe | 2025-03-03")
        byline = read_byline(raw, under_headline=under_headline and not order[:-1]) or _place_dateline(raw)
        if byline is not None:
            candidates[index] = byline
            if not byline.weak:
                continue
        seen += 1
        if seen >= BYLINE_LINES:
            break
    taken = {i: b for i, b in candidates.items() if not b.weak}
    for position, index in enumerate(order):
        byline = candidates.get(index)
        if byline is None or not byline.weak:
            continue
        beside = {order[p] for p in (position - 1, position + 1) if 0 <= p < len(order)}
        paired = byline.author is not None and byline.outlet is not None and _outlet_like(byline.outlet)
        if beside & taken.keys() or paired:
            taken[index] = byline
    last_text = max((i for i, line in enumerate(body_lines) if line.strip() and i not in taken), default=-1)
    taken = {i: found for i, found in taken.items() if i < last_text}
    if not taken:
        return [], body_lines
    rest = [line for i, line in enumerate(body_lines) if i not in taken]
    return [taken[i] for i in sorted(taken)], rest


# A wire dateline opening the first paragraph: "LOS ANGELES (AP) — ", "SPRINGFIELD, Ill. (Reuters) -".
# The place is where the story was filed, not a person; the agency in brackets is the outlet.
_WIRE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?)\s*"
    r"\((?P<agency>[A-Z][A-Za-z&.]{1,14})\)\s*(?:[—–]|--?)\s*"
)


def _split_wire_dateline(body_lines: list[str]) -> tuple[list[str], str | None]:
    """The first paragraph without its wire dateline, and the agency it names."""
    for index, raw in enumerate(body_lines):
        if not raw.strip():
            continue
        stripped = raw.lstrip()
        match = _WIRE_DATELINE.match(stripped)
        if match is None or not stripped[match.end() :].strip():
            return body_lines, None
        return [*body_lines[:index], stripped[match.end() :], *body_lines[index + 1 :]], match["agency"]
    return body_lines, None


# An edition named after the outlet ("Estrellas Hoy (English edition)", "The Courier - UK
# edition"): the same outlet, whose name the outlet table and other documents know without it.
_EDITION = re.compile(r"(?i:\s*(?:\((?:[\w.'’-]+\s+){0,3}edition\)|[-–—,]\s*(?:[\w.'’-]+\s+){1,3}edition))$")

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
