"""Where the text around a position dates it: one job, for `FactDates`.

Given a claim's sentence and a position in it (usually its cue), these methods find the date the
clause gives after or before it (never across a clause of its own), a date counted from the one
named before it ("two years later", "that June"), a span of years, the date the next sentence
gives after a pattern, the date of a death told in the sentence before, and the date a
listicle's section or numbered heading gives. Which of them a claim takes is `FactDates`' job.
"""

from __future__ import annotations

import re
from typing import Any

from allegedly.model import Claim, DateValue, TimeExpression
from allegedly.understand.entities import EntityIndex
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import SentenceContext
from allegedly.understand.time import anchor_relative
from allegedly.understand.time.lexicon import lexicon
from allegedly.understand.time.normalise import shift
from allegedly.understand.time.sections import section_at

# Where one clause ends and another with its own subject begins: a semicolon, or a conjunction
# followed by a new subject ("..., and they welcomed", "but she", "after the two first met").
CLAUSE_BREAK = re.compile(
    r";|\b(?:and|but|while|whereas|although|though|before|after|when|until|since|so)\s+"
    r"(?:then\s+|later\s+|now\s+)?(?:they|he|she|we|I|it|the\s+(?:couple|pair|two|duo)|[A-Z][a-z]+\s+(?:has|had|is|was|were|have|and))\b"
    # "..., but in the last few years, the couple have faced whispers": a phrase set off
    # by a comma before the new clause's subject
    r"|\bbut\s+(?:in|over|for|during|since|by|after)\s+[^,;.]{1,40},\s+(?:they|he|she|the\s+(?:couple|pair|two|duo))\b"
)


# A parting joined to the event before it with no subject of its own: "got engaged in the finale
# but split a year later, in early 2020" (the date after it is the parting's, not the engagement's).
_PARTING_JOINED = re.compile(
    r"\b(?:but|and)\s+(?:then\s+|later\s+|eventually\s+|quickly\s+)?(?:split(?:\s+up)?|separated|divorced|"
    r"broke\s+up|called\s+it\s+(?:off|quits)|parted(?:\s+ways)?)\b",
    re.IGNORECASE,
)


def _breaks_before(gap: str) -> bool:
    """Whether a clause of its own stands between an event and a date after it; a "when"
    clause does not: "met X when she catered a party in 2023" happened then."""
    if _PARTING_JOINED.search(gap):
        return True
    cut = CLAUSE_BREAK.search(gap)
    if cut is None:
        return False
    return not _WHEN_CLAUSE.match(cut.group(0)) or CLAUSE_BREAK.search(gap, cut.end()) is not None


def breaks_before(gap: str) -> bool:
    """Whether a clause of its own stands between an event and a date after it (`_breaks_before`)."""
    return _breaks_before(gap)


def _opens_next_clause(text: str, after: int, time: TimeExpression) -> bool:
    """Whether `time`, after an event at `after`, opens the next clause instead: "works as a
    pundit, and in 2023 he joined X" (a conjunction before the date, a subject and its verb after)."""
    return bool(
        _OPENER_BEFORE_DATE.search(text[after : time.span.start])
        and _SUBJECT_AFTER_DATE.match(text[time.span.end : time.span.end + 60])
    )


_WHEN_CLAUSE = re.compile(r"when\b", re.IGNORECASE)

# A date said again, finer, right after the first: "engaged a year later, on New Year's Eve 2003".
_RESTATED_AS = re.compile(r"\s*,\s*(?:on|in)\s+", re.IGNORECASE)

# A length right after a cue ("who had been together for four years"): counted up to the date of
# the clause that follows, which a relative clause then may take.
_LENGTH_AFTER = re.compile(
    r"\s+(?:for\s+)?(?:about\s+|almost\s+|nearly\s+|more\s+than\s+)?[\w-]+\s+(?:years?|months?|decades?)\b",
    re.IGNORECASE,
)

