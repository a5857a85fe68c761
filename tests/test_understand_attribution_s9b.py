"""Attribution, session 9 (second round): stances said through phrasal verbs.

A subject's stance said through a verb with its particle and preposition ("the campaign is
seizing on her remarks", "Senator Quill doubled down on her attacks", "Tolley has gone after
Quill", "the board signed off on the deal") is that subject's voice, its cue the whole phrase.
The phrase must be there in full, with its object: "the car pulled out of the drive", "she went
after the ball" (a chase, no one as its object), "they came out of the club" and "he went on to
win" say nothing.

Speech about a topic ("complained about his microphone", "brags about her ratings", "joked
about the rain") is the speaker's voice through the topic's preposition; "the hotel boasts a
pool" is no one speaking.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor
from allegedly.understand.entities import find_entities

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    """Every voice with a source: source words, cue words, source kind."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [
        (text[slice(*v.source_span)], text[slice(*v.cue_span)], v.attribution.source_kind)
        for v in build_attributor(doc, index, outlets, None).voices
        if v.source_span and v.cue_span
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Senator Ada Quill is doubling down on her attacks.", "Senator Ada Quill", "doubling down on"),
        ("Lately Bram Tolley has gone after Ada Quill as a brat.", "Bram Tolley", "gone after"),
        ("As Bram Tolley went on about how it is rigged, the crowd cheered.", "Bram Tolley", "went on about"),
        ("Bram Tolley hit back at his critics on Tuesday.", "Bram Tolley", "hit back at"),
        ("The Marlow council took aim at the new parking rules.", "The Marlow council", "took aim at"),
        ("Lawmakers in Velmont pushed back against the plan.", "Lawmakers in Velmont", "pushed back against"),
        ("The Velmont board signed off on the harbour deal last week.", "The Velmont board", "signed off on"),
        ("Mayor Odile Brandt came out against the measure.", "Mayor Odile Brandt", "came out against"),
        ("The Ravenna Party came out in favour of the bill.", "The Ravenna Party", "came out in favour of"),
        ("Ada Quill is seizing on the comments her rival made at the rally.", "Ada Quill", "seizing on"),
    ],
)
def test_a_phrasal_verb_of_stance_is_its_subjects_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    voices = sourced(nlp, text)
    assert any(s == source and c == cue for s, c, _ in voices), voices


@pytest.mark.parametrize(
    "text",
    [
        "The car pulled out of the drive.",
        "She went after the ball before it reached the road.",
        "They came out of the club at midnight.",
        "Bram Tolley went on to win the race in Velmont.",
        "The crowd took a break at noon.",
        "Ada Quill came out at the end of the show.",
        "The team went after dinner to the harbour.",
    ],
)
def test_a_phrasal_verb_without_its_phrase_or_object_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


def test_a_phrasal_stance_that_an_if_clause_supposes_is_no_voice(nlp: Any) -> None:
    text = "If the Velmont board signs off on the deal, the harbour will close."
    assert not any("signs off on" in c for _, c, _ in sourced(nlp, text))


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Bram Tolley complained about his microphone after the debate.", "Bram Tolley", "complained"),
        ("Ada Quill continually brags about her ratings.", "Ada Quill", "brags"),
        ("Mayor Odile Brandt joked about the rain at the opening.", "Mayor Odile Brandt", "joked"),
        ("Coach Ilse Marr boasted about the win.", "Coach Ilse Marr", "boasted"),
    ],
)
def test_speech_about_a_topic_is_the_speakers_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    voices = sourced(nlp, text)
    assert any(s == source and c == cue for s, c, _ in voices), voices


@pytest.mark.parametrize(
    "text",
    ["The Marlow hotel boasts a pool and a spa.", "Bram Tolley joked with fans at the gate."],
)
def test_a_topic_verb_without_its_topic_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []
