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
from functools import cache, lru_cache

from allegedly.model import DateValue, Published, TimeExpression

from .dates import holiday_date
from .lexicon import WORD_START, alternation, lexicon
from .matches import Ctx, TimeMatch
from .normalise import bounds, from_bounds, make, parse_date_string, shift
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


@cache
def _birth_cue() -> re.Pattern[str]:
    """A birth cue of the lexicon ("born", "gave birth to") as a whole word, compiled once."""
    return re.compile(rf"\b{alternation(lexicon().birth_cues)}\b", re.I)


@lru_cache(maxsize=4)
def _cue_sentences(text: str) -> tuple[tuple[int, int, re.Match[str]], ...]:
    """The sentences of `text` that hold a birth cue, with the first cue of each: every name of
    the text asks again (_birth_in_text), and most sentences hold none."""
    # (a sentence ends after ".", "!" or "?", or with the text, never inside a word: a cue found
    # in a sentence is one found in the whole text, and a text with none spares the split)
    if _birth_cue().search(text) is None:
        return ()
    found = ((sent.start(), sent.end()) for sent in _SENTENCE.finditer(text))
    return tuple((s, e, cue) for s, e in found if (cue := _birth_cue().search(text, s, e)) is not None)


def _birth_in_text(text: str, name: str, matches: list[TimeMatch]) -> _Birth | None:
    """The birth date the text gives for `name`: in a sentence where `name` is the one
    born ("Orrin, born ...", "gave birth to ... Orrin"), the first date written after
    the name (else the nearest before it)."""
    name_re = re.compile(rf"\b{re.escape(name)}\b")
    for s, e, cue in _cue_sentences(text):
        named = name_re.search(text, s, e)
        if named is None:
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


