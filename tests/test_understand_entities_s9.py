"""Session 9: entity mistakes that cost facts and pronoun links. Titles in quotes after a work
noun or before a role, places ending in a club's head word ("Studio City"), an organisation
named after its founder ("Ashby Records"), towns the tagger called people after "live in", a
title before a role that the tagger read as a person's name, and a heading's last word glued to
the next line.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex
from text_samples import entity_at, entity_index, people_in


def _kind_of(index: EntityIndex, text: str, word: str, occurrence: int = 0) -> str | None:
    key = entity_at(index, text, word, occurrence)
    return None if key is None else index.entities[key].kind


def _named(index: EntityIndex, kind: str) -> set[str]:
    return {e.name for e in index.entities.values() if e.kind == kind}


# Quoted titles


def test_quoted_title_after_a_work_noun_is_a_work() -> None:
    text = 'Tessa Grey read from her memoir "Salt and Ash" at the festival.'
    index = entity_index(text)
    assert "Salt and Ash" in _named(index, "work")
    assert "Tessa Grey" in people_in(index)


def test_quoted_title_after_film_is_a_work() -> None:
    text = 'Mara Quill stars in her latest film "Night Harbor", which opens in May.'
    assert _kind_of(entity_index(text), text, "Night Harbor") == "work"


def test_quoted_title_before_a_role_is_a_work_and_no_person() -> None:
    text = 'Fans adore the "Missing Lorna Vey" singer, who toured all summer.'
    index = entity_index(text)
    assert "Missing Lorna Vey" in _named(index, "work")
    assert "Lorna Vey" not in people_in(index)


def test_quoted_title_before_star() -> None:
    text = 'The former "Salt Creek" star Tobin Vale has moved to Dunmore.'
    index = entity_index(text)
    assert _kind_of(index, text, "Salt Creek") == "work"
    assert "Tobin Vale" in people_in(index)


def test_quoted_speech_before_a_role_is_no_title() -> None:
    # a comma of speech inside the quotes, or a sentence in lower case, is no title
    for text in (
        '"Thanks for everything," actress Mara Quill said.',
        '"I loved every minute" star Mara Quill told the crowd.',
    ):
        index = entity_index(text)
        assert not _named(index, "work"), text
        assert "Mara Quill" in people_in(index)


# Titles before a role


def test_title_after_the_before_a_role_is_a_work_not_a_person() -> None:
    text = "The Velvet Hour actress, 36, and her partner Jasper Holt live quietly."
    index = entity_index(text)
    assert _kind_of(index, text, "Velvet Hour") == "work"
    assert "Velvet Hour" not in people_in(index)


def test_title_with_to_before_a_role() -> None:
    text = "Dorian Keel is famous, but the Married to Marlowe star keeps his life private."
    index = entity_index(text)
    assert "Married to Marlowe" in _named(index, "work")
    assert "Marlowe" not in people_in(index)


# Places


def test_place_ending_in_city_is_a_place() -> None:
    text = "Nina Vell hosted a fundraiser at her Studio City home. She later flew to Bellport City."
    index = entity_index(text)
    assert _kind_of(index, text, "Studio City") == "place"


def test_club_ending_in_city_stays_an_organisation() -> None:
    text = "Tomas Berg joined Dunmore City in 2019. Dunmore City won the cup that year."
    index = entity_index(text)
    assert _kind_of(index, text, "Dunmore City") == "organisation"
    assert _kind_of(index, text, "Dunmore City", 1) == "organisation"


def test_town_after_live_in_is_a_place_even_when_tagged_a_person() -> None:
    text = "Rook Vale has left the band. Rook Vale and his wife live in Margate with their daughter."
    index = entity_index(text)
    assert _kind_of(index, text, "Margate") == "place"
    assert "Margate" not in people_in(index)


def test_part_of_a_full_name_after_moved_to_is_no_place() -> None:
    text = "Ilse Marr moved to Rook Vale's farm in 2019. Rook Vale said she was welcome."
    index = entity_index(text)
    assert "Rook Vale" not in _named(index, "place")
    assert "Rook Vale" in people_in(index)


def test_town_placed_twice_is_a_place() -> None:
    text = "The show is filmed in Savannah, Georgia. Keel bought a stake in Savannah's oldest bar."
    index = entity_index(text)
    assert _kind_of(index, text, "Savannah") == "place"


def test_house_together_in_town() -> None:
    text = "Tova Brenn and Pell Ashdown recently bought a house together in Evanston."
    assert _kind_of(entity_index(text), text, "Evanston") == "place"


def test_place_at_the_end_of_a_heading_stops_at_the_line_break() -> None:
    text = (
        "2022: They moved to Nashville\n\n"
        "Marchand and Vecchi bought a farmhouse outside Nashville, where she recorded an album."
    )
    index = entity_index(text)
    assert "Nashville" in _named(index, "place")
    assert not any("\n" in name for name in _named(index, "place"))


# Organisations named after their founders


def test_company_named_after_its_founder() -> None:
    text = (
        "Gerald Ashby founded Ashby Records in 1966. Ashby Records signed many acts. Ashby said he was proud."
    )
    index = entity_index(text)
    assert _kind_of(index, text, "Ashby Records") == "organisation"
    founder = entity_at(index, text, "Gerald Ashby")
    assert founder is not None
    assert entity_at(index, text, "Ashby said") == founder
    # the company's first word is no mention of the founder
    assert entity_at(index, text, "Ashby Records") != founder


def test_founder_rule_needs_the_name_first_and_a_head_word_last() -> None:
    text = "Gerald Ashby met Pia Lund. Ashby sang for Pia Lund Cosmetics in May."
    index = entity_index(text)
    assert "Ashby sang for Pia Lund Cosmetics" not in _named(index, "organisation")
    assert "Gerald Ashby" in people_in(index)


def test_brand_and_label_after_a_comma() -> None:
    text = (
        "Dana Welles launched her beauty brand, Velvet Ash, in 2020. "
        "Cole Brandt sold the label he founded, North Pier Records, to a rival."
    )
    index = entity_index(text)
    assert _kind_of(index, text, "Velvet Ash") == "organisation"
    assert _kind_of(index, text, "North Pier Records") == "organisation"


# Works after a comma


def test_subject_after_a_work_noun_and_comma_is_no_work() -> None:
    text = "Like her first album, Dunvale co-produced the record with Gary Pell."
    index = entity_index(text)
    assert _kind_of(index, text, "Dunvale") != "work"


def test_apposition_after_a_work_noun_is_still_a_work() -> None:
    text = "Pia Lorne released her album, Glass Lane, in May. Glass Lane went gold."
    index = entity_index(text)
    assert _kind_of(index, text, "Glass Lane") == "work"
    assert "Glass Lane" not in people_in(index)


def test_place_after_a_title_is_no_word_of_it() -> None:
    text = "Celia Marr, then filming the period drama The Glass Orchard in London, posted a photo."
    index = entity_index(text)
    assert "Glass Orchard" in {n.removeprefix("The ") for n in _named(index, "work")}
    assert _kind_of(index, text, "London") == "place"


def test_one_word_title_keeps_its_place() -> None:
    text = "After her TV series Warm in Dunmore ended in 2014, Ada Fell retired."
    index = entity_index(text)
    assert "Warm in Dunmore" in _named(index, "work")


def test_title_with_an_ampersand() -> None:
    text = "Priya Vale starred in the Marsh & Daughters film Henry & June & Me last year."
    index = entity_index(text)
    assert "Henry & June & Me" in _named(index, "work")


def test_first_word_of_a_company_alone_is_the_company() -> None:
    text = (
        "Mira Quint was fired Tuesday by Beacon Broadcasting. "
        '"Her contract has ended," Beacon said. Before joining Beacon, she worked in radio.'
    )
    index = entity_index(text)
    company = entity_at(index, text, "Beacon Broadcasting")
    assert company is not None and index.entities[company].kind == "organisation"
    assert entity_at(index, text, "Beacon said") == company
    assert entity_at(index, text, "Beacon,") == company
    assert "Beacon" not in people_in(index)


def test_a_full_name_sharing_a_company_first_word_stays_a_person() -> None:
    text = "Gerald Ashby founded Ashby Records in 1966. Ashby said he was proud."
    index = entity_index(text)
    assert index.entities[entity_at(index, text, "Ashby said") or ""].kind == "person"
