"""A document's timeline: the dated events its claims and sentences describe."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from allegedly.model import Analysis, Claim, DateValue, Span, TimeExpression, TimelineEvent
from allegedly.understand.cues import relation_lexicon
from allegedly.understand.time import anniversary_date

# How each predicate reads as an event; {s} subject, {o} object.
_SUMMARIES = {
    "spouse": "{s} and {o} marry",
    "engaged": "{s} and {o} get engaged",
    "partner": "{s} and {o} start dating",
    "affair": "affair alleged between {s} and {o}",
    "separated": "{s} and {o} split",
    "divorced": "{s} and {o} divorce",
    "met": "{s} and {o} meet",
    "child": "{o} born",
    "employer": "{s} works for {o}",
    "residence": "{s} moves to {o}",
    "appeared_in": "{s} appears in {o}",
    "choreographed": "{s} choreographs {o}",
    "owns": "{s} owns {o}",
    "born": "{s} born",
}
# An "owns" claim read from a founding: its event is the founding.
_FOUNDING = re.compile(r"\b(?:co-?)?found(?:ed|s|ing)\b|\bset\s+up\b|\blaunched\b|\bstarted\b", re.IGNORECASE)
# How a relation's end reads as an event: a claim's `end` ("they dated from 2016 to 2018",
# "married from 2002 until 2006") is a split of its own, as a quit is for an employer.
_END_SUMMARIES = {
    "spouse": "{s} and {o}'s marriage ends",
    "engaged": "{s} and {o} call off their engagement",
    "partner": "{s} and {o} split",
}
# "called off / broke off their engagement": an engaged claim dated by its ending.
_CALLED_OFF = re.compile(rf"\b{relation_lexicon().call_off}\s+off\b", re.IGNORECASE)
# Two claims that give one pair an event on one date are one event ("separated in 2019" read
# beside "called off the engagement in 2019", a start misdated to the split): the story's own
# timelines never list two events of one pair on one date. The first kind here names it: an
# ending over a beginning, a bond over a meeting.
_PRECEDENCE = (
    "divorced",
    "end:spouse",
    "separated",
    "end:engaged",
    "end:partner",
    "spouse",
    "engaged",
    "affair",
    "partner",
    "met",
)
# A residence said as a state ("is based in", "who now live in") holds; it is no event even when
# its sentence carries a date. A purchase or a move is one.
_RESIDENCE_STATE = re.compile(r"\b(?:live[sd]?|living|based|resides?|residing)\b", re.IGNORECASE)
# An undated move is an event as of the report only when the text says it is recent ("they've
# moved to LA", "had recently moved"); "after the divorce he moved back to England" in a life
# story is no event of the report's date.
_RECENT_MOVE = re.compile(
    r"\b(?:have|has|\u2019ve|'ve)\s+(?:also\s+|just\s+|recently\s+)*(?:moved|relocated)\b"
    r"|\b(?:recently|just)\s+(?:moved|relocated)\b",
    re.IGNORECASE,
)
# A sentence whose main verb is someone's words or post ("X said on Monday that ...", "her son
# posted a photo") reports a reaction, not a happening; announcing, confirming or denying
# (other verbs) stays an event. Saying verbs count only with a named or pronoun speaker ("...,
# the company said" still dates what the company reports).
_POST_VERBS = frozenset({"post", "share"})
_SAY_VERBS = frozenset({"say", "tell", "add", "write"})
# "X, for her part, was among the guests": an aside about a bystander.
_ASIDE = re.compile(r"\bfor (?:her|his|their) part\b", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"\b(\d{1,2}|[a-z]+)(?:st|nd|rd|th)?\s+(?:wedding\s+)?anniversary\b", re.IGNORECASE)
# (the word every _ANNIVERSARY match holds, looked for once in the whole text)
_ANNIVERSARY_WORD = re.compile("anniversary", re.IGNORECASE)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "fifteenth": 15,
    "twentieth": 20,
}


def _event_date(claim: Claim, explicit: bool) -> DateValue | None:
    if claim.predicate == "employer" and claim.end is not None:
        return claim.end  # a quit is the event
    if claim.predicate == "residence":
        # a move is the event (undated: as of the report when the text says it is recent); "lives
        # in X" is an event only when its own sentence dates it ("bought a house there in 2022")
        moved = relation_lexicon().verbs["residence_move"].search(claim.evidence)
        if explicit:
            return claim.date if moved or not _RESIDENCE_STATE.search(claim.evidence) else None
        return claim.date if moved and _RECENT_MOVE.search(claim.evidence) else None
    return claim.date if explicit else None


def _kind(claim: Claim) -> str:
    if claim.predicate == "engaged" and _CALLED_OFF.search(claim.evidence):
        return "end:engaged"  # "called off their engagement in 2019": the date is its end
    return claim.predicate


def _summary(claim: Claim, kind: str | None = None) -> str:
    kind = kind or claim.predicate
    template = _SUMMARIES.get(claim.predicate, "{s} " + claim.predicate + " {o}")
    if kind.startswith("end:"):
        template = _END_SUMMARIES[claim.predicate]
    if claim.predicate == "employer" and claim.end is not None:
        template = "{s} leaves {o}"
    if claim.predicate == "owns" and _FOUNDING.search(claim.evidence):
        template = "{s} founds {o}"  # the dated event is the founding, not the owning
    text = template.format(s=claim.subject, o=claim.object or claim.value or "")
    if claim.modality in ("hedged", "speculated"):
        text = "reportedly: " + text
    elif claim.modality == "denied":
        text = "denied: " + text  # the denial is what happened on its date, not the event
    return text


def _claim_events(
    claim: Claim, explicit: bool, published: DateValue | None, births: set[tuple[str, str, str]]
) -> list[tuple[str, DateValue]]:
    """The (kind, date) events one claim gives: its start or happening, and a relation's end."""
    found: list[tuple[str, DateValue]] = []
    date = _event_date(claim, explicit)
    if (
        date is not None
        and claim.predicate == "residence"
        and (claim.subject, claim.sentence, date.value) in births
    ):
        date = None  # "born in 1966 in Leeds, and moved to London": the year is the birth's
    if date is not None:
        found.append((_kind(claim), date))
    end = claim.end
    if (
        claim.predicate in _END_SUMMARIES
        and end is not None
        and end != published  # "his ex-wife": ended before the report, no date of its own
        and claim.modality != "denied"
        and not any(d == end and k.startswith("end:") for k, d in found)
    ):
        found.append(("end:" + claim.predicate, end))
    return found


