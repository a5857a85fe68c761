"""Rules for calendar dates: "August 4, 2012", "in June", "her 2018 film", "on Friday".

Guarantee: a month or day without a year is placed only relative to the anchor
(past narration looks back, future sentences look forward), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from allegedly.model import DateValue

from .lexicon import lexicon
from .matches import THAT_PERIOD, Ctx, Kind, TimeMatch, anchored, at, extend_left, timex_of
from .normalise import bounds, make
from .patterns import deadline_before, left_modifier, left_preposition, year_context

# "No. 2010", "page 1999": labels, not years.
_NUMBER_LABEL = re.compile(r"\b(?i:no|number|page|route)\.?\s*$")


def _full_date(ctx: Ctx, m: re.Match[str], y: int | None, mo: int | None, d: int | None) -> TimeMatch | None:
    if mo is None or d is None or not 1 <= mo <= 12:
        return None
    if y is not None:
        v = make(y, mo, d)
        return None if v is None else at(ctx, m, "date", value=v, timex=v.value, year=y, month=mo, day=d)
    if make(2000, mo, d) is None:  # 2000 is a leap year: this rejects only impossible days
        return None
    v = _place_in_year(ctx, m.start(), mo, d)
    return at(ctx, m, "date", value=v, timex=timex_of(v), month=mo, day=d, anchor=anchored(ctx, v))


def _place_in_year(ctx: Ctx, pos: int, mo: int, d: int | None) -> DateValue | None:
    """A month (and day) without a year: the nearest one before the anchor in past-tense
    narration, after it in future-tense sentences, the nearest either way in a clause
    with no tense cue (a bare month only). With only a year as anchor, that year."""
    a = ctx.anchor
    if a is None:
        return None
    if a.precision == "year":
        return make(a.year, mo, d)
    lo, hi = bounds(a)
    cand = make(a.year, mo, d)
    if cand is None:
        return None
    c_lo, c_hi = bounds(cand)
    tense = ctx.tense(pos)
    if tense == "future":
        if c_hi < lo:
            cand = make(a.year + 1, mo, d)
    elif tense == "present" and not ctx.past_in_sentence(pos):
        # "the election is in September", "the law takes effect Oct. 1": a sentence with
        # no past verb speaks of the next one, unless it has just passed ("sales in
        # February are up 5%", said in March)
        if c_hi < lo - timedelta(days=_RECENT_PRESENT_DAYS):
            cand = make(a.year + 1, mo, d)
    elif tense == "present" and d is None:
        cand = make(nearest_year(a, mo), mo)
    elif c_lo > hi + timedelta(days=lexicon().forward_window_days if d is not None else 0):
        cand = make(a.year - 1, mo, d)
    return cand


# How far back a month or day named in a present-tense sentence may lie and still be
# this year's: the figures of a month just ended are reported in the present.
_RECENT_PRESENT_DAYS = 62


def nearest_year(a: DateValue, month: int) -> int:
    """The year whose `month` is nearest the anchor's month (the earlier on a tie)."""
    here = a.year * 12 + (int(a.value[5:7]) if a.precision != "year" else 6)
    return min((a.year - 1, a.year, a.year + 1), key=lambda y: (abs(y * 12 + month - here), y))


