"""Session 8: entity mistakes that cost relation facts. Children named in a list with their
ages, a lone surname a parent shares with a baby, two full names with one surname, and
non-people the tagger called people: a shouted word, a league's acronym, a place whose name ends
in a geographic word.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex
from text_samples import entity_at, entity_index, people_in


def _kind_of(index: EntityIndex, text: str, word: str) -> str | None:
    key = entity_at(index, text, word)
    return None if key is None else index.entities[key].kind


def test_children_listed_with_ages_after_commas_are_people() -> None:
    text = "Marisol Dane has three children, Tobin, 13, Pell, 11, and Ysolde, 9, with her ex-husband."
    assert {"Tobin", "Pell", "Ysolde"} <= people_in(entity_index(text))


def test_children_listed_with_ages_in_brackets_are_people() -> None:
    text = "Garrick Vell posted a photo of their kids Wren (7) and Ysolde (4) at the beach."
    assert {"Wren", "Ysolde"} <= people_in(entity_index(text))


def test_no_age_no_child_list() -> None:
    # "children, Ysolde..." without an age after the name is no list of children
    text = "The fund helps children. Ysolde Park, 2, was a charity in Dunmore."
    index = entity_index(text)
    assert "Ysolde" not in people_in(index)


def test_lone_surname_goes_to_the_adult_not_the_baby() -> None:
    text = (
        "Dorian Hale welcomed his son, Kenzo Kash Hale, in March. "
        "Hale said the baby was healthy. Hale told reporters he was thrilled."
    )
    index = entity_index(text)
    adult = entity_at(index, text, "Dorian Hale")
    assert adult is not None
    assert entity_at(index, text, "Hale said") == adult
    assert entity_at(index, text, "Hale told") == adult
    assert entity_at(index, text, "Kenzo Kash Hale") != adult


def test_two_full_names_sharing_a_surname_stay_apart() -> None:
    text = (
        "Billy Vantross interviewed George H. W. Vantross in 2004. Later Billy Vantross said the "
        "former president was kind. George Vantross declined to comment."
    )
    index = entity_index(text)
    billy = entity_at(index, text, "Billy Vantross")
    george = entity_at(index, text, "George H. W. Vantross")
    assert billy is not None and george is not None and billy != george
    assert entity_at(index, text, "George Vantross") == george


def test_shouted_word_and_league_acronyms_are_no_people() -> None:
    text = (
        "Talia Brenn said the game was ABSOLUTELY electric. Brenn joined the WNBA in 2019 after "
        "two years in the NBA and a stint in the NFL."
    )
    index = entity_index(text)
    assert people_in(index) == {"Talia Brenn"}
    assert _kind_of(index, text, "ABSOLUTELY") is None
    assert _kind_of(index, text, "WNBA") == "organisation"


def test_names_ending_in_a_geographic_word_are_places() -> None:
    text = (
        "Corin Mabe bought a house on Bowen Island and spends summers at Martha's Vineyard. "
        "Mabe also visited Crater Lake and Laurel Canyon."
    )
    index = entity_index(text)
    assert people_in(index) == {"Corin Mabe"}
    for place in ("Bowen Island", "Crater Lake", "Laurel Canyon"):
        assert _kind_of(index, text, place) == "place"


def test_a_first_name_before_an_ambiguous_head_is_still_a_person() -> None:
    # "Lake" and "Bay" are surnames too: after a known first name they name a person
    text = "Susan Lake said she would direct the sequel. Lake praised Michael Bay for the stunts."
    index = entity_index(text)
    assert {"Susan Lake", "Michael Bay"} <= people_in(index)


def test_lone_surname_goes_to_the_parent_when_the_baby_is_named_first() -> None:
    text = (
        "Baby Kenzo Kash Hale arrived on Tuesday. Dorian Hale and his wife Enna shared photos. "
        "Hale said he was thrilled."
    )
    index = entity_index(text)
    parent = entity_at(index, text, "Dorian Hale")
    assert parent is not None
    assert entity_at(index, text, "Hale said") == parent
    assert entity_at(index, text, "Kenzo Kash Hale") != parent


def test_a_lone_surname_still_goes_to_the_adult_introduced_first() -> None:
    # no one is introduced as a child: the one introduced first keeps the surname
    text = "Orla Vantine sang first. Her brother Piers Vantine joined her. Vantine said it was loud."
    index = entity_index(text)
    assert entity_at(index, text, "Vantine said") == entity_at(index, text, "Orla Vantine")
