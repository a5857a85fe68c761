"""Calendar arithmetic on DateValue, and header date strings to DateValue.

Guarantees: nothing here raises on bad input (it returns None); no result is finer than
its input. A DateValue at month precision stands for every day of that month, so date
arithmetic works on [first day, last day] intervals and reports the coarsest DateValue
that still contains the whole shifted interval.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from allegedly.model import DateValue, Precision

from .lexicon import lexicon

_RANK: dict[Precision, int] = {"year": 0, "month": 1, "day": 2}


def coarser(a: Precision, b: Precision) -> Precision:
    """The coarser of two precisions."""
    return a if _RANK[a] <= _RANK[b] else b


def make(year: int, month: int | None = None, day: int | None = None) -> DateValue | None:
    """A DateValue from parts, or None when the parts are not a real date."""
    try:
        if month is None:
            return DateValue(f"{year:04d}") if 1 <= year <= 9999 else None
        if day is None:
            date(year, month, 1)
            return DateValue(f"{year:04d}-{month:02d}")
        return DateValue(date(year, month, day).isoformat())
    except ValueError:
        return None


def bounds(dv: DateValue) -> tuple[date, date]:
    """The first and last day a DateValue may stand for."""
    y = dv.year
    if dv.precision == "year":
        return date(y, 1, 1), date(y, 12, 31)
    m = int(dv.value[5:7])
    if dv.precision == "month":
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    d = date.fromisoformat(dv.value)
    return d, d


def from_bounds(lo: date, hi: date) -> DateValue | None:
    """The finest DateValue containing every day in [lo, hi], or None if it spans years."""
    if lo > hi:
        lo, hi = hi, lo
    if lo == hi:
        return DateValue(lo.isoformat())
    if (lo.year, lo.month) == (hi.year, hi.month):
        return DateValue(lo.isoformat()[:7])
    if lo.year == hi.year:
        return DateValue(str(lo.year))
    return None


def truncate(dv: DateValue, precision: Precision) -> DateValue:
    """`dv` made no finer than `precision`."""
    return DateValue(dv.value[: {"year": 4, "month": 7, "day": 10}[coarser(dv.precision, precision)]])


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(base: DateValue, least: int, most: int, designator: str) -> DateValue | None:
    """`base` moved by between `least` and `most` units (negative: earlier).

    `designator` is an ISO 8601 unit: Y, M, W, D (H and MIN count as days, rounding the
    interval outwards). The result is never finer than the unit: "three months ago" is a
    month, "last year" a year, whatever the base's precision. Returns None when the
    possible results span more than one calendar year.
    """
    try:
        if designator in ("Y", "M"):
            unit_precision: Precision = "year" if designator == "Y" else "month"
            months = 12 if designator == "Y" else 1
            lo, hi = bounds(truncate(base, unit_precision))
            a = _add_months(lo, least * months)
            b = _add_months(hi.replace(day=1), most * months)
            b = b.replace(day=calendar.monthrange(b.year, b.month)[1])
            if unit_precision == "year":
                a, b = a.replace(month=1, day=1), b.replace(month=12, day=31)
            return from_bounds(a, b)
        per = {"W": 7, "D": 1}.get(designator)
        lo, hi = bounds(base)
        if per is None:  # hours or minutes: a day either side at most
            span = timedelta(days=1)
            return from_bounds(lo - span if most <= 0 else lo, hi + span if least >= 0 else hi)
        return from_bounds(lo + timedelta(days=least * per), hi + timedelta(days=most * per))
    except (ValueError, OverflowError):
        return None


def anniversary_date(start: DateValue, nth: int) -> DateValue:
    """The date of the `nth` anniversary of `start`, at `start`'s precision.

    An ordinal such as "10th wedding anniversary" is not a date by itself; with the
    wedding date it is: anniversary_date(DateValue("2012-08-04"), 10) -> 2022-08-04.
    A 29 February start falls on 28 February in common years.
    """
    year = start.year + nth
    if start.precision == "year":
        return DateValue(f"{year:04d}")
    month = int(start.value[5:7])
    if start.precision == "month":
        return DateValue(f"{year:04d}-{month:02d}")
    day = min(int(start.value[8:10]), calendar.monthrange(year, month)[1])
    return DateValue(date(year, month, day).isoformat())


def age_to_birth_range(age: int, as_of: DateValue) -> tuple[DateValue, DateValue]:
    """Earliest and latest birth year of someone `age` years old at `as_of` (year precision).

    Someone 34 during 2011 was born in 1976 (birthday still to come) or 1977.
    """
    return DateValue(f"{as_of.year - age - 1:04d}"), DateValue(f"{as_of.year - age:04d}")


# --- header and metadata strings -------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:(?:[T\s]|$).*)?$", re.S)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T.*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_WORDS = re.compile(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?|[:+\-]")
_TIME_TAIL = re.compile(r"\s+\d{1,2}:\d{2}.*$|T\d.*$")


_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}")
_MONTH_DAY = re.compile(rf"\b{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)")


def writes_day_first(text: str) -> bool:
    """Whether a text writes its dates day first ("1 April 2025", "on 31 March") more often than
    month first ("April 1, 2025"): how to read its own "03/02/2025", which either order allows."""
    return len(_DAY_MONTH.findall(text)) > len(_MONTH_DAY.findall(text))


def parse_date_string(raw: str, day_first: bool = False) -> DateValue | None:
    """A header or metadata date string as a DateValue at the precision it gives.

    Accepts ISO dates and datetimes ("2023-08-07", "2013-11-27 00:00:00",
    "2023-08-07T10:00:00+02:00"; the calendar date is kept as written, not moved
    to UTC), "August 7, 2023", "7 Aug 2023", "Aug 2023", "2023", RFC 2822
    ("Tue, 08 Aug 2023 10:00:00 GMT") and d/m/yyyy or m/d/yyyy (month first unless
    the first number cannot be a month or `day_first` says the text writes dates that way;
    with dots, "d.m.yyyy", day first). Anything else gives None; never raises.
    """
    if not isinstance(raw, str):
        return None
    s = raw.strip().strip(",")
    if not s or len(s) > 80:
        return None
    try:
        return _parse(s, day_first)
    except (ValueError, OverflowError, IndexError):
        return None


def _parse(s: str, day_first_text: bool = False) -> DateValue | None:
    m = _ISO.match(s)
    if m and (m.group(2) or len(s) == 4):
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        return make(y, int(mo) if mo else None, int(d) if d else None)
    m = _COMPACT.match(s)
    if m:
        return make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        # dots are the European way, day first ("3.4.2025" is 3 April); slashes are read month
        # first, as US sites write them, unless the first number cannot be a month
        day_first = ("." in s[: m.end()] or day_first_text) and b <= 12
        return make(y, b, a) if a > 12 or day_first else make(y, a, b)
    return _parse_words(_TIME_TAIL.sub("", s))


def _parse_words(s: str) -> DateValue | None:
    """ "[Weekday,] 7 Aug 2023", "August 7, 2023", "Aug 2023": every token must be known."""
    lex = lexicon()
    year: int | None = None
    month: int | None = None
    day: int | None = None
    for tok in _WORDS.findall(s.replace(",", " ")):
        low = tok.lower().rstrip(".")
        if low.isalpha():
            if low in lex.weekdays or low in lex.weekday_abbreviations:
                continue
            # "of", "the" and time-zone names ("GMT", "EST") carry no date
            if low in ("of", "the", "at", "z") or (len(tok) in (3, 4) and tok.isupper()):
                continue
            mo = lex.month(low)
            if mo is None or month is not None:
                return None
            month = mo
            continue
        if tok in ":+-":
            continue
        digits = re.sub(r"(st|nd|rd|th)$", "", low)
        n = int(digits)
        if len(digits) == 4 and year is None:
            year = n
        elif len(digits) <= 2 and day is None and 1 <= n <= 31:
            day = n
        else:
            return None
    if year is None:
        return None
    if month is None:
        return make(year) if day is None else None
    return make(year, month, day)