def _residence_summary(participants: list[str], hedged: bool) -> str:
    *people, place = participants
    verb = "moves" if len(people) == 1 else "move"
    return ("reportedly: " if hedged else "") + f"{' and '.join(people)} {verb} to {place}"


def build_timeline(
    analysis: Analysis, explicit: set[int], parsed: Any, deaths: Sequence[Claim] = ()
) -> list[TimelineEvent]:
    """One event per dated happening; claims of one event (both parents of a child, a couple's
    move, a pair's split read twice) merge. `deaths`: the body's internal `died` claims
    (`deaths.DeathRules`), whose dated ones are events too."""
    merge = _Merge()
    events = merge.events
    published = analysis.document.published.date
    births = {
        (c.subject, c.sentence, c.date.value) for c in analysis.claims if c.predicate == "born" and c.date
    }
    # "X born" on the day X's own child is born is the child's birth misread
    parent_days = {(c.subject, c.date.value) for c in analysis.claims if c.predicate == "child" and c.date}
    for claim in analysis.claims:
        if claim.predicate == "age":
            continue
        if claim.predicate == "born" and claim.date and (claim.subject, claim.date.value) in parent_days:
            continue
        for kind, date in _claim_events(claim, id(claim) in explicit, published, births):
            merge.add(claim, kind, date)
    marriages = [
        c for c in analysis.claims if c.predicate == "spouse" and c.date and c.date.precision == "day"
    ]
    # (only a dated wedding makes an anniversary an event: most texts have none, and walking
    # the sentences costs more than the rest of the timeline)
    text = analysis.document.body  # (the parsed text)
    for sent in parsed.sents if marriages and _ANNIVERSARY_WORD.search(text) else ():
        match = _ANNIVERSARY.search(text[sent.start_char : sent.end_char])  # (= sent.text)
        if not match:
            continue
        word = match.group(1).lower()
        nth = int(word) if word.isdigit() else _ORDINALS.get(word)
        if nth is None:
            continue
        wedding = marriages[0]
        date = anniversary_date(wedding.date, nth)  # type: ignore[arg-type]
        published_on = analysis.document.published.date
        if published_on and date.value[: len(published_on.value)] > published_on.value:
            # "would've been their 11th" on a future-looking day is not an event yet (a report
            # dated by its month alone holds every day of that month)
            continue
        participants = [p for p in (wedding.subject, wedding.object) if p]
        events.setdefault(
            (date.value, "anniversary", "|".join(participants)),
            TimelineEvent(
                date=date,
                participants=participants,
                summary=f"{nth}th wedding anniversary",
                span=Span(sent.start_char, sent.end_char),
            ),
        )
    _deaths(deaths, events)
    _dated_sentences(analysis, parsed, events)
    return sorted(_finest_only(list(events.values())), key=lambda e: e.date.value)


