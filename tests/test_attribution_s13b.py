"""Attribution, session 13 (second part): reports inside reports, sums and deeds.

A report set inside another's report is part of what the outer source said, speech verbs
included ("The gazette wrote that Brask had claimed a refund": one voice, the gazette's),
unless a conjoined clause stands between them or the verb tags a quote that closes right
before it. Verbs of speech that sum ("the fees add up to $900", "the levy would add $84
million") or whose particle makes a deed ("the sponsor backed out", "she called in to the
show") state nothing, and "made the remarks" after the remarks were given only says when and
where.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import sourced as sourced_voices

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str]]:
    """Every voice with a source: source words and cue words."""
    return [(v.source, v.cue) for v in sourced_voices(nlp, text)]


def sources(nlp: Any, text: str) -> list[str]:
    return [source for source, _ in sourced(nlp, text)]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "The Larn Gazette wrote that Teodor Brask had claimed a refund of the toll.",
            "The Larn Gazette",
            "Teodor Brask",
        ),
        (
            "Ilse Varga notes that the harbour board announced the closure on Friday.",
            "Ilse Varga",
            "the harbour board",
        ),
    ],
)
def test_a_report_inside_a_report_is_the_outer_voice(nlp: Any, text: str, outer: str, inner: str) -> None:
    found = sources(nlp, text)
    assert outer in found, found
    assert inner not in found, found


def test_a_conjoined_report_keeps_its_own_voice(nlp: Any) -> None:
    text = (
        "Ilse Varga said the ferry would run late, and when pressed on the fares, "
        "the harbour master replied that they would stay."
    )
    found = sources(nlp, text)
    assert "Ilse Varga" in found, found
    assert "the harbour master" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Velmont fees add up to $900 a year.",
        "The new levy would eventually add $61 million over ten years.",
        "At the last minute the Velmont rowing club backed out.",
        "Teodor Brask called in to the morning show on Tuesday.",
    ],
)
def test_sums_and_deeds_are_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == [], sourced(nlp, text)


def test_made_the_remarks_only_says_when(nlp: Any) -> None:
    text = "Teodor Brask made the remarks on Friday during a short stop in Velmont."
    assert sourced(nlp, text) == [], sourced(nlp, text)


def test_made_the_case_still_speaks(nlp: Any) -> None:
    text = "Teodor Brask has made the case for a new bridge at every stop."
    assert "Teodor Brask" in sources(nlp, text), sourced(nlp, text)


def test_adding_a_remark_is_still_speech(nlp: Any) -> None:
    text = "The toll will rise in May, Ilse Varga added."
    assert ("Ilse Varga", "added") in sourced(nlp, text), sourced(nlp, text)


def test_speech_told_through_according_to_is_the_account_s(nlp: Any) -> None:
    text = "According to the Larn Gazette, the harbour master said on Friday that the ferry would stop."
    found = sources(nlp, text)
    assert "the Larn Gazette" in found, found
    assert "the harbour master" not in found, found


def test_a_second_verb_of_the_relayed_speaker_stays_in_the_report(nlp: Any) -> None:
    text = "Ilse Varga says Teodor Brask promised to stay and said he would fight the toll."
    found = sources(nlp, text)
    assert "Ilse Varga" in found, found
    assert "Teodor Brask" not in found, found
