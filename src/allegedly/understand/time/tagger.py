"""Rule-based temporal tagging: text and an anchor date in, TimeExpressions out.

Guarantees:
- Pure Python and deterministic; spans are character offsets into the given text and
  never overlap (the longer candidate wins).
- A value is never finer than the text allows: "in June 2023" is 2023-06, "three months
  ago" is a month, "a few weeks ago" only as fine as the whole range of "few" allows.
- Without an anchor, nothing relative is placed on the calendar (value None); the
  literal parts that were written ("in June": month 6) stay on the TimeMatch.
- Ages ("30-year-old", "Benjamin, 34,") and ordinals ("10th anniversary") are not dates.
- Expressions tied to an event ("a week after the news") keep value None; the offset
  they carry is applied by anchor_relative() once the event's date is known. For the
  TimeML value only (`timex`), "the next day", "two years later" and "the same day" are
  counted from the last date the text named before them (else the anchor), as TimeML
  annotators and HeidelTime do; the DateValue stays None. "That night" is that day with
  the TimeML part-of-day code (TIME).
- Under dated section headings ("2019", "March 2021: They wed"), a date without its year
  and "two months later" / "later that year" are read against the heading (sections.py).
- A clock time ("18:00 UTC") is on the day named right after it ("12:00 UTC Monday"),
  else the last day named earlier in its paragraph, else the anchor's day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from allegedly.model import DateValue, Precision, TimeExpression

from . import dates, parts, relative
from .lexicon import UNICODE_CASE_EXTRAS, ascii_case, lexicon, literal_alternation
from .matches import FOLLOWING_PERIOD, THAT_PERIOD, Ctx, TimeMatch
from .normalise import shift, truncate
from .parts import SAME_PERIOD, THE_QUARTER
from .patterns import required_patterns, required_words, rules
from .sections import date_by_sections

Builder = Callable[[Ctx, "re.Match[str]"], TimeMatch | None]
# "at the time", and "that time" on its own ("by that time", "until that time"): the time
# the text last named
_AT_THE_TIME = re.compile(r"(?i:at\s+(?:the|that)\s+time|that\s+time$)")
_BUILDERS: dict[str, Builder] = {**dates.BUILDERS, **relative.BUILDERS, **parts.BUILDERS}
# What may stand between a clock time and the day it is on: "12:00 UTC Monday",
# "6 p.m. on Friday", "18:00, June 1".
_CLOCK_JOIN = re.compile(r"\s*(?:,\s*|\s(?i:on|of)\s+)?")
# How far back a clock time or an event-relative expression looks for the day it is on.
_REF_REACH = 600


def tag_times(
    text: str, anchor: DateValue | None, hints: list[tuple[int, int]] | None = None
) -> list[TimeExpression]:
    """Temporal expressions in `text`, resolved against `anchor` (the publication date).

    `hints` are optional (start, end) spans that another tool (spaCy DATE entities)
    considers dates; a hint that no rule covers is kept as a `date` with value None,
    so that nothing the caller saw disappears, but hints never override a rule.
    """
    return [m.expression() for m in tag_times_rich(text, anchor, hints)]


def tag_times_rich(
    text: str, anchor: DateValue | None, hints: list[tuple[int, int]] | None = None
) -> list[TimeMatch]:
    """Like tag_times, with TimeML values and the literal calendar parts kept."""
    ctx = Ctx(text, anchor)
    chosen = list(_rule_matches(text, anchor))
    taken = bytearray(len(text))
    for tm in chosen:
        taken[tm.start : tm.end] = b"\x01" * (tm.end - tm.start)
    for start, end in hints or []:
        if 0 <= start < end <= len(text) and not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(TimeMatch(start, end, text[start:end], "date", anchor="hint"))
    chosen.sort(key=lambda tm: tm.start)
    placed = _place_clock_times(ctx, _borrow_for_at_the_time(text, chosen))
    return date_by_sections(text, _same_period_a_year_back(ctx, _count_from_reference(ctx, placed)))


@lru_cache(maxsize=64)  # above the ingest batch (16): a batch is prepared, then understood
def _rule_matches(text: str, anchor: DateValue | None) -> tuple[TimeMatch, ...]:
    """Every rule over the text, longest match first where they overlap: the costly part, done
    once per (text, anchor). An undated document is tagged to infer its date and again, with
    the same absent anchor, to date its facts; matches are frozen, so sharing them is safe."""
    # the rules run over the text with the few letters the regex engine matches to an ASCII
    # one ("ſ" to "s") replaced by it, so that builders look up the word the rule matched;
    # the matches are given back their own text at the end
    odd = any(c in text for c in UNICODE_CASE_EXTRAS)
    plain = ascii_case(text) if odd else text
    ctx = Ctx(plain, anchor)
    candidates: list[tuple[int, int, TimeMatch]] = []
    # a rule none of whose words the text has cannot match, nor one whose loosened
    # pattern it lacks: its scan is skipped. Rules share word lists (the months, the
    # weekdays), and each list is looked for once.
    groups, plan = _scan_plan()
    has = _groups_present(plain.casefold(), groups)
    for priority, pattern, build, group, gate in plan:
        if (group >= 0 and not has[group]) or (gate is not None and gate.search(plain) is None):
            continue
        for m in pattern.finditer(plain):
            tm = build(ctx, m)
            if tm is not None and tm.end > tm.start:
                candidates.append((-(tm.end - tm.start), priority, tm))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    taken = bytearray(len(text))
    chosen: list[TimeMatch] = []
    for _, _, tm in candidates:
        if not any(taken[tm.start : tm.end]):
            taken[tm.start : tm.end] = b"\x01" * (tm.end - tm.start)
            chosen.append(tm if not odd else replace(tm, text=text[tm.start : tm.end]))
    return tuple(chosen)


# A rule as _rule_matches runs it: priority, pattern, builder, the index of its word
# list in the groups (-1: none) and its gate pattern (None: none)
_Step = tuple[int, "re.Pattern[str]", Builder, int, "re.Pattern[str] | None"]


@lru_cache(maxsize=1)
def _scan_plan() -> tuple[tuple[tuple[str, ...], ...], tuple[_Step, ...]]:
    """The distinct word lists of the rules, and the rules in priority order."""
    needs = required_words()
    gates = required_patterns()
    groups: dict[tuple[str, ...], int] = {}
    plan: list[_Step] = []
    for priority, (name, pattern) in enumerate(rules().items()):
        words = needs.get(name)
        group = -1 if words is None else groups.setdefault(words, len(groups))
        plan.append((priority, pattern, _BUILDERS[name], group, gates.get(name)))
    return tuple(groups), tuple(plan)


def _groups_present(folded: str, groups: tuple[tuple[str, ...], ...]) -> list[bool]:
    """For each word list of `groups`, whether `folded` contains one of its words.

    One scan finds, at each position, the longest word of any list that starts there; the words
    found there are it and those of its prefixes that are words too (every word that starts at
    a position is a prefix of the longest there), so a word is found exactly where `word in
    folded` holds. (A substring test per word costs a pass over the text per word.)"""
    finder, prefixes = _word_finder(groups)
    found: set[str] = set()
    for word in set(finder.findall(folded)):
        found.update(prefixes[word])
    return [not found.isdisjoint(words) for words in groups]


@lru_cache(maxsize=1)
def _word_finder(
    groups: tuple[tuple[str, ...], ...],
) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The pattern that finds the longest word at each position (words may overlap), and each
    word's prefixes among the words, itself included."""
    words = {w for g in groups for w in g}
    finder = re.compile(f"(?=({literal_alternation(words)}))")
    return finder, {w: tuple(v for v in words if w.startswith(v)) for w in words}