def _iso(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return _full_date(ctx, m, int(m["year"]), int(m["mon"]), int(m["day"]))


def _numeric(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    y = int(m["year"])
    y = y + (2000 if y < 50 else 1900) if y < 100 else y
    a, b = int(m["mon"]), int(m["day"])
    return _full_date(ctx, m, y, *((b, a) if a > 12 else (a, b)))


def _month_first(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "March 3", "Monday, Jan. 5, 2015": the month is the word before the day."""
    return _month_day(ctx, m, m[0][: m.start("day") - m.start()].split()[-1])


def _day_first(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "3 March", "the 4th of July"."""
    return _month_day(ctx, m, m["month"])


def _month_day(ctx: Ctx, m: re.Match[str], month: str) -> TimeMatch | None:
    y = int(m["year"]) if m["year"] else None
    tm = _full_date(ctx, m, y, lexicon().month(month), int(m["day"]))
    if tm is None:
        return None
    tm, week_of = extend_left(ctx, tm, _WEEK_OF)
    if week_of and tm.value is not None:  # "the week of March 4": that day's ISO week
        iso = date.fromisoformat(tm.value.value).isocalendar()
        tm = replace(tm, timex=f"{iso.year}-W{iso.week:02d}")
    return tm if week_of else part_of_day_of(ctx, tm)


def _month_day_second(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "March 18 and 19": "19", March 19 (placed as "March 19" would be); "Nov. 4 and
    5, 2014": "5, 2014"."""
    y = int(m["year"]) if m["year"] else None
    tm = _full_date(ctx, m, y, lexicon().month(m["month"]), int(m["day"]))
    if tm is None:
        return None
    s, e = m.start("day"), m.end("year" if m["year"] else "day")  # "5, 2014" is one
    return replace(tm, start=s, end=e, text=ctx.text[s:e])


_WEEK_OF = re.compile(r"\b(?i:the\s+week\s+of)\s+$")
# "the morning of March 5", "the night of Tuesday": TimeML tags one TIME, that day with
# its part-of-day code (2013-03-05TMO)
_PART_OF_DAY_OF = re.compile(r"\b(?i:the\s+(?P<pod>morning|afternoon|evening|night)\s+of)\s+$")


def part_of_day_of(ctx: Ctx, tm: TimeMatch) -> TimeMatch:
    """`tm` (a day) grown over "the morning of" right before it, as a TIME."""
    lead = _PART_OF_DAY_OF.search(ctx.text, max(0, tm.start - 30), tm.start)
    if lead is None or tm.timex_type != "DATE":
        return tm
    code = lexicon().day_parts[lead["pod"].lower()]
    v = tm.value
    timex = f"{v.value}T{code}" if v is not None and v.precision == "day" else tm.timex
    return replace(
        tm, start=lead.start(), text=ctx.text[lead.start() : tm.end], timex=timex, timex_type="TIME"
    )


def _month_year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    mo, y = lexicon().month(m["month"]), int(m["year"])
    if mo is None:
        return None
    v = make(y, mo)
    tm = at(ctx, m, "date", value=v, timex=timex_of(v), year=y, month=mo)
    return extend_left(ctx, tm, left_modifier())[0]


# "in October, November and December": a month listed after another month is a date as
# the first one is (the preposition before the list serves them all)
_LISTED_AFTER = re.compile(r"\b([A-Z][a-z]+\.?),\s+$")
# "in May and June 1997": the month after the conjunction and the year written after it
_YEAR_OF_NEXT_MONTH = re.compile(
    r"\s*(?:,\s*|\s(?:and|or|to|through)\s+|[-–/]\s*)([A-Z][a-z]+)\.?,?\s+((?:1\d|20)\d\d)\b"
)


def _month_bare(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    mo = lexicon().month(m["month"])
    if mo is None:
        return None
    tm, modified = extend_left(ctx, at(ctx, m, "date", month=mo), left_modifier())
    # "at the end of March": "the end of" makes the month a date as a preposition does
    # ("late June" alone does not: "the late June Carter")
    of_modifier = modified and tm.text.lower().split()[-2:-1] == ["of"]
    if not of_modifier and not left_preposition().search(ctx.text, max(0, tm.start - 30), tm.start):
        listed = _LISTED_AFTER.search(ctx.text, max(0, tm.start - 14), tm.start)
        if listed is None or lexicon().month(listed.group(1)) is None:
            return None
    shared = _YEAR_OF_NEXT_MONTH.match(ctx.text, tm.end)
    if shared is not None and lexicon().month(shared.group(1)) is not None:
        # "in May and June 1997": the year written after the second month is the first's too
        v = make(int(shared.group(2)), mo)
        return replace(tm, value=v, timex=timex_of(v), year=int(shared.group(2)))
    v = _place_in_year(ctx, tm.start, mo, None)
    # "filed for divorce that June": the June of the year last named (tagger.py); the
    # determiner stays outside the span, as the preposition of "in June" does
    that = not modified and _THAT_BEFORE.search(ctx.text, max(0, tm.start - 8), tm.start) is not None
    return replace(tm, value=v, timex=timex_of(v), anchor=THAT_PERIOD if that else anchored(ctx, v))


_THAT_BEFORE = re.compile(r"\b(?i:that)\s+$")


def _ordinal_day(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "on the 19th": that day of the anchor's month, or of the month before (past
    narration, a day after the anchor's) or after (future, a day before it)."""
    lead = _ORDINAL_DAY_LEAD.search(ctx.text, max(0, m.start() - 14), m.start() + 1)
    if lead is None:
        return None
    start = lead.start("the")
    a, d = ctx.anchor, int(lead["day"])
    if a is None or a.precision != "day":
        return TimeMatch(start, m.end(), ctx.text[start : m.end()], "date")
    today = date.fromisoformat(a.value)
    months = today.year * 12 + today.month - 1
    tense = ctx.tense(start)
    if tense == "past" and d > today.day:
        months -= 1
    elif tense == "future" and d < today.day:
        months += 1
    elif tense == "present" and abs(d - today.day) > 15:
        months += 1 if d < today.day else -1  # the nearest such day
    v = make(months // 12, months % 12 + 1, d)
    text = ctx.text[start : m.end()]
    return TimeMatch(start, m.end(), text, "date", value=v, timex=timex_of(v), anchor=anchored(ctx, v))


# The prepositions before "the 19th" that make it a day: "met on the 3rd", "by the 15th"
_ORDINAL_DAY_LEAD = re.compile(
    r"\b(?i:on|by|until|since|from|before|after)\s+(?P<the>(?i:the) )(?P<day>[12]\d|3[01]|0?[1-9])$"
)


def _month_rel(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    mo, a, rel = lexicon().month(m["month"]), ctx.anchor, m["rel"].lower()
    if mo is None:
        return None
    v: DateValue | None = None
    if a is not None:
        am = int(a.value[5:7]) if a.precision != "year" else None
        if rel == "this" or am is None:
            v = make(a.year, mo)
        elif rel in ("last", "past"):
            v = make(a.year if mo < am else a.year - 1, mo)
        else:
            v = make(a.year if mo > am else a.year + 1, mo)
    return at(ctx, m, "relative", value=v, timex=timex_of(v), month=mo, anchor=anchored(ctx, v))


def _month_of_year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    mo, a = lexicon().month(m["month"]), ctx.anchor
    if mo is None:
        return None
    step = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    v = make(a.year + step, mo) if a is not None else None
    return at(ctx, m, "relative", value=v, timex=timex_of(v), month=mo, anchor=anchored(ctx, v))


def _weekday(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    rel = (m["rel"] or "").lower()
    if not rel and _modifies_noun(ctx.text, m.start("wd"), m.end("wd")):
        return None  # "her Sunday column", "a Saturday-night slot": no day
    group = "wd" if rel in ("", "on", "that") else 0
    s = m.start(group)
    e = m.end("pod") if m["pod"] else m.end("wd")
    wd = lexicon().weekdays[m["wd"].lower()]
    a = ctx.anchor
    v: DateValue | None = None
    if a is not None and a.precision == "day":
        ad = date.fromisoformat(a.value)
        if rel == "this":
            delta = wd - ad.isoweekday()
        elif rel in ("next", "coming") or (rel in ("", "on") and _ahead(ctx, s)):
            delta = (wd - ad.isoweekday()) % 7 or (7 if rel == "next" else 0)
        elif rel == "" and _after_deadline(ctx, s):
            # "kept markets closed until Friday" (written on a Thursday): a state
            # narrated in the past may still run up to a deadline just ahead
            ahead = (wd - ad.isoweekday()) % 7
            delta = ahead if 0 < ahead <= _DEADLINE_AHEAD_DAYS else -((ad.isoweekday() - wd) % 7)
        else:
            delta = -((ad.isoweekday() - wd) % 7 or (7 if rel in ("last", "past") else 0))
        v = DateValue((ad + timedelta(days=delta)).isoformat())
    kind: Kind = "date" if rel in ("", "on", "that") else "relative"
    lead = _EARLY_LATE.search(ctx.text, max(0, s - 8), s) if group == "wd" else None
    if lead is not None:  # "early Monday": TimeML keeps the modifier in the span
        s = lead.start()
    if m["pod"]:  # "Friday morning": a TIME with a TimeML part-of-day code
        code = lexicon().day_parts[m["pod"].lower()]
        timex = f"{v.value}T{code}" if v is not None else None
        return TimeMatch(s, e, ctx.text[s:e], kind, v, timex, "TIME", anchor=anchored(ctx, v))
    tm = TimeMatch(s, e, ctx.text[s:e], kind, v, timex_of(v), anchor=anchored(ctx, v))
    return part_of_day_of(ctx, tm) if group == "wd" and lead is None else tm


# The word right before a weekday, and the word after it (past a part of the day: "Monday night
# highlights", "Saturday-night slot"); see [weekday_modifier] in time.toml.
_WORD_BEFORE = re.compile(r"\b(?P<word>[A-Za-z]+)[^\S\n]+$")


@cache
def _word_after() -> re.Pattern[str]:
    parts = "|".join(lexicon().day_parts)
    return re.compile(rf"(?:[-\s](?i:{parts}))?[^\S\n]+(?P<word>[a-z][a-z-]*)\b")


_TITLE_AFTER = re.compile(r"[^\S\n]+(?P<word>[A-Z][a-z]+)\b")


def _modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the weekday at [start, end) stands between a determiner or a possessive and a
    noun it modifies ("its Monday night highlights show", "the Friday newsletter"): then it
    names no day. "the Friday before the vote", "the Friday session" and "a Wednesday media
    event" (held that day) do."""
    lex = lexicon()
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is None or before["word"].lower() not in lex.weekday_determiners:
        return False
    after = _word_after().match(text, end)
    if after is None:
        # a capitalised word: the weekday opens a title ("The Sunday Feast presenter", "the
        # Sunday Times"), no day; a month after it still makes a date ("the Sunday June 5")
        titled = _TITLE_AFTER.match(text, end)
        return titled is not None and titled["word"].lower() not in lex.months
    word = after["word"]
    return not (word in lex.weekday_not_nouns or word in lex.trading_nouns or word in lex.weekday_event_nouns)


# "late Thursday", "earlier Monday": TimeML (and HeidelTime) keep the modifier in the span
_EARLY_LATE = re.compile(r"\b(?i:early|late|earlier|later)\s+$")


def _ahead(ctx: Ctx, pos: int) -> bool:
    """A weekday with no "last"/"next" is ahead in a future clause, or after a deadline
    preposition ("closed until Friday") in a clause that does not narrate the past."""
    tense = ctx.tense(pos)
    if tense == "future":
        return True
    if tense != "present":
        return False
    # "the deadline is Monday", "the leaders meet on Friday": a sentence with no past
    # verb anywhere speaks of a scheduled day ahead ("On Friday, shares fell" does not);
    # so does a present-tense relative clause ("the bank, which reopens Tuesday, said")
    return (
        deadline_before().search(ctx.text, max(0, pos - 12), pos) is not None
        or not ctx.past_in_sentence(pos)
        or ctx.in_relative_clause(pos)
    )


# How far ahead a deadline day in a past clause may be: "were closed until Monday" on a
# Friday is the Monday before (three days ahead is as far as four behind), "until
# Friday" on a Thursday is tomorrow.
_DEADLINE_AHEAD_DAYS = 2


def _after_deadline(ctx: Ctx, pos: int) -> bool:
    return deadline_before().search(ctx.text, max(0, pos - 12), pos) is not None


# A bare "80s" is a decade only after these words ("the 70s and 80s", "early 90s"):
# elsewhere it may be a temperature, a speed or an age.
_BARE_DECADE_BEFORE = re.compile(r"\b(?i:the|and|or|to|early|mid|late)[\s-]+$")
# "the early 90s", "the mid-1980s": the modifier and its article join the span.
_DECADE_MODIFIER = re.compile(r"\b(?i:(?:the\s+)?(?:early|mid|late))[\s-]+$")


def _decade(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    the = m.group(0)[:4].lower() == "the "
    if m["apos"] and not (the or _DECADE_MODIFIER.search(ctx.text, max(0, m.start() - 12), m.start())):
        return None  # "1990's budget", "the firm's 60's": a year's possessive, an age
    if m["bare"]:
        if not m.group(0).lower().startswith("the") and not _BARE_DECADE_BEFORE.search(
            ctx.text, max(0, m.start() - 8), m.start()
        ):
            return None
        timex = "19" + m["bare"]
    elif m["century"]:
        timex = m["century"] + m["dec"]
    else:  # "the '90s": 20th century for 30-90, 21st for 00-20
        short = m["short"] or m["short2"]
        timex = ("20" if short in "012" else "19") + short
    return extend_left(ctx, at(ctx, m, "date", timex=timex), _DECADE_MODIFIER)[0]


def _decade_word(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "the nineties" -> "199" (see data/time.toml [decade_words])."""
    return at(ctx, m, "date", timex=lexicon().decade_word_values[m["word"].lower()])


def _year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """A bare year needs a reason to be one: a preposition or determiner before it
    ("in 2010", "her 2018 film"), a modifier ("early 2010"), or punctuation after it."""
    t, s, e = ctx.text, m.start("year"), m.end("year")
    y = int(m["year"])
    v = make(y)
    tm, modified = extend_left(ctx, at(ctx, m, "date", value=v, timex=timex_of(v), year=y), left_modifier())
    if modified:
        return tm
    prev = re.search(r"([A-Za-z]+)\W*$", t[max(0, s - 20) : s])
    prev_word = prev.group(1).lower() if prev else ""
    preps, dets = year_context()
    nxt = t[e : e + 3]
    ends_phrase = nxt == "" or nxt[0] in ".,;:!?)\"'’”\n" or nxt.startswith(("'s", "’s"))
    possessive = _POSSESSIVE_BEFORE.search(t, max(0, s - 4), s) is not None
    nxt_word = _NEXT_WORD.match(t, e)
    modifies = nxt_word is not None and nxt_word.group(1) in lexicon().year_nouns
    ranged = _YEAR_RANGE_NEXT.match(t, e) is not None
    reason = ends_phrase or possessive or modifies or ranged
    if prev_word not in preps and prev_word not in dets and not reason:
        return None
    if t[max(0, s - 1) : s] in ("#", "№") or _NUMBER_LABEL.search(t, max(0, s - 10), s):
        return None
    return tm


# "Velmora's 1997 sales", "the nation's 2012 budget": a year after a possessive
# modifies what follows, like "her 2018 film" (counts are written "2,000")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# "covers 1995 through 1997", "results for 1996 and 1997": a year joined to a second one
# is a year too (TimeML tags each); not a count joined to a count of things ("1500 to 2000
# cars": a plural after the second number)
_YEAR_RANGE_NEXT = re.compile(
    r"\s+(?:to|through|thru|and|or|until)\s+(?:1[89]|20)\d\d\b(?![\d%]|[.,]\d|\s+(?!(?:was|has|is)\b)[a-z]+s\b)"
)


def _year_pair(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "2012-13": the first year (`year_pair`) or the second (`year_pair_end`), each its
    own TIMEX3; fiscal after "fiscal" ("fiscal 2012-13" -> FY2013)."""
    first = int(m["year"])
    group = "yy" if m.re.groupindex.get("yy") is not None else "year"
    written = m["yy"] if group == "yy" else m["next"]
    if len(written) == 4:
        second = int(written)
        if not 0 < second - first <= _YEAR_SPAN_MAX:
            return None
    else:
        second = first // 100 * 100 + int(written)
        if second < first:
            second += 100  # "1999-00"
        if second != first + 1:
            return None
    y = second if group == "yy" else first
    v = make(y)
    start = m.start("year")
    fiscal = _FISCAL_BEFORE.search(ctx.text, max(0, start - 12), start) is not None
    timex = f"FY{y:04d}" if fiscal and group == "yy" else timex_of(v)
    return at(ctx, m, "date", group, value=v, timex=timex, year=y)


# The longest span "1939-1945" may cover and still be read as two years
_YEAR_SPAN_MAX = 50
# "fiscal 2012-13": the second year names the fiscal year (the first is tagged by the
# fiscal-year rule)
_FISCAL_BEFORE = re.compile(r"(?i:\bfiscal(?:\s+year)?\s+)$")


# Before a year older than 1800, only these words make it one ("In 1686 she married").
_EARLY_YEAR_PREPOSITIONS = frozenset({"in", "since", "by", "from", "until", "till", "around", "circa", "c"})


def _early_year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """A year before 1800 only right after a preposition: alone, such a number is more often
    a count ("1500 soldiers") than a year."""
    prev = re.search(r"([A-Za-z]+)\W*$", ctx.text[max(0, m.start() - 12) : m.start()])
    if prev is None or prev.group(1).lower() not in _EARLY_YEAR_PREPOSITIONS:
        return None
    return _year(ctx, m)


def _century(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    n = int(m["n"]) if m["n"] else lexicon().century_ordinals[m["word"].lower()]
    if not 1 <= n <= 30:
        return None
    # "the late 19th century": TimeML keeps the modifier (mod END) and its article
    return extend_left(ctx, at(ctx, m, "date", timex=f"{n - 1:02d}"), _DECADE_MODIFIER)[0]


def easter(year: int) -> date:
    """Easter Sunday of `year` in the Gregorian calendar (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * lw) // 433
    month = (h + lw - 7 * mm + 90) // 25
    return date(year, month, (h + lw - 7 * mm + 33 * month + 19) % 32)


def holiday_date(name: str, year: int) -> date | None:
    """The day of holiday `name` (as written in data/time.toml) in `year`."""
    lex = lexicon()
    if name in lex.holidays_fixed:
        mo, d = lex.holidays_fixed[name]
        return date(year, mo, d)
    if name in lex.holidays_easter:
        return easter(year) + timedelta(days=lex.holidays_easter[name])
    if name in lex.holidays_nth_weekday:
        mo, wd, nth, from_day = lex.holidays_nth_weekday[name]
        if nth > 0:
            first = date(year, mo, from_day)
            return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
        last = date(year + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - wd) % 7)
    return None


def _holiday(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """A holiday is its day: in the year written, else placed like a day without a year
    (the latest one in past narration, the next one in a future clause)."""
    name = " ".join(m["name"].split())
    a = ctx.anchor
    if m["year"]:
        day = holiday_date(name, int(m["year"]))
    elif a is None or a.precision != "day":
        day = holiday_date(name, a.year) if a is not None else None
    else:
        ad = date.fromisoformat(a.value)
        this = holiday_date(name, ad.year)
        if this is None:
            return None
        tense = ctx.tense(m.start())
        window = timedelta(days=lexicon().forward_window_days)
        if tense == "future" and this < ad:
            day = holiday_date(name, ad.year + 1)
        elif tense == "present":
            # "polls close on Election Day", "stores open on Christmas Day": no tense to
            # tell which, so the one nearest the anchor, ahead or behind
            near = (holiday_date(name, ad.year + k) for k in (-1, 0, 1))
            day = min((d for d in near if d is not None), key=lambda d: abs((d - ad).days))
        elif tense != "future" and this > ad + window:
            day = holiday_date(name, ad.year - 1)
        else:
            day = this
    v = make(day.year, day.month, day.day) if day is not None else None
    return at(ctx, m, "date", value=v, timex=timex_of(v), anchor=None if m["year"] else anchored(ctx, v))


def _week_of_month(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "the last week of March" -> 2009-W13: an ISO week belongs to the month that
    holds its Thursday (as a week belongs to the year that holds its Thursday)."""
    lex = lexicon()
    n = lex.part_ordinals[m["ord"].lower()]
    mo = lex.months[m["month"].lower()]
    month = make(int(m["year"]), mo) if m["year"] else _place_in_year(ctx, m.start(), mo, None)
    if month is None:
        return at(ctx, m, "date", month=mo)
    first = date(month.year, mo, 1)
    thursday = first + timedelta(days=(4 - first.isoweekday()) % 7)  # the month's first
    thursdays = [thursday + timedelta(weeks=k) for k in range(5)]
    thursdays = [t for t in thursdays if t.month == mo]
    if n > len(thursdays):
        return None
    iso = thursdays[n - 1 if n else -1].isocalendar()
    return at(ctx, m, "date", value=month, timex=f"{iso.year}-W{iso.week:02d}", month=mo, anchor=None)


BUILDERS = {
    "century": _century,
    "holiday": _holiday,
    "iso": _iso,
    "numeric": _numeric,
    "month_day": _month_first,
    "day_month": _day_first,
    "month_year": _month_year,
    "month_rel": _month_rel,
    "month_of_year": _month_of_year,
    "month_bare": _month_bare,
    "week_of_month": _week_of_month,
    "weekday": _weekday,
    "ordinal_day": _ordinal_day,
    "decade": _decade,
    "decade_word": _decade_word,
    "year": _year,
    "early_year": _early_year,
    "month_day_second": _month_day_second,
    "year_pair": _year_pair,
    "year_pair_end": _year_pair,
}
