"""Relations, session 7: precision guards found by reading real celebrity text.

A couple's relation never joins a parent and a child (or two children of one parent); a name
after "expecting a child with" is the other parent, not the baby; "pro partner", "business
partner", "working relationship" are no romance; "her divorce" is with whom it is from (or the
partner the text gave before), never whoever stands near; "personal affairs", "divorce attorney",
"six degrees of separation", "falsely linked", "confirm or deny an affair" relate no one; a
couple owns no one husband; an acronym the tagger took for a name is no fiancé.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse, pairs, relations

pytestmark = pytest.mark.model

_COUPLE_PREDICATES = ("spouse", "engaged", "partner", "divorced", "separated", "affair", "met")


def _couple_pairs(analysis: Analysis) -> set[frozenset[str | None]]:
    found: set[frozenset[str | None]] = set()
    for predicate in _COUPLE_PREDICATES:
        found |= pairs(analysis, predicate)
    return found


# -- must not fire ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a parent and a child are no couple
        ("Ana Fry adores her son Milo Fry. Ana Fry and Milo Fry married in 2001.", {"Ana Fry", "Milo Fry"}),
        # two children of one parent are no couple
        ("Ana Fry's daughters Ivy Fry and Jo Fry broke up.", {"Ivy Fry", "Jo Fry"}),
        # a divorce noun one person owns is not with whoever is named nearby
        ("Lila Marsh's bitter divorce left her broke, Ana Fry said.", {"Lila Marsh", "Ana Fry"}),
        # a job named after a relation noun
        ("Ana Fry met her lawyer. She hired famed divorce attorney Tomas Veer.", {"Ana Fry", "Tomas Veer"}),
        # a link the writer calls false; a question of confirming it
        ("Ana Fry was falsely linked to Tomas Veer.", {"Ana Fry", "Tomas Veer"}),
        ("Rosa Lind won't confirm or deny an affair with Tomas Veer.", {"Rosa Lind", "Tomas Veer"}),
        # "affairs" of business, "degrees of separation"
        ("Rosa Lind keeps her personal affairs private, Tomas Veer said.", {"Rosa Lind", "Tomas Veer"}),
        ("Kevin Lark is six degrees of separation from Tomas Veer.", {"Kevin Lark", "Tomas Veer"}),
        # no romance: a working relationship, a dance show's pro partner, a business partner
        ("Rosa Lind's working relationship with Tomas Veer soured.", {"Rosa Lind", "Tomas Veer"}),
        ("RAFE DORN (pro partner Ivy Lark) waltzed on Monday.", {"RAFE DORN", "Ivy Lark"}),
        ("Tomas Veer's business partner Ian Holt left the firm.", {"Tomas Veer", "Ian Holt"}),
    ],
)
def test_no_couple_relation(pipeline: Any, text: str, pair: set[str]) -> None:
    assert frozenset(pair) not in _couple_pairs(analyse(pipeline, text))


def test_a_couple_has_no_one_husband(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Rosa Lind and Tomas Veer posed together. The pair spent time with their husband Ian Holt."
    )
    assert not {p for p in pairs(analysis, "spouse") if "Ian Holt" in p}


def test_an_acronym_is_no_fiance(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Rosa Lind posed with her new fiancé, NBA star Tomas Veer.")
    assert all("NBA" not in p for p in _couple_pairs(analysis))


@pytest.mark.parametrize(
    ("text", "not_child"),
    [
        ("Ana Fry is expecting a child with rapper Tomas Veer.", "Tomas Veer"),
        ("Ana Fry is expecting her fifth, as is Lila Marsh.", "Lila Marsh"),
    ],
)
def test_no_baby_after_with_or_another_clause(pipeline: Any, text: str, not_child: str) -> None:
    assert ("Ana Fry", not_child) not in relations(analyse(pipeline, text), "child")


# -- must still fire ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        (
            "Lila Marsh married Tomas Veer in 2010. Marsh's divorce came in 2015.",
            "divorced",
            {"Lila Marsh", "Tomas Veer"},
        ),
        ("Lila Marsh's split from Tomas Veer was messy.", "separated", {"Lila Marsh", "Tomas Veer"}),
        (
            "Tomas Veer and Lila Marsh's engagement was announced in May.",
            "engaged",
            {"Lila Marsh", "Tomas Veer"},
        ),
        ("Rosa Lind began a relationship with Tomas Veer in 2012.", "partner", {"Rosa Lind", "Tomas Veer"}),
        ("Rosa Lind and her husband Ian Holt posed together.", "spouse", {"Rosa Lind", "Ian Holt"}),
    ],
)
def test_couple_relation_still_read(pipeline: Any, text: str, predicate: str, pair: set[str]) -> None:
    assert frozenset(pair) in pairs(analyse(pipeline, text), predicate)


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("Ana Fry gave birth to a son, Milo, in 2019.", "Milo"),
        ("Ana Fry was pregnant with baby Milo when she toured Peru.", "Milo"),
        ("Ana Fry welcomed her first child, daughter Ivy, with husband Tomas Veer.", "Ivy"),
    ],
)
def test_births_still_read(pipeline: Any, text: str, child: str) -> None:
    assert ("Ana Fry", child) in relations(analyse(pipeline, text), "child")


def test_children_of_one_parent_still_read(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ana Fry's daughters Ivy Fry and Jo Fry broke up a fight.")
    assert {("Ana Fry", "Ivy Fry"), ("Ana Fry", "Jo Fry")} <= relations(analysis, "child")


def test_an_owned_affair_is_still_with_the_third_person_named(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rosa Lind married Tomas Veer in 2015. Once word of his fling spread in March 2022 "
        "involving Veer and Ivy Lark, friends took sides.",
    )
    assert frozenset({"Tomas Veer", "Ivy Lark"}) in pairs(analysis, "affair")
    assert frozenset({"Tomas Veer", "Rosa Lind"}) not in pairs(analysis, "affair")