def _is_reference(tm: TimeMatch) -> bool:
    """A match that later relative expressions may count from: a placed date."""
    return tm.value is not None and tm.kind in ("date", "relative") and tm.anchor != "hint"


def _place_clock_times(ctx: Ctx, matches: list[TimeMatch]) -> list[TimeMatch]:
    out: list[TimeMatch] = []
    skip: set[int] = set()
    for i, tm in enumerate(matches):
        if i in skip:
            continue
        if tm.anchor != "clock" or tm.timex is None:
            out.append(tm)
            continue
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        day: TimeMatch | None = None
        end = tm.end
        if (
            nxt is not None
            and nxt.value is not None
            and nxt.value.precision == "day"
            and _CLOCK_JOIN.fullmatch(ctx.text, tm.end, nxt.start)
        ):
            day = nxt
            if "," not in ctx.text[tm.end : nxt.start]:
                # "12:00 UTC Monday" is one TIMEX3; "16:15 UTC, June 1" two, the
                # time on the day that follows it (TimeML: an apposition is its own)
                end = nxt.end
                skip.add(i + 1)
        else:
            for prev in reversed(out):
                if tm.start - prev.end > _REF_REACH or "\n" in ctx.text[prev.end : tm.start]:
                    break
                if _is_reference(prev) and prev.value is not None and prev.value.precision == "day":
                    day = prev
                    break
        v = day.value if day is not None else ctx.anchor
        if v is not None and v.precision != "day":
            v = None
        clock = tm.timex
        if day is not None and day.timex and day.timex_type == "TIME" and "T" in day.timex:
            part = day.timex.split("T", 1)[1]
            if clock is None:
                clock = "T" + part
            elif part in _LATE_PARTS and not _AMPM.search(tm.text) and int(clock[1:3]) < 12:
                # "at 11:45 last night", "7:30 Friday evening": the evening's 11:45
                clock = f"T{int(clock[1:3]) + 12:02d}{clock[3:]}"
        timex = f"{v.value}{clock}" if v is not None else f"XXXX-XX-XX{clock}"
        out.append(
            replace(
                tm,
                end=end,
                text=ctx.text[tm.start : end],
                value=v,
                timex=timex,
                anchor=str(v) if day is not None else ("publication" if v is not None else None),
            )
        )
    return out


