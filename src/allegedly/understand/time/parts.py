"""Rules for parts of years and days: quarters, halves, fiscal years, clock times,
weekends, "the day" of a market report, and durations such as "the past five years".

Guarantees: a quarter, half or fiscal year never gives a DateValue finer than its year;
a clock time's date is settled later, by the tagger, from the day it is said on
(`anchor="clock"` marks it until then); "the day" of a report is placed like any
event-relative expression (offset 0 days) on the day the text last named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from allegedly.model import DateValue

from .dates import nearest_year
from .lexicon import lexicon
from .matches import Ctx, TimeMatch, anchored, at, extend_left
from .normalise import from_bounds, make
from .patterns import left_modifier

# A quarter or half named without a year is this year's unless past narration puts its
# start after the anchor; then it is last year's ("profits rose in the fourth quarter", said
# in March). Same reasoning as months without a year (dates._place_in_year).
_PARTS = {"quarter": ("Q", 4, 3), "half": ("H", 2, 6)}  # code, parts in a year, months each


def _part_year(ctx: Ctx, pos: int, n: int, months: int) -> int | None:
    a = ctx.anchor
    if a is None:
        return None
    if a.precision == "year":
        return a.year
    start = date(a.year, (n - 1) * months + 1, 1)
    lo = date.fromisoformat(a.value) if a.precision == "day" else date(a.year, int(a.value[5:7]), 1)
    tense = ctx.tense(pos)
    if tense == "present":
        # no tense cue: the nearest such part, counted from its middle month
        return nearest_year(a, (n - 1) * months + (months + 1) // 2)
    if start > lo and tense == "past":
        # past narration tells of a part already begun: "net fell in the second quarter",
        # said on 11 March, is last year's (like a bare month, no forward window)
        return a.year - 1
    return a.year


def _current_part(a: DateValue, months: int) -> tuple[int, int] | None:
    """(year, index) of the quarter or half the anchor falls in, or None for a bare year."""
    if a.precision == "year":
        return None
    return a.year, (int(a.value[5:7]) - 1) // months + 1


def _part_of_year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    lex = lexicon()
    part = m["part"].lower()
    code, count, months = _PARTS[part]
    n = lex.part_ordinals[m["ord"].lower()] or count  # "final", "last": the last one
    if n > count:
        return None
    has_year = m["year"] or m["year2"] or m["rel"]
    if not has_year and m["ord"].lower() == "last":
        return None  # "the last quarter" is the latest one (rel_unit), not the fourth
    if not has_year and re.match(r"\s+(?i:of)\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "the second half of the season": not a part of a calendar year
    a = ctx.anchor
    y: int | None
    start = m.start()
    lead = None
    if not has_year and m.group(0)[:4].lower() != "the ":
        lead = _YEAR_BEFORE_PART.search(ctx.text, max(0, start - 30), start)
    if lead is not None and lead["rel"]:  # "next year's first quarter", "the year-ago first half"
        rel = lead["rel"].lower().split()[0]
        if rel in _LEAD_STEP:
            y = a.year + _LEAD_STEP[rel] if a is not None else None
        else:  # a year before the one the part alone would be in
            y = _part_year(ctx, start, n, months)
            y = y - 1 if y is not None else None
        start = lead.start()
    elif lead is not None:  # "1997's third quarter", "the 1997 fourth quarter"
        y, start = int(lead["y1"] or lead["y2"] or lead["y3"]), lead.start()
    elif m["year"] or m["year2"]:
        y = int(m["year"] or m["year2"])
    elif m["rel"]:
        step = {"last": -1, "previous": -1, "next": 1}.get(m["rel"].lower(), 0)
        y = a.year + step if a is not None else None
    else:
        y = _part_year(ctx, m.start(), n, months)
    fy = "FY" if m["fy"] or (lead is not None and lead["fy"]) else ""
    timex = f"{fy}{y:04d}-{code}{n}" if y is not None else None
    v = make(y) if y is not None and not fy else None
    written = bool(m["year"] or m["year2"] or lead)
    tm = at(
        ctx,
        m,
        "date",
        value=v,
        timex=timex,
        year=y if written else None,
        anchor=None if written else anchored(ctx, v),
    )
    return replace(tm, start=start, text=ctx.text[start : tm.end]) if lead is not None else tm


# A year written before a quarter or half: "1997's third quarter", "the 1997 fourth
# quarter", "the company's 1997 first half" (TimeML 1997-Q3: one expression). Not after
# "fiscal" ("fiscal 1997 fourth quarter" stays the fiscal year's).
_YEAR_BEFORE_PART = re.compile(
    r"(?:(?P<the>\b(?i:the)\s+)\b(?P<y1>(?:1[89]|20)\d\d)\s+|(?<=['’]s\s)(?P<y2>(?:1[89]|20)\d\d)\s+"
    r"|\b(?:(?P<fy>(?i:fiscal|financial))\s+)?(?P<y3>(?:1[89]|20)\d\d)['’]s\s+"
    # "next year's first quarter" (HeidelTime reads these the same way), "the year-earlier
    # first half": a year before the one the part alone would be in
    r"|\b(?P<rel>(?i:this|next|last)\s+year['’]s|(?i:the\s+)?(?i:year-earlier|year-ago))\s+)$"
)
_LEAD_STEP = {"this": 0, "next": 1, "last": -1}  # "next year's": the anchor's year + 1


def _month_span(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "the April-June quarter" -> Q2: only months that begin and end a calendar quarter
    or half ("the May-July period" is no part of a year TimeML can name)."""
    lex = lexicon()
    m1, m2 = lex.month(m["m1"]), lex.month(m["m2"])
    if m1 is None or m2 is None:
        return None
    part = next((p for p, (_, _, months) in _PARTS.items() if m2 - m1 == months - 1), None)
    if part is None or (m["what"].lower() != "period" and m["what"].lower() != part):
        return None
    code, _, months = _PARTS[part]
    if (m1 - 1) % months:
        return None
    n = (m1 - 1) // months + 1
    written = m["year0"] or m["year"]
    y = int(written) if written else _part_year(ctx, m.start(), n, months)
    if y is None:
        return at(ctx, m, "date")
    v = make(y)
    anchor = None if written else anchored(ctx, v)
    return at(ctx, m, "date", value=v, timex=f"{y:04d}-{code}{n}", anchor=anchor)


