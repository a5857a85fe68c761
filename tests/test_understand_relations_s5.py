"""Relations, session 5: a biography's two parents named together are spouses where the text
shows a marriage (one family name, a maiden name), and a sentence's people are resolved only
when a rule asks for them (the claims stay the same as reading every sentence's people up front).

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

import allegedly.understand.relations as relations_module
from allegedly.model import Analysis
from text_samples import analyse, married, parents_of

pytestmark = pytest.mark.model


# -- two parents named together are a married couple -----------------------------------------


def test_born_to_two_parents_of_one_family_name_makes_them_spouses(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tomas Vell (born 4 May 1961) is a Danish sculptor. Vell was born in Harlow to Pieter Vell, "
        "a carpenter, and Greta Vell, a nurse.",
    )
    assert parents_of(analysis, "Tomas Vell") == {"Pieter Vell", "Greta Vell"}
    assert frozenset(("Pieter Vell", "Greta Vell")) in married(analysis)


def test_born_to_two_parents_of_different_names_is_no_marriage(pipeline: Any) -> None:
    # having a child together is no marriage: both are parents, neither is the other's spouse
    analysis = analyse(
        pipeline,
        "Tomas Vell (born 4 May 1961) is a Danish sculptor. Vell was born in Harlow to Pieter Vell, "
        "a carpenter, and Greta Sondberg, a nurse.",
    )
    assert parents_of(analysis, "Tomas Vell") == {"Pieter Vell", "Greta Sondberg"}
    assert not married(analysis)


def test_son_of_a_father_and_a_mother_with_her_maiden_name_makes_them_spouses(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Oren Quill (1850–1912) was a Welsh engineer. He was the eldest son of Ambrose Quill "
        "and Delphine Quill (née Marrow).",
    )
    assert parents_of(analysis, "Oren Quill") == {"Ambrose Quill", "Delphine Quill"}
    assert frozenset(("Ambrose Quill", "Delphine Quill")) in married(analysis)


def test_son_of_two_parents_of_different_names_is_no_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Oren Quill (1850–1912) was a Welsh engineer. He was the eldest son of Ambrose Quill "
        "and Delphine Marrow.",
    )
    assert parents_of(analysis, "Oren Quill") == {"Ambrose Quill", "Delphine Marrow"}
    assert not married(analysis)


def test_parents_are_two_names_makes_them_spouses(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Lio Farrant is a French chef. His parents are Anselm Droy and Kira Droy.")
    assert frozenset(("Anselm Droy", "Kira Droy")) in married(analysis)


def test_one_parent_named_gives_no_spouse(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Oren Quill (1850–1912) was a Welsh engineer. He was the son of Ambrose Quill. "
        "Delphine Marrow was his teacher.",
    )
    assert parents_of(analysis, "Oren Quill") == {"Ambrose Quill"}
    assert not married(analysis)


def test_a_parent_and_a_grandparent_are_not_spouses(pipeline: Any) -> None:
    # "A, who was the son of B": B is A's parent, not A's spouse
    analysis = analyse(
        pipeline,
        "Oren Quill (1850–1912) was a Welsh engineer. He was born in Ely, the son of Ambrose Quill, "
        "who was the son of Tobias Quill.",
    )
    assert frozenset(("Ambrose Quill", "Tobias Quill")) not in married(analysis)


# -- people read lazily give the same claims as people read up front -------------------------

# Pronouns, descriptions, "the couple", ages and births said of pronouns, a description that
# stands for the person an earlier sentence tied to a work, and sentences with no cue at all.
_STORY = (
    "Marisa Tolle and Ivo Brandt met in 2009 on the set of Harbour Lights. The couple married in 2012.\n\n"
    "Tolle, 41, was born in Leeds. She was born in Leeds in 1983 and moved to Bristol in 2001. "
    "The Harbour Lights star has a son, Milo, with Brandt. He was 82 when his father Oskar Brandt died. "
    "The 47-year-old actress said she loves the sea. Nobody else was there. The weather was grey.\n\n"
    "Brandt's first wife, Ulla Renn, is the daughter of Henrik Renn and Sofie Lund. The two split in 2008. "
    "Ulla Renn, a 25-year-old climate activist, works at the Norvane Institute. She was 30 at the time."
)


def _claims(analysis: Analysis) -> list[str]:
    return [repr(c) for c in analysis.claims]


def test_lazy_people_give_the_same_claims_as_eager_people(pipeline: Any, monkeypatch: Any) -> None:
    lazy = _claims(analyse(pipeline, _STORY, date="2024-05-01"))
    base = relations_module.LazySentence

    class Eager(base):  # type: ignore[misc, valid-type]
        """Every sentence's people read at once, as the extractor did before reading lazily."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            _ = self.people

        def reread(self, claims_seen: int) -> None:
            super().reread(claims_seen)
            _ = self.people

    monkeypatch.setattr(relations_module, "LazySentence", Eager)
    eager = _claims(analyse(pipeline, _STORY, date="2024-05-01"))
    assert lazy == eager
    assert any("'age'" in c for c in lazy) and any("'born'" in c for c in lazy)


def test_sentences_without_cues_leave_their_pronouns_unresolved(pipeline: Any, monkeypatch: Any) -> None:
    text = (
        "Marisa Tolle is a British actress. She likes the sea. She walks her dog every morning. "
        "She reads books in the garden. Her neighbour Ivo Brandt waves at her."
    )
    asked: list[int] = []
    original = relations_module.Extractor._referred

    def counted(self: Any, start: int, end: int, text: str) -> Any:
        asked.append(start)
        return original(self, start, end, text)

    monkeypatch.setattr(relations_module.Extractor, "_referred", counted)
    analyse(pipeline, text)
    assert len(asked) < 5  # five sentences; most hold no cue any rule reads people for


# -- a child welcomed "with" its other parent ---------------------------------------------------


def test_child_welcomed_with_the_other_parent(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nadia Quell welcomed Bastian, her first child, with her boyfriend, chef Orrin Tate, in March 2021.",
        date="2024-02-01",
    )
    assert parents_of(analysis, "Bastian") == {"Nadia Quell", "Orrin Tate"}


def test_child_welcomed_with_no_other_parent_named(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nadia Quell welcomed Bastian in March 2021. Orrin Tate sent flowers.",
        date="2024-02-01",
    )
    assert parents_of(analysis, "Bastian") == {"Nadia Quell"}
