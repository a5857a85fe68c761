"""A lone surname the text itself calls a woman ("Vardell was the daughter of ...
She ...") is not the man whose full name shares it; an English word or a title used as a
surname ("Hollow sold himself out", "In the final, Brisk placed ... her") is a person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline


def _index(text: str) -> EntityIndex:
    return find_entities(load_pipeline()(text))


def _key_of(index: EntityIndex, word: str, nth: int = 0) -> str | None:
    spans = [m for m in index.mentions if m.text == word and m.entity.startswith("person:")]
    return spans[nth].entity if len(spans) > nth else None


def test_a_lone_surname_called_a_daughter_is_not_her_husband() -> None:
    text = (
        "Vardell was the daughter of Oriane Pask and Tobin Cray. "
        "She married Desmond Vardell, a ferry engineer, in 1961."
    )
    index = _index(text)
    lone = _key_of(index, "Vardell")
    assert lone is not None
    assert index.people[lone].gender == "f"
    assert lone != _key_of(index, "Desmond Vardell")
    she = text.index("She")
    assert index.resolve_pronoun("She", she) == lone


def test_a_lone_surname_without_contrary_evidence_stays_with_the_full_name() -> None:
    text = "Desmond Vardell built ferries. Vardell retired in 1990. He died in 2001."
    index = _index(text)
    assert _key_of(index, "Vardell") == _key_of(index, "Desmond Vardell")


def test_a_quote_ending_in_a_kinship_word_says_nothing_of_the_speaker() -> None:
    # '"... my first husband," Varga-Lind says': the quote's last word is no kinship word before
    # the name, so the lone surname stays the woman's own
    text = (
        "Maria Varga-Lind is tuning a cello in her studio in Ghent. "
        '"Everybody asks me about my first husband," Varga-Lind says. "I never had one."'
    )
    index = _index(text)
    assert _key_of(index, "Varga-Lind") == _key_of(index, "Maria Varga-Lind")


def test_a_title_word_used_as_a_surname_is_a_person() -> None:
    text = (
        "The critic argues that Marshal sold himself out to sponsors for money. "
        "He also ignored his readers for years."
    )
    index = _index(text)
    marshal = _key_of(index, "Marshal")
    assert marshal is not None
    assert index.resolve_pronoun("He", text.index("He also")) == marshal


def test_a_title_before_a_name_is_still_no_surname() -> None:
    index = _index("The Marshal of the fleet spoke to Ilka Varga. He praised her crew.")
    assert _key_of(index, "Marshal") is None


def test_an_english_word_as_a_surname_is_found() -> None:
    text = (
        "The climbing club met at the quarry on Sunday. At the top rope, Brisk beat Ilka Varga by a minute. "
        "Brisk then tried the overhang without her harness (a first for the club)."
    )
    index = _index(text)
    brisk = _key_of(index, "Brisk")
    assert brisk is not None
    assert index.resolve_pronoun("her", text.index("her harness")) == brisk


def test_a_word_before_himself_is_a_person() -> None:
    text = (
        "The harbour mural was unveiled in May, and the last panel was painted by Odile Marchetti "
        "and Thorn himself. He retired to Lisbon in 1931."
    )
    assert _key_of(_index(text), "Thorn") is not None
