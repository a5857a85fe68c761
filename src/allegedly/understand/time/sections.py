"""Dated section headings: a relationship timeline dates what its sections say.

"Everything we know" explainers head each section with a date ("2019", "March 2021",
"2019: The first meeting", "Summer 2020", "## 2018"), or a flashback profile opens its
paragraphs with one ("2011. She is on a boat ..."). A relative or partial date in such a
section ("in March", "that December", "on Valentine's Day", "later that year", "two months
later") is read against the heading's date, not the publication date.

Guarantees (precision first):
- A heading is a short line of its own: nothing but the date, or the date then ":"/dash
  and a short title; fewer than `MIN_DATED_HEADINGS` such lines is no timeline.
- A section runs from its heading to the next heading-like line (any short line without
  a sentence's closing punctuation), so an undated "Where they stand now" ends it.
- A date whose year is written keeps it; deictic expressions ("last year", "three years
  ago") stay counted from the publication; a year written in the body never dates a later
  paragraph (event-relative expressions count from a body date only within its paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from allegedly.model import DateValue

from .matches import TimeMatch
from .normalise import make, shift

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The date of a heading: "2019", "March 2021", "December 24, 2020", "Summer 2020" (a season
# dates only the year: winter straddles two), after an optional Markdown "##".  Then nothing, or
# ":"/dash and a short title ("2019: The first meeting", "June 2021 — They tie the knot").
_DATED_HEADING = re.compile(
    r"^[ \t]*(?:\#{1,6}[ \t]*)?"
    # a day may stand before the month or after it: "24 December 2020", "December 24, 2020"
    r"(?:(?P<day_first>\d{1,2})(?:st|nd|rd|th)?[ \t]+"
    r"(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))?"
    r"(?:(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?[ \t]+"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+)?"
    r"|(?:spring|summer|autumn|fall|winter|early|late|mid-?)[ \t]+)?"
    r"(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]*[:–—-][ \t]*\S[^\n]{0,90}|[ \t]*:?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A bulleted timeline line: "- 2010: They marry in Cornwall.", "- January 10, 2025: The divorce
# is finalised." The line is its own section (its sentence is the event of that date).
_DATED_BULLET = re.compile(
    r"^[ \t]*[-*•][ \t]+"
    r"(?:(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?[ \t]+"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+)?"
    r"|(?:spring|summer|autumn|fall|winter|early|late|mid-?)[ \t]+)?"
    r"(?P<year>(?:19|20)\d\d)[ \t]*[:–—-][ \t]*\S[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A paragraph that opens with its year and a full stop, in a profile told in flashbacks: "2011. She
# is on a boat in the Bay of Biscay ..." (the year dates its paragraph, which is its section).
_DATED_PARAGRAPH = re.compile(r"^[ \t]*(?P<year>(?:19|20)\d\d)\.[ \t]+(?=[A-Z\"“‘'])", re.MULTILINE)
# A paragraph that opens with its date and a colon, a month-by-month timeline written as prose:
# "June 2019: They meet backstage at a festival ..." (too long a line to be a heading; the date
# dates its paragraph, which is its section). A day with no month ("14: ...") is no such lead.
_DATED_LEAD = re.compile(
    r"^[ \t]*(?:(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?[ \t]+"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+)?)?"
    r"(?P<year>(?:19|20)\d\d)[ \t]*:[ \t]+(?=[A-Z\"“‘'])(?=[^\n]{91})",
    re.IGNORECASE | re.MULTILINE,
)
# A line that heads a section: short, and no sentence's closing punctuation.
_HEADING_LINE = re.compile(r"^[ \t]*\S[^\n]{0,90}(?<![.!?\"”’'])[ \t]*$", re.MULTILINE)
# Fewer dated headings than this is no timeline: one "2024: the year in review" line, or a
# lone year on a line of its own, may be a caption or a table cell.
MIN_DATED_HEADINGS = 2
# A weekday is counted from the publication ("on Friday" is the last Friday before it): a
# heading's year says nothing of which Friday, so it keeps its value.
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """A dated section: the heading line starts at `start`, its body at `body`; runs to `end`."""

    start: int
    body: int
    end: int
    date: DateValue


@lru_cache(maxsize=16)
def dated_sections(text: str) -> tuple[Section, ...]:
    """The sections of `text` that dated headings open, in order; empty unless the text has at
    least `MIN_DATED_HEADINGS` of them."""
    dated = list(_DATED_HEADING.finditer(text))
    bullets = list(_DATED_BULLET.finditer(text))
    paragraphs = list(_DATED_PARAGRAPH.finditer(text)) + list(_DATED_LEAD.finditer(text))
    if len(dated) + len(bullets) + len(paragraphs) < MIN_DATED_HEADINGS:
        return ()
    found: list[Section] = []
    # a bullet ends the section above it, as a heading line does
    # (so does a paragraph opened by its date: "June 2019: They meet ...")
    headings = sorted(
        [m.start() for m in _HEADING_LINE.finditer(text)]
        + [m.start() for m in bullets]
        + [m.start() for m in _DATED_LEAD.finditer(text)]
    )
    for match in bullets:
        year, month, day = int(match.group("year")), match.group("month"), match.group("day")
        if month:
            date = make(year, _MONTHS.index(month[:3].lower()) + 1, int(day) if day else None)
        else:
            date = make(year)
        if date is not None:
            found.append(Section(match.start(), match.end(), match.end(), date))
    for match in paragraphs:
        month = match.groupdict().get("month")
        day = match.groupdict().get("day")
        if month:
            date = make(
                int(match.group("year")), _MONTHS.index(month[:3].lower()) + 1, int(day) if day else None
            )
        else:
            date = make(int(match.group("year")))
        newline = text.find("\n", match.end())
        if date is not None:
            found.append(Section(match.start(), match.end(), len(text) if newline < 0 else newline, date))
    for match in dated:
        later = [h for h in headings if h > match.start()]
        year = int(match.group("year"))
        month = match.group("month")
        day = match.group("day") or match.group("day_first")
        if month:
            date = make(year, _MONTHS.index(month[:3].lower()) + 1, int(day) if day else None)
        else:
            date = make(year)
        if date is not None:
            found.append(Section(match.start(), match.end(), later[0] if later else len(text), date))
    return tuple(sorted(found, key=lambda section: section.start)) if len(found) >= MIN_DATED_HEADINGS else ()


def section_at(text: str, offset: int) -> Section | None:
    """The dated section whose heading or body holds `offset`, if any."""
    for section in dated_sections(text):
        if section.start <= offset < section.end:
            return section
    return None


def _with_year(tm: TimeMatch, year: int) -> DateValue | None:
    """`tm`'s value in `year`: "March" -> year-03, "June 3" -> year-06-03, "the spring" -> year."""
    value = tm.value
    if value is None:
        return None
    parts = [int(p) for p in value.value.split("-")]
    return make(year, *parts[1:])


