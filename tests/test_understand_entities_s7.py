"""Session 7: people the entity finder recovers where the tagger gives no name: a bare title used
as a person ("the Queen granted ..."), "Oscar" as a first name; and what must stay no person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from text_samples import entity_index, person_at


def test_bare_title_subject_near_a_pronoun_is_a_person() -> None:
    text = "Tradition holds that the Queen granted Wexcombe Hall to her spymaster, Sir Aldous Penrick."
    index = entity_index(text)
    key = person_at(index, text, "Queen")
    assert key is not None
    assert index.people[key].gender == "f"


def test_bare_title_gives_the_gender_of_a_man() -> None:
    text = "After the siege the Duke passed his claim on the valley to a cousin."
    index = entity_index(text)
    key = person_at(index, text, "Duke")
    assert key is not None
    assert index.people[key].gender == "m"


def test_title_with_a_name_or_of_after_it_is_no_bare_title() -> None:
    """ "the Duke of Arden" and "the Queen Mother" are read (or not) by the other rules, never as
    a lone "Duke" or "Queen"."""
    for text, word in (
        ("Last spring the Duke of Arden opened his gardens to the public.", "Duke"),
        ("In 1950 the Queen Mother visited her old school.", "Queen"),
    ):
        index = entity_index(text)
        assert not any(m.text == word for m in index.mentions), text


def test_bare_title_with_no_he_or_she_near_is_no_person() -> None:
    text = "The King arrived at noon. The crowd cheered and the band played until dusk."
    index = entity_index(text)
    assert person_at(index, text, "King") is None


def test_oscar_as_a_first_name_leads_a_full_name() -> None:
    text = "Oscar Brannigan signed the contract on Monday, and his agent confirmed the deal."
    index = entity_index(text)
    key = person_at(index, text, "Brannigan")
    assert key is not None and index.name(key) == "Oscar Brannigan"


def test_the_oscar_award_is_still_no_person() -> None:
    text = "Mirela Vantongeren won an Oscar in 2019, and she thanked her mother on stage."
    index = entity_index(text)
    assert person_at(index, text, "Oscar") is None
