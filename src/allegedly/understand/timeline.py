"""A document's timeline: the dated events its claims and sentences describe."""

from __future__ import annotations

import re
from typing import Any

from allegedly.model import Analysis, Claim, DateValue, Span, TimelineEvent
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
_ANNIVERSARY = re.compile(r"\b(\d{1,2}|[a-z]+)(?:st|nd|rd|th)?\s+(?:wedding\s+)?anniversary\b", re.IGNORECASE)
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
        # a move is the event (undated, as of the report); "lives in X" holds as of the report
        # and is an event only when its own sentence dates it ("bought a house there in 2022")
        moved = relation_lexicon().verbs["residence_move"].search(claim.evidence)
        return claim.date if explicit or moved else None
    return claim.date if explicit else None


def _summary(claim: Claim) -> str:
    template = _SUMMARIES.get(claim.predicate, "{s} " + claim.predicate + " {o}")
    if claim.predicate == "employer" and claim.end is not None:
        template = "{s} leaves {o}"
    if claim.predicate == "owns" and _FOUNDING.search(claim.evidence):
        template = "{s} founds {o}"  # the dated event is the founding, not the owning
    text = template.format(s=claim.subject, o=claim.object or claim.value or "")
    if claim.modality in ("hedged", "speculated"):
        text = "reportedly: " + text
    return text


def build_timeline(analysis: Analysis, explicit: set[int], parsed: Any) -> list[TimelineEvent]:
    """One event per dated happening; claims of one event (both parents of a child) merge."""
    events: dict[tuple[str, str, str], TimelineEvent] = {}
    for claim in analysis.claims:
        if claim.predicate == "age":
            continue
        date = _event_date(claim, id(claim) in explicit)
        if date is None:
            continue
        if claim.predicate == "born" and any(
            e.date == date and claim.subject in e.participants for e in events.values()
        ):
            continue  # the child's birth is already an event
        participants = (
            [claim.object]
            if claim.predicate == "child" and claim.object
            else [p for p in (claim.subject, claim.object) if p]
        )
        key = (
            date.value,
            claim.predicate,
            claim.object or claim.subject if claim.predicate == "child" else "|".join(sorted(participants)),
        )
        if key in events:
            continue
        events[key] = TimelineEvent(
            date=date, participants=participants, summary=_summary(claim), span=claim.span
        )
    marriages = [
        c for c in analysis.claims if c.predicate == "spouse" and c.date and c.date.precision == "day"
    ]
    for sent in parsed.sents:
        match = _ANNIVERSARY.search(sent.text)
        if not match or not marriages:
            continue
        word = match.group(1).lower()
        nth = int(word) if word.isdigit() else _ORDINALS.get(word)
        if nth is None:
            continue
        wedding = marriages[0]
        date = anniversary_date(wedding.date, nth)  # type: ignore[arg-type]
        if analysis.document.published.date and date.value > analysis.document.published.date.value:
            continue  # "would've been their 11th" on a future-looking day is not an event yet
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
    _dated_sentences(analysis, parsed, events)
    return sorted(events.values(), key=lambda e: e.date.value)


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
    for sent in parsed.sents:
        dated = [
            t
            for t in analysis.times
            if sent.start_char <= t.span.start < sent.end_char
            and t.value is not None
            and t.value.precision == "day"
            and t.kind == "date"
        ]
        named = [name for start, name in people.items() if sent.start_char <= start < sent.end_char]
        if not dated or not named or "“" in sent.text[:3]:
            continue
        date = dated[-1].value
        assert date is not None
        if any((date.value, name) in taken for name in named):
            continue
        participants = list(dict.fromkeys(named))[:2]
        summary = re.sub(r"\s+", " ", sent.text.strip())[:160]
        events[(date.value, "sentence", "|".join(participants))] = TimelineEvent(
            date=date, participants=participants, summary=summary, span=Span(sent.start_char, sent.end_char)
        )
        taken |= {(date.value, p) for p in participants}


def analysis_name(analysis: Analysis, key: str) -> str:
    for entity in analysis.entities:
        if entity.key == key:
            return entity.name
    return key