# Parts of the day after noon: a clock time on one without "a.m." or "p.m." is after noon
_LATE_PARTS = frozenset({"AF", "EV", "NI"})
_AMPM = re.compile(r"(?i:\b[ap]\.?m\b)")


# The precision a reference date needs before an offset in this unit can be counted
# from it: "the next day" needs a day, "two years later" only a year.
_NEEDS: dict[str, Precision] = {"D": "day", "W": "day", "M": "month", "Y": "year"}


def _count_from_reference(ctx: Ctx, matches: list[TimeMatch]) -> list[TimeMatch]:
    """TimeML values of event-relative expressions, counted from the last date named
    that is fine enough for the offset's unit (else from the anchor)."""
    refs: dict[Precision, DateValue] = {}
    last: DateValue | None = None
    # whether the last reference was a date placed by the text itself ("in 2017"), not one
    # placed from the anchor ("in the spring"), which a dated section may still move
    written = False
    # where the last reference written in the text stands (a heading's year frames what follows)
    last_span: tuple[int, int] | None = None
    joined_until = -1  # the end of a month that took "of the following year" into its span
    out: list[TimeMatch] = []
    for i, tm in enumerate(matches):
        if tm.start < joined_until:
            continue  # "the following year" of "June of the following year": part of the month's
        if tm.anchor == THAT_PERIOD:
            # "that June", "that summer": in the year last named, else as the anchor placed it
            ref_year = refs.get("year")
            if ref_year is not None and tm.timex is not None and tm.value is not None:
                y = f"{ref_year.year:04d}"
                label = str(ref_year) if written else "publication"
                value = DateValue(y + tm.value.value[4:])
                tm = replace(tm, value=value, timex=y + tm.timex[4:], anchor=label)
            else:
                tm = replace(tm, anchor="publication" if tm.value is not None else None)
            if tm.value is not None:
                _remember(refs, tm.value)
                last = tm.value
        elif (
            tm.kind == "date"
            and tm.year is None
            and tm.month is not None
            and tm.value is not None
            and (of_year := _OF_COUNTED_YEAR.match(ctx.text, tm.end)) is not None
        ):
            # "in June of the following year", "that March of the same year": the month in the
            # year last named (or the one after), the phrase joins the expression
            ref_year = refs.get("year")
            if ref_year is not None:
                next_y = ref_year.year + (0 if of_year.group("same") else 1)
                value = DateValue(f"{next_y:04d}{tm.value.value[4:]}")
                tm = replace(
                    tm,
                    end=of_year.end(),
                    text=ctx.text[tm.start : of_year.end()],
                    value=value,
                    timex=f"{next_y:04d}{(tm.timex or tm.value.value)[4:]}",
                    anchor=str(ref_year) if written else "publication",
                )
                _remember(refs, value)
                last = value
                last_span = (tm.start, tm.end)
                joined_until = tm.end
        elif tm.anchor == FOLLOWING_PERIOD:
            heading = last_span is not None and _heading_line(ctx.text, *last_span)
            tm = _following_period(tm, last, written, heading)
            if tm.value is not None:
                _remember(refs, tm.value)
                last = tm.value
        elif tm.offset is not None and tm.timex is None and tm.value is None:
            lo, hi, unit = tm.offset
            ref = refs.get(_NEEDS.get(unit, "day"), ctx.anchor)
            closing = _closing_date(ctx, tm, matches[i + 1] if i + 1 < len(matches) else None)
            if closing is not None and unit in ("W", "M") and lo == hi == 0:
                ref = closing  # "in the week ended March 9": the week of March 9
            if unit == "Y" and last is not None and last.precision == "month" and _COUNTED.search(tm.text):
                # "14.7 percent in January, up from 9.8 percent a year earlier": the same
                # month a year before (2012-01), as "the same month a year ago"
                ref, lo, hi, unit = last, 12 * lo, 12 * hi, "M"
            v = shift(ref, lo, hi, unit) if ref is not None else None
            if v is not None:
                timex = v.value
                if tm.timex_type == "TIME":  # "that night": the day, then the part of it
                    code = _day_part_code(tm.text)
                    timex = f"{v.value}T{code}" if code and v.precision == "day" else timex
                elif unit == "W" and v.precision == "day" and _NAMED_WEEK.match(tm.text):
                    # "the following week" names a week: TimeML writes the ISO week
                    iso = date.fromisoformat(v.value).isocalendar()
                    timex = f"{iso.year}-W{iso.week:02d}"
                tm = replace(tm, timex=timex)
                _remember(refs, v)
                last = v
                written = False
        elif (
            tm.kind == "date"
            and tm.year is None
            and tm.value is not None
            and tm.value.precision == "day"
            and written
            and last is not None
            and (rel := _HOLIDAY_AFTER.search(ctx.text, max(0, tm.start - 20), tm.start)) is not None
            and (held := _holiday_after(tm.text, last, rel.group("rel"))) is not None
        ):
            # "proposed the following Christmas", "married that Christmas": the holiday of the year
            # the text last named (after its date), not the one nearest the publication
            value = DateValue(held.isoformat())
            tm = replace(tm, value=value, timex=value.value, anchor=str(last))
            _remember(refs, value)
            last = value
        elif _is_reference(tm) and tm.value is not None:
            _remember(refs, tm.value)
            last = tm.value
            written = tm.anchor != "publication"
            last_span = (tm.start, tm.end)
        out.append(tm)
    return out


