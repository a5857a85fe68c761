"""Pronoun clues added for GAP: things taken for people, the pronoun inside the name's own
phrase, relatives set beside a kinship word, and the previous sentence's main subject.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import (
    _WEIGHTS,
    _dominates,
    _kin_apposed,
    _paragraph_start,
    _PronounContext,
    _quoted,
)


def _index(text: str) -> EntityIndex:
    return find_entities(load_pipeline()(text))


def _token(doc: Any, word: str, occurrence: int = 0) -> Any:
    return [t for t in doc if t.text == word][occurrence]


def _features(text: str, pronoun: str, name: str) -> dict[str, float]:
    """The clues the resolver weighs for `name` (a person key's display name) as `pronoun`."""
    index = _index(text)
    resolver = index.pronouns
    token = resolver._token_at(f" {text} ".index(f" {pronoun} "))
    context = _PronounContext(resolver, token, "f" if pronoun.lower() in ("she", "her") else "m")
    for mention in resolver.candidates(token):
        if index.name(mention.entity) == name:
            found = context.features(mention)
            assert found is not None
            return found
    raise AssertionError(f"{name} is no candidate")


@pytest.mark.parametrize(
    ("text", "name", "sign"),
    [
        # A capitalised common word glued to a name by the finder.
        (
            "Replacing Vance, Tomas Reyes took over the studio in 2010. Orrin Vale joined him.",
            "Replacing Vance",
            "not_propn",
        ),
        # "the Kestrel": people are not named after "the".
        (
            "In Bergen the Kestrel was repaired while he toured the coast with Tomas Reyes.",
            "Kestrel",
            "the_name",
        ),
    ],
)
def test_things_taken_for_people_show_signs(text: str, name: str, sign: str) -> None:
    index = _index(text)
    keys = {index.name(key): key for key in index.people}
    assert name in keys
    assert sign in index.pronouns.thing_signs(keys[name])


def test_a_named_person_shows_no_thing_sign_that_counts() -> None:
    """Signs count only for a person whose gender the text never shows."""
    text = "In Bergen the Kestrel was repaired while he toured the coast with Tomas Reyes."
    found = _features(text, "he", "Tomas Reyes")
    assert not {"tagged_thing", "untagged", "the_name", "not_propn"} & set(found)


def test_thing_signs_weigh_against() -> None:
    assert all(_WEIGHTS[sign] < 0 for sign in ("tagged_thing", "untagged", "the_name", "not_propn"))


def test_pronoun_inside_a_relative_clause_of_the_name() -> None:
    """ "Ilse, who had asked ... to honour her work": the relative clause speaks of Ilse."""
    text = "Marta Quell admired Ilse Brandt, who had asked the committee to honour her work."
    assert _features(text, "her", "Ilse Brandt").get("in_subtree") == 1
    index = _index(text)
    key = index.resolve_pronoun("her", text.index(" her ") + 1)
    assert key is not None and index.name(key) == "Ilse Brandt"


def test_dominates_and_kin_apposed_over_a_parse() -> None:
    doc = load_pipeline()("After his wife Maude died in 1989, Tomas Reyes moved to Porto.")
    assert _kin_apposed(_token(doc, "Maude"))
    assert not _kin_apposed(_token(doc, "Reyes"))
    doc = load_pipeline()("Marta Quell admired Ilse Brandt, who had asked the committee to honour her work.")
    assert _dominates(_token(doc, "Brandt"), _token(doc, "her"))
    assert not _dominates(_token(doc, "Quell"), _token(doc, "her"))


def test_previous_main_subject_is_a_clue() -> None:
    """The main-clause subject of the sentence just before carries the topic on."""
    text = "Marta Quell founded the press in 1990. Later she sold it to a bank."
    assert _features(text, "she", "Marta Quell").get("previous_main_subject") == 1


# -- the learned ranker's clues (data/pronoun_weights.toml) ------------------------------------


def test_weights_are_plain_named_numbers() -> None:
    """The learned weights load from TOML as floats, and the clues of a plain sentence all
    have one (a clue the file lacks would silently count nothing)."""
    assert _WEIGHTS and all(isinstance(value, float) for value in _WEIGHTS.values())
    text = "Marta Quell founded the press in 1990. Later she sold it to Ilse Brandt's bank."
    for name in ("Marta Quell", "Ilse Brandt"):
        found = _features(text, "she", name)
        assert set(found) <= set(_WEIGHTS), set(found) - set(_WEIGHTS)


def _all_features(text: str, pronoun: str) -> dict[str, dict[str, float]]:
    """Every candidate's clues with the comparative ones, keyed by the person's name."""
    index = _index(text)
    resolver = index.pronouns
    token = resolver._token_at(f" {text} ".index(f" {pronoun} "))
    context = _PronounContext(resolver, token, "f" if pronoun.lower() in ("she", "her") else "m")
    return {
        index.name(m.entity): found for m, found in context.all_features(resolver.candidates(token)) if found
    }


def test_nearest_of_a_kind_marks_one_name_each() -> None:
    text = "Tomas Reyes met Orrin Vale and Ilse Brandt in Porto. Later he sold the boat."
    found = _all_features(text, "he")
    for clue in ("nearest_subject", "nearest_agreeing", "nearest_nonoblique"):
        assert sum(clues.get(clue, 0) for clues in found.values()) == 1
    assert found["Tomas Reyes"].get("nearest_subject") == 1
    assert "nearest_agreeing" not in found["Ilse Brandt"]  # a woman is no nearest agreeing name for "he"


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # "allowed him to sit": the parser makes "him" the subject of "sit"; it is the object of
        # "allowed", so its subject is not him.
        (
            "Orrin Vale arrived late, and Tomas Reyes allowed him to sit in the front row.",
            "him",
            "Orrin Vale",
        ),
        # A possessive inside the predicate noun is not the clause's own subject.
        ("Wilma Dorn retired in 1880, and Edith Marr was appointed her successor.", "her", "Wilma Dorn"),
        # The speaker of a quote is not the name inside it.
        (
            'Tomas Reyes spoke to reporters on Monday.\n"Orrin Vale is a colleague, nothing more," he said.',
            "he",
            "Tomas Reyes",
        ),
    ],
)
def test_round_two_resolutions(text: str, pronoun: str, expected: str) -> None:
    index = _index(text)
    key = index.resolve_pronoun(pronoun, f" {text} ".index(f" {pronoun} "))
    assert key is not None and index.name(key) == expected


