"""Speech verbs opening a speaker's name, and birth names after "born".

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.entities import EntityIndex, find_entities

pytestmark = pytest.mark.model


def index_of(pipeline: Any, text: str) -> EntityIndex:
    return find_entities(pipeline.nlp(text), pipeline.outlets)


def people(index: EntityIndex) -> dict[str, set[str]]:
    """Person name → aliases."""
    return {e.name: e.aliases for e in index.entities.values() if e.kind == "person"}


def test_a_speech_verb_opening_the_sentence_is_not_part_of_the_name(pipeline: Any) -> None:
    found = people(
        index_of(
            pipeline,
            "The actress spoke to reporters on Monday. Said Ellis: “We are done with the show.” "
            "She left the set.",
        )
    )
    assert "Said Ellis" not in found
    assert "Ellis" in found
    found = people(index_of(pipeline, "Explained Tom Ashcroft: “I was tired.” Ashcroft quit the band."))
    assert set(found) == {"Tom Ashcroft"}
    assert "Explained" not in found["Tom Ashcroft"]


def test_a_given_name_like_a_speech_verb_stays_when_no_speech_follows(pipeline: Any) -> None:
    found = people(index_of(pipeline, "Said Aziz was born in Cairo. He left for Lyon in 1990."))
    assert "Said Aziz" in found


def test_was_born_gives_another_name_of_the_same_person(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Dana Hall is an actress. Hall was born Shirley Grossman in Tulsa, the only child of "
        "Eleanor and Joseph Grossman.",
    )
    found = people(index)
    assert "Shirley Grossman" not in found
    assert "Shirley Grossman" in found["Dana Hall"]
    assert "Joseph Grossman" in found  # her father stays somebody else
    at = index.text.index("Shirley Grossman")
    owner = {m.entity for m in index.mentions if m.span.start == at}
    assert owner == {"person:dana-hall"}


@pytest.mark.parametrize(
    "text",
    [
        "Dana Hall (born Shirley Grossman) is an actress.",
        "Dana Hall, born Shirley Grossman, was a singer.",
    ],
)
def test_born_in_brackets_or_commas_gives_a_birth_name(pipeline: Any, text: str) -> None:
    found = people(index_of(pipeline, text))
    assert set(found) == {"Dana Hall"}
    assert "Shirley Grossman" in found["Dana Hall"]


def test_the_birth_surname_alone_is_the_same_person(pipeline: Any) -> None:
    found = people(index_of(pipeline, "Pia Lund was born Pia Kerr on 4 May 1960. Kerr is her mother's name."))
    assert set(found) == {"Pia Lund"}
    assert {"Pia Kerr", "Kerr"} <= found["Pia Lund"]


def test_a_date_or_a_faith_after_born_is_no_birth_name(pipeline: Any) -> None:
    found = people(index_of(pipeline, "Mira Lund was born March 3, 1990 in Oslo."))
    assert found == {"Mira Lund": found["Mira Lund"]}
    assert not any("March" in alias for alias in found["Mira Lund"])
    found = people(index_of(pipeline, "Tom Vey was born Roman Catholic in Ohio."))
    assert "Roman Catholic" not in found.get("Tom Vey", set())


def test_a_surname_opening_a_later_sentence_is_the_person_found_before(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Mira Thoms is a painter. In 1990 she moved to Leeds. Thoms later appeared on a television "
        "show with Ada Rook. She also served as a teacher.",
    )
    at = index.text.index("Thoms later")
    assert {m.entity for m in index.mentions if m.span.start == at} == {"person:mira-thoms"}


def test_a_faith_the_tagger_calls_a_group_is_no_person(pipeline: Any) -> None:
    # "Roman" is a first name, but "Roman Catholic" is a faith: no person, while the real people stay
    found = people(
        index_of(pipeline, "Mara Holt was raised Roman Catholic in Ohio. Holt later joined a choir.")
    )
    assert "Mara Holt" in found
    assert not any("Catholic" in name for name in found)
