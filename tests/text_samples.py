"""Invented text run through the whole pipeline (relation and name tests) or through the attributor
alone (attribution tests)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from allegedly.model import Analysis, Attribution, RawDocument
from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor, modality_of
from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline


def analyse(pipeline: Any, text: str, date: str | None = None, headline: str | None = None) -> Analysis:
    """The analysis of `text` as a plain-text document, dated by a header when `date` is given."""
    raw = RawDocument(
        path="t.txt",
        file_name="t.txt",
        format="text",
        text=text,
        headline=headline,
        published_raw=date,
        published_source="header" if date else "none",
    )
    return pipeline.analyse(raw)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Voice:
    """One voice the attributor found, as the words of the text show it."""

    kind: str
    speaker: str | None
    source: str  # the source's words as written; "" for a voice that names none (narration)
    cue: str  # the cue words as written
    quoted: bool


def voices(nlp: Any, text: str) -> list[Voice]:
    """Every voice of `text`, in the order the attributor found them."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [
        Voice(
            v.attribution.source_kind,
            v.attribution.speaker,
            text[v.source_span[0] : v.source_span[1]] if v.source_span else "",
            text[v.cue_span[0] : v.cue_span[1]] if v.cue_span else "",
            v.quoted,
        )
        for v in build_attributor(doc, index, outlets, None).voices
    ]


def sourced(nlp: Any, text: str) -> list[Voice]:
    """The voices that name a source (what news attribution counts)."""
    return [voice for voice in voices(nlp, text) if voice.source]


def pairs(analysis: Analysis, predicate: str) -> set[frozenset[str | None]]:
    """The unordered (subject, object) pairs of one predicate's claims."""
    return {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == predicate}


def married(analysis: Analysis) -> set[frozenset[str | None]]:
    """The couples the analysis says are (or were) married."""
    return pairs(analysis, "spouse")


def relations(analysis: Analysis, predicate: str) -> set[tuple[str, str | None]]:
    """The ordered (subject, object) pairs of one predicate's claims."""
    return {(c.subject, c.object) for c in analysis.claims if c.predicate == predicate}


def facts_of(analysis: Analysis, predicate: str) -> set[tuple[str, str | None]]:
    """The (subject, object) pairs of one predicate's claims, the value standing for the object
    where there is none (an age)."""
    return {(c.subject, c.object or c.value) for c in analysis.claims if c.predicate == predicate}


def parents_of(analysis: Analysis, child: str) -> set[str]:
    """Who the analysis gives as a parent of `child`."""
    return {c.subject for c in analysis.claims if c.predicate == "child" and c.object == child}


def children_of(analysis: Analysis, parent: str) -> set[str | None]:
    """Who the analysis gives as a child of `parent`."""
    return {c.object for c in analysis.claims if c.predicate == "child" and c.subject == parent}


def dated(analysis: Analysis, predicate: str, first: str, second: str) -> set[str | None]:
    """The dates of every `predicate` claim between the two people, either way round."""
    return {
        c.date.value if c.date else None
        for c in analysis.claims
        if c.predicate == predicate and {c.subject, c.object} == {first, second}
    }


def births(analysis: Analysis) -> dict[str, str | None]:
    """Each person's birth date as the analysis gives it."""
    return {c.subject: c.value for c in analysis.claims if c.predicate == "born"}


def entity_index(text: str) -> EntityIndex:
    """The entities found in `text` alone (no outlets, no document around it)."""
    return find_entities(load_pipeline()(text))


def entity_at(
    index: EntityIndex, text: str, word: str, occurrence: int = 0, kind: str | None = None
) -> str | None:
    """The entity key of the mention covering the `occurrence`-th `word` of `text`, if any; with
    `kind` ("person", "org" ...), only a mention of an entity of that kind counts."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    for mention in index.mentions:
        if kind is not None and not mention.entity.startswith(f"{kind}:"):
            continue
        if mention.span.start <= start < mention.span.end:
            return mention.entity
    return None


def person_at(index: EntityIndex, text: str, word: str, occurrence: int = 0) -> str | None:
    """The person key of the mention covering the `occurrence`-th `word` of `text`, if any."""
    return entity_at(index, text, word, occurrence, kind="person")


def people_in(index: EntityIndex) -> set[str]:
    return {e.name for e in index.entities.values() if e.kind == "person"}


def modality_before(sentence: str, cue: str) -> str:
    """The modality of a narrated claim whose cue is the last occurrence of `cue` in `sentence`."""
    cue_end = sentence.rindex(cue) + len(cue)
    return modality_of(sentence, Attribution("narration"), "", cue_end)