def _quarter_label(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    n = int(m["q"][1])
    y = int(m["year"]) if m["year"] else _part_year(ctx, m.start(), n, 3)
    if y is None:
        return at(ctx, m, "date")
    v = make(y)
    return at(ctx, m, "date", value=v, timex=f"{y:04d}-Q{n}", anchor=None if m["year"] else anchored(ctx, v))


def _fiscal_year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    if m["year"] or m["year3"]:
        tm = at(ctx, m, "date", timex=f"FY{m['year'] or m['year3']}")
        return extend_left(ctx, tm, _THE)[0] if m["year3"] else tm
    a = ctx.anchor
    if a is None:
        return at(ctx, m, "date")
    step = {"next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}.get((m["rel"] or "").lower(), 0)
    tm = at(ctx, m, "date", timex=f"FY{a.year + step:04d}", anchor="publication")
    return extend_left(ctx, tm, left_modifier())[0]


_THE = re.compile(r"\b(?i:the)\s+$")
_ZULU = ("UTC", "GMT")


def _clock(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    if m["noon"]:
        # TimeML writes midnight as the end of its day, T24:00 ("midnight Monday" is the
        # night from Monday into Tuesday)
        hh, mm = (24, 0) if m["noon"].lower() == "midnight" else (12, 0)
    else:
        h = m["h1"] or m["h2"] or m["h3"]
        hh, mm = int(h), int(m["m1"] or m["m3"] or 0)
        ap = (m["ap1"] or m["ap2"] or "").lower()
        if ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
        if m["h1"] and not ap and not m["tz"] and ":" in m.group(0) and _looks_like_score(ctx, m):
            return None
    zone = "Z" if m["tz"] in _ZULU else ""
    tm = at(ctx, m, "date", timex=f"T{hh:02d}:{mm:02d}{zone}", timex_type="TIME", anchor="clock")
    return extend_left(ctx, tm, _CLOCK_APPROX)[0]


# "around 4 a.m.", "about 10:30": TimeML keeps the hedge in the extent (mod APPROX), as
# for "about three months ago"; only hedges that go with a point in time
_CLOCK_APPROX = re.compile(r"\b(?i:about|around|approximately|roughly)\s+$")


def _trading_part(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "in morning trading" -> "morning", placed on a day as a clock time is (TMO)."""
    code = lexicon().day_parts[m["pod"].lower()]
    return at(ctx, m, "date", "pod", timex=f"T{code}", timex_type="TIME", anchor="clock")


_SCORE_WORDS = re.compile(r"(?i:\b(?:won|lost|beat|score|scored|ratio|odds|drew|defeated)\b)")


def _looks_like_score(ctx: Ctx, m: re.Match[str]) -> bool:
    """ "won 3:1", "a ratio of 2:30": a colon number that is no time of day."""
    return bool(_SCORE_WORDS.search(ctx.text, max(0, m.start() - 25), m.start()))


def _weekend(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    a = ctx.anchor
    if a is None or a.precision != "day":
        return at(ctx, m, "relative")
    d = date.fromisoformat(a.value)
    saturday = d - timedelta(days=(d.isoweekday() - 6) % 7)  # the latest Saturday, today included
    if ctx.future(m.start()) and saturday < d - timedelta(days=1):
        saturday += timedelta(days=7)
    iso = saturday.isocalendar()
    v = from_bounds(saturday, saturday + timedelta(days=1))
    return at(ctx, m, "relative", value=v, timex=f"{iso.year}-W{iso.week:02d}-WE", anchor=anchored(ctx, v))


def _day_frame(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "relative", "d1" if m["d1"] else 0, offset=(0, 0, "D"))


def _the_year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    step = -1 if m["prev"] else 0
    return at(ctx, m, "relative", "span", offset=(step, step, "Y"))


def _the_week_month(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "for the week", "in the month", "later in the week": the week or month of the last
    date named (else the anchor's), counted like "the same day"."""
    lead = _WEEK_MONTH_LEAD.search(ctx.text, max(0, m.start() - 30), m.start())
    if lead is None:
        return None
    start = lead.start("late") if lead["late"] else m.start()
    unit = "W" if m["unit"].lower() == "week" else "M"
    return TimeMatch(start, m.end(), ctx.text[start : m.end()], "relative", offset=(0, 0, unit))


# What makes "week" or "month" the one the text is about: "for the week", "during the
# entire month", "later in the week" (the modifier joins the span, as in "later in the day")
_WEEK_MONTH_LEAD = re.compile(
    r"(?:(?P<late>\b(?i:late|early|later|earlier)\s+)(?i:in)|\b(?i:for|in|during|throughout|over))\s+$"
)


def _same_period(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """Placed by the tagger once the period it repeats is known (anchor "same_period")."""
    return at(ctx, m, "relative", anchor=SAME_PERIOD, offset=None)


SAME_PERIOD = "same_period"
THE_QUARTER = "the_quarter"


def _the_quarter(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """Placed by the tagger once the quarter the text talks about is known."""
    return at(ctx, m, "relative", anchor=THE_QUARTER)


def _unit_part(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    # "the end of the year" names its unit; "year-end", "month's end" start with it
    unit = m["unit"].lower() if m["unit"] else ("year" if m[0][0] in "Yy" else "month")
    a = ctx.anchor
    if a is None:
        return at(ctx, m, "relative")
    if unit == "year":
        v: DateValue | None = make(a.year)
        timex = v.value if v else None
    elif unit == "month" and a.precision != "year":
        v = DateValue(a.value[:7])
        timex = v.value
    elif unit == "week" and a.precision == "day":
        iso = date.fromisoformat(a.value).isocalendar()
        v, timex = None, f"{iso.year}-W{iso.week:02d}"
    elif unit == "decade":  # "by the end of the decade": TimeML writes the decade "201"
        v, timex = None, str(a.year // 10)
    else:
        v, timex = None, None
    return at(ctx, m, "relative", value=v, timex=timex, anchor=anchored(ctx, v))


def _duration_value(num: str | None, unit: str) -> str:
    des, per = lexicon().units[unit.lower()]
    amount = lexicon().number(num) if num else None
    n = "X" if amount is None or amount[0] != amount[1] else str(amount[0] * per)
    if des in ("H", "MIN"):
        return f"PT{n}{des[0]}"
    return f"P{n}{des}"


def _past_n(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "duration", timex=_duration_value(m["num"], m["unit"]), timex_type="DURATION")


def _recent_units(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "duration", timex=_duration_value(None, m["unit"]), timex_type="DURATION")


def _short_year(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "since '82": the latest such year not after the anchor's (or this century's 2000s)."""
    yy = int(m["yy"][1:])
    a = ctx.anchor
    if a is not None:
        y = 2000 + yy if 2000 + yy <= a.year else 1900 + yy
    else:  # no anchor: the 2000s for '00-'29, else the 1900s (news archives of today)
        y = 2000 + yy if yy < 30 else 1900 + yy
    v = make(y)
    return at(ctx, m, "date", "yy", value=v, timex=v.value if v else None, year=y)


BUILDERS = {
    "part_of_year": _part_of_year,
    "month_span": _month_span,
    "quarter_label": _quarter_label,
    "fiscal_year": _fiscal_year,
    "clock": _clock,
    "trading_part": _trading_part,
    "weekend": _weekend,
    "day_frame": _day_frame,
    "unit_part": _unit_part,
    "same_period": _same_period,
    "the_quarter": _the_quarter,
    "the_year": _the_year,
    "the_week_month": _the_week_month,
    "year_earlier": _same_period,
    "past_n": _past_n,
    "recent_units": _recent_units,
    "short_year": _short_year,
}