# After a semicolon, the same pair named again: "was in a relationship with X; the two dated from
# 2014 to 2017" says when the relation of the first clause held.
_SAME_PAIR_AGAIN = re.compile(r";\s*(?:the\s+(?:two|couple|pair)|they)\s+", re.IGNORECASE)

# A death told in the sentence before an age in the past tense (see `_death_date_before`).
_DEATH_CUE = re.compile(r"\b(?:died|passed\s+away|death)\b", re.IGNORECASE)

# A date right after "until": the end of what the clause tells, never its start ("joined the band
# in 1952, touring with it until 1956").
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)

# A date that opens the next clause belongs to it: "works as a pundit for X, and in 2023 he
# joined Y" (2023 dates the joining, not the pundit job). The conjunction and a preposition before
# the date, then the next clause's subject and a lower-case word (its verb) after it.
_OPENER_BEFORE_DATE = re.compile(
    r"(?:^|[\s,;])(?:and|but|then|so|while)\s*,?\s+(?:(?:in|on|by|during|since|from|around|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

_SUBJECT_AFTER_DATE = re.compile(
    r"^\s*,?\s*(?:(?i:he|she|they|we|it)\s+|I\s+|(?i:the\s+(?:couple|pair|two|duo))\s+|(?:[A-Z][\w'’-]+\s+){1,3})[a-z]"
)

# At most this much blank between a sentence and the next one that dates it (one paragraph
# break: a news lead is often a paragraph of one sentence).
_NEXT_SENTENCE_NEWLINES = 2

# A numbered listicle heading ("2. They met at a charity dinner.") whose paragraph below gives
# the date ("... at a fundraiser in Boston in October 2023"); how long such a heading line is.
_NUMBERED_HEADING = re.compile(r"[ \t]*\d{1,2}[.)]\s+\S")

_HEADING_LINE_MAX = 90

# An event counted back from the date before it: "married on Saturday, six years after their
# divorce" (the count, then at most a determiner and the cue's own word, end right at the cue).
_COUNTED_TO_CUE = re.compile(
    r"\b(?P<n>[\w-]+)\s+(?P<unit>years?|months?)\s+after\s+"
    # "after their divorce", "after they first met", "after X's split"
    r"(?:(?:their|his|her|the)\s+|(?:they|she|he|we)\s+(?:first\s+|had\s+|had\s+first\s+)?(?:[\w-]+\s+)?"
    r"|(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+)?[\w-]*$",
    re.IGNORECASE,
)

# A length of time that ends at a year: "dated for two years before splitting in 2020" (2018 to
# 2020), "were married for six years until their divorce in 2015".
_LASTED_UNTIL = re.compile(
    r"^\s+(?:[\w-]+\s+){0,4}?for\s+(?:about\s+|nearly\s+|almost\s+)?(?P<n>\w+)\s+years?\s+"
    r"(?:before|until|till)\s+(?:[\w’'-]+\s+){0,3}?in\s+"
    # "in 2020", "in the summer of 2023", "in June 2023", "in late 2019"
    r"(?:(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter|[A-Z][a-z]+)?\s*(?:of\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# A span of years: "from 1997 to 2006", "between 2003 and 2007", "1997–2006", "2010-18".
_YEAR_RANGE = re.compile(
    r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|until|till|through|and|–|-)\s+(?P<b>(?:19|20)\d\d)\b"
    r"|\b(?P<c>(?:19|20)\d\d)\s*[–—-]\s*(?P<d>(?:19|20)?\d\d)\b"
)

# A year named between a cue and a later "since YEAR" in its clause: the cue's own date.
_A_YEAR_BEFORE_SINCE = re.compile(r"\b(?:19|20)\d\d\b")

# The same, opening a sentence ("From 2015 to 2017 she ...").
_OPENING_RANGE = re.compile(_YEAR_RANGE.pattern, re.IGNORECASE)

# A date counted from the one the text named before it: "two years later", "a year later", "the
# following year", "the next month", "two years earlier", "the year before". ("Six years after
# their divorce" is counted from the event that follows, not from an earlier date: not here.)
_COUNTED_FROM_BEFORE = re.compile(
    r"(?i:\blater|^the\s+(?:following|next|subsequent)\s+(?:year|month)"
    # back from it too: "welcomed twins in 2021. The couple married two years earlier"
    r"|\b(?:years?|months?)\s+earlier|^the\s+(?:previous|preceding|prior)\s+(?:year|month)|^the\s+(?:year|month)\s+before)$"
)

# A bare month the tagger placed in the publication's year; after "that" ("filed for divorce
# that June") it is in the year the text was speaking of.
# A count after an event the text dated before, opening its sentence: "dated from 2010 to 2014.
# Five years after their split they started a podcast" (2019). Within a sentence that names a date
# first ("married on Saturday, six years after their divorce") the count goes back from that date
# instead (_COUNTED_TO_CUE).
_AFTER_EVENT = re.compile(
    r"^\s+(?:(?:their|his|her|the)\s+)?(?:[\w-]+\s+)?(?:split|break-?up|divorce|wedding|marriage|separation|"
    r"engagement|breakup|first\s+date|first\s+meeting|meeting|move|debut|launch)\b",
    re.IGNORECASE,
)
_ENDS_AFTER = re.compile(r"(?i:\bafter)$")
# A count with no number: "Weeks later", "months later", "days later" (the tagger gives no offset).
_VAGUE_LATER = re.compile(r"(?i:\b(?P<unit>days|weeks|months)\s+later)$")


def _count_of(word: str) -> tuple[int, int] | None:
    """The count a word before "year(s) after" gives: "two", "2", and "the" or "a" as one ("left
    in 2013, the year after they married": married in 2012)."""
    if word.lower() in ("the", "a"):
        return 1, 1
    return lexicon().number(word)


def _vague_later(ref: DateValue, unit: str) -> DateValue | None:
    """The year of "weeks later" or "months later" after `ref`, when it cannot be the next
    year's: days or weeks after any month but December, months after the first half of a year
    (a bare year leaves "months later" open)."""
    if not ref.value[:4].isdigit():
        return None
    month = int(ref.value[5:7]) if ref.precision != "year" else None
    if unit == "months":
        return DateValue(ref.value[:4]) if month is not None and month <= 6 else None
    return DateValue(ref.value[:4]) if month is None or month <= 11 else None


_BARE_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)

