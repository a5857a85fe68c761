"""What a tagging rule produces, and the context it sees.

Guarantee: a TimeMatch's span is [start, end) in the tagged text and `text` is exactly
that slice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from allegedly.model import DateValue, Span, TimeExpression

from .patterns import future_cue, past_cue, past_verb_after, past_verb_before

# Abbreviations whose point ends no clause: AP-style months ("filed Nov. 20", "On Dec. 7,
# the company said") and titles before a name ("Mr. Lee said"); a single capital's point
# is an initial's ("U.S.", "John F. Kern"). Each is one fixed-width look-behind.
_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Prof",
)  # fmt: skip
# checked after the point is matched, so that they run only at points
_NOT_ABBREVIATED = "".join(rf"(?<!\b{w}\.)" for w in _ABBREVIATIONS)

# Sentence and clause boundaries for the tense test.
# A relative pronoun opens a new clause too: "announced Friday that it will ..." speaks
# of the past on the left of "that".
# A point or comma inside a number ("0.9%", "3,200") breaks nothing, nor the points of
# "a.m."/"p.m." ("is set for 3 p.m. Thursday" is one clause).
_CLAUSE_BREAK = re.compile(
    r",(?!\d)|\.(?<!\b[ap]\.)(?<![ap]\.m\.)(?<!\b[A-Z]\.)"
    + _NOT_ABBREVIATED
    + r"(?!\d)|[!?;:\n]|\b(?:and|but|while|whereas|although|that|which|who)\b"
)

# Sentence boundaries: a future cue earlier in the sentence still governs a date after a
# conjunction ("will double its flights between Australia and India by August").
# A point before a lower-case word ends an abbreviation, not a sentence ("Apple Inc.
# released"); a colon before a digit is a clock time's ("12:00"); an exclamation mark right after
# a lone capital letter is an outlet's name ("told E! News on Monday"), not a sentence's end.
_SENTENCE_BREAK = re.compile(
    r"\.(?<!\b[ap]\.)(?<![ap]\.m\.)(?<!\b[A-Z]\.)" + _NOT_ABBREVIATED + r"(?!\d|\s+[a-z])|:(?!\d)"
    r"|!(?<!\b[A-Z]!)|[?;\n]"
)
# How far back in its sentence a date looks for a governing future cue.
_FUTURE_REACH = 160

_SINCE_BEFORE = re.compile(r"\b(?i:since)\s+$")
# The relative pronoun a clause break ended on: "which", "who"
_RELATIVE_OPENER = re.compile(r"\b(?:which|who)$")
# What may open a sentence before a fronted date: nothing, or a preposition
_FRONTED = re.compile(r"\s*(?:(?i:in|on|by|during|early|late|earlier|later|back|then)\s+(?:(?i:in|on)\s+)?)?")
# "rose in November and December", "in October, November and December": a month listed
# after another month shares its tense (the conjunction opens no clause of its own)
_MONTH_LISTED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_MONTHS = frozenset(
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
)  # fmt: skip

# The anchor label of "that June", "that summer": a month or season in the year the text
# last named (the tagger settles it; the value from the anchor stands if none was named)
THAT_PERIOD = "that_period"
# The anchor label of "the following summer": the first such season after the date the text
# last named (the tagger settles it)
FOLLOWING_PERIOD = "following_period"

Kind = Literal["date", "duration", "age", "set", "relative"]
Tense = Literal["future", "past", "present"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class TimeMatch:
    """One tagged expression with everything the rules learnt about it.

    `timex` is a TimeML value string ("2023-05", "P11Y", "PAST_REF") for benchmarks;
    `year`/`month`/`day` are the calendar parts written in the text (not inferred);
    `offset` is (least, most, ISO unit) for event-relative expressions, signed;
    `markable` is False for what TimeML does not tag although the tagger keeps it (an age
    with no time word: "aged 34", "Benjamin, 34,");
    `extent_end`, where set, ends the TimeML extent before the span does: "a week after"
    keeps its signal for anchor_relative, but TimeML tags "a week" and leaves "after" to
    a SIGNAL.
    """

    start: int
    end: int
    text: str
    kind: Kind
    value: DateValue | None = None
    timex: str | None = None
    timex_type: TimexType = "DATE"
    anchor: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: tuple[int, int, str] | None = None
    age: int | None = None
    markable: bool = True
    extent_end: int | None = None

    @property
    def timex_span(self) -> tuple[int, int]:
        """(start, end) of the TimeML TIMEX3 extent: the span less a trailing signal."""
        return self.start, self.end if self.extent_end is None else self.extent_end

    def expression(self) -> TimeExpression:
        return TimeExpression(self.text, Span(self.start, self.end), self.kind, self.value, self.anchor)


@dataclass(frozen=True)
class Ctx:
    text: str
    anchor: DateValue | None

    def _clause(self, pos: int) -> tuple[int, int]:
        """The clause around `pos`: between punctuation or a conjunction on either side."""
        t = self.text
        lo = max(0, pos - 200)
        hi = min(len(t), pos + 80)
        left = [b.end() for b in _CLAUSE_BREAK.finditer(t, lo, pos)]
        right = _CLAUSE_BREAK.search(t, pos, hi)
        return (left[-1] if left else lo), (right.start() if right else hi)

    def future(self, pos: int) -> bool:
        """Whether the clause around `pos` speaks of the future; narration is past.

        The clause runs between punctuation or a conjunction on either side, so that
        "we met on Tuesday and will meet on Friday" reads Tuesday as past. A past verb
        right before the expression wins over a cue further on: "said Wednesday it would".
        """
        if self.past_verb_right_before(pos) or self.past_verb_right_after(pos):
            return False
        lo, hi = self._clause(pos)
        return bool(future_cue().search(self.text, lo, hi)) or self._future_earlier_in_sentence(lo, pos)

    def _future_earlier_in_sentence(self, clause_start: int, pos: int) -> bool:
        """A future cue before the clause, in the same sentence, with no past verb between
        it and `pos`: "will double its flights between A and B by August", "would leave
        on Monday and Tuesday from March 30, with the third from August 6". A past verb
        between ("will replace Lee, who joined in June") ends its reach."""
        t = self.text
        lo = max(0, pos - _FUTURE_REACH)
        stops = [b.end() for b in _SENTENCE_BREAK.finditer(t, lo, clause_start)]
        start = stops[-1] if stops else lo
        cues = list(future_cue().finditer(t, start, clause_start))
        if not cues:
            return False
        return past_cue().search(t, cues[-1].end(), pos) is None

    def tense(self, pos: int) -> Tense:
        """ "future" or "past" by the cues of the clause around `pos`, else "present"."""
        if _SINCE_BEFORE.search(self.text, max(0, pos - 8), pos):
            return "past"  # "their best week since November": a time before now
        listed = _MONTH_LISTED_BEFORE.search(self.text, max(0, pos - 16), pos)
        if listed is not None and listed.group(1).lower() in _MONTHS:
            return self.tense(listed.start())
        if self.future(pos):
            return "future"
        lo, hi = self._clause(pos)
        if (
            self.past_verb_right_before(pos)
            or self.past_verb_right_after(pos)
            or past_cue().search(self.text, lo, hi)
        ):
            return "past"
        return self._fronted_tense(lo, pos, hi) or "present"

    def _fronted_tense(self, lo: int, pos: int, hi: int) -> Tense | None:
        """ "In February, the network's president stepped down": an expression fronted at
        the start of its sentence, set off by a comma, takes the tense of the sentence it
        opens (its own clause has no verb)."""
        t = self.text
        if hi >= len(t) or t[hi] != "," or not _FRONTED.fullmatch(t, lo, pos):
            return None
        if lo > 0 and t[lo - 1] not in ".!?\n":
            return None  # the clause opens after a comma or a conjunction: not fronted
        end = _SENTENCE_BREAK.search(t, hi, min(len(t), hi + 300))
        stop = end.start() if end else min(len(t), hi + 300)
        # the main verb comes first: "On Friday, the company said it would ..." is past
        fut = future_cue().search(t, hi, stop)
        past = past_cue().search(t, hi, fut.start() if fut else stop)
        return "past" if past else ("future" if fut else None)

    def past_in_sentence(self, pos: int) -> bool:
        """Whether the sentence around `pos` has a past verb anywhere. A trailing
        attribution counts: "Two people are dead after a shooting Monday, police said"
        tells of a Monday past."""
        t = self.text
        lo, hi = max(0, pos - 300), min(len(t), pos + 200)
        stops = [b.end() for b in _SENTENCE_BREAK.finditer(t, lo, pos)]
        end = _SENTENCE_BREAK.search(t, pos, hi)
        stop = end.start() if end else hi
        # a participle after a future cue is the future's ("he will be picked up ... and flown")
        ahead = future_cue().search(t, pos, stop)
        return past_cue().search(t, stops[-1] if stops else lo, ahead.start() if ahead else stop) is not None

    def in_relative_clause(self, pos: int) -> bool:
        """Whether the clause around `pos` is opened by a relative pronoun ("the bank,
        which reopens Tuesday, ..."): such a clause keeps its own tense, whatever the
        sentence around it narrates."""
        lo, _ = self._clause(pos)
        return _RELATIVE_OPENER.search(self.text, max(0, lo - 6), lo) is not None

    def past_verb_right_before(self, pos: int) -> bool:
        """ "said Wednesday", "announced on Tuesday": a past verb governs the expression."""
        return past_verb_before().search(self.text, max(0, pos - 30), pos) is not None

    def past_verb_right_after(self, pos: int) -> bool:
        """ "Lawmakers on Thursday rejected a plan to ...": the news lead puts the day
        between subject and verb, and that past verb governs it whatever follows
        ("plan to" later in the clause is a noun's complement, not the future)."""
        return past_verb_after().match(self.text, pos) is not None


def at(ctx: Ctx, m: re.Match[str], kind: Kind, group: str | int = 0, **kw: object) -> TimeMatch:
    """A TimeMatch over match group `group`, other fields from `kw`."""
    s, e = m.span(group)
    return TimeMatch(s, e, ctx.text[s:e], kind, **kw)  # type: ignore[arg-type]


def timex_of(value: DateValue | None) -> str | None:
    return None if value is None else value.value


def anchored(ctx: Ctx, v: DateValue | None) -> str | None:
    """The anchor label of a value computed from the publication date."""
    return "publication" if v is not None and ctx.anchor is not None else None


def extend_left(ctx: Ctx, tm: TimeMatch, pattern: re.Pattern[str]) -> tuple[TimeMatch, bool]:
    """`tm` grown leftwards over a modifier that `pattern` finds right before it.

    Why: a leading optional group in the big patterns made every position of the text
    try it; checking the 30 characters before each hit is far cheaper.
    """
    lead = pattern.search(ctx.text, max(0, tm.start - 30), tm.start)
    if lead is None:
        return tm, False
    return replace(tm, start=lead.start(), text=ctx.text[lead.start() : tm.end]), True
