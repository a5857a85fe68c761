"""Attribution, session 7: the views, aims and judgements a source holds are that source's
voice, not the writer's fact ("she wants to triple the program", "aides are afraid that ...",
"critics see the deal as a giveaway"), carried with a modality that does not assert them;
what states no view stays narration ("she wanted a dog", "the critical vote", "he saw the
film"); and the word test that lets `_parsed_reporting` pass over most words.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Attribution
from allegedly.outlets import outlet_table
from allegedly.understand.attribution import (
    _parsed_reporting,
    _trigger_words,
    build_attributor,
    modality_of,
)
from allegedly.understand.cues import attribution_lexicon
from allegedly.understand.entities import find_entities

pytestmark = pytest.mark.model


def voices(nlp: Any, text: str) -> list[tuple[Attribution, str, str]]:
    """The voices that name a source: attribution, source words, cue words."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    found = []
    for v in build_attributor(doc, index, outlets, None).voices:
        if v.source_span and v.cue_span:
            found.append((v.attribution, text[slice(*v.source_span)], text[slice(*v.cue_span)]))
    return found


def modality(nlp: Any, text: str) -> str:
    found = voices(nlp, text)
    assert found, text
    attribution, _, cue = found[0]
    return modality_of(text, attribution, "", text.index(cue) + len(cue))


# -- aims: "wants to", "plans to", "refuses to" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Mayor Odile Brandt wants to triple the size of the city's youth program.",
            "Mayor Odile Brandt",
            "wants",
        ),
        ("Senator Hal Quimby refuses to release his tax returns.", "Senator Hal Quimby", "refuses"),
        ("The Velmont campaign intends to appeal the ruling next week.", "The Velmont campaign", "intends"),
        (
            "Councilwoman Rhea Tarrant declined to comment on the audit.",
            "Councilwoman Rhea Tarrant",
            "declined",
        ),
    ],
)
def test_an_aim_the_subject_states_is_their_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    found = voices(nlp, text)
    assert [(a.source_kind, words, said) for a, words, said in found] == [("on_record", source, cue)]


def test_an_aim_is_not_asserted_as_a_fact(nlp: Any) -> None:
    text = "Mayor Odile Brandt wants to triple the size of the city's youth program."
    assert modality(nlp, text) == "speculated"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Odile Brandt wanted a bigger office.",  # an object, no aim
        "Councilwoman Rhea Tarrant declined.",  # nothing declined that the text gives
        "The offer declined sharply over the summer.",  # a fall, not a refusal
    ],
)
def test_a_wish_without_its_to_clause_is_no_voice(nlp: Any, text: str) -> None:
    assert voices(nlp, text) == []


def test_an_aim_inside_a_report_belongs_to_the_reporter(nlp: Any) -> None:
    text = "A spokesman for Mayor Odile Brandt said she wants to triple the youth program."
    found = voices(nlp, text)
    assert len(found) == 1
    assert found[0][2] == "said"


# -- views held: "are afraid that", "was sure", "has been critical of" ---------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Many Velmont aldermen are afraid that the new levy will drive shops away.",
            "Many Velmont aldermen",
            "afraid",
        ),
        (
            "Senator Hal Quimby has been critical of the harbor plan since March.",
            "Senator Hal Quimby",
            "critical",
        ),
        (
            "Mayor Odile Brandt is determined to finish the bridge before winter.",
            "Mayor Odile Brandt",
            "determined",
        ),
        ("The farmers were frustrated that the county kept the report private.", "The farmers", "frustrated"),
    ],
)
def test_a_view_the_subject_holds_is_their_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    found = voices(nlp, text)
    assert [(a.source_kind, words, said) for a, words, said in found] == [("on_record", source, cue)]


def test_a_view_held_is_hedged_not_asserted(nlp: Any) -> None:
    text = "Many Velmont aldermen are afraid that the new levy will drive shops away."
    assert modality(nlp, text) == "hedged"


@pytest.mark.parametrize(
    "text",
    [
        "The farmers were frustrated after the long drive.",  # a mood, about no claim
        "Senator Hal Quimby cast the critical vote on Tuesday.",  # not a predicate
        "The bridge will open when the engineers are sure of the cables.",  # a time supposed
    ],
)
def test_a_mood_or_a_supposed_view_is_no_voice(nlp: Any, text: str) -> None:
    assert voices(nlp, text) == []


# -- judgements: "see X as Y", "viewed X as Y" ---------------------------------------------------


def test_seeing_something_as_something_is_a_view(nlp: Any) -> None:
    text = "Local critics see the harbor deal as a giveaway to developers."
    found = voices(nlp, text)
    assert [(a.source_kind, words, said) for a, words, said in found] == [
        ("on_record", "Local critics", "see")
    ]
    assert modality(nlp, text) == "hedged"


@pytest.mark.parametrize(
    "text",
    ["Senator Hal Quimby saw the new film on Sunday.", "The council considered the options for an hour."],
)
def test_seeing_or_considering_a_thing_is_no_view(nlp: Any, text: str) -> None:
    assert voices(nlp, text) == []


# -- what was voiced before keeps its modality ---------------------------------------------------


def test_reported_speech_stays_asserted(nlp: Any) -> None:
    text = "Mayor Odile Brandt said the bridge will open in May."
    assert modality(nlp, text) == "asserted"


# -- the word test of `_parsed_reporting` -------------------------------------------------------


def test_every_reading_word_passes_the_word_test() -> None:
    lex = attribution_lexicon()
    words, lemmas = _trigger_words()
    assert lex.speech_lemmas <= lemmas and lex.object_speech_lemmas <= lemmas
    assert lex.speech_nouns <= words and {"according", "in", "citing", "hopes"} <= words


def test_a_sentence_without_a_reading_word_yields_nothing(nlp: Any) -> None:
    doc = nlp("The old bridge over the river opened in the spring of that year.")
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    assert [_parsed_reporting(s, index, outlets, None) for s in doc.sents] == [[]]