def test_raised_object_and_predicate_possessive_clues() -> None:
    text = "Orrin Vale arrived late, and Tomas Reyes allowed him to sit in the front row."
    assert _features(text, "him", "Tomas Reyes").get("bound") == 1
    text = "Wilma Dorn retired in 1880, and Edith Marr was appointed her successor."
    assert _features(text, "her", "Edith Marr").get("poss_predicate") == 1


def test_quotes_are_read_over_the_paragraph() -> None:
    """A quote opened in an earlier sentence of the paragraph still holds the name; a new
    paragraph closes it."""
    text = 'Tomas Reyes spoke on Monday. "It is false. Orrin Vale is a colleague," he said.'
    assert _quoted(text, text.index("Orrin"), _paragraph_start(text, text.index("Orrin")))
    assert not _quoted(text, text.index(" he ") + 1, _paragraph_start(text, text.index(" he ")))
    found = _features(text, "he", "Orrin Vale")
    assert found.get("quoted") == 1 and found.get("quoted_apart") == 1
    text = '"It is false.\nOrrin Vale is a colleague," he said.'
    assert _paragraph_start(text, text.index("Orrin")) == text.index("Orrin")


def test_relative_clause_subject_by_position() -> None:
    """ "Gordy, who began spending his time ...": the name before "who" is the clause's subject."""
    text = "Hector Lamb wrestled with Orrin Vale, who began spending most of his time in Japan."
    assert _features(text, "his", "Orrin Vale").get("relative_subject") == 1
    assert "relative_subject" not in _features(text, "his", "Hector Lamb")