_HOLIDAY_AFTER = re.compile(r"\b(?P<rel>(?i:the\s+(?:following|next|subsequent)|that))\s+$")


def _holiday_after(name: str, ref: DateValue, rel: str) -> date | None:
    """The day of holiday `name` "that" year (the year of `ref`) or "the following" one (the
    first after `ref`); None when `name` is no holiday."""
    if dates.holiday_date(name, ref.year) is None:
        return None
    if rel.lower() == "that":
        return dates.holiday_date(name, ref.year)
    start = date.fromisoformat(ref.value + "-01-01"[len(ref.value) - 4 :]) if ref.precision != "day" else None
    after = start if start is not None else date.fromisoformat(ref.value)
    for year in (ref.year, ref.year + 1):
        day = dates.holiday_date(name, year)
        if day is not None and day > after:
            return day
    return None


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether the date at `start`..`end` is a line of its own ("2019", "## 2019:")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip(" #*-") and not text[end:line_end].strip(" :*-—–")


# After a month with no year: "of the following year" (the year after the one last named) or "of
# that year" (the same).
_OF_COUNTED_YEAR = re.compile(
    r"\s+(?i:of)\s+(?:(?i:the\s+(?:following|next|subsequent))|(?P<same>(?i:that|the\s+same)))\s+(?i:year)\b"
)


