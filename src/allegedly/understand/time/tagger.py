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
  they carry is applied by anchor_relative() once the event's date is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from allegedly.model import DateValue, TimeExpression

from . import dates, relative
from .matches import Ctx, TimeMatch
from .patterns import rules

Builder = Callable[[Ctx, "re.Match[str]"], TimeMatch | None]
_AT_THE_TIME = re.compile(r"(?i)at\s+(?:the|that)\s+time")
_BUILDERS: dict[str, Builder] = {**dates.BUILDERS, **relative.BUILDERS}


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
    candidates: list[tuple[int, int, TimeMatch]] = []
    for priority, (name, pattern) in enumerate(rules().items()):
        build = _BUILDERS[name]
        for m in pattern.finditer(text):
            tm = build(ctx, m)
            if tm is not None and tm.end > tm.start:
                candidates.append((-(tm.end - tm.start), priority, tm))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    taken = bytearray(len(text))
    chosen: list[TimeMatch] = []
    for _, _, tm in candidates:
        if not any(taken[tm.start : tm.end]):
            taken[tm.start : tm.end] = b"\x01" * (tm.end - tm.start)
            chosen.append(tm)
    for start, end in hints or []:
        if 0 <= start < end <= len(text) and not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(TimeMatch(start, end, text[start:end], "date", anchor="hint"))
    chosen.sort(key=lambda tm: tm.start)
    return _borrow_for_at_the_time(text, chosen)


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