def _finest_only(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """One entry per happening told at two precisions: "married since 2017" and "married on
    September 9, 2017" are one wedding, dated by the finer date (the same summary, people and a
    date the coarser one contains)."""

    def what(event: TimelineEvent) -> tuple[str, tuple[str, ...]]:
        return event.summary.removeprefix("reportedly: "), tuple(sorted(event.participants))

    finer: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for event in events:
        finer.setdefault(what(event), []).append(event.date.value)
    return [
        event
        for event in events
        if not any(other.startswith(event.date.value + "-") for other in finer[what(event)])
    ]


@dataclass
class _Merge:
    """The events built so far, keyed so that claims of one event land on one entry."""

    events: dict[tuple[str, str, str], TimelineEvent] = field(default_factory=dict)
    ranks: dict[tuple[str, str, str], int] = field(default_factory=dict)  # a pair event's kind
    parents: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)  # a birth's parents

    def add(self, claim: Claim, kind: str, date: DateValue) -> None:
        _add_event(self, claim, kind, date)


def _add_event(merge: _Merge, claim: Claim, kind: str, date: DateValue) -> None:
    events, ranks = merge.events, merge.ranks
    if claim.predicate == "born" and any(
        e.date == date and claim.subject in e.participants for e in events.values()
    ):
        return  # the child's birth is already an event
    participants = (
        [claim.object]
        if claim.predicate == "child" and claim.object
        else [p for p in (claim.subject, claim.object) if p]
    )
    if claim.predicate == "child":
        key = (date.value, "child", claim.object or claim.subject)
        if key not in events and claim.object:
            # twins: children of one parent born on one date are one birth
            twin = next(
                (k for k, ps in merge.parents.items() if k[0] == date.value and claim.subject in ps), None
            )
            if twin is not None:
                birth = events[twin]
                if claim.object not in birth.participants:
                    birth.participants.append(claim.object)
                    birth.summary = " and ".join(birth.participants) + " born"
                return
        merge.parents.setdefault(key, set()).add(claim.subject)
    elif claim.predicate == "residence" and claim.object:
        key = (date.value, "residence", claim.object)  # a couple's move is one event
        known = events.get(key)
        if known is not None:
            if claim.subject not in known.participants:
                known.participants.insert(len(known.participants) - 1, claim.subject)
                known.summary = _residence_summary(known.participants, known.summary.startswith("reportedly"))
            return
    elif kind in _PRECEDENCE:
        key = (date.value, "pair", "|".join(sorted(participants)))
        rank = _PRECEDENCE.index(kind)
        known = events.get(key)
        if known is not None:
            if rank < ranks[key]:  # the stronger kind names the one event
                known.summary = _summary(claim, kind)
                ranks[key] = rank
            return
        ranks[key] = rank
    elif claim.predicate == "employer" and claim.object:
        # "left the Comets for the Kings in 2020" is one move, read as a quit and a join
        key = (date.value, "job", claim.subject)
        known = events.get(key)
        if known is not None:
            if claim.object not in known.participants:
                known.participants.append(claim.object)
                if claim.end is not None:  # the quit names the move
                    known.summary = f"{claim.subject} leaves {claim.object} for {known.participants[1]}"
                else:
                    known.summary = f"{known.summary} for {claim.object}"
            return
    elif claim.predicate == "owns" and claim.object and _FOUNDING.search(claim.evidence):
        key = (date.value, "founding", claim.object)  # co-founders found one company
        known = events.get(key)
        if known is not None:
            if claim.subject not in known.participants:
                known.participants.insert(len(known.participants) - 1, claim.subject)
                *founders, company = known.participants
                known.summary = f"{' and '.join(founders)} found {company}"
            return
    else:
        key = (date.value, kind, "|".join(sorted(participants)))
    if key in events:
        return
    events[key] = TimelineEvent(
        date=date, participants=participants, summary=_summary(claim, kind), span=claim.span
    )


