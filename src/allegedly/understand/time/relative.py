"""Rules for relative expressions, durations, ages and sets.

Guarantees: durations, ages and sets never get a calendar value; "N units ago" is
resolved at the unit's precision over the whole range of a vague N ("a few weeks ago");
event-relative offsets ("a week after") keep value None and carry their offset.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from allegedly.model import DateValue

from .lexicon import alternation, lexicon
from .matches import FOLLOWING_PERIOD, THAT_PERIOD, Ctx, TimeMatch, anchored, at, extend_left, timex_of
from .normalise import from_bounds, shift
from .patterns import REL_UNIT_PRE, left_approximator, left_modifier


def _quantity(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """A number of units: "ago" -> relative to the anchor, "after"/"later" -> tied to
    an event, neither -> a duration. A hedge before it joins the span."""
    d = " ".join((m["dir"] or "").lower().split())
    lex = lexicon()
    if (
        lex.units[m["unit"].lower()][0] == "Q"
        and (m["num"].lower() in ("a", "an") or re.match(r"\s+(?i:of)\b", ctx.text[m.end() : m.end() + 4]))
        and not _UNIT_ADJECTIVE.search(m.group(0))
    ):
        # "a quarter of the shares", "three quarters of": fractions, not time; but "two
        # consecutive quarters of growth" counts quarters of a year
        return None
    if not d and m["num"].lower() in ("a", "an") and _counted_before(ctx, m.start()):
        # "four flights a week", "700 seats a year": a rate of things, not a stretch of
        # time (TimeML leaves it untagged; amounts of money are set_rate's)
        return None
    if d in lex.ago:
        tm = _ago(ctx, m)
    elif d:
        tm = _offset(ctx, m)
    else:
        tm = _duration(ctx, m)
    return None if tm is None else extend_left(ctx, tm, left_approximator())[0]


def _counted_before(ctx: Ctx, pos: int) -> bool:
    """A count and a plural noun right before `pos`: "four flights ", "700 new seats "."""
    numbers = alternation([w for w in lexicon().numbers if w not in ("a", "an")])
    pattern = _compiled(
        rf"(?i:\b(?:\d[\d,.]*|{numbers})\s+(?:[a-z]+\s+){{0,2}}(?!(?:is|was|has|does|this|its|his|as|us)\s)[a-z]+s\s+)$"
    )
    return pattern.search(ctx.text, max(0, pos - 50), pos) is not None


_UNIT_ADJECTIVE = re.compile(rf"(?i:\b{alternation(list(lexicon().unit_adjectives))}\b)")


def _designator(unit: str) -> tuple[str, int]:
    return lexicon().units[unit.lower()]


def _calendar_step(unit: str) -> tuple[str, int]:
    """The designator and count to move a date by one `unit`: a quarter is three months."""
    des, per = _designator(unit)
    return ("M", 3 * per) if des == "Q" else (des, per)


def _amount(num: str) -> tuple[int, int] | None:
    return lexicon().number(num)


def _ago(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    amount = _amount(m["num"])
    if amount is None:
        return None
    des, per = _calendar_step(m["unit"])
    least, most = amount[0] * per, amount[1] * per
    a = ctx.anchor
    if des in ("H", "MIN"):
        # "three hours ago": the day of the anchor (its clock time is not known); not
        # three days back
        least = most = 0
        des = "D"
    v = shift(a, -most, -least, _calendar_unit(des)) if a is not None else None
    # TimeML (and HeidelTime) give a vague count ("a few weeks ago") the value PAST_REF;
    # the DateValue still keeps whatever the whole range allows.
    timex = timex_of(v) if amount[0] == amount[1] else None
    if timex and v is not None and m["unit"].lower().startswith("decade"):
        # "a decade ago" names a decade, as "three years ago" a year: TIMEX3 values keep
        # the unit's granularity (TIDES 2005, HeidelTime), so 1998's is "198"
        timex = f"{v.year // 10:03d}"
    return at(ctx, m, "relative", value=v, timex=timex or "PAST_REF", anchor=anchored(ctx, v))


def _calendar_unit(des: str) -> str:
    return des if des in ("Y", "M", "W", "D") else "D"


def _ago_vague(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    d = m["dir"].lower()
    timex = "FUTURE_REF" if d == "later" else "PAST_REF"
    return at(ctx, m, "relative", timex=timex)


def _offset(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "a week after", "two years later": tied to an event; "three days from now": to the anchor."""
    amount = _amount(m["num"])
    if amount is None:
        return None
    des, per = _calendar_step(m["unit"])
    least, most = amount[0] * per, amount[1] * per
    if des in ("H", "MIN"):  # "three hours later": the same day, as far as a day tells
        least, most = 0, 0
    d = " ".join(m["dir"].lower().split())
    lex = lexicon()
    if d == "from now":
        a = ctx.anchor
        v = shift(a, least, most, _calendar_unit(des)) if a is not None else None
        return at(ctx, m, "relative", value=v, timex=timex_of(v) or "FUTURE_REF", anchor=anchored(ctx, v))
    sign = 1 if d in lex.after else -1
    lo, hi = sorted((sign * least, sign * most))
    if d in ("later", "earlier"):
        # "two years later" names a date (TimeML DATE), counted from the time the text
        # last named: the tagger fills in the TimeML value; the DateValue stays None.
        # A vague count ("a few days later") only says which side, as "a few weeks ago".
        timex = None if amount[0] == amount[1] else "FUTURE_REF" if d == "later" else "PAST_REF"
        return at(ctx, m, "relative", offset=(lo, hi, _calendar_unit(des)), timex=timex)
    return at(
        ctx,
        m,
        "relative",
        timex=_durationtimex_of(m["num"], m["unit"]),
        timex_type="DURATION",
        offset=(lo, hi, _calendar_unit(des)),
        extent_end=m.end("unit"),  # "[a week] after": the signal is no part of the TIMEX3
    )