_THAT_BEFORE = re.compile(r"\b(?i:that)\s+$")
# "that year", "the same year": the year the text was speaking of ("left in 2021 and founded a
# label that year").
_SAME_YEAR = re.compile(r"(?i:(?:that|the\s+same|that\s+same)\s+year)")
# A month then "that year" ("took 2019 off after the birth of her son in March that year"): the
# month of the year the text was speaking of, as "that March" is.
_THAT_YEAR_AFTER = re.compile(r"\s+(?i:(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year)\b")

# How far back (characters, within the paragraph) a counted date looks for its reference, and
# how many counted dates may chain ("a year later ... two years later").
_COUNT_REACH = 600

_COUNT_CHAIN = 3

# A reporting verb shortly before a date, then "that" before the claim's cue: the date is the
# report's ("announced on Monday that they are engaged"), not the relation's.
_REPORTING_VERB = re.compile(
    r"\b(?:(?:confirm|announc|reveal|disclos|admitt|acknowledg|report)(?:ed|e?s)|said|says|told|tells)\b",
    re.IGNORECASE,
)

# ... and what opens the reported clause after its date: "that", or a subject pronoun with no
# "that" ("said in 2006 she met X": 2006 is the saying's, not the meeting's)
_REPORTED_THAT = re.compile(r"\bthat\b|^\s*,?\s*(?:she|he|they)\s", re.IGNORECASE)

_REPORT_VERB_REACH = 30


