"""People the entity finder must find where the tagger stumbles: a name after a sentence-opening
preposition or a nationality, a first name two full names share, a name the tagger reads as a
common word.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from types import SimpleNamespace

from allegedly.understand.entities import _read_as_name
from text_samples import entity_index, person_at


def test_name_after_a_sentence_opening_preposition_is_still_the_person() -> None:
    """ "Despite Orla's ...": "Despite" is no first name glued to "Orla"."""
    text = (
        "Orla Penhallow grew up in a fishing town. Despite Orla's modest start, "
        "the critics adored her first novel."
    )
    index = entity_index(text)
    key = person_at(index, text, "Orla", 1)
    assert key is not None and index.name(key) == "Orla Penhallow"


def test_name_after_a_nationality_is_still_the_person() -> None:
    text = "The show follows Tobin Ashgrove and Ferris Quell. Irish Tobin wants to move to Lisbon."
    index = entity_index(text)
    key = person_at(index, text, "Tobin", 1)
    assert key is not None and index.name(key) == "Tobin Ashgrove"


def test_a_first_name_two_people_share_is_the_one_introduced_first() -> None:
    text = (
        "Liesel Marrow (1801-1870) was a painter, the daughter of Liesel Dunford. "
        "Liesel studied in Vienna, where she met her husband."
    )
    index = entity_index(text)
    key = person_at(index, text, "Liesel", 2)
    assert key is not None and index.name(key) == "Liesel Marrow"


def _token(text: str, pos: str, ent_type: str = "", ent_iob: str = "O") -> SimpleNamespace:
    return SimpleNamespace(
        text=text, lower_=text.lower(), pos_=pos, ent_type_=ent_type, ent_iob_=ent_iob if ent_type else "O"
    )


def test_read_as_name_takes_misread_names_only() -> None:
    # a proper noun is a name; a capitalised word the tagger calls a noun is one when the entity
    # tagger saw a name there, or when the first-name list surely knows it
    assert _read_as_name(_token("Quell", "PROPN"))
    assert _read_as_name(_token("Ashgrove", "NOUN", "ORG", "B"))
    assert _read_as_name(_token("Dolores", "ADV"))
    # a lowercase word, a function word, a word no list knows, a word inside a longer entity
    assert not _read_as_name(_token("dolores", "NOUN"))
    assert not _read_as_name(_token("However", "ADV"))
    assert not _read_as_name(_token("Critics", "NOUN"))
    assert not _read_as_name(_token("Ashgrove", "NOUN", "ORG", "I"))