# Ordinal words for anniversaries ("their tenth wedding anniversary"); numerals ("10th") are read as digits.
ORDINALS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
} | {"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60}
# A span counted up to now from a year the sentence names: "This year marks two decades since
# their 2004 wedding", "It has been ten years since the 2014 split", "Now, five years after ...".
# Only present-tense framings: "marked ten years since" tells of some past moment, not today.
# (each branch opens with "\b": the first letter is matched ahead of them all, for the regex
# engine to skip to where one stands, see patterns._lead, and each branch checks it behind)
_SINCE_NOW = (
    rf"[TtIiİıNn]{WORD_START}(?i:(?<=t)his\s+year\s+marks|(?<=t)(?:oday|his\s+week|his\s+month)\s+marks"
    r"|(?<=i)t\s+has\s+(?:now\s+)?been|(?<=i)t[’']s\s+(?:now\s+)?been|(?<=n)ow,?|(?<=t)his\s+year,?)"
    r"\s+(?:(?i:exactly|just|over|nearly|almost)\s+)?"
)
# An anniversary or a birthday happening at the time of writing: "on Saturday", "this week", "today".
_RECENT = (
    r"(?i:\b(?:today|tonight|yesterday|this\s+(?:week|weekend)"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
)
_YEAR = r"\b(?P<year>1[89]\d\d|20\d\d)\b"
_SENTENCE_CUE_SPLIT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
# A sentence that dates the wedding: "They married in 2012", "their 2012 wedding".
_WEDDING = re.compile(r"(?i:\b(?:married|wed|wedding|tied\s+the\s+knot|nuptials|exchanged\s+vows)\b)")
_BIRTHDAY_AGE = re.compile(
    r"(?i:\b(?:turns|turned|is\s+turning|turning|celebrate[sd]\s+(?:his|her|their))\s+)"
    r"(?P<n>\d{1,3})(?:(?i:st|nd|rd|th)\s+(?i:birthday))?"
)
# A birthday told by its owner's name: "marked her husband Odo Vance's 40th birthday on Sunday" (the
# owner is the name right before the match).
_POSSESSIVE_BIRTHDAY = re.compile(r"['’]s\s+(?P<n>\d{1,3})(?i:st|nd|rd|th)\s+(?i:birthday)\b")
_ANNIVERSARY = re.compile(
    # "\b(?:celebrated|celebrating|celebrate|celebrates|marked|marking|marks|mark)", started with
    # a class (see patterns._lead)
    rf"[CcMm]{WORD_START}(?i:(?<=c)elebrat(?:ed|ing|es|e)|(?<=m)ark(?:ed|ing|s)?)"
    r"(?i:\s+(?:their|his|her)\s+(?P<nth>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+(?:wedding\s+)?anniversary)"
)


def _count(word: str, unit: str) -> int | None:
    found = lexicon().number(word.replace("’", "'"))
    if found is None or found[0] != found[1] or word.lower() in ("few", "a few"):
        return None
    return found[0] * (10 if unit.lower().startswith("decade") else 1)


# What every "... years since ..." cue holds
_YEARS_SINCE = re.compile(r"[YyDd](?i:(?<=y)ears?|(?<=d)ecades?)\s+(?i:since|after)")


@cache
def _span_since_cue() -> re.Pattern[str]:
    """ "This year marks two decades since ...", compiled once (per document, it fell out of
    `re`'s cache, evicted by the patterns made of each document's names, and was compiled again)."""
    number = lexicon().number_pattern
    return re.compile(
        rf"{_SINCE_NOW}(?P<n>{number})\s+(?P<unit>(?i:years?|decades?))\s+(?i:since|after)\b(?P<rest>[^.!?\n]*)"
    )


def _span_since_cues(text: str) -> list[tuple[date, date, str]]:
    """ "This year marks two decades since their 2004 wedding" → the year 2024."""
    if _YEARS_SINCE.search(text) is None:
        return []  # (the cue's scan starts at every "t", "i" and "n": skipped where it cannot match)
    out: list[tuple[date, date, str]] = []
    for match in _span_since_cue().finditer(text):
        years = re.findall(_YEAR, match["rest"])
        n = _count(match["n"], match["unit"])
        if n is None or len(set(years)) != 1:
            continue  # no year, or two years: which one the span counts from is not clear
        year = int(years[0]) + n
        said = match.group(0)[: match.start("rest") - match.start() + match["rest"].index(years[0]) + 4]
        out.append((date(year, 1, 1), date(year, 12, 31), f"'{said.strip()}'"))
    return out


# What every "... years ago, on ..." cue holds
_YEARS_AGO = re.compile(r"[YyDd](?i:(?<=y)ears?|(?<=d)ecades?)\s+(?i:ago)")


@cache
def _years_ago_on_cue() -> re.Pattern[str]:
    """ "twenty-five years ago this week, on ...", compiled once (see `_span_since_cue`)."""
    number = lexicon().number_pattern
    return re.compile(
        rf"(?P<n>{number})\s+(?P<unit>(?i:years?|decades?))\s+(?i:ago)"
        r"(?:\s+(?P<now>(?i:today|this\s+week|this\s+weekend|this\s+month)))?\s*,?\s+(?i:on|in)\s+"
        r"(?P<rest>[^.!?;\n]{4,40})"
    )


def _years_ago_on_cues(text: str) -> list[tuple[date, date, str]]:
    """ "were married twenty-five years ago this week, on 17 June 2000" -> a week either side of
    17 June 2025; "ten years ago today, on May 3, 2014" -> 3 May 2024; "twelve years ago, in
    2008" -> 2020. Without "today" or "this week" the span counts whole years: the writing is on
    or after the date's anniversary and before the next one."""
    if _YEARS_AGO.search(text) is None:
        return []  # (the cue's scan tries a number at nearly every position: skipped where it cannot match)
    out: list[tuple[date, date, str]] = []
    for match in _years_ago_on_cue().finditer(text):
        n = int(match["n"]) if match["n"].isdigit() else _count(match["n"], match["unit"])
        first = next((tm for tm in tag_times_rich(match["rest"], None) if tm.kind == "date"), None)
        if n is None or first is None or first.start != 0 or first.year is None:
            continue  # the date must follow "on"/"in" at once and carry its year
        note = f"'{match.group(0)[: match.start('rest') - match.start() + first.end].strip()}'"
        now = (match["now"] or "").lower()
        if first.month is None:
            out.append((date(first.year + n, 1, 1), date(first.year + n, 12, 31), note))
            continue
        day_of = _plus_years(date(first.year, first.month, first.day or 1), n)
        if first.day is not None and now == "today":
            out.append((day_of, day_of, note))
        elif first.day is not None and now.startswith("this week"):
            out.append((day_of - timedelta(days=7), day_of + timedelta(days=7), note))
        elif now == "this month" or (first.day is None and now):
            last = calendar.monthrange(day_of.year, day_of.month)[1]
            out.append((day_of.replace(day=1), day_of.replace(day=last), note))
        else:
            out.append((day_of, _plus_years(day_of, 1) - timedelta(days=1), note))
    return out


def _wedding_year(text: str) -> tuple[int, int | None, int | None] | None:
    """The one wedding date the text gives (year, month, day), or None when none or several."""
    found: set[tuple[int, int | None, int | None]] = set()
    for sent in _SENTENCE_CUE_SPLIT.finditer(text):
        if not _WEDDING.search(sent.group(0)) or re.search(
            r"(?i:anniversary|engaged|divorce)", sent.group(0)
        ):
            continue
        for tm in tag_times_rich(sent.group(0), None):
            if tm.kind == "date" and tm.year is not None:
                found.add((tm.year, tm.month, tm.day))
    years = {year for year, _, _ in found}
    if len(years) != 1:
        return None
    return max(found, key=lambda f: (f[1] is not None, f[2] is not None))


def _anniversary_cues(text: str) -> list[tuple[date, date, str]]:
    """ "celebrated their 10th wedding anniversary on Saturday" with the wedding year the text gives;
    "on 21 June 2005 ... the couple first married, and Saturday's ceremony marked their twentieth
    wedding anniversary to the day": the wedding date of the same sentence."""
    out: list[tuple[date, date, str]] = []
    if _ANNIVERSARY.search(text) is None:
        return out  # (a sentence's match is one of the whole text: most texts hold none)
    for sent in _SENTENCE_CUE_SPLIT.finditer(text):
        sentence = sent.group(0)
        match = _ANNIVERSARY.search(sentence)
        if match is not None and _TO_THE_DAY.match(sentence, match.end()):
            out += _anniversary_to_the_day(sentence, match)
            continue
        if match is None or not re.search(_RECENT, sentence) or re.search(_YEAR, sentence):
            continue
        word = match["nth"].lower()
        nth = int(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)
        wedding = _wedding_year(text)
        if nth is None or wedding is None:
            continue
        year, month, day = wedding
        note = f"'{match.group(0)}' with the wedding in {year}"
        if month is not None and day is not None:
            # On or just before the day of writing: a week either side of the anniversary day.
            day_of = _plus_years(date(year, month, day), nth)
            out.append((day_of - timedelta(days=7), day_of + timedelta(days=7), note))
        else:
            out.append((date(year + nth, 1, 1), date(year + nth, 12, 31), note))
    return out


# "their twentieth anniversary to the day": the day of writing is the anniversary day, or a few
# days after it ("Saturday's ceremony marked ...").
_TO_THE_DAY = re.compile(r"(?i:\s+to\s+the\s+(?:very\s+)?day)\b")


def _anniversary_to_the_day(sentence: str, match: re.Match[str]) -> list[tuple[date, date, str]]:
    word = match["nth"].lower()
    nth = int(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)
    days = [
        tm
        for tm in tag_times_rich(sentence, None)
        if tm.kind == "date" and tm.year is not None and tm.month is not None and tm.day is not None
    ]
    if nth is None or len(days) != 1 or not _WEDDING.search(sentence):
        return []
    wed = days[0]
    assert wed.year is not None and wed.month is not None and wed.day is not None
    day_of = _plus_years(date(wed.year, wed.month, wed.day), nth)
    note = f"'{match.group(0)} to the day' with the wedding on {wed.text}"
    return [(day_of, day_of + timedelta(days=7), note)]


# "born in September 1995", "was born on 2 May 1990": a birth told inside a birthday's sentence.
_BORN_PHRASE = re.compile(r"(?i:\bborn\b[^.!?;:()\n]{0,40}?\b(?:1[89]\d\d|20\d\d)\b)")


_BIRTH_IN_BRACKETS = re.compile(
    r"\s*\((?:(?:she|he)\s+was\s+)?(?:born\s+)?(?P<birth>[^()]{3,30}?\b(?:1[89]\d\d|20\d\d))\b", re.IGNORECASE
)


def _birthday_cues(
    text: str, matches: list[TimeMatch], known: dict[str, DateValue]
) -> list[tuple[date, date, str]]:
    """ "Odile Varga turns 40 this week" with Odile's birth date from this text or another document."""
    out: list[tuple[date, date, str]] = []
    if _BIRTHDAY_AGE.search(text) is None and _POSSESSIVE_BIRTHDAY.search(text) is None:
        return out  # (a sentence's match is one of the whole text: most texts hold none)
    for sent in _SENTENCE_CUE_SPLIT.finditer(text):
        sentence = sent.group(0)
        match = _BIRTHDAY_AGE.search(sentence) or _POSSESSIVE_BIRTHDAY.search(sentence)
        # (a year would date the birthday itself, "turned 30 in 2019"; a birth year told beside
        # it, "turned 30 on Sunday (she was born in September 1995)", is the cue's own birth)
        recent = re.search(_RECENT, sentence[match.end() :]) if match is not None else None
        if match is None or recent is None:
            continue
        # "turned 40 yesterday (3 February 1986, Hilo)": the birth in brackets right after
        bracket = _BIRTH_IN_BRACKETS.match(sentence, match.end() + recent.end())
        bracketed = _one_birth(bracket["birth"]) if bracket else None
        rest = _BORN_PHRASE.sub(" ", sentence)
        if bracket is not None and bracketed is not None:
            rest = rest.replace(bracket.group(0), " ")
        if re.search(_YEAR, rest):
            continue
        names = re.findall(r"\b[A-Z][\w'’-]+", sentence[: match.start()])
        for name in reversed(names):
            here = _birth_in_text(text, name, matches)
            if bracketed is not None:
                here = _Birth(bracketed[0], bracketed[1], bracketed[2], "this text")
            birth = here if here is not None and here.year is not None else _birth_known(name, known)
            if birth is None or birth.year is None:
                continue
            n = int(match["n"])
            note = f"'{name} {match.group(0).strip()}' with {name} born {birth.year} ({birth.source})"
            if birth.month is not None and birth.day is not None:
                day_of = _plus_years(date(birth.year, birth.month, birth.day), n)
                said = recent.group(0).lower()
                if said in ("today", "tonight", "yesterday"):
                    # the birthday's own day, or the day after it
                    written = day_of + timedelta(days=1 if said == "yesterday" else 0)
                    out.append((written, written, note))
                else:
                    out.append((day_of - timedelta(days=7), day_of + timedelta(days=7), note))
            elif birth.month is not None:
                # the birthday falls in the birth month; the writing is in the days just after it
                year = birth.year + n
                last = calendar.monthrange(year, birth.month)[1]
                out.append((date(year, birth.month, 1), date(year, birth.month, last), note))
            else:
                out.append((date(birth.year + n, 1, 1), date(birth.year + n, 12, 31), note))
            break
    return out


# A birth and the birthday since, told together: "were born in March 2010 and turned 14 this
# spring", "who was born in July 2009 and has just turned 16". The age counts from the birth year;
# the birthday is near the time of writing only when the text says so ("just", "recently", "this
# spring", "this year"), not for "turned 14 in a hotel in Rome".
_BORN_THEN_TURNED = re.compile(
    rf"[Bb]{WORD_START}(?i:(?<=b)orn\b(?P<birth>[^.!?\n]{{1,40}}?)\s*,?\s+and\s+(?:(?:has|have)\s+)?(?P<recent>(?:just|recently)\s+)?"
    r"turned\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\b(?P<rest>[^.!?\n]{0,30}))"
)
_THIS_PERIOD = re.compile(
    r"(?i:^\s*(?:this|earlier\s+this)\s+(?:year|spring|summer|autumn|fall|winter|month|week)\b|^\s*(?:today|recently)\b)"
)


# A birthday a unit before the time of writing: "turned 6 last month", "turned 40 last year".
_LAST_PERIOD = re.compile(r"(?i:^\s*last\s+(?P<unit>month|year))\b")
# A birthday in a month without a year: "turned 34 in February" (a year after it would date the
# birthday itself, not the time of writing).
_IN_MONTH = re.compile(
    r"(?i:^\s*(?:back\s+)?in\s+(?P<month>january|february|march|april|may|june|july|august|september"
    r"|october|november|december))\b(?!,?\s+\d)"
)


def _one_birth(phrase: str) -> tuple[int, int | None, int | None] | None:
    """The one birth date a phrase writes ("in March 2010", "on Valentine's Day 2019"): (year,
    month, day) as precise as written; None for none or several. A holiday carries its value only."""
    found = []
    for tm in tag_times_rich(phrase, None):
        if tm.kind != "date":
            continue
        if tm.year is not None:
            found.append((tm.year, tm.month, tm.day))
        elif tm.value is not None and tm.value.precision in ("month", "day"):
            value = tm.value.value
            found.append(
                (int(value[:4]), int(value[5:7]), int(value[8:10]) if tm.value.precision == "day" else None)
            )
    return found[0] if len(found) == 1 else None


def _turned_cues(text: str) -> list[tuple[date, date, str]]:
    """ "born in March 2010 and turned 14 this spring" -> 2024; "born in July 2009 and has just
    turned 16" -> July to August 2025 (a birthday just past: within about two months); "born on
    Valentine's Day 2019 and turned 6 last month" -> March 2025 (the month after the birthday's)."""
    out: list[tuple[date, date, str]] = []
    for match in _BORN_THEN_TURNED.finditer(text):
        word = match["n"]
        n = int(word) if word.isdigit() else _count(word, "years")
        last = _LAST_PERIOD.match(match["rest"])
        recent = bool(match["recent"]) or bool(_THIS_PERIOD.match(match["rest"]))
        birth = _one_birth(match["birth"])
        in_month = _IN_MONTH.match(match["rest"])
        if n is not None and birth is not None and in_month and not (recent or last):
            # "born in 1991 and turned 34 in February": past that birthday, before the next one
            month_no = lexicon().month(in_month["month"])
            assert month_no is not None  # (_IN_MONTH matches month names only)
            start = date(birth[0] + n, month_no, 1)
            said = text[match.start() : match.start("rest") + in_month.end()]
            out.append((start, _plus_years(start, 1) - timedelta(days=1), f"'{said.strip()}'"))
            continue
        if n is None or birth is None or not (recent or last):
            continue
        born_year, month, day = birth
        year = born_year + n
        period = last or _THIS_PERIOD.match(match["rest"])
        said = text[match.start() : match.start("rest") + (period.end() if period else 0)]
        note = f"'{said.strip()}'"
        if last is not None and last["unit"].lower() == "year":
            out.append((date(year + 1, 1, 1), date(year + 1, 12, 31), note))
        elif last is not None:
            if month is None:
                continue  # "last month" after a birthday in an unknown month says no month
            y, m = divmod(year * 12 + month, 12)  # the month after the birthday's
            out.append((date(y, m + 1, 1), date(y, m + 1, calendar.monthrange(y, m + 1)[1]), note))
        elif match["recent"] and month is not None:
            start = date(year, month, day or 1)
            out.append((start, start + timedelta(days=61), note))
        else:
            out.append((date(year, 1, 1), date(year, 12, 31), note))
    return out


# A birth and the age now, told together: "who was born in February 2024 and is now fourteen months
# old", "born in 2015 and now ten years old". Months count by the calendar, as the age cues do.
_BORN_THEN_NOW = re.compile(
    rf"[Bb]{WORD_START}(?i:(?<=b)orn\b(?P<birth>[^.!?\n]{{1,40}}?)\s*,?\s+and\s+(?:(?:is|are)\s+)?now\s+"
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+(?P<unit>months?|years?)\s+old\b"
    # "who was born on 2 March 2008 and is now 17": an age said bare is in years
    r"|(?=\s*[,.;!?)]|\s+(?:and|but|when|while|so)\b)))"
)


def _born_then_now_cues(text: str) -> list[tuple[date, date, str]]:
    """ "born in February 2024 and is now fourteen months old" -> April 2025."""
    out: list[tuple[date, date, str]] = []
    for match in _BORN_THEN_NOW.finditer(text):
        word = match["n"]
        n = int(word) if word.isdigit() else _count(word, "years")
        birth = _one_birth(match["birth"])
        if n is None or birth is None:
            continue
        born_year, month, day = birth
        note = f"'{match.group(0).strip()}'"
        if match["unit"] is None and month is not None and day is not None:
            # a bare age with a full birth date: from that birthday to the day before the next
            start = _plus_years(date(born_year, month, day), n)
            out.append((start, _plus_years(start, 1) - timedelta(days=1), note))
        elif match["unit"] is not None and match["unit"].lower().startswith("month"):
            if month is None:
                continue
            y, m = divmod(born_year * 12 + month - 1 + n, 12)
            out.append((date(y, m + 1, 1), date(y, m + 1, calendar.monthrange(y, m + 1)[1]), note))
        elif month is not None:
            start = date(born_year + n, month, 1)
            out.append((start, _plus_years(start, 1) - timedelta(days=1), note))
        else:
            out.append((date(born_year + n, 1, 1), date(born_year + n + 1, 12, 31), note))
    return out


# A birthday told by a pronoun ("and he turned 60 in May", "she turned 40 this year") and the birth
# the text tells of the same pronoun ("He was born in Galway in May 1965"): the year of writing is
# the birth year plus the age (the birthday is past, so on or after its month).
_PRONOUN_TURNED = re.compile(
    rf"(?P<who>[hs]{WORD_START}(?:(?<=h)e|(?<=s)he))\s+(?:just\s+|recently\s+)?turned\s+(?P<n>\d{{1,3}})\s+"
    r"(?P<when>(?i:in|this|earlier\s+this|last)\s+[\w]+)"
)
_PRONOUN_BORN = re.compile(r"(?:^|[.!?]\s+|\n)(?P<who>He|She)\s+was\s+born\b(?P<rest>[^.!?\n]{0,60})")


def _pronoun_turned_cues(text: str) -> list[tuple[date, date, str]]:
    """ "he turned 60 in May" with "He was born in Galway in May 1965": May to December 2025.
    Only when the text tells one such birth of that pronoun (no other "He was born")."""
    out: list[tuple[date, date, str]] = []
    for match in _PRONOUN_TURNED.finditer(text):
        if re.search(_YEAR, match["when"]):
            continue
        births = [b for b in _PRONOUN_BORN.finditer(text) if b["who"].lower() == match["who"]]
        if len(births) != 1:
            continue
        years = [tm for tm in tag_times_rich(births[0]["rest"], None) if tm.kind == "date" and tm.year]
        if len(years) != 1 or years[0].year is None:
            continue
        birth = years[0]
        year = years[0].year + int(match["n"])
        month = birth.month if birth.month is not None else 1
        note = f"'{match.group(0)}' with '{births[0]['who']} was born{births[0]['rest']}'"
        out.append((date(year, month, 1), date(year, 12, 31), note))
    return out


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
    dateline = dateline_at_top(text)
    if dateline is not None:
        return dateline
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
    intervals += (
        _span_since_cues(text)
        + _years_ago_on_cues(text)
        + _anniversary_cues(text)
        + _birthday_cues(text, matches, known)
        + _turned_cues(text)
        + _born_then_now_cues(text)
        + _pronoun_turned_cues(text)
    )
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
    for holiday_lo, holiday_hi, why in _days_ago_on_holiday(text, lo, hi):
        lo, hi = max(lo, holiday_lo), min(hi, holiday_hi)
        notes.append(why)
    value = from_bounds(lo, hi)
    if value is None:
        return None
    return Published(value, source="inferred", note="Undated; " + "; ".join(notes) + f" give {value}.")


# "proposed three weeks ago, on Easter Sunday": the day of writing is that holiday plus the span.
# A holiday has no year of its own, so this only narrows what other cues already bound to about a
# year: exactly one year's holiday must fall where the span puts the writing.
_AGO_ON = re.compile(
    r"(?i:\b(?P<n>\d{1,2}|[a-z]+)\s+(?P<unit>days?|weeks?)\s+ago\s*,?\s+on\s+)(?P<name>[A-Z][\w'’. ]{2,30})"
)


def _days_ago_on_holiday(text: str, lo: date, hi: date) -> list[tuple[date, date, str]]:
    out: list[tuple[date, date, str]] = []
    for match in _AGO_ON.finditer(text):
        n = _count(match["n"], "days") if not match["n"].isdigit() else int(match["n"])
        words = match["name"].split()
        names = (" ".join(words[:k]) for k in range(len(words), 0, -1))
        name = next((candidate for candidate in names if holiday_date(candidate, 2000)), None)
        if n is None or name is None:
            continue
        span = timedelta(days=n * (7 if match["unit"].lower().startswith("week") else 1))
        fits = []
        for year in range(lo.year - 1, hi.year + 1):
            day = holiday_date(name, year)
            if day is not None and lo <= day + span <= hi:
                fits.append(day + span)
        if len(fits) == 1:
            slack = timedelta(days=3 if span >= timedelta(days=7) else 0)
            out.append((fits[0] - slack, fits[0] + slack, f"'{match.group(0)}'"))
    return out


# A dateline the reader of headers left at the top of the text ("Published: 2 Nov 2025 | Jane Roe,
# legal affairs", "19.01.2026 | Royal correspondent Jane Roe", "09.22.24 at 3:05 pm · by Jane Roe"):
# a short first line that opens with a full date, before a separator, a clock time or nothing.
_DATELINE = re.compile(
    r"^(?i:(?:published|posted|updated|first\s+published|date[d]?)(?:\s+on)?\s*:?\s*)?"
    r"(?P<date>[^|·•\n]{6,40}?)\s*(?:[|·•—–]|,?\s+(?i:at\s+)?\d{1,2}[:.]\d{2}\b)"
)
# Day, month and a two-digit year with dots or slashes ("09.22.24"): the order is read only where
# one number cannot be a month.
_SHORT_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{2})$")
_DATELINE_MAX = 120


def _dateline_day(said: str) -> DateValue | None:
    said = said.strip().rstrip(",")
    short = _SHORT_NUMERIC.match(said)
    if short is not None:
        a, b, year = int(short["a"]), int(short["b"]), 2000 + int(short["y"])
        if a > 12 >= b:
            return make(year, b, a)
        if b > 12 >= a:
            return make(year, a, b)
        return None  # either order could be meant
    found = parse_date_string(said)
    return found if found is not None and found.precision == "day" else None


def dateline_at_top(text: str) -> Published | None:
    """The day a dateline on the text's first line gives, when the header reader left it there."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if len(first) > _DATELINE_MAX or first.endswith((".", "!", "?", '"', "”")):
        return None
    match = _DATELINE.match(first)
    if match is None:
        return None
    day = _dateline_day(match["date"])
    if day is None:
        return None
    return Published(day, source="header", note=f"the dateline '{first}' at the top of the text")
