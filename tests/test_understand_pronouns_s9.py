"""Session 9: clues and rules built from the GAP swaps (gold says one name, the resolver the other).

- `_controller` finds the doer of a subjectless verb through an adjective ("was unable to
  capture him") and an infinitive of purpose ("came to help him"), so that person is never
  the verb's object pronoun; not where the verb above has an object ("hired Bo to help her");
- `object_cause`: the name is the object of a verb of implicit causality ("thanked Dana");
- `cataphora_rival`: a cataphora candidate where another person is named before the pronoun
  in its own sentence ("Despite Ana's effort to evict her tenant, Bea ...").

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import _OBJECT_CAUSE_VERBS, _WEIGHTS, _controller


def _index(text: str) -> EntityIndex:
    return find_entities(load_pipeline()(text))


def _token(doc: Any, word: str, occurrence: int = 0) -> Any:
    return [t for t in doc if t.text == word][occurrence]


def _clues(index: EntityIndex, offset: int, wanted: str) -> dict[str, dict[str, float]]:
    resolver = index.pronouns
    token = resolver._token_at(offset)
    assert token is not None
    text = index.text
    return {text[m.span.start : m.span.end]: f or {} for m, f in resolver.scored(token, wanted)}


def test_controller_climbs_through_an_adjective() -> None:
    text = "Joel Marr met Otto Kest in Lisbon, but was unable to capture him."
    doc = load_pipeline()(text)
    capture = _token(doc, "capture")
    assert _token(doc, "Marr").i in _controller(capture)
    index = find_entities(doc)
    key = index.resolve_pronoun("him", text.index(" him") + 1)
    assert key is not None and index.name(key) == "Otto Kest"


def test_controller_of_an_infinitive_of_purpose() -> None:
    doc = load_pipeline()("Bram Holt came to the harbour to help him.")
    assert _token(doc, "Holt").i in _controller(_token(doc, "help"))


def test_purpose_with_an_object_above_binds_no_subject() -> None:
    # "Ana hired Bo to help her": her is Ana, whom the rule must leave free
    text = "Ana Ott hired Bo Lind to help her."
    doc = load_pipeline()(text)
    assert _token(doc, "Ott").i not in _controller(_token(doc, "help"))
    index = find_entities(doc)
    key = index.resolve_pronoun("her", text.index(" her") + 1)
    assert key is not None and index.name(key) == "Ana Ott"


def test_object_of_an_implicit_causality_verb() -> None:
    text = "Mara Quill thanked Dana Voss at the gala because she had organised it."
    index = _index(text)
    clues = _clues(index, text.index(" she") + 1, "f")
    assert clues["Dana Voss"].get("object_cause")
    assert not clues["Mara Quill"].get("object_cause")
    assert {"thank", "praise", "blame", "fancy"} <= _OBJECT_CAUSE_VERBS
    assert "object_cause" in _WEIGHTS


def test_cataphora_with_a_rival_named_before_the_pronoun() -> None:
    text = "Despite Ana Ott's effort to evict her tenant, Bea Lind stayed in the flat."
    index = _index(text)
    clues = _clues(index, text.index(" her") + 1, "f")
    bea = clues["Bea Lind"]
    assert bea.get("cataphora") and bea.get("cataphora_rival")
    # no rival before the pronoun: the plain cataphora clue alone
    plain = "Despite her effort to evict the tenant, Bea Lind stayed in the flat."
    alone = _clues(_index(plain), plain.index("her"), "f")["Bea Lind"]
    assert alone.get("cataphora") and not alone.get("cataphora_rival")