# The month a season starts in, by its TimeML code.
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _following_period(tm: TimeMatch, ref: DateValue | None, written: bool, heading: bool) -> TimeMatch:
    """ "the following summer" after `ref`: that year's when `ref` names a month before the
    season starts or is a heading's year (the frame of what is told under it: "2019 / The
    following autumn, they split"), else the next year's; as the anchor placed it when the text
    named no date."""
    code = tm.timex[5:] if tm.timex is not None else None
    if ref is None or code not in _SEASON_MONTH:
        return replace(tm, anchor="publication" if tm.value is not None else None)
    month = int(ref.value[5:7]) if ref.precision != "year" else None
    same_year = heading or (month is not None and month < _SEASON_MONTH[code])
    y = ref.year if same_year else ref.year + 1
    label = str(ref) if written else "publication"
    return replace(tm, value=DateValue(f"{y:04d}"), timex=f"{y:04d}-{code}", anchor=label)


def _closing_date(ctx: Ctx, tm: TimeMatch, nxt: TimeMatch | None) -> DateValue | None:
    """The day right after "ended" that closes `tm` ("the week ended Friday"), if any."""
    if nxt is None or nxt.value is None or nxt.value.precision != "day":
        return None
    ended = _ENDED.match(ctx.text, tm.end)
    return nxt.value if ended is not None and ended.end() == nxt.start else None


# "up from 9.8 percent a year earlier": a comparison with the month last named, a year
# back. Not "later": "two years later" narrates on, and TimeML gives it the year
# (the unit's granularity); nor "the previous year", which names a whole year.
_COUNTED = re.compile(r"(?i:\bearlier$)")


# "the following week", "that week", "the previous week", "later in the week": a week
# named, not a count of days ("a week later" stays the day a week on)
_NAMED_WEEK = re.compile(r"(?i:(?:\w+\s+in\s+)?(?:the|that)\s+(?:\w+\s+)?week(?:\s+before)?)$")


def _day_part_code(text: str) -> str | None:
    """The TimeML part-of-day code of the last word of `text` ("that night" -> "NI")."""
    words = ascii_case(text).lower().split()
    return lexicon().day_parts.get(words[-1]) if words else None


_QUARTER = re.compile(r"(?:FY)?\d{4}-Q[1-4]")
# "the quarter ended Sept. 30", "the quarter ending in June": named by the date it closes on
_ENDED = re.compile(r"[^\S\n]*,?[^\S\n]+(?:(?:that|which)\s+)?(?i:ended|ending|ends|to)(?:\s+(?i:on|in))?\s+")
# "the previous quarter", "the prior quarter": the one before the quarter of reference
_BEFORE_QUARTER = frozenset({"previous", "prior", "preceding"})
_MONTH = re.compile(r"\d{4}-\d\d")
_CALENDAR_TIMEX = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]|\d\d(?:-\d\d)?|SP|SU|FA|WI))?")


