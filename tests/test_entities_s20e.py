"""Session 20 (RT-E): a company described with no article ("joined streaming rival Plataforma
Dos") is no person; a lone surname whose next sentence says "She and her late husband, <full
name>" is the wife, not the husband.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

import pytest

from text_samples import entity_index, people_in


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Owen Pell joined streaming rival Plataforma Luna in 2021.", "Plataforma Luna"),
        ("Dara Quell signed with rival broadcaster Halvex Norte last spring.", "Halvex Norte"),
    ],
)
def test_a_company_described_without_an_article_is_no_person(text: str, company: str) -> None:
    index = entity_index(text)
    found = {e.name: e.kind for e in index.entities.values()}
    assert found.get(company) == "organisation"
    assert company not in people_in(index)


def test_a_rival_alone_may_still_be_a_person() -> None:
    index = entity_index("Owen Pell beat his rival Tobin Marsh in the final in 2021.")
    assert "Tobin Marsh" in people_in(index)


def test_a_lone_surname_whose_next_sentence_names_her_husband_is_the_wife() -> None:
    text = (
        "Her plays include Quiet Harbours (1984). Brisco was born the second of three children of "
        "a Leeds doctor. She and her late husband, the composer Anselm Brisco, had two sons."
    )
    index = entity_index(text)
    husband = next(e for e in index.entities.values() if e.name == "Anselm Brisco")
    assert "Brisco" not in husband.aliases
    lone = [m for m in index.mentions if m.text == "Brisco"]
    assert lone and all(m.entity != husband.key for m in lone)


@pytest.mark.parametrize(
    "text",
    [
        'Mara Flint filed papers in May. "Divorce is not an option," Flint said, adding that she loved Owen.',
        "'Divorce is not an option,' Flint said.",
        "“Heartbreak is part of life,” Vance said of her split from Pell.",
    ],
)
def test_a_word_opening_a_quote_is_no_person(text: str) -> None:
    people = people_in(entity_index(text))
    assert not people & {"Divorce", "Heartbreak"}, people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a surname that is an English word, written so again outside the quote
        ('"Stone lied to me," she said. Stone denied it.', "Stone"),
        # a word no dictionary knows
        ('"Tobin lied to me," she said of her ex.', "Tobin"),
    ],
)
def test_a_name_opening_a_quote_stays_a_person(text: str, person: str) -> None:
    assert person in people_in(entity_index(text))