class DateLookup:
    """The dates around a position of the text; the concrete extractor supplies the fields."""

    doc: Any
    index: EntityIndex
    times: list[TimeExpression]
    report_date: DateValue | None
    claims: list[Claim]

    def _value_of(self, time: TimeExpression, depth: int = 0) -> DateValue | None:
        """The date of `time`: its own value, or for one counted from the date the text named
        before it ("married in 2009 and divorced the following year", "two years later", "that
        June") that date moved by the count; the reference is the last date named before it
        in the same paragraph, itself perhaps counted ("... a year later ... two years later")."""
        counted = _COUNTED_FROM_BEFORE.search(time.text) is not None
        that_month = bool(
            time.value is not None
            and time.anchor == "publication"
            and _BARE_MONTH.fullmatch(time.text)
            and (
                _THAT_BEFORE.search(doc_text(self.doc)[max(0, time.span.start - 6) : time.span.start])
                or _THAT_YEAR_AFTER.match(doc_text(self.doc), time.span.end)
            )
        )
        same_year = time.value is None and _SAME_YEAR.fullmatch(time.text) is not None
        counted = counted or self._after_event_opening(time)
        if not counted and not that_month and not same_year:
            return time.value
        ref = self._reference_before(time, depth)
        if ref is None:
            return time.value
        if same_year:
            return DateValue(ref.value[:4]) if ref.value[:4].isdigit() else None
        if that_month and time.value is not None:
            return DateValue(f"{ref.value[:4]}{time.value.value[4:7]}")  # "2017 ... that June"
        moved = anchor_relative(time, ref)
        if moved is None and (vague := _VAGUE_LATER.search(time.text)) is not None:
            return _vague_later(ref, vague.group("unit").lower())
        if moved is None and time.text.lower().endswith(("year", "month")):
            # "the next year": the tagger reads it from the publication; here it is the
            # year after the one the text was speaking of
            moved = shift(ref, 1, 1, "Y" if time.text.lower().endswith("year") else "M")
        return moved

    def _after_event_opening(self, time: TimeExpression) -> bool:
        """Whether `time` is "N years after their split" with no date before it in its sentence:
        counted from the last date the text named before (_AFTER_EVENT)."""
        if time.value is not None or not _ENDS_AFTER.search(time.text):
            return False
        text = doc_text(self.doc)
        if not _AFTER_EVENT.match(text[time.span.end : time.span.end + 40]):
            return False
        opening = max(text.rfind(". ", 0, time.span.start), text.rfind("\n", 0, time.span.start)) + 1
        return not any(opening <= t.span.start < time.span.start for t in self.times)

    def _reference_before(self, time: TimeExpression, depth: int) -> DateValue | None:
        """The last date named before `time` in its paragraph, from the text itself (not from
        the publication date), for counting from."""
        if depth >= _COUNT_CHAIN:
            return None
        text = doc_text(self.doc)
        earlier = [t for t in self.times if t.span.end <= time.span.start and t.span.comment is None]
        for prev in reversed(earlier):
            gap = text[prev.span.end : time.span.start]
            if "\n" in gap or len(gap) > _COUNT_REACH:
                return None
            if prev.kind not in ("date", "relative"):
                continue
            if prev.value is not None and prev.anchor != "publication":
                return prev.value
            value = self._value_of(prev, depth + 1)
            if value is not None and value != prev.value:
                return value
        return None

    def _date_near(self, ctx: SentenceContext, after: int) -> DateValue | None:
        """The first date after `after` in the same clause, else the last one before it in the
        same clause: "married X, and they welcomed a daughter in March 2018" does not date the
        marriage. A date counted from an earlier one ("the following year") counts (_value_of);
        a date that the clause's reporting verb owns ("confirmed on Monday that she is
        dating X") does not date what is reported."""
        text = doc_text(self.doc)
        dated = [
            (t, v)
            for t in ctx.times
            if t.kind in ("date", "relative") and (v := self._value_of(t)) is not None
        ]
        if not dated:
            return None
        # the next clause opens at a date ("..., and in 2023 he joined"): no date from there on
        opener = next(
            (t.span.start for t, _ in dated if t.span.start >= after and _opens_next_clause(text, after, t)),
            None,
        )
        following = [
            (t, v)
            for t, v in dated
            if t.span.start >= after
            and not _breaks_before(text[after : t.span.start])
            and (opener is None or t.span.start < opener)
            and not _UNTIL_BEFORE.search(text[max(after, t.span.start - 12) : t.span.start])
            and not self._past_relative_clause(after, t)
        ]
        if (
            len(following) > 1
            and _RESTATED_AS.fullmatch(text[following[0][0].span.end : following[1][0].span.start])
            and following[1][1].value.startswith(following[0][1].value + "-")
        ):
            return following[1][1]  # "a year later, on New Year's Eve 2003": the finer date said again
        if following:
            return following[0][1]
        counted = _COUNTED_TO_CUE.search(text, max(ctx.start, after - 60), after)
        limit = counted.start() if counted else after
        preceding = [
            v
            for t, v in dated
            if t.span.end <= limit
            # (a count's own "after they first met" is no clause between the date and the cue)
            and not CLAUSE_BREAK.search(text[t.span.end : limit])
            and not self._reporting_date(ctx, t, after)
        ]
        if not preceding:
            return None
        if counted:
            # "remarried on Saturday, six years after their divorce": the divorce was six
            # years before that Saturday
            n = _count_of(counted.group("n"))
            unit = "Y" if counted.group("unit").lower().startswith("year") else "M"
            return shift(preceding[-1], -n[0], -n[1], unit) if n else None
        return preceding[-1]

    def _past_relative_clause(self, after: int, time: TimeExpression) -> bool:
        """Whether the cue ending at `after` stands in a relative clause ("The pair, who met ...
        and got engaged in the finale, have split, both confirmed on Wednesday") that ends before
        `time`: a date of the main clause, after it, is not the relative clause's."""
        cue = self.doc.char_span(max(0, after - 1), after, alignment_mode="expand")
        at = self.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if cue is None or at is None or not len(cue) or not len(at):
            return False
        verb = cue[-1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "who met ... and got engaged": the clause opens at "met"
        inner = next((a for a in at[0].ancestors if a.dep_ == "relcl"), None)
        if (
            inner is not None
            and not any(t.i == cue[-1].i for t in inner.subtree)
            and any(t.lower_ in ("who", "whom") for t in inner.subtree)
        ):
            # the date in a relative clause of its own about a person: "married X in 2017, whom
            # she had met two years earlier" (the meeting's date); not "during the finale, which
            # aired in September" (the occasion's date is the event's)
            return True
        if verb.dep_ != "relcl" or _LENGTH_AFTER.match(doc_text(self.doc), after):
            return False  # ("who had been together for four years, split in May": counted to May)
        last: int = max(t.i for t in verb.subtree)
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head  # the verb of the clause the relative clause's noun stands in
        return bool(last < main.i < at[0].i and main.i > verb.i)

    def _counted_back(self, ctx: SentenceContext, cue_end: int) -> DateValue | None:
        """For a cue right after a count ("got engaged in 2019, two years after they started
        dating"): the date named before, less the count (_date_near); None without such a count."""
        text = doc_text(self.doc)
        if not _COUNTED_TO_CUE.search(text, max(ctx.start, cue_end - 60), cue_end):
            return None
        return self._date_near(ctx, cue_end)

    def _counted_back_from(self, ctx: SentenceContext, cue_end: int, base: DateValue) -> DateValue | None:
        """`base` less the count right before the cue ("a month after X's split"), when the
        sentence names no date of its own before the count; None without such a count."""
        text = doc_text(self.doc)
        counted = _COUNTED_TO_CUE.search(text, max(ctx.start, cue_end - 60), cue_end)
        if counted is None or any(t.span.end <= counted.start() and t.kind == "date" for t in ctx.times):
            return None
        n = _count_of(counted.group("n"))
        unit = "Y" if counted.group("unit").lower().startswith("year") else "M"
        return shift(base, -n[0], -n[1], unit) if n else None

    def _reporting_date(self, ctx: SentenceContext, time: TimeExpression, cue: int) -> bool:
        """Whether `time` dates a reporting verb whose "that" clause holds the cue at `cue`:
        "confirmed on Monday's episode of her show that she is dating X"."""
        text = doc_text(self.doc)
        lead = text[max(ctx.start, time.span.start - _REPORT_VERB_REACH) : time.span.start]
        return bool(_REPORTED_THAT.search(text[time.span.end : cue]) and _REPORTING_VERB.search(lead))

    def _range_after(
        self, ctx: SentenceContext, after: int
    ) -> tuple[DateValue | None, DateValue | None] | None:
        """ "from 1997 to 2006", "between 2003 and 2007", "(2010–2018)", "since 2019", "until
        2011" in the clause after `after`: (start, end); None when the clause gives no span."""
        text = doc_text(self.doc)[after : ctx.end]
        cut = CLAUSE_BREAK.search(text)
        if cut is not None and _SAME_PAIR_AGAIN.match(text, cut.start()):
            cut = CLAUSE_BREAK.search(text, cut.end())
            text = text[: cut.start() if cut else len(text)][:150]
        else:
            text = text[: cut.start() if cut else len(text)][:90]
        span = _YEAR_RANGE.search(text)
        if span:
            first = span.group("a") or span.group("c")
            last = span.group("b") or span.group("d")
            if int(last) < 100:  # "1997–06"
                last = first[:2] + last
            return DateValue(first), DateValue(last)
        lasted = _LASTED_UNTIL.search(text)
        if lasted:
            years = lexicon().number(lasted.group("n"))
            if years is not None and years[0] == years[1]:
                last = lasted.group("year")
                return DateValue(str(int(last) - years[0])), DateValue(last)
        since = re.search(r"\bsince\s+((?:19|20)\d\d)\b", text)
        if since and not _A_YEAR_BEFORE_SINCE.search(text, 0, since.start()):
            # ("married in 2003, having dated since 1997": the cue has its own year
            # first; the "since" starts what the later words tell, the romance)
            return DateValue(since.group(1)), None
        until = re.search(r"\b(?:until|till|through)\s+((?:19|20)\d\d)\b", text)
        if until:
            return None, DateValue(until.group(1))
        return None

    def _range_before(self, ctx: SentenceContext, cue_start: int) -> tuple[DateValue, DateValue] | None:
        """ "from 2014 until 2016", "between 2003 and 2007" opening the clause of a cue: "From 2015 to
        2017 she was in a relationship with X" (start, end), no other year between it and the cue."""
        text = doc_text(self.doc)[ctx.start : cue_start]
        breaks = list(CLAUSE_BREAK.finditer(text))
        clause = text[breaks[-1].end() :] if breaks else text
        spans = list(_OPENING_RANGE.finditer(clause))
        span = spans[-1] if spans else None
        if span is None or not span.group("a") or re.search(r"\b(?:19|20)\d\d\b", clause[span.end() :]):
            return None
        return DateValue(span.group("a")), DateValue(span.group("b"))

    def _date_after_cue(
        self, ctx: SentenceContext, pattern: re.Pattern[str], cue_end: int
    ) -> DateValue | None:
        """The date after `pattern` in the rest of the claim's sentence."""
        found = pattern.search(doc_text(self.doc), cue_end, ctx.end)
        return self._date_following(ctx, found.start()) if found else None

    def _next_sentence(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of the sentence right after the one at [start, end): in its paragraph, or the
        next paragraph's first when that one ends its own."""
        doc = self.doc
        span = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        i = span[-1].sent.end
        while i < len(doc) and not doc[i].text.strip():
            i += 1
        if i >= len(doc):
            return None
        sent = doc[i].sent
        if doc_text(doc).count("\n", end, sent.start_char) > _NEXT_SENTENCE_NEWLINES:
            return None
        return sent.start_char, sent.end_char

    def _next_sentence_date(
        self, sentence: tuple[int, int], pattern: re.Pattern[str], keys: frozenset[str]
    ) -> DateValue | None:
        """The date the sentence after `sentence` gives right after `pattern` (or inside it:
        "confirmed in September that ..."), when it names no one but the claim's people (`keys`)."""
        bounds = self._next_sentence(*sentence)
        if bounds is None:
            return None
        start, end = bounds
        text = doc_text(self.doc)
        found = pattern.search(text[start:end])
        if found is None:
            return None
        at = start + found.start()
        for t in self.times:
            if (
                not (at <= t.span.start < end)
                or t.span.comment is not None
                or t.kind not in ("date", "relative")
            ):
                continue
            if t.span.start >= start + found.end() and _breaks_before(
                text[start + found.end() : t.span.start]
            ):
                return None
            if any(m.entity not in keys for m in self.index.person_mentions(start, t.span.start)):
                return None  # someone else's event ("Kim announced her split from Lee on Monday")
            value = self._value_of(t)
            if value is not None:
                return value
        return None

    def _date_preceding(self, ctx: SentenceContext, before: int) -> DateValue | None:
        """The last date before `before` in the same clause (none after it)."""
        text = doc_text(self.doc)
        for t in reversed(ctx.times):
            if t.kind in ("date", "relative") and t.span.end <= before:
                if CLAUSE_BREAK.search(text[t.span.end : before]):
                    return None
                value = self._value_of(t)
                if value is not None:
                    return value
        return None

    def _date_following(self, ctx: SentenceContext, after: int, until: int | None = None) -> DateValue | None:
        """The first date after `after` (and before `until`) in the same clause (none before it)."""
        text = doc_text(self.doc)
        for t in ctx.times:
            if (
                t.kind in ("date", "relative")
                and t.span.start >= after
                and (until is None or t.span.end <= until)
            ):
                if _breaks_before(text[after : t.span.start]) or _opens_next_clause(text, after, t):
                    return None
                value = self._value_of(t)
                if value is not None:
                    return value
        return None

    def _death_date_before(self, ctx: SentenceContext) -> DateValue | None:
        """The date of a death the sentence before `ctx` tells ("died on Sunday at his home")."""
        if not ctx.previous_text or not _DEATH_CUE.search(ctx.previous_text):
            return None  # (no previous sentence in the same paragraph)
        previous_start = max(0, ctx.start - len(ctx.previous_text) - 2)
        for t in reversed(self.times):
            if (
                previous_start <= t.span.start
                and t.span.end <= ctx.start
                and t.span.comment is None
                and t.kind in ("date", "relative")
            ):
                return self._value_of(t)
        return None

    def _section_date(self, at: int) -> DateValue | None:
        """The date of the timeline section that `at` falls in, if any."""
        section = section_at(doc_text(self.doc), at)
        return section.date if section is not None else None

    def _date_below_heading(self, ctx: SentenceContext) -> DateValue | None:
        """For a sentence that is a numbered heading line ("2. They met at a charity dinner."),
        the first date the paragraph under it names from the text itself."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, ctx.start) + 1
        line_end = text.find("\n", ctx.start)
        if line_end < 0 or line_end - line_start > _HEADING_LINE_MAX:
            return None
        if not _NUMBERED_HEADING.match(text, line_start) or text[ctx.end : line_end].strip():
            return None
        below_start = line_end + 1
        if text.startswith("\n", below_start):
            below_start += 1
        below_end = text.find("\n", below_start)
        below_end = len(text) if below_end < 0 else below_end
        placed = [
            t.value
            for t in self.times
            if below_start <= t.span.start < below_end
            and t.kind == "date"
            and t.span.comment is None
            and t.anchor != "publication"
        ]
        return next((v for v in placed if v is not None), None)