def _same_period_a_year_back(ctx: Ctx, matches: list[TimeMatch]) -> list[TimeMatch]:
    """ "the same period last year": the period the text last named, one year earlier
    ("sales rose in the third quarter ... from the same period last year" -> 2008-Q3);
    with no period named before, the year before the anchor's. Only "the same day"
    repeats a day: a period, quarter or season is longer than the day last named."""
    out: list[TimeMatch] = []
    last: str | None = None
    last_period: str | None = None
    for i, tm in enumerate(matches):
        if tm.anchor == THE_QUARTER:
            # "the third quarter ... a loss for the quarter": the quarter last named, else
            # the quarter of the last month or day named, else the anchor's; "the previous
            # quarter" is the one before that; "the latest quarter", with none named, the
            # last one over before the anchor's (the one a company just reported)
            ref = last_period if last_period and "-Q" in last_period else last
            words = ascii_case(tm.text).lower().split()
            step = -1 if _BEFORE_QUARTER & set(words) else 0
            ended = _ENDED.match(ctx.text, tm.end)
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            closes = nxt is not None and ended is not None and nxt.start == ended.end()
            if closes and nxt is not None and nxt.timex and _MONTH.match(nxt.timex):
                # "the quarter ended Sept. 30": the quarter that date closes (1998-Q3)
                ref, step = nxt.timex, 0
            elif ref is None and ctx.anchor is not None and ctx.anchor.precision != "year":
                ref = ctx.anchor.value
                step = -1 if "latest" in words or "recent" in words else step
            if ref is not None and (_QUARTER.fullmatch(ref) or _MONTH.match(ref)):
                fy, ref = ("FY", ref[2:]) if ref.startswith("FY") else ("", ref)
                q = int(ref[-1]) if "-Q" in ref else (int(ref[5:7]) - 1) // 3 + 1
                n = int(ref[:4]) * 4 + q - 1 + step  # quarters since year 0
                tm = replace(tm, timex=f"{fy}{n // 4:04d}-Q{n % 4 + 1}")
        elif tm.anchor == SAME_PERIOD:
            low = ascii_case(tm.text).lower()
            words = low.split()
            unit = words[-1 if "year-" in low else 2] if len(words) > 2 else "period"
            ref = last if unit in ("day", "month", "week") else last_period
            ref = ref or (str(ctx.anchor.year) if ctx.anchor is not None else None)
            if ref is not None:
                if unit == "month" and len(ref) >= 7 and ref[5].isdigit():
                    ref = ref[:7]
                tm = replace(tm, timex=f"{int(ref[:4]) - 1:04d}{ref[4:]}")
        elif (
            tm.timex_type == "DATE"
            and tm.timex
            and tm.anchor != "hint"
            and _CALENDAR_TIMEX.fullmatch(tm.timex)
        ):
            last = tm.timex
            if len(tm.timex) < 10:
                last_period = tm.timex
        out.append(tm)
    return out


def _remember(refs: dict[Precision, DateValue], v: DateValue) -> None:
    """`v` becomes the reference for every precision it is fine enough for."""
    for p in ("year", "month", "day"):
        refs[p] = truncate(v, p)  # type: ignore[arg-type]
        if p == v.precision:
            break


def _borrow_for_at_the_time(text: str, matches: list[TimeMatch]) -> list[TimeMatch]:
    """ "at the time" takes the nearest earlier date in the same paragraph (400 chars).

    Why: news prose says "her 2018 film ... She told People at the time". Beyond a
    paragraph the referent is too uncertain, and the value stays None.
    """
    out: list[TimeMatch] = []
    last: TimeMatch | None = None
    for tm in matches:
        if (
            tm.kind == "relative"
            and tm.value is None
            and _AT_THE_TIME.match(tm.text)
            and last is not None
            and tm.start - last.end < 400
            and "\n\n" not in text[last.end : tm.start]
        ):
            tm = replace(tm, value=last.value, timex=last.timex, anchor=str(last.value))
        if tm.kind == "date" and tm.value is not None:
            last = tm
        out.append(tm)
    return out
