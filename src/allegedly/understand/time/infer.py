"""Dating undated documents from their content, and placing event-relative expressions.

Guarantees: the inferred date is never finer than its evidence; every inference comes
with a note a reader can check; when the evidence does not pin a calendar year, the
answer is None rather than a guess. A lower bound ("the text mentions 2010 in the past
tense") narrows other evidence but is never returned as the date by itself.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from allegedly.model import DateValue, Published, TimeExpression

from .lexicon import alternation, lexicon
from .matches import Ctx, TimeMatch
from .normalise import bounds, from_bounds, make, shift
from .tagger import tag_times_rich


def anchor_relative(expr: TimeExpression, event_date: DateValue) -> DateValue | None:
    """The date of an event-relative expression ("a week after the news", "the next day",
    "at the time") once the event's date is known; None when `expr` carries no offset.

    The result is never finer than the event date or the offset's unit: a week after
    June 2023 may be June or July, so it is 2023.
    """
    for tm in tag_times_rich(expr.text, None):
        if tm.offset is not None:
            lo, hi, unit = tm.offset
            return shift(event_date, lo, hi, unit)
    return None


@dataclass(frozen=True)
class _Birth:
    year: int | None
    month: int | None
    day: int | None
    source: str  # "this text" or "another document"


@dataclass(frozen=True)
class _AgeCue:
    name: str
    n: int
    unit: str  # year, month, week, day
    text: str


@cache
def _name_after_age() -> re.Pattern[str]:
    kin = alternation(lexicon().kin_nouns)
    # "5-month-old son, Rafferty": a comma may follow the kinship word.
    return re.compile(rf"\s+(?:(?i:{kin}),?\s+){{0,2}}(?P<name>[A-Z][\w'’-]+)")


_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?:,\s*|\s+\()$")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _age_cues(text: str, matches: list[TimeMatch]) -> list[_AgeCue]:
    """ "5-month-old Bastien", "Bastien, 5 months," style ages tied to a capitalised name."""
    cues: list[_AgeCue] = []
    for tm in matches:
        if tm.kind != "age" or tm.timex is None or not tm.timex.startswith("P"):
            continue
        n, unit = int(tm.timex[1:-1]), {"Y": "year", "M": "month", "W": "week", "D": "day"}[tm.timex[-1]]
        after = _name_after_age().match(text, tm.end)
        before = _NAME_BEFORE.search(text, max(0, tm.start - 40), tm.start)
        name = after["name"] if after else before["name"] if before else None
        if name:
            cues.append(_AgeCue(name, n, unit, text[tm.start : (after.end() if after else tm.end)]))
    return cues


def _birth_in_text(text: str, name: str, matches: list[TimeMatch]) -> _Birth | None:
    """The birth date the text gives for `name`: in a sentence where `name` is the one
    born ("Orrin, born ...", "gave birth to ... Orrin"), the first date written after
    the name (else the nearest before it)."""
    cue_re = re.compile(rf"\b{alternation(lexicon().birth_cues)}\b", re.I)
    name_re = re.compile(rf"\b{re.escape(name)}\b")
    for sent in _SENTENCE.finditer(text):
        s, e = sent.span()
        cue = cue_re.search(text, s, e)
        named = name_re.search(text, s, e)
        if cue is None or named is None:
            continue
        # "born" follows the newborn's name; "birth to", "welcomed" precede it. The
        # other order names the parent ("Mira gave birth"), whose birth this is not.
        if (cue.group(0).lower() == "born") != (named.end() <= cue.start()):
            continue
        dates = [
            tm
            for tm in matches
            if s <= tm.start < e and tm.kind == "date" and (tm.month is not None or tm.year is not None)
        ]
        after = [tm for tm in dates if tm.start >= named.end()]
        before = [tm for tm in dates if tm.end <= named.start()]
        pick = after[0] if after else before[-1] if before else None
        if pick is not None:
            return _Birth(pick.year, pick.month, pick.day, "this text")
    return None


def _birth_known(name: str, known: dict[str, DateValue]) -> _Birth | None:
    for key, dv in known.items():
        if key == name or name in key.split():
            month = int(dv.value[5:7]) if dv.precision != "year" else None
            day = int(dv.value[8:10]) if dv.precision == "day" else None
            return _Birth(dv.year, month, day, "another document")
    return None


def _cue_interval(cue: _AgeCue, birth: _Birth) -> tuple[date, date] | None:
    """Days on which someone born at `birth` is described as `cue` old."""
    assert birth.year is not None
    born = make(birth.year, birth.month, birth.day)
    if born is None:
        return None
    b_lo, b_hi = bounds(born)
    if cue.unit == "month" and birth.month is not None:
        # Convention: a baby born in June is "5 months old" in November. Counting exact
        # days would make every month-age straddle two months and say almost nothing.
        total = birth.year * 12 + birth.month - 1 + cue.n
        y, m = divmod(total, 12)
        return date(y, m + 1, 1), date(y, m + 1, calendar.monthrange(y, m + 1)[1])
    if cue.unit in ("week", "day"):
        days = cue.n * (7 if cue.unit == "week" else 1)
        span = 6 if cue.unit == "week" else 0
        return b_lo + timedelta(days=days), b_hi + timedelta(days=days + span)
    if cue.unit == "year":
        lo = _plus_years(b_lo, cue.n)
        hi = _plus_years(b_hi, cue.n + 1) - timedelta(days=1)
        return lo, hi
    return None


def _plus_years(d: date, n: int) -> date:
    return d.replace(year=d.year + n, day=min(d.day, calendar.monthrange(d.year + n, d.month)[1]))


def publication_lower_bound(text: str) -> DateValue | None:
    """The latest date the text mentions in a past-tense sentence: the document can be
    no older than that. Relative words ("this year", "last month") give nothing."""
    ctx = Ctx(text, None)
    past = [
        tm.value
        for tm in tag_times_rich(text, None)
        if tm.kind == "date" and tm.year is not None and tm.value is not None and not ctx.future(tm.start)
    ]
    return max(past, key=lambda v: bounds(v)[0]) if past else None


def infer_publication_date(
    text: str, known_birth_dates: dict[str, DateValue] | None = None
) -> Published | None:
    """When an undated document was published, worked out from what it says.

    Cues: an age in months, weeks or years tied to a name ("5-month-old Bastien") with
    that person's birth, from this text ("Bastien, born June 17, 2011") or from
    `known_birth_dates` (name -> date, from other documents); a birth month without a
    year ("gave birth ... in June") still fixes the month of the year. The latest
    past-tense date in the text is a lower bound. Returns Published(date, "inferred",
    note) with the finest date all cues agree on, or None when they do not pin a year.
    """
    known = known_birth_dates or {}
    matches = tag_times_rich(text, None)
    intervals: list[tuple[date, date, str]] = []
    months_of_year: list[tuple[int, str]] = []
    for cue in _age_cues(text, matches):
        here = _birth_in_text(text, cue.name, matches)
        there = _birth_known(cue.name, known)
        birth = here if here is not None and here.year is not None else there or here
        if birth is None:
            continue
        if here and there and here.month and there.month and here.month != there.month:
            birth = here  # this text disagrees with the other document: trust it for itself
        if birth.year is None:
            if birth.month is not None and cue.unit == "month":
                moy = (birth.month - 1 + cue.n) % 12 + 1
                months_of_year.append((moy, f"'{cue.text}' born in {calendar.month_name[birth.month]}"))
            continue
        span = _cue_interval(cue, birth)
        if span is not None:
            born = make(birth.year, birth.month, birth.day)
            intervals.append((*span, f"'{cue.text}' with {cue.name} born {born} ({birth.source})"))
    if not intervals:
        return None
    lo = max(i[0] for i in intervals)
    hi = min(i[1] for i in intervals)
    notes = [i[2] for i in intervals]
    if lo > hi:  # cues disagree: keep the narrowest one alone
        lo, hi, note = min(intervals, key=lambda i: i[1] - i[0])
        notes = [note + " (other cues disagree)"]
    bound = publication_lower_bound(text)
    if bound is not None and lo < bounds(bound)[0] <= hi:
        lo = bounds(bound)[0]
        notes.append(f"the text mentions {bound} in the past tense")
    for moy, why in months_of_year:
        fits = [
            (y, moy)
            for y in range(lo.year, hi.year + 1)
            if lo <= date(y, moy, 1) <= hi or lo <= date(y, moy, calendar.monthrange(y, moy)[1]) <= hi
        ]
        if len(fits) == 1:
            y, m = fits[0]
            lo = max(lo, date(y, m, 1))
            hi = min(hi, date(y, m, calendar.monthrange(y, m)[1]))
            notes.append(why)
    value = from_bounds(lo, hi)
    if value is None:
        return None
    return Published(value, source="inferred", note="Undated; " + "; ".join(notes) + f" give {value}.")