def _resolved(tm: TimeMatch, value: DateValue, section: Section) -> TimeMatch:
    timex = tm.timex or value.value
    if timex[:4].isdigit():
        timex = f"{value.year:04d}{timex[4:]}" if not tm.offset else value.value
    return replace(tm, value=value, timex=timex, anchor=section.date.value)


def date_by_sections(text: str, matches: list[TimeMatch]) -> list[TimeMatch]:
    """`matches` with the relative and partial dates of dated sections read against their
    heading (see the module's guarantees)."""
    sections = dated_sections(text)
    if not sections:
        return matches
    out: list[TimeMatch] = []
    ref: DateValue | None = None  # the last date named in this paragraph, else the heading's
    section: Section | None = None
    paragraph_end = -1
    for tm in matches:
        here = next((s for s in sections if s.body <= tm.start < s.end), None)
        if here is None:
            section = None
            out.append(tm)
            continue
        if here is not section or tm.start > paragraph_end:
            section, ref = here, here.date
            newline = text.find("\n", tm.start)
            paragraph_end = len(text) if newline < 0 else newline
        if (
            tm.kind == "date"
            and tm.value is not None
            and tm.year is None
            and tm.anchor == "publication"
            and not _WEEKDAY.search(tm.text)
        ):
            # a month, a day, a season or a holiday without its year: the heading's year
            value = _with_year(tm, here.date.year)
            if value is not None:
                tm = _resolved(tm, value, here)
        elif tm.kind == "date" and tm.value is None and tm.year is None and tm.month is not None:
            # the same with no publication date to count from: the parts written, in its year
            value = make(here.date.year, tm.month, tm.day)
            if value is not None:
                tm = _resolved(tm, value, here)
        elif tm.value is None and tm.offset is not None and tm.extent_end is None and tm.kind == "relative":
            # "two months later", "later that year": counted from the last date named
            lo, hi, unit = tm.offset
            needs = {"Y": "year", "M": "month"}.get(unit, "day")
            base = ref if ref is not None and _fine_enough(ref, needs) else None
            value = shift(base, lo, hi, unit) if base is not None else None
            if value is not None:
                tm = _resolved(tm, value, here)
        if tm.kind in ("date", "relative") and tm.value is not None and tm.anchor != "hint":
            ref = tm.value
        out.append(tm)
    return out


def _fine_enough(value: DateValue, needs: str) -> bool:
    order = ("year", "month", "day")
    return order.index(value.precision) >= order.index(needs)


__all__ = ["MIN_DATED_HEADINGS", "Section", "date_by_sections", "dated_sections", "section_at"]
