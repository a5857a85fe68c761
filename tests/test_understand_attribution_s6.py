"""Voices that are no one's, on sentences written for these tests (fictional people, bands and
papers): the content of a report that names no one, speech that did not happen ("without
saying"), and people described by what they know, who are not the magazine People."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor
from allegedly.understand.entities import find_entities
from text_samples import sourced

pytestmark = pytest.mark.model


def attributions(nlp: Any, text: str) -> list[Any]:
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [v.attribution for v in build_attributor(doc, index, outlets, None).voices if v.source_span]


# "It was reported that ...": what follows is what the report says, not a voice of its own.


def test_clause_of_an_impersonal_report_is_no_voice(nlp: Any) -> None:
    assert sourced(nlp, "The bridge was closed after it was reported that the cables had snapped.") == []
    assert sourced(nlp, "It is believed that the singer feared the tour would fail.") == []
    assert sourced(nlp, "It was alleged that Otis Park had criticized the council.") == []


def test_speech_inside_an_impersonal_report_keeps_its_speaker(nlp: Any) -> None:
    found = sourced(nlp, "It was reported that Vera Lind said the tour was over.")
    assert [(v.source, v.cue) for v in found] == [("Vera Lind", "said")]


def test_a_named_report_is_still_read(nlp: Any) -> None:
    found = sourced(nlp, "The Harbor Ledger reported that the cables had snapped.")
    assert any(v.cue == "reported" for v in found)
    assert all(v.cue != "snapped" for v in found)


# "Without saying": speech that did not happen.


def test_goes_without_saying_is_the_writer(nlp: Any) -> None:
    assert sourced(nlp, "It goes without saying that the tour was a huge success.") == []


def test_left_without_saying_a_word_is_a_deed(nlp: Any) -> None:
    assert sourced(nlp, "Vera Lind left the party without saying a word to Otis Park.") == []


def test_without_saying_beside_a_report_leaves_the_report(nlp: Any) -> None:
    found = sourced(nlp, "Without saying why, Vera Lind told reporters the tour was over.")
    assert [(v.source, v.cue) for v in found] == [("Vera Lind", "told")]


# "People familiar with the plans": unnamed people, not the magazine People.


def test_people_familiar_with_the_plans_are_anonymous(nlp: Any) -> None:
    found = attributions(nlp, "People familiar with the plans said the tour was over.")
    assert [(a.source_kind, a.outlet) for a in found] == [("anonymous", None)]


def test_people_who_know_the_couple_are_anonymous(nlp: Any) -> None:
    found = attributions(nlp, "People who know the couple say they split in the spring.")
    assert found and all(a.source_kind == "anonymous" and a.outlet is None for a in found)


def test_the_magazine_people_is_still_an_outlet(nlp: Any) -> None:
    reported = attributions(nlp, "People reported that the singer was pregnant.")
    assert [(a.source_kind, a.outlet) for a in reported] == [("outlet", "People")]
    told = attributions(nlp, "A source told People that the singer was pregnant.")
    assert [(a.source_kind, a.outlet) for a in told] == [("anonymous", "People")]
