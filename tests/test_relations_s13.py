"""Session 13 relation fixes, checked on invented sentences: a baby welcomed unnamed and named
in a later sentence ("The baby, named X, was born"), both parents of "The actress and her
husband, the chef X, welcomed", a name after "on" is no baby, "had broken up" as a split, an
age in words after "turned", ages in brackets, and two described ages in one sentence going
each to its own person of the sentence before."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse

pytestmark = pytest.mark.model


def _facts(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    claims = analyse(pipeline, text, date="2024-03-01").claims
    return {(c.predicate, c.subject, str(c.object or c.value)) for c in claims}


def test_baby_named_in_the_next_sentence(pipeline: Any) -> None:
    text = (
        "Odalys Verhoeven-Marsh and Tobiah Quennell have become parents. The singer, 31, and her "
        "husband, the sculptor Tobiah Quennell, welcomed a son on Tuesday, a spokesperson said. "
        "The baby, named Caspian Rowe, was born at home in Bristol."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Odalys Verhoeven-Marsh", "Caspian Rowe") in facts
    assert ("child", "Tobiah Quennell", "Caspian Rowe") in facts
    assert not [f for f in facts if f[0] == "child" and "Tuesday" in f[2]]


def test_outlet_reported_broken_up(pipeline: Any) -> None:
    text = (
        "Perpetua Lindqvist and Oren Castellanos met in 2018. In March 2021, The Sun reported "
        "that the couple had broken up after two years together."
    )
    facts = _facts(pipeline, text)
    pair = {"Perpetua Lindqvist", "Oren Castellanos"}
    assert any(f[0] == "separated" and {f[1], f[2]} == pair for f in facts)


def test_age_in_words_after_turned(pipeline: Any) -> None:
    text = "Lavinia Ostrowska and Deniz Aydemir have a son, Florian, who turned four in June."
    assert ("age", "Florian", "4") in _facts(pipeline, text)


def test_age_in_brackets_after_a_name(pipeline: Any) -> None:
    text = "The agency denied that singer Seo Dae-hyun (27) is dating actress Park Ji-won (25)."
    facts = _facts(pipeline, text)
    assert ("age", "Seo Dae-hyun", "27") in facts
    assert ("age", "Park Ji-won", "25") in facts


@pytest.mark.parametrize(
    "second",
    [
        "The Ridgeback Falls star, 41, proposed to the Portuguese painter, 37, on a beach in Crete.",
        "The Norwegian-Ghanaian actor, 41, and the Portuguese painter, 37, confirmed the news.",
        "The 41-year-old actor and his 37-year-old girlfriend were seen in Crete.",
    ],
)
def test_two_described_ages_in_one_sentence(pipeline: Any, second: str) -> None:
    text = f"Ambrose Tilleke-Mensah and Inês Valadares are engaged. {second}"
    facts = _facts(pipeline, text)
    assert ("age", "Ambrose Tilleke-Mensah", "41") in facts
    assert ("age", "Inês Valadares", "37") in facts
    assert ("age", "Inês Valadares", "41") not in facts


def test_bare_age_closing_a_clause(pipeline: Any) -> None:
    text = (
        "Marisela Quintero-Abbott sold her perfume label to a French group on Monday. "
        "The sale caps a busy year for the 38-year-old."
    )
    assert ("age", "Marisela Quintero-Abbott", "38") in _facts(pipeline, text)


def test_description_opening_a_sentence_is_the_topic(pipeline: Any) -> None:
    text = (
        "Raised on a farm in Iowa, Thaddeus Brannigan comes from a town where most people voted "
        "for Gideon Vollmer in the last election. And yet, the 47-year-old actor cannot imagine "
        "the businessman as governor."
    )
    facts = _facts(pipeline, text)
    assert ("age", "Thaddeus Brannigan", "47") in facts
    assert ("age", "Gideon Vollmer", "47") not in facts


def test_subject_description_after_a_name_is_no_apposition(pipeline: Any) -> None:
    text = (
        "Weeks after his breakup with Rosalind Achterberg, the 41-year-old actor flew to Venice "
        "with his new film."
    )
    assert ("age", "Rosalind Achterberg", "41") not in _facts(pipeline, text)


def test_twins_who_are_and_has_just_turned(pipeline: Any) -> None:
    text = (
        "Petronella Vasquez-Hale married Lucan Ebright in 2015, and the couple have twins, Odile and "
        "Ferris, who are 7. Her niece, Saoirse, who was born in May 2009 and has just turned 16, "
        "lives with them."
    )
    facts = _facts(pipeline, text)
    assert ("age", "Odile", "7") in facts
    assert ("age", "Ferris", "7") in facts
    assert ("age", "Saoirse", "16") in facts


def test_their_baby_has_both_partners_as_parents(pipeline: Any) -> None:
    text = (
        "Wendeline Okonkwo-Bray married Casimir Thorvaldsen in 2019. "
        "Okonkwo-Bray gave birth to their second, a son named Leopold, in January."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Wendeline Okonkwo-Bray", "Leopold") in facts
    assert ("child", "Casimir Thorvaldsen", "Leopold") in facts
