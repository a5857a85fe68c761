"""Family relations and birth dates in the shapes of encyclopaedic biographies.

Every sentence is invented for these tests (fictional people): children listed "with" the other
parent, "his widow", ranks between a possessive and its kinship noun ("his thirteenth wife"),
"A, who was the son of B", plural "the children of", "(father of X)", "born of", and life years
after another spelling or with a place ("(1859 in Split – 1932)", "b. 1950").  Each positive shape
has a near miss beside it that must give no relation.
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, births, married, relations

pytestmark = pytest.mark.model


def test_children_listed_with_the_other_parent(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Ferdo Kalman had three children with Mira Dobos: Ana Kalman, Petar Kalman and Iva Kalman."
    )
    children = relations(analysis, "child")
    for child in ("Ana Kalman", "Petar Kalman", "Iva Kalman"):
        assert ("Ferdo Kalman", child) in children
        assert ("Mira Dobos", child) in children


def test_his_widow_is_his_spouse(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ferdo Kalman died in 1990. His widow, Mira Dobos, ran the farm until 2001.")
    assert frozenset(("Ferdo Kalman", "Mira Dobos")) in married(analysis)


def test_a_rank_between_possessive_and_wife(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Prince Arvid Lenn, the fifth son of King Oster Lenn, and his thirteenth wife, Lady Mirel Sand,"
        " had one son.",
    )
    spouses = married(analysis)
    assert frozenset(("Arvid Lenn", "Mirel Sand")) in spouses
    # the "his" is the prince's, not the king's named in the apposition
    assert frozenset(("Oster Lenn", "Mirel Sand")) not in spouses


def test_eldest_son_after_a_possessive_name(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Halvard Brenn's eldest son Ingvar Brenn took over the shipyard in 1950.")
    assert ("Halvard Brenn", "Ingvar Brenn") in relations(analysis, "child")


def test_a_relative_clause_names_the_grandparents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Emil Marec was born in Trent, the son of Paul Marec, who was the son of Jan Marec, and Eva Dort.",
    )
    children = relations(analysis, "child")
    assert ("Paul Marec", "Emil Marec") in children
    assert ("Jan Marec", "Paul Marec") in children
    # the grandfather is not the subject's parent
    assert ("Jan Marec", "Emil Marec") not in children


def test_plural_children_of_after_a_joint_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Olin Tarr and his twin brother Bram Tarr were the children of Sela Tarr and Gunnar Holt."
    )
    children = relations(analysis, "child")
    for child in ("Olin Tarr", "Bram Tarr"):
        assert ("Sela Tarr", child) in children
        assert ("Gunnar Holt", child) in children


def test_plural_children_of_without_a_subject_names_no_child(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Critics of Vera Lind say that these siblings were either children of Tomas Brandt or cousins.",
    )
    assert relations(analysis, "child") == set()


def test_sons_of_in_brackets_after_a_list(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The war was fought between Anton Rusk and Milo Rusk (third and fourth sons of the Duke Ivar Rusk).",
    )
    children = relations(analysis, "child")
    assert ("Ivar Rusk", "Anton Rusk") in children
    assert ("Ivar Rusk", "Milo Rusk") in children


def test_father_of_in_brackets(pipeline: Any) -> None:
    analysis = analyse(pipeline, "His clients included Jaro Lisko (father of Sir Emil Lisko) and Ivo Ranic.")
    assert ("Jaro Lisko", "Emil Lisko") in relations(analysis, "child")


def test_born_of_only_right_after_the_one_born(pipeline: Any) -> None:
    born_of = analyse(pipeline, "Arvo Pellin was born of Liisa Koski in Turku in 1901.")
    assert ("Liisa Koski", "Arvo Pellin") in relations(born_of, "child")
    # "the son of A, born of B": whose mother B is stays unsaid
    ambiguous = analyse(pipeline, "Arvo Pellin was the son of Vesa Pellin, born of Liisa Koski in Turku.")
    assert ("Liisa Koski", "Vesa Pellin") not in relations(ambiguous, "child")


def test_pronoun_daughter_of_after_a_longer_copula(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nella Brun was ten when she met the painter."
        " She happened to be the daughter of Silva Brun, an actress.",
    )
    assert ("Silva Brun", "Nella Brun") in relations(analysis, "child")


@pytest.mark.parametrize(
    ("text", "person", "born"),
    [
        ("Telo Vasic (1859 in Split–15 January 1932) was a designer.", "Telo Vasic", "1859"),
        ("Darko Mesic (; Darko Mesich; 1861–April 1920) was a Croatian architect.", "Darko Mesic", "1861"),
        ("Katrin Holm, b. 1950, is a Danish chemist.", "Katrin Holm", "1950"),
    ],
)
def test_life_years_in_more_shapes(pipeline: Any, text: str, person: str, born: str) -> None:
    assert births(analyse(pipeline, text)).get(person) == born


def test_years_at_a_school_are_not_a_life(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Pupils included Rudi Vass (1946 in Graz–1950) and others.")
    assert "Rudi Vass" not in births(analysis)
