"""Finding people and organisations where the tagger splits, mislabels or misses them.

Every sentence is invented for these tests (fictional people, clubs, companies and schools).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.entities import EntityIndex, find_entities

pytestmark = pytest.mark.model


def index_of(pipeline: Any, text: str) -> EntityIndex:
    return find_entities(pipeline.nlp(text), pipeline.outlets)


def kinds(index: EntityIndex) -> dict[str, str]:
    """Entity name → kind."""
    return {e.name: e.kind for e in index.entities.values()}


def people(index: EntityIndex) -> set[str]:
    return {e.name for e in index.entities.values() if e.kind == "person"}


def test_a_surname_the_tagger_left_out_still_ends_the_name(pipeline: Any) -> None:
    # the tagger calls "Rowan" a person and leaves "Ashgrove" out
    index = index_of(pipeline, "Model Kira Delane and Rowan Ashgrove have married.")
    assert people(index) == {"Kira Delane", "Rowan Ashgrove"}


def test_first_names_listed_together_are_people_not_places(pipeline: Any) -> None:
    index = index_of(pipeline, "Ivy and Margot were born in Rome.")
    assert {"Ivy", "Margot"} <= people(index)
    assert kinds(index)["Rome"] == "place"


def test_after_a_kinship_word_to_names_a_person(pipeline: Any) -> None:
    index = index_of(pipeline, "He is father to Ivy, Margot and Felix.")
    assert {"Ivy", "Margot", "Felix"} <= people(index)


def test_born_to_a_full_name_is_a_parent_not_a_place(pipeline: Any) -> None:
    index = index_of(pipeline, "Eliza was born in Carolina to Polly Simmons, a maid.")
    assert "Polly Simmons" in people(index)


def test_a_role_before_a_name_is_not_part_of_it(pipeline: Any) -> None:
    index = index_of(pipeline, "The DJ Remy Castell played a set at the club.")
    assert people(index) == {"Remy Castell"}


def test_a_title_before_a_lone_name_is_dropped(pipeline: Any) -> None:
    index = index_of(
        pipeline, "Soon after, Captain Ortolan and Lieutenant George arrive to rescue them. He smiles."
    )
    assert any(name.split()[-1] == "George" for name in people(index))


def test_a_club_one_joined_and_played_for_is_an_organisation(pipeline: Any) -> None:
    index = index_of(
        pipeline, "Teodor Vask joined Galatasaray in 2015 and played for Galatasaray until 2019."
    )
    found = kinds(index)
    assert found["Galatasaray"] == "organisation"
    assert people(index) == {"Teodor Vask"}


def test_a_school_one_studied_at_or_joined_as_a_lecturer_is_an_organisation(pipeline: Any) -> None:
    index = index_of(pipeline, "She studied at Tulane before she joined Stanford as a lecturer.")
    found = kinds(index)
    assert found["Tulane"] == "organisation"
    assert found["Stanford"] == "organisation"
    assert not people(index)


def test_a_company_after_chief_executive_of_is_an_organisation(pipeline: Any) -> None:
    index = index_of(pipeline, "Mara Quill was appointed chief executive of Veltrix in 2019.")
    assert kinds(index)["Veltrix"] == "organisation"
    assert kinds(index)["Mara Quill"] == "person"


def test_a_shouted_company_name_after_joined_is_an_organisation(pipeline: Any) -> None:
    index = index_of(pipeline, "Mara Quill joined KELTRON in 2012 and later became CEO of KELTRON.")
    assert kinds(index)["KELTRON"] == "organisation"


def test_a_person_one_joined_on_stage_stays_a_person(pipeline: Any) -> None:
    index = index_of(pipeline, "Ana Vey joined Tom Rell on stage.")
    assert people(index) == {"Ana Vey", "Tom Rell"}


def test_a_name_with_a_possessive_before_co_star_is_a_person_not_a_title(pipeline: Any) -> None:
    index = index_of(
        pipeline, "Marisol Quenby stars in the show. Quenby's co-star Lola Brandt is also off the market."
    )
    assert people(index) == {"Marisol Quenby", "Lola Brandt"}
    assert not [e for e in index.entities.values() if e.kind == "work"]


def test_honours_after_a_name_are_not_part_of_it(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Dame Elin Vask DBE FRS is a British chemist. Vask founded a lab in 1994. Her work is known.",
    )
    assert people(index) == {"Elin Vask"}
    assert [m.text for m in index.mentions if m.entity == "person:elin-vask"] == ["Elin Vask", "Vask"]


def test_a_family_name_two_full_names_carry_said_alone_is_the_person_introduced_first(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Lena Moro Vidal (born 1980) is a singer. She is the daughter of Tomas Moro Quint. "
        "Moro was born in Lima, where she grew up.",
    )
    moro = [m.entity for m in index.mentions if m.text == "Moro"]
    assert moro == ["person:lena-moro-vidal"]


def test_a_full_name_listed_beside_a_place_is_still_a_person(pipeline: Any) -> None:
    index = index_of(pipeline, "Critics compared the band to Alabama and Dwight Yoakam. He said it was fair.")
    assert "Dwight Yoakam" in people(index)
    assert kinds(index)["Alabama"] == "place"


def test_a_known_first_name_before_a_title_word_is_a_full_name(pipeline: Any) -> None:
    index = index_of(pipeline, "The column was mentioned by Peter King in his weekly articles.")
    assert people(index) == {"Peter King"}


def test_a_capitalised_word_before_a_lowercase_noun_after_joined_is_no_organisation(pipeline: Any) -> None:
    index = index_of(pipeline, "Ana Vey escaped, joined the French resistance and fled twice.")
    assert "French" not in kinds(index)


def test_whole_word_occurrences_match_the_regex_they_replace() -> None:
    import re

    from allegedly.understand.entities import whole_word_occurrences

    text = "Vey, Vey-Roe, Veys, O'Vey and Ana Vey; _Vey Vey"
    expected = [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])Vey(?![\w-])", text)]
    assert whole_word_occurrences(text, "Vey") == expected