def _durationtimex_of(num: str | None, unit: str) -> str:
    des, per = _designator(unit)
    amount = _amount(num) if num else None
    n = "X" if amount is None or amount[0] != amount[1] else str(amount[0] * per)
    if des in ("H", "MIN"):
        return f"PT{n}{des[0]}"
    return f"P{n}{des}"


def _duration(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    tm = at(ctx, m, "duration", timex=_durationtimex_of(m["num"], m["unit"]), timex_type="DURATION")
    noun = _span_noun().match(ctx.text, tm.end)
    if noun is not None:  # "a three-year period": the noun is part of the TimeML extent
        tm = replace(tm, end=noun.end(), text=ctx.text[tm.start : noun.end()])
    return tm


def _span_noun() -> re.Pattern[str]:
    return _compiled(rf"\s+(?i:{alternation(list(lexicon().span_nouns))})\b")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _duration_vague(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "duration", "span", timex=_durationtimex_of(None, m["unit"]), timex_type="DURATION")


def _duration_vague_signal(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "just days after the vote" -> PXD; not after a word that makes the unit a noun
    phrase of its own ("the days before", "its final weeks before", "many years after")."""
    before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if before is not None and before.group(1).lower() in _not_before_vague_signal():
        return None
    return _duration_vague(ctx, m)


_WORD_BEFORE = re.compile(r"([\w'’]+)[^\S\n]+$")


@cache
def _not_before_vague_signal() -> frozenset[str]:
    lex = lexicon()
    return frozenset([*lex.numbers, *lex.vague_signal_blockers])


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# The day of its first month on which a season begins by the calendar (equinoxes and solstices
# fall on the 20th to the 22nd).
_SEASON_FIRST_DAY = 20
_PREV_SEASON_WORD = re.compile(
    r"(?i:\b(?:in|during|over|by|since|until|through|throughout|this|last|next|early|late)\s+(?:the\s+)?)$"
)


def _week(anchor: DateValue, weeks: int, weekend: bool) -> tuple[DateValue | None, str | None]:
    """The ISO week `weeks` from the anchor's, as the finest DateValue holding it."""
    if anchor.precision != "day":
        return None, None
    d = date.fromisoformat(anchor.value) + timedelta(weeks=weeks)
    monday = d - timedelta(days=d.isoweekday() - 1)
    lo = monday + timedelta(days=5 if weekend else 0)
    hi = monday + timedelta(days=6)
    iso = monday.isocalendar()
    return from_bounds(lo, hi), f"{iso.year}-W{iso.week:02d}" + ("-WE" if weekend else "")


def _season_year(ctx: Ctx, pos: int, code: str, step: int | None) -> int | None:
    """Year of a season named without one: `step` -1/0/+1 for last/this/next, None for
    "in the summer" (past narration: the latest one begun by the calendar by the anchor)."""
    a = ctx.anchor
    if a is None:
        return None
    if a.precision == "year":
        return a.year + (step or 0)
    month = int(a.value[5:7])
    begun = month >= _SEASON_START[code]
    ended = code != "WI" and month > _SEASON_START[code] + 2
    if step == 0:
        return a.year
    if step == -1:
        return a.year if ended else a.year - 1
    if step == 1:
        return a.year + 1 if begun else a.year
    if ctx.future(pos):
        return a.year + 1 if ended else a.year
    # Past narration ("split in the spring") speaks of a season already begun by the calendar's
    # reckoning (its equinox or solstice): on 3 March the spring told of is still last year's.
    if month == _SEASON_START[code] and a.precision == "day":
        return a.year if int(a.value[8:10]) >= _SEASON_FIRST_DAY else a.year - 1
    return a.year if month > _SEASON_START[code] else a.year - 1


def _rel_unit(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    # the words before the unit: ["the"], [a modifier], the relation (see patterns.py)
    words = m[0][: m.start("unit") - m.start()].lower().split()
    the = words[0] == "the"
    pre = words[-2] in REL_UNIT_PRE if len(words) > 1 else False
    rel, unit = words[-1], m["unit"].lower()
    if the and rel == "previous":
        return None  # "the previous year": counted from the text's last date (discourse)
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    a = ctx.anchor
    lex = lexicon()
    if (
        the
        and not pre
        and unit in lex.span_units
        and (
            rel in lex.span_rel
            or (rel in lex.span_lead_rel and _span_lead().search(ctx.text, max(0, m.start() - 12), m.start()))
        )
        and not _OF_AFTER.match(ctx.text, m.end())
    ):  # "over the past year": a stretch ending now (see data/time.toml [durations])
        return at(ctx, m, "duration", timex=_durationtimex_of("1", unit), timex_type="DURATION")
    v: DateValue | None = None
    timex: str | None = None
    if unit in lex.seasons:
        code = lex.seasons[unit]
        y = _season_year(ctx, m.start(), code, step)
        v, timex = (DateValue(f"{y:04d}"), f"{y:04d}-{code}") if y is not None else (None, None)
        if the and rel == "next" and not pre:
            # "the next summer": the first after the date the text last named (tagger.py)
            return at(ctx, m, "relative", value=v, timex=timex, anchor=FOLLOWING_PERIOD)
    elif a is None:
        pass
    elif unit in ("year", "month"):
        v = shift(a, step, step, "Y" if unit == "year" else "M")
        timex = timex_of(v)
    elif unit in ("week", "weekend"):
        v, timex = _week(a, step, unit == "weekend")
    elif unit == "quarter":
        if a.precision != "year":
            q = a.year * 4 + (int(a.value[5:7]) - 1) // 3 + step
            v, timex = DateValue(f"{q // 4:04d}"), f"{q // 4:04d}-Q{q % 4 + 1}"
    elif unit == "decade":
        timex = str(a.year // 10 + step)
    else:
        timex = str(a.year // 100 + step)
    tm = at(ctx, m, "relative", value=v, timex=timex, anchor=anchored(ctx, v))
    if rel == "past" and not the:
        tm = extend_left(ctx, tm, _THIS)[0]  # "this past weekend"
    return extend_left(ctx, tm, left_modifier())[0]


_THIS = re.compile(r"\b(?i:this)\s+$")
# "the past week of trading" names a week, not a stretch ending now
_OF_AFTER = re.compile(r"\s+(?i:of)\b")


@cache
def _span_lead() -> re.Pattern[str]:
    """ "over ", "within ": a preposition that makes "the last year" a stretch."""
    return re.compile(rf"\b{alternation(list(lexicon().span_leads), ignorecase=True)}\s+$")


def _season(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    code = lexicon().seasons[m["season"].lower()]
    following = _FOLLOWING.search(ctx.text, max(0, m.start() - 20), m.start())
    if m["yy"]:
        y: int | None = _two_digit_year(ctx, int(m["yy"][1:]))
    elif m["year"]:
        y = int(m["year"])
    elif (
        m["rel"]
        or following is not None
        or _PREV_SEASON_WORD.search(ctx.text, max(0, m.start() - 30), m.start())
        or (_possessive_before(ctx, m.start()) and m["season"] not in _SEASON_VERBS)
        or (
            # "toured that summer"; not "stocks that fall", nor the name in "that Winter bought"
            m["season"].islower()
            and m["season"] not in _SEASON_VERBS
            and _THAT.search(ctx.text, max(0, m.start() - 6), m.start())
        )
        or (
            m["season"].lower() not in _SEASON_VERBS
            and _OF_THE.search(ctx.text, max(0, m.start() - 10), m.start())
        )
    ):
        y = _season_year(ctx, m.start(), code, None)
    else:  # "fall" and "spring" are also verbs and nouns
        return None
    v = DateValue(f"{y:04d}") if y is not None else None
    written = bool(m["year"] or m["yy"])
    tm = at(
        ctx,
        m,
        "date",
        value=v,
        timex=f"{y:04d}-{code}" if y is not None else None,
        anchor=None if written else anchored(ctx, v),
    )
    if following is not None and not m["rel"] and not written:
        # "they wed the following spring": the first such season after the date the text last
        # named (tagger.py), "the next summer" too
        tm = replace(tm, anchor=FOLLOWING_PERIOD)
        return extend_left(ctx, tm, _FOLLOWING)[0]
    if not m["rel"] and not m["year"] and _THAT.search(ctx.text, max(0, tm.start - 6), tm.start):
        # "toured that summer": the summer of the year last named (tagger.py)
        return replace(tm, anchor=THAT_PERIOD)
    # "in the spring": TimeML drops the preposition but keeps the article
    return tm if m["rel"] else extend_left(ctx, tm, _THE)[0]


_THE = re.compile(r"\b(?i:the)\s+$")
_THAT = re.compile(r"\b(?i:that)\s+$")
_FOLLOWING = re.compile(r"\b(?i:the\s+(?:following|next|subsequent))\s+$")


def _two_digit_year(ctx: Ctx, yy: int) -> int:
    """ "'09": the latest such year not after the anchor's (else '00-'29 in the 2000s)."""
    a = ctx.anchor
    if a is not None:
        return 2000 + yy if 2000 + yy <= a.year else 1900 + yy
    return 2000 + yy if yy < 30 else 1900 + yy


# "most of the winter", "the end of the summer"; not "the fall of the city", where
# "fall" and "spring" are nouns of motion
_OF_THE = re.compile(r"\b(?i:of\s+the)\s+$")
# After a possessive, lower-case "fall" and "spring" are nouns of motion ("its fall in
# value", "her spring to fame"); capitalised ("their Spring meetings") they are seasons.
_SEASON_VERBS = ("fall", "spring")


def _possessive_before(ctx: Ctx, pos: int) -> bool:
    """ "their Autumn meetings": a possessive right before the word."""
    pattern = _compiled(rf"\b(?i:{alternation(list(lexicon().possessives))})\s+$")
    return pattern.search(ctx.text, max(0, pos - 10), pos) is not None


def _relative_day(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    word = " ".join(m["word"].lower().split())
    if m["word"].isupper() and len(word) > 3:  # "TODAY" is a television show
        return None
    lex = lexicon()
    off = lex.relative_days[word]
    v = shift(ctx.anchor, off, off, "D") if ctx.anchor is not None else None
    pod = lex.part_of_day.get(word) or (lex.day_parts[m["pod"].lower()] if m["pod"] else None)
    timex = timex_of(v)
    if pod and v is not None and v.precision == "day":
        timex = f"{v.value}T{pod}"
    return at(
        ctx,
        m,
        "relative",
        value=v,
        timex=timex,
        timex_type="TIME" if pod else "DATE",
        anchor=anchored(ctx, v),
    )


def _reference(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    lex = lexicon()
    before = re.search(r"(\w+)\s+$", ctx.text[max(0, m.start() - 12) : m.start()])
    if (before and before.group(1).lower() in lex.blockers_before) or ctx.text.startswith(
        lex.blockers_after, m.end()
    ):
        return None  # "as soon as", "now-defunct", "soon-to-open"
    word = " ".join(m.group(0).lower().split())
    if word in lex.reference_after_the:
        nxt = re.match(r"\s+([\w-]+)", ctx.text[m.end() : m.end() + 30])
        if (
            not (before and before.group(1).lower() == "the")
            or nxt is None
            or nxt.group(1)[0].isupper()
            or nxt.group(1).lower() in lex.reference_not_before
        ):
            return None  # "its current models", "the current CEO": a property, not a time
    ref = lex.references[word]
    v = ctx.anchor if ref == "present" else None
    return at(ctx, m, "relative", value=v, timex=f"{ref.upper()}_REF", anchor=anchored(ctx, v))


def _present_phrase(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "at this time", "for the moment", "to the present": the anchor (PRESENT_REF)."""
    nxt = re.match(r"\s+([a-z]+)\b", ctx.text[m.end() : m.end() + 30])
    group = next(g for g, text in m.groupdict().items() if text is not None)
    if nxt is not None and (
        nxt.group(1) in lexicon().present_not_before or m[group].lower() == "the present"
    ):
        return None  # "at this time of year", "to the present government"
    v = ctx.anchor
    return at(ctx, m, "relative", group, value=v, timex="PRESENT_REF", anchor=anchored(ctx, v))


# "the previous year", "the year before", "the prior year": one unit back
_BEFORE_WORDS = frozenset({"previous", "before", "prior", "preceding"})


def _discourse(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "the next day", "at the time": placed by the event they follow, not the anchor."""
    words = m.group(0).lower().split()
    step = 1 if {"next", "following"} & set(words) else -1 if _BEFORE_WORDS & set(words) else 0
    unit = next((u for u in ("day", "week", "month", "year") if u in words), "day")
    des = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    return at(ctx, m, "relative", offset=(step, step, des))


def _discourse_day_part(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "that night": the day the text last named, at night (the tagger adds the day)."""
    rel = (m["rel"] or "the").lower()
    step = 1 if ("next" in rel or "following" in rel) else -1 if "previous" in rel else 0
    return at(ctx, m, "relative", timex_type="TIME", offset=(step, step, "D"))


def _age_number(num: str) -> int | None:
    amount = lexicon().number(num)
    if amount is None or amount[0] != amount[1] or not 0 < amount[0] <= lexicon().max_age:
        return None
    return amount[0]


def _age_old(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    n = _age_number(m["num"])
    if n is None:
        return None
    unit = m["unit"].lower()
    return at(
        ctx,
        m,
        "age",
        age=n if unit == "year" else None,
        timex=f"P{n}{unit[0].upper()}",
        timex_type="DURATION",
    )


def _age_lead(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    n = _age_number(m["num"])
    if n is None:
        return None
    return at(ctx, m, "age", age=n, timex=f"P{n}Y", timex_type="DURATION", markable=False)


def _age_apposition(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "Benjamin, 34," / "Benjamin (34)": a capitalised name, then a plausible age."""
    # the name ends at the comma of "Benjamin, 34," or the space of "Benjamin (34)"
    name, group = (m[0].split(",", 1)[0], "num") if m["num"] else (m[0].split(None, 1)[0], "num2")
    lex = lexicon()
    low = name.lower().rstrip(".")
    if low in lex.months or low in lex.month_abbreviations or low in lex.weekdays or low in lex.not_names:
        return None
    n = _age_number(m[group])
    if n is None:
        return None
    return at(ctx, m, "age", group, age=n, timex=f"P{n}Y", timex_type="DURATION", markable=False)


def _age_decade(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "age", markable=False)


_SET_UNIT = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "weekend": "W",
    "morning": "D",
    "night": "D",
    "evening": "D",
}


def _set_timex(unit: str, num: str | None) -> str:
    lex = lexicon()
    u = unit.lower()
    if u in lex.weekdays:
        return f"XXXX-WXX-{lex.weekdays[u]}"
    if u in lex.seasons:
        return f"XXXX-{lex.seasons[u]}"
    if u in lex.months:  # "every September" -> XXXX-09
        return f"XXXX-{lex.months[u]:02d}"
    amount = lex.number(num) if num else (1, 1)
    n = str(amount[0]) if amount and amount[0] == amount[1] else "X"
    return f"P{n}{_SET_UNIT.get(u, 'D')}"


def _set_every(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    if m["units"]:  # "every two weeks" -> P2W
        return at(ctx, m, "set", timex=_durationtimex_of(m["num"], m["units"]), timex_type="SET")
    # "every other week" -> P2W; "every other Monday" keeps the weekday's value
    timex = _set_timex(m["unit"], "two" if m["other"] else m["num"])
    return at(ctx, m, "set", timex=timex, timex_type="SET")


def _set_weekdays(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "on Mondays" -> XXXX-WXX-1, "Friday nights" -> XXXX-WXX-5TNI."""
    lex = lexicon()
    timex = f"XXXX-WXX-{lex.weekdays[m['wd'].lower()]}"
    if m["pod"]:
        timex += f"T{lex.day_parts[m['pod'].lower()]}"
    return at(ctx, m, "set", timex=timex, timex_type="SET")


def _set_times(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "set", timex=_set_timex(m["unit"], None), timex_type="SET")


_NAME_BEFORE = re.compile(r"[A-Z][\w'’]*\s+$")


def _set_adverb(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    if m.group(0)[0].isupper() and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "Us Weekly", "Business Daily": part of a name
    return at(ctx, m, "set", timex=lexicon().sets[m.group(0).lower()], timex_type="SET")


def _half_quantity(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "two and a half years" -> P2.5Y; "a year and a half" -> P1.5Y."""
    unit = m["unit"] or m["unit1"]
    amount = _amount(m["num"]) if m["num"] else (1, 1)
    if amount is None or amount[0] != amount[1]:
        return None
    des, per = _designator(unit)
    n = amount[0] * per + per / 2
    count = str(int(n)) if n == int(n) else f"{n:g}"
    timex = f"PT{count}{des[0]}" if des in ("H", "MIN") else f"P{count}{des}"
    tm = at(ctx, m, "duration", timex=timex, timex_type="DURATION")
    return extend_left(ctx, tm, left_approximator())[0]


# Half of one unit in TimeML: the same value in the next finer unit where it is whole.
_HALF: dict[str, str] = {
    "year": "P6M",
    "decade": "P5Y",
    "century": "P50Y",
    "month": "P0.5M",
    "week": "P0.5W",
    "day": "PT12H",
    "hour": "PT30M",
    "minute": "PT30S",
}


def _half_unit(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "half an hour" -> PT30M, "half a century" -> P50Y."""
    tm = at(ctx, m, "duration", timex=_HALF[m["unit"].lower()], timex_type="DURATION")
    return extend_left(ctx, tm, left_approximator())[0]


def _range_first(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "two to three years": the first number, with the unit written after the second
    (the second is tagged by the quantity rule)."""
    amount = _amount(m["num"])
    if amount is None:
        return None
    tm = at(ctx, m, "duration", "num", timex=_durationtimex_of(m["num"], m["unit"]), timex_type="DURATION")
    return extend_left(ctx, tm, left_approximator())[0]


def _decimal_quantity(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "1.5 years" -> P1.5Y, "2.5 decades" -> P25Y."""
    des, per = _designator(m["unit"])
    n = float(m["num"]) * per
    count = str(int(n)) if n == int(n) else f"{n:g}"
    timex = f"PT{count}{des[0]}" if des in ("H", "MIN") else f"P{count}{des}"
    tm = at(ctx, m, "duration", timex=timex, timex_type="DURATION")
    return extend_left(ctx, tm, left_approximator())[0]


def _multi_unit(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "multiyear" -> PXY, "decades-long" -> PXY, "week-long" -> P1W."""
    if m["multi"]:
        timex = lexicon().multi_units[m["multi"].lower()]
    elif m["plural"]:
        timex = _durationtimex_of(None, m["plural"])
    else:
        timex = _durationtimex_of("1", m["single"] or m["single2"])
    return at(ctx, m, "duration", timex=timex, timex_type="DURATION")


def _another_unit(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    """ "another decade" -> P10Y, "another year" -> P1Y."""
    return at(ctx, m, "duration", timex=_durationtimex_of("1", m["unit"]), timex_type="DURATION")


def _coming_units(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "duration", timex=_durationtimex_of(None, m["unit"]), timex_type="DURATION")


def _set_rate(ctx: Ctx, m: re.Match[str]) -> TimeMatch | None:
    return at(ctx, m, "set", "rate", timex=lexicon().rate_units[m["unit"].lower()], timex_type="SET")


BUILDERS = {
    "half_quantity": _half_quantity,
    "half_unit": _half_unit,
    "range_first": _range_first,
    "multi_unit": _multi_unit,
    "another_unit": _another_unit,
    "decimal_quantity": _decimal_quantity,
    "coming_units": _coming_units,
    "set_rate": _set_rate,
    "quantity": _quantity,
    "ago_vague": _ago_vague,
    "rel_unit": _rel_unit,
    "season": _season,
    "relative_day": _relative_day,
    "reference": _reference,
    "present_phrase": _present_phrase,
    "discourse": _discourse,
    "discourse_day_part": _discourse_day_part,
    "age_old": _age_old,
    "age_lead": _age_lead,
    "age_apposition": _age_apposition,
    "age_decade": _age_decade,
    "set_every": _set_every,
    "set_weekdays": _set_weekdays,
    "set_times": _set_times,
    "set_adverb": _set_adverb,
    "duration_vague": _duration_vague,
    "duration_vague_of": _duration_vague,
    "duration_vague_signal": _duration_vague_signal,
}
