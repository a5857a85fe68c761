"""Session 13: pronoun rules read off the parse.

- "his own" / "her own" stands for the subject of its own clause, like a reflexive (the name a
  relative word stands for where the subject is "who");
- the doer of a subjectless verb (`_controller`), whom its object pronoun can never be: the object
  of the verb above an infinitive of purpose ("hired Bo to help her"), the subject of the clause a
  participle is set beside ("Ana became his mentor, introducing him"), nobody where a "for" phrase
  names the doer; and an object pronoun the parser takes for the subject of a bare verb ("help him
  train") is bound the same way;
- the learned ranker's pick stands, a little ahead of the hand weights' pick, where its gender
  agrees and the text never shows the other's (`_RANKER_LEAD_GENDER`).

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand import pronouns
from allegedly.understand.language import load_pipeline
from text_samples import entity_index


def _resolve(text: str, word: str, marker: str) -> str:
    """The name the pronoun `word` at the start of `marker` (a piece of `text`) resolves to."""
    index = entity_index(text)
    at = text.index(marker)
    assert text[at : at + len(word)] == word
    return index.name(index.resolve_pronoun(word, at) or "")


def _token(text: str, marker: str, nth: int = 0) -> Any:
    """The parse's token at the start of `marker` in `text`."""
    doc = load_pipeline()(text)
    at = text.index(marker)
    return next(t for t in doc if t.idx == at)


def test_her_own_is_the_subject_of_its_clause() -> None:
    text = (
        "Marisol Quenby recorded the demo of Tiny Lanterns in 2009. "
        "Quenby played every instrument on it and multi-tracked her own voice for the chorus."
    )
    assert _resolve(text, "her", "her own") == "Marisol Quenby"


def test_his_own_in_a_relative_clause_is_the_name_before_who() -> None:
    text = "Teodor Blask left the set after a row with Emil Varga, who had to finish the film on his own."
    assert _resolve(text, "his", "his own") == "Emil Varga"


def test_an_infinitive_of_purpose_with_an_object_is_done_by_the_object() -> None:
    text = "Gwenna Tallis was short of staff, so the chef sent Orla Fenwick to help her."
    verb = _token(text, "help")
    assert [verb.doc[i].text for i in pronouns._controller(verb)] == ["Fenwick"]
    assert _resolve(text, "her", "her.") == "Gwenna Tallis"


def test_a_participle_shares_the_subject_of_its_clause() -> None:
    text = "Halvard Imre became a mentor to the young Piet Soames, introducing him to the poets of the city."
    verb = _token(text, "introducing")
    assert [verb.doc[i].text for i in pronouns._controller(verb)] == ["Imre"]
    assert _resolve(text, "him", "him to") == "Piet Soames"


def test_a_for_phrase_names_the_doer() -> None:
    text = "Rosa Vint was held at the border, only for Kellan Ashe to arrive and have her released."
    verb = _token(text, "have")
    assert "Vint" not in [verb.doc[i].text for i in pronouns._controller(verb)]
    assert _resolve(text, "her", "her released") == "Rosa Vint"


def test_the_gender_lead_needs_a_sure_gender_against_an_unseen_one() -> None:
    assert pronouns._RANKER_LEAD_GENDER < pronouns._RANKER_LEAD
    text = "Darnell Osei met Keswick at the harbour. He sailed at dawn."
    index = entity_index(text)
    resolver = index.pronouns
    token = resolver._token_at(text.index("He sailed"))
    scored = resolver.scored(token, "m")
    people = {index.name(m.entity): m.entity for m, _ in scored}
    assert pronouns._has_clue(scored, people["Darnell Osei"], "agree")
    assert pronouns._gender_unseen(scored, people["Keswick"])
    assert not pronouns._gender_unseen(scored, people["Darnell Osei"])


def test_a_preposition_object_is_not_the_doer_of_its_verb() -> None:
    text = (
        "Fennick Ros ran a small studio in Leeds. "
        "Abel Marrow admired the studio and vowed to work with him one day."
    )
    assert _resolve(text, "him", "him one") == "Fennick Ros"


def test_a_participle_right_after_the_object_is_done_by_the_object() -> None:
    text = "Leontyne Ashby caught her husband cheating on her."
    verb = _token(text, "cheating")
    assert [verb.doc[i].text for i in pronouns._controller(verb)] == ["husband"]
