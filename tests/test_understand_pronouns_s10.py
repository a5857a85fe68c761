"""Session 10: whoever is set beside what a his/her owns, after a comma ("her manager, Bo
Lind"), is never the owner (`_bound_words`); without the comma the parser often takes a fronted
phrase so ("Following his defeat Ivo left"), which binds nobody.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import _bound_words, _governor


def _index(text: str) -> EntityIndex:
    return find_entities(load_pipeline()(text))


def _bound_names(text: str, word: str) -> set[str]:
    doc = load_pipeline()(text)
    pronoun = next(t for t in doc if t.lower_ == word)
    return {doc[i].text for i in _bound_words(pronoun, _governor(pronoun), True, False)}


def test_a_name_beside_the_owned_noun_is_bound() -> None:
    assert "Lind" in _bound_names("Rosa Imbert hired her manager, Vera Lind, in 1990.", "her")


def test_no_comma_binds_nobody() -> None:
    assert _bound_names("Following his third straight defeat Ivo Dranek was released.", "his") == set()


def test_fronted_possessive_is_not_its_relative() -> None:
    text = "Rosa Imbert left the band in 1991. With her sister, Vera Lind, Pia Oduya opened a bakery."
    index = _index(text)
    key = index.resolve_pronoun("her", text.index("her sister"))
    assert key is not None
    assert "Lind" not in index.entities[key].name
