"""Attribution, session 8 (third round): a headline in sentence case that opens with a person
the document names right before a speech verb gives its speaker even where the parser reads the
name as a modifier ("Tolliver questions the fairness of the judges ahead of final;"), and is not
counted twice where the parser reads it itself; in a transcript, a capitalised label the
document never names ("WALLACE:") is a speaker once another label is a named person and it opens
two or more lines, while a lone shouted heading is not.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor
from allegedly.understand.entities import find_entities

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str, str | None]]:
    """Every voice with a source: source words, cue words, speaker."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [
        (text[slice(*v.source_span)], text[slice(*v.cue_span)], v.attribution.speaker)
        for v in build_attributor(doc, index, outlets, None).voices
        if v.source_span and v.cue_span
    ]


HEADLINE_BODY = "\n\nMara Tolliver spoke to reporters on Monday after the semi-final in Brackwater."


def test_a_sentence_case_headline_gives_its_speaker(nlp: Any) -> None:
    text = "Tolliver questions the fairness of the judges ahead of final;" + HEADLINE_BODY
    first_line = text.index("\n")
    found = [(s, c, who) for s, c, who in sourced(nlp, text) if text.index(c) < first_line]
    assert found == [("Tolliver", "questions", "Mara Tolliver")]


def test_a_headline_the_parser_reads_is_counted_once(nlp: Any) -> None:
    text = "Mara Tolliver slams judges over final\n\nThe skater Mara Tolliver spoke on Friday."
    first_line = text.index("\n")
    found = [(s, c) for s, c, _ in sourced(nlp, text) if text.index(c) < first_line]
    assert found == [("Mara Tolliver", "slams")]


@pytest.mark.parametrize(
    "headline",
    [
        "Tolliver wins the final in Brackwater;",  # a deed, no speech verb
        "Tolliver",  # too short to be a headline
        "After the final, judges questioned the scores;",  # no person opens the line
    ],
)
def test_no_sentence_case_headline_voice_without_name_and_verb(nlp: Any, headline: str) -> None:
    text = headline + HEADLINE_BODY
    first_line = text.index("\n")
    assert not [s for s, c, _ in sourced(nlp, text) if text.index(c) < first_line and s == "Tolliver"]


TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    "HARLOW: Let us begin with the budget.\n\n"
    "QUENBY: Thank you for having me.\n\n"
    "HARLOW: Will you answer the question?\n\n"
    "QUENBY: I will, in time.\n\n"
    "Governor Ada Quenby spoke to the host on Sunday."
)


def test_a_transcript_label_the_document_never_names_is_a_speaker(nlp: Any) -> None:
    found = sourced(nlp, TRANSCRIPT)
    assert found.count(("HARLOW", ":", "Harlow")) == 2
    assert found.count(("QUENBY", ":", "Ada Quenby")) == 2


@pytest.mark.parametrize(
    "text",
    [
        # one line only: a shouted heading, not a turn
        "QUENBY: Thank you for having me.\n\nBOTTOM LINE: The budget passes.\n\n"
        "QUENBY: I will.\n\nGovernor Ada Quenby spoke on Sunday.",
        # no label is a person the document names: no transcript to read
        "HARLOW: Let us begin.\n\nHARLOW: Will you answer?\n\nThe show aired on Sunday.",
    ],
)
def test_no_transcript_speaker_without_turns_or_a_named_label(nlp: Any, text: str) -> None:
    sources = [s for s, _, _ in sourced(nlp, text)]
    assert "BOTTOM LINE" not in sources and "HARLOW" not in sources
