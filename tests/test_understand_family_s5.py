"""Family rules, session 5: a sibling named after the parents shares them ("X was born to A and
B; his sister, C, is an actress"), and "the eldest of five children of A" names one child of A.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, parents_of

pytestmark = pytest.mark.model


# -- a sibling in a later clause shares the parents --------------------------------------------


def test_sister_after_born_to_shares_both_parents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tomas Verhaal is a Dutch singer. Verhaal was born in Utrecht to Pieter Verhaal, an aircraft "
        "engineer and Marta, who is Irish; his sister, Ilse Verhaal, is an actress.",
    )
    assert parents_of(analysis, "Tomas Verhaal") == {"Pieter Verhaal", "Marta"}
    assert parents_of(analysis, "Ilse Verhaal") == {"Pieter Verhaal", "Marta"}


def test_younger_brothers_after_son_of_share_the_parents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rolf Anders was born to Karl Anders and Hanne Mohr, and his younger brothers Jens Anders "
        "and Piet Anders became pilots.",
    )
    for child in ("Rolf Anders", "Jens Anders", "Piet Anders"):
        assert parents_of(analysis, child) == {"Karl Anders", "Hanne Mohr"}


def test_half_sister_does_not_share_both_parents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rolf Anders is a Danish pilot. He is the son of Karl Anders and Hanne Mohr; his half-sister, "
        "Lena Vos, is a singer.",
    )
    assert parents_of(analysis, "Rolf Anders") == {"Karl Anders", "Hanne Mohr"}
    assert not parents_of(analysis, "Lena Vos")


def test_sibling_after_another_persons_name_is_not_read(pipeline: Any) -> None:
    # "his" may be Otto Lind's: whose sister Ida is, is unclear
    analysis = analyse(
        pipeline,
        "Rolf Anders is the son of Karl Anders, whose friend Otto Lind was a pilot; his sister "
        "Ida Lind sang.",
    )
    assert "Karl Anders" in parents_of(analysis, "Rolf Anders")
    assert not parents_of(analysis, "Ida Lind")


# -- "the eldest of five children of" -----------------------------------------------------------


def test_eldest_of_five_children_of_names_one_child(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Anna Berg was the eldest of five children of Lennart Berg.")
    assert parents_of(analysis, "Anna Berg") == {"Lennart Berg"}


def test_second_of_three_daughters_of_two_parents(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Anna Berg was a Swedish baker. She was the second of three daughters of Lennart Berg and Maja Berg.",
    )
    assert parents_of(analysis, "Anna Berg") == {"Lennart Berg", "Maja Berg"}
    assert not parents_of(analysis, "Maja Berg")


def test_plural_children_of_without_a_joint_subject_names_no_child(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Anna Berg wrote about them. These siblings were children of Lennart Berg.")
    assert not parents_of(analysis, "Anna Berg")


def test_may_hold_gate_never_skips_a_match() -> None:
    """The cheap test before a slow family pattern passes every text the pattern matches, also
    through a character the regex engine takes for an ASCII letter ("ſ" for "s")."""
    from allegedly.understand.family import _SPOUSE_OF, _SPOUSE_OF_WORDS, _may_hold

    for text in ("Mira Tolland, the WIFE of Oskar Brenn, spoke.", "Pia Quell, ſpouse of Teo Marr, left."):
        assert _SPOUSE_OF.search(text) and _may_hold(text, _SPOUSE_OF_WORDS)
    assert not _may_hold("Teo Marr opened a bakery in Fenwick.", _SPOUSE_OF_WORDS)
