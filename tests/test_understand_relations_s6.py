"""Relations, session 6: a possessive kinship noun whose "his" the resolver took for the named
kin itself ("His son, Otto Roe, took over"), a plural kinship noun before a list of names
("their daughters Ada and Bea"), and a brother or sister of someone whose parents the text gave
earlier (the parents' child too).

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse, children_of, married, parents_of

pytestmark = pytest.mark.model


# -- "his son, X": the "his" is not X ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On his death in 1918, his son, Otto Pell took over.",
        "His son, Otto Pell, ran the shop.",
        "In 1918 his son Otto Pell took over the shop.",
    ],
)
def test_his_son_names_the_main_persons_child(pipeline: Any, sentence: str) -> None:
    analysis = analyse(
        pipeline, f"Anton Roe (1841–1918) was a German antique dealer. He was born in Ulm. {sentence}"
    )
    assert children_of(analysis, "Anton Roe") == {"Otto Pell"}


def test_his_son_is_not_a_womans_child(pipeline: Any) -> None:
    # "his" cannot be the actress the text is about: nobody's child is claimed
    analysis = analyse(pipeline, "Ada Roe is an actress. She lives in Oslo. His son, Otto Pell, is a singer.")
    assert not [c for c in analysis.claims if c.predicate == "child"]


def test_name_then_her_father_is_never_read_the_wrong_way_round(pipeline: Any) -> None:
    # "Piet Roe, her father": the name is the father; never the actress's child
    analysis = analyse(pipeline, "Ada Roe is an actress. Piet Roe, her father, is a painter.")
    assert "Piet Roe" not in children_of(analysis, "Ada Roe")


# -- a plural kinship noun names a list -------------------------------------------------------


def test_their_daughters_names_every_daughter(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Mira Quent (born 1960) was a singer. She was survived by her husband Elias Quent and "
        "their daughters Ada and Bea.",
    )
    assert children_of(analysis, "Mira Quent") == {"Ada", "Bea"}
    assert children_of(analysis, "Elias Quent") == {"Ada", "Bea"}


def test_a_singular_son_names_one_child(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Mira Quent (born 1960) was a singer. Her son Ivo Quent and Lars Fenn founded a band."
    )
    assert children_of(analysis, "Mira Quent") == {"Ivo Quent"}


# -- a sibling shares the parents the text gave ----------------------------------------------


def test_younger_brother_is_the_parents_child_too(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Chaim Dorr (1848–1941) was a bishop. Dorr was born in Windham to Joseph Dorr and Sarah Dorr. "
        "His younger brother was the future bishop Benjamin Dorr.",
    )
    assert parents_of(analysis, "Benjamin Dorr") == {"Joseph Dorr", "Sarah Dorr"}


def test_the_brother_of_x_is_the_parents_child_too(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Jules Mart (1844–1898) was a physician. He was born in Berthier, the son of Louis Mart and "
        "Sophie Gren. He was the brother of Jean-Paul Mart.",
    )
    assert parents_of(analysis, "Jean-Paul Mart") == {"Louis Mart", "Sophie Gren"}


def test_half_sister_and_sister_in_law_are_not_the_parents_children(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tia Lund (born 1985) is a singer. She is the daughter of Ove Lund. Her half-sister Mia Lund "
        "is an actress. Her sister-in-law Ebba Sten is a judge.",
    )
    assert children_of(analysis, "Ove Lund") == {"Tia Lund"}


def test_a_sibling_without_known_parents_gives_no_parent(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Tia Lund (born 1985) is a singer. Her brother Kai Lund is an actor.")
    assert not [c for c in analysis.claims if c.predicate == "child"]


# -- a king and a queen named as a pair ------------------------------------------------------


def test_king_and_queen_named_together_are_married(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Harlow Palace is a royal summer palace in Norland. It is mainly associated with King Aldo V "
        "and Queen Mira, who spent their summers here.",
    )
    assert frozenset(("Aldo V", "Mira")) in married(analysis)


def test_prince_and_princess_named_together_are_not_married(pipeline: Any) -> None:
    # a prince and a princess named together are as often brother and sister
    analysis = analyse(pipeline, "Prince Leo and Princess Ida visited the Harlow school on Monday.")
    assert not married(analysis)


# -- employers ---------------------------------------------------------------------------------


def employers(analysis: Analysis, person: str) -> set[str | None]:
    return {c.object for c in analysis.claims if c.predicate == "employer" and c.subject == person}


def test_taught_at_the_conservatory_is_an_employer(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tomas Brell (1930–2005) was an Italian conductor. He taught at the Santa Lucia Conservatory, "
        "also conducting its orchestra.",
    )
    assert employers(analysis, "Tomas Brell") == {"Santa Lucia Conservatory"}


def test_took_a_position_with_a_company_is_an_employer(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Sam Brill (1911–1992) was a journalist. After the war he took a position with the Harlow Steel "
        "Company, where he stayed for twenty years.",
    )
    assert employers(analysis, "Sam Brill") == {"Harlow Steel Company"}
