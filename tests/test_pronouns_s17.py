"""Session 17: a him/her after a preposition on its verb's predicate adjective ("was angry with
her", "decided to get married to him") is never that verb's subject, nor the subject a
subjectless verb shares with the verb above (`_verb_preposition_object`, `_controller`).

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand import pronouns
from text_samples import entity_index


def _resolve(text: str, word: str, marker: str) -> str:
    """The name the pronoun `word` at the start of `marker` (a piece of `text`) resolves to."""
    index = entity_index(text)
    at = text.index(marker)
    assert text[at : at + len(word)] == word
    return index.name(index.resolve_pronoun(word, at) or "")


def _clues(text: str, word: str, marker: str) -> list[tuple[str, dict[str, float]]]:
    """Each candidate mention's text and clues for the pronoun at `marker`."""
    index = entity_index(text)
    at = text.index(marker)
    resolver = index.pronouns
    token: Any = resolver._token_at(at)
    assert token is not None and token.lower_ == word.lower()
    wanted = "m" if word.lower() in pronouns.MALE_PRONOUNS else "f"
    return [(text[m.span.start : m.span.end], found or {}) for m, found in resolver.scored(token, wanted)]


def test_object_of_a_predicate_adjective_is_not_the_subject() -> None:
    text = "Marlo Quentz met Idris Vantane in Lisbon. In 1990, Idris Vantane decided to get married to him."
    clues = [found for name, found in _clues(text, "him", "him.") if name == "Idris Vantane"]
    assert clues and clues[-1].get("bound")
    assert _resolve(text, "him", "him.") == "Marlo Quentz"


def test_angry_with_her_is_not_the_subject() -> None:
    text = "Tessaly Brun hired Orla Menske in May. In June, Orla Menske was angry with her."
    clues = [found for name, found in _clues(text, "her", "her.") if name == "Orla Menske"]
    assert clues and clues[-1].get("bound")
    assert _resolve(text, "her", "her.") == "Tessaly Brun"


def test_relative_subject_of_a_conjoined_verb_is_bound() -> None:
    # "who ... and has since replaced him": the relative word's name is not "him"
    text = (
        "Orrin Vale testified in May. Tomas Brell, who worked under Orrin Vale and has since "
        "replaced him as head of design, testified in June."
    )
    clues = [found for name, found in _clues(text, "him", "him as") if name == "Tomas Brell"]
    assert clues and clues[0].get("bound")
    assert _resolve(text, "him", "him as") == "Orrin Vale"


def test_relative_clause_parsed_as_a_complement_is_bound() -> None:
    text = "In the final, Wenda Oakes faced Pia Lunné, who had beaten her at the spring open."
    clues = [found for name, found in _clues(text, "her", "her at") if name == "Pia Lunné"]
    assert clues and clues[0].get("bound")


def test_for_phrase_names_the_doer() -> None:
    text = "Later Tamsin Roke went home, asking for Delia Marsh to call her when she landed."
    clues = [found for name, found in _clues(text, "her", "her when") if name == "Delia Marsh"]
    assert clues and clues[0].get("bound")


def test_name_beside_an_owned_subject_is_not_the_owner() -> None:
    text = "Harlan Moss was played by Tor Lund. His assistant Edvin Sarn was played by Ola Brandt."
    clues = [found for name, found in _clues(text, "His", "His assistant") if name == "Edvin Sarn"]
    assert clues and clues[0].get("bound")
    assert _resolve(text, "His", "His assistant") == "Harlan Moss"


def test_fronted_phrase_subject_is_not_bound() -> None:
    # the parser may make "base" a subject and the name beside it an apposition: not bound
    text = "Renzo Adler toured Europe. With Oslo as his base Renzo Adler recorded five albums."
    clues = [found for name, found in _clues(text, "his", "his base") if name == "Renzo Adler"]
    assert clues and not any(found.get("bound") for found in clues)
