"""Session 12b relation fixes on general patterns of celebrity news, checked on invented
sentences: a grown-up whose father is named can still be half of the headline couple, a
heading's first word is no sentence of its own, "divides its time between", a role's home,
"father to X from his previous relationship with Y", "Before X, Y dated Z", a character's
engagement, "whom she met", "the family" after another couple, a character "played by" an
actor, and a fronted "Born in P to A and B, X ..."."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse

pytestmark = pytest.mark.model


def _facts(pipeline: Any, text: str, headline: str | None = None) -> set[tuple[str, str, str]]:
    claims = analyse(pipeline, text, date="2024-03-01", headline=headline).claims
    return {(c.predicate, c.subject, str(c.object or c.value)) for c in claims}


def _pair(facts: set[tuple[str, str, str]], predicate: str, a: str, b: str) -> bool:
    return (predicate, a, b) in facts or (predicate, b, a) in facts


def test_timeline_couple_is_the_headline_pair_not_an_ex(pipeline: Any) -> None:
    text = (
        "Baby news for Nadia Korsh and Tobias Wrenfield. The singer, 33, and the comedian, 40, "
        "are expecting.\n\n"
        "At the time, Wrenfield was married to the director Greta Lind. Wrenfield and Lind, who "
        "wed in 2010, separated in 2015, and their divorce was finalised the following year.\n\n"
        "Korsh grew up in Madrid, where her father, Ivo Korsh, taught music. Korsh "
        "studied piano there before a record deal took Korsh to London.\n\n"
        "The couple married in Madrid in August 2021. Korsh has said she loves being a "
        "stepmother."
    )
    facts = _facts(pipeline, text, headline="Nadia Korsh and Tobias Wrenfield: their relationship")
    assert _pair(facts, "spouse", "Nadia Korsh", "Tobias Wrenfield")
    assert not [f for f in facts if f[0] == "spouse" and "Greta Lind" in f and "2021" in f]


def test_proposal_after_a_heading(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and Tobias Wrenfield have been together since 2019.\n\n"
        "The proposal\n\n"
        "Wrenfield proposed on New Year's Eve in Rome, where Korsh studied, after asking her "
        "father, Ivo Korsh, for his blessing."
    )
    assert _pair(_facts(pipeline, text), "engaged", "Nadia Korsh", "Tobias Wrenfield")


def test_the_family_divides_its_time(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and Tobias Wrenfield have been together since 2019. Their son, Oskar, was "
        "born in 2021.\n\nThe family divides its time between London and Madrid."
    )
    facts = _facts(pipeline, text)
    for person in ("Nadia Korsh", "Tobias Wrenfield"):
        assert ("residence", person, "London") in facts
        assert ("residence", person, "Madrid") in facts


def test_a_roles_home_is_not_the_actors(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and Tobias Wrenfield first met in 2015 on the set of the sitcom Spare Keys, "
        "in which they played two cousins who share a flat in Brighton."
    )
    facts = _facts(pipeline, text)
    assert not [f for f in facts if f[0] == "residence"]


def test_father_to_a_child_from_a_previous_relationship(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and her husband Tobias Wrenfield welcomed a son. Wrenfield, 41, owns a "
        "bakery. He is also father to Ilse, 11, from his previous relationship with the Danish "
        "designer Merete Holmgaard."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Tobias Wrenfield", "Ilse") in facts
    assert ("child", "Merete Holmgaard", "Ilse") in facts
    assert _pair(facts, "partner", "Tobias Wrenfield", "Merete Holmgaard")


def test_before_x_she_dated_y(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and Tobias Wrenfield are engaged.\n\n"
        "Before Wrenfield, Korsh dated the Polish racing driver Jerzy Wanat from 2016 to 2018."
    )
    facts = _facts(pipeline, text)
    assert _pair(facts, "partner", "Nadia Korsh", "Jerzy Wanat")
    assert not _pair(facts, "partner", "Nadia Korsh", "Tobias Wrenfield")


def test_the_pair_after_an_earlier_engagement(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and Tobias Wrenfield are engaged.\n\n"
        "Before Wrenfield, Korsh was engaged to the Polish racing driver Jerzy Wanat. The pair got "
        "engaged in Gdansk in 2020 but called off the engagement the following year."
    )
    facts = _facts(pipeline, text)
    assert _pair(facts, "separated", "Nadia Korsh", "Jerzy Wanat")
    assert not _pair(facts, "separated", "Nadia Korsh", "Tobias Wrenfield")


def test_whom_she_met(pipeline: Any) -> None:
    text = (
        "Nadia Korsh talks about her new album. The record was produced by her husband, the "
        "French producer Jules Marchetti, whom she met in 2014 when he came to Lisbon."
    )
    assert _pair(_facts(pipeline, text), "met", "Nadia Korsh", "Jules Marchetti")


def test_the_family_after_another_couple(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and Tobias Wrenfield were seen kissing in Rome. Korsh and Wrenfield star in "
        "a new film.\n\n"
        "Wrenfield has been married to the architect Sigrid Aune since 2015, and the couple share "
        "two sons, Anders, 7, and Per, 4. The family lives in Oslo."
    )
    facts = _facts(pipeline, text)
    assert ("residence", "Sigrid Aune", "Oslo") in facts
    assert ("residence", "Nadia Korsh", "Oslo") not in facts


def test_a_character_played_by_someone(pipeline: Any) -> None:
    text = (
        "Tobias Wrenfield and Nadia Korsh star in a new drama. In it, Wrenfield plays the "
        "widowed farmer Lord Arthur Penhale, who falls for his new maid, Edith Crane, played by "
        "Korsh. The couple are married in the finale."
    )
    facts = _facts(pipeline, text)
    assert not [f for f in facts if "Edith Crane" in f]


def test_fronted_born_to_parents(pipeline: Any) -> None:
    text = (
        "Tobias Wrenfield is dating the singer Nadia Korsh.\n\n"
        "Born in Lisbon to a Portuguese father, the retired baker Abel Wrenfield, and an English "
        "mother, the nurse Mary Cobb, Wrenfield moved to Leeds as a child."
    )
    facts = _facts(pipeline, text)
    assert ("child", "Abel Wrenfield", "Tobias Wrenfield") in facts
    assert ("child", "Mary Cobb", "Tobias Wrenfield") in facts


def test_moved_to_the_city_from_a_place(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and Tobias Wrenfield met shortly after Korsh moved to the city from Madrid. "
        "Wrenfield moved to London from Madrid in 2019."
    )
    facts = _facts(pipeline, text)
    assert ("residence", "Nadia Korsh", "Madrid") not in facts
    assert ("residence", "Tobias Wrenfield", "London") in facts


def test_a_young_child_is_half_of_no_couple(pipeline: Any) -> None:
    text = (
        "Nadia Korsh and the footballer Piers Oakley divorced in 2023. The pair share custody of "
        "their daughter, Ilse, 5. Ilse got engaged to the architect Jerzy Wanat, a prank report said."
    )
    facts = _facts(pipeline, text)
    assert not _pair(facts, "engaged", "Ilse", "Jerzy Wanat")


def test_hired_as_a_post_by_an_employer(pipeline: Any) -> None:
    text = (
        "Nadia Korsh is the host of a quiz. Her career began in 1995, when she was hired as a "
        "traffic reporter by the regional station Radio Norte after answering an advert."
    )
    assert ("employer", "Nadia Korsh", "Radio Norte") in _facts(pipeline, text)


def test_plays_in_midfield_for_a_club(pipeline: Any) -> None:
    text = (
        "Nadia Korsh is dating the footballer Piers Oakley. Oakley, 28, plays in midfield for "
        "Leeds Harbour FC, which he joined in January 2020."
    )
    assert ("employer", "Piers Oakley", "Leeds Harbour FC") in _facts(pipeline, text)
