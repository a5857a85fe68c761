"""Session 16: a his/her whose noun is set beside a name with "and" belongs to that name.

- "Bo and his band", "Ana and all of her sisters": the `poss_conjunct` clue marks the name the
  owned noun (or the phrase holding it) is a conjunct of; the hand weights count it, so the
  owner wins over the sentence's subject;
- `PronounResolver.ruled` says whether a rule, not the weights, decides a pronoun (and whom it
  picks), as `bench/gap_fit.py` scores such pronouns.

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


def _clues(text: str, word: str, marker: str) -> dict[str, dict[str, float]]:
    """Each candidate name's clues for the pronoun at `marker` (the name's text → its clues)."""
    index = entity_index(text)
    at = text.index(marker)
    resolver = index.pronouns
    token: Any = resolver._token_at(at)
    assert token is not None and token.lower_ == word
    wanted = "m" if word in pronouns.MALE_PRONOUNS else "f"
    return {text[m.span.start : m.span.end]: found or {} for m, found in resolver.scored(token, wanted)}


def test_the_name_beside_what_his_owns_is_marked() -> None:
    text = "Corvin Dallow refused to tour with Ansel Marrick and his brass quartet that winter."
    clues = _clues(text, "his", "his brass")
    assert clues["Ansel Marrick"].get("poss_conjunct") == 1
    assert not clues["Corvin Dallow"].get("poss_conjunct")


def test_the_phrase_holding_her_noun_may_sit_between() -> None:
    text = "Petra Lindqvist photographed Marta Oyelowo and all of her nieces at the harbour fair."
    clues = _clues(text, "her", "her nieces")
    assert clues["Marta Oyelowo"].get("poss_conjunct") == 1


def test_without_and_no_name_is_marked() -> None:
    text = "Corvin Dallow met Ansel Marrick after his concert in the old mill."
    clues = _clues(text, "his", "his concert")
    assert not any(found.get("poss_conjunct") for found in clues.values())


def test_the_owner_set_beside_her_noun_is_her() -> None:
    text = "Ilse Brannagh later praised Dorota Keel and her publisher in a memoir."
    assert _resolve(text, "her", "her publisher") == "Dorota Keel"


def test_a_rule_decides_her_own() -> None:
    text = "Marit Solvang produced the record herself, and Solvang sang every part with her own voice."
    index = entity_index(text)
    resolver = index.pronouns
    at = text.index("her own")
    token: Any = resolver._token_at(at)
    ruled, key = resolver.ruled(token, "f", resolver.scored(token, "f"))
    assert ruled and index.name(key or "") == "Marit Solvang"