def _chatter(sent: Any, start: int) -> bool:
    """A reaction ("X said on Monday that ...", "she posted a photo"), not a happening: the date
    at `start` belongs to a saying or posting verb ("X died on Nov. 14, his daughter said" dates
    the death, and stays an event)."""
    if _ASIDE.search(sent.text):
        return True
    token = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    # spaCy makes a new Token on each access: the root is found by index, never by identity
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.lemma_ in _POST_VERBS:
        return True
    if token.lemma_ not in _SAY_VERBS:
        return False
    speakers = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.pos_ in ("PRON", "PROPN") or any(t.pos_ == "PROPN" for t in s.subtree) for s in speakers)


def _dated_sentences(
    analysis: Analysis, parsed: Any, events: dict[tuple[str, str, str], TimelineEvent]
) -> None:
    """A narrated sentence that names a person and gives a full date is an event of its own."""
    taken = {(e.date.value, p) for e in events.values() for p in e.participants}
    people = {
        m.span.start: analysis_name(analysis, m.entity)
        for m in analysis.mentions
        if m.entity.startswith("person:") and m.span.comment is None
    }
    sentences = list(parsed.sents)
    starts = [s.start_char for s in sentences]
    told = {
        (e.date.value, starts[bisect.bisect_right(starts, e.span.start) - 1])
        for e in events.values()
        if e.span is not None and e.span.comment is None and starts and e.span.start >= starts[0]
    }

    def sentence_of(start: int) -> int | None:
        """The index of the sentence holding offset `start` (the sentences do not overlap)."""
        i = bisect.bisect_right(starts, start) - 1
        return i if i >= 0 and start < sentences[i].end_char else None

    # each sentence's full dates and people, in the order the text's lists give them (one pass
    # over each list, not one per sentence)
    dated_in: dict[int, list[TimeExpression]] = {}
    for t in analysis.times:
        day = t.value is not None and t.value.precision == "day" and t.kind == "date"
        if day and (i := sentence_of(t.span.start)) is not None:
            dated_in.setdefault(i, []).append(t)
    named_in: dict[int, list[str]] = {}
    for start, name in people.items():
        if (i := sentence_of(start)) is not None:
            named_in.setdefault(i, []).append(name)
    text = analysis.document.body  # (the parsed text)
    for i in sorted(dated_in.keys() & named_in.keys()):
        sent, dated, named = sentences[i], dated_in[i], named_in[i]
        sent_text = text[sent.start_char : sent.end_char]  # (= sent.text)
        if "“" in sent_text[:3] or _chatter(sent, dated[-1].span.start):
            continue
        date = dated[-1].value
        assert date is not None
        if any((date.value, name) in taken for name in named) or (date.value, sent.start_char) in told:
            continue  # (a sentence that told an event of its date, "He died on Saturday, his agent X said")
        participants = list(dict.fromkeys(named))[:2]
        summary = re.sub(r"\s+", " ", sent_text.strip())[:160]
        events[(date.value, "sentence", "|".join(participants))] = TimelineEvent(
            date=date, participants=participants, summary=summary, span=Span(sent.start_char, sent.end_char)
        )
        taken |= {(date.value, p) for p in participants}


def analysis_name(analysis: Analysis, key: str) -> str:
    for entity in analysis.entities:
        if entity.key == key:
            return entity.name
    return key


def _deaths(deaths: Sequence[Claim], events: dict[tuple[str, str, str], TimelineEvent]) -> None:
    """A person's dated death is an event (the `died` claims of `deaths.DeathRules`): "He died in
    1984", "until her death in 2019", a death notice's "Peacefully, ..., on Sunday, aged 78"."""
    taken = {(e.date.value, p) for e in events.values() for p in e.participants}
    for claim in deaths:
        if claim.date is None or claim.modality == "denied" or (claim.date.value, claim.subject) in taken:
            continue
        taken.add((claim.date.value, claim.subject))
        hedged = "reportedly: " if claim.modality in ("hedged", "speculated") else ""
        events[(claim.date.value, "death", claim.subject)] = TimelineEvent(
            date=claim.date,
            participants=[claim.subject],
            summary=f"{hedged}{claim.subject} dies",
            span=claim.span,
        )
