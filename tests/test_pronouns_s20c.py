"""Session 20 (RT-C): a possessive her/his whose own clause has a named subject of its gender is
that subject's, even right after a sentence about another person of that gender ("... his
on-off love Dara. Singer Asha dined with her boyfriend Rune": Asha's boyfriend, not Dara's).
Current code already answers these right (the learned ranker and the hand weights agree on the
clause's subject); these tests guard it.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, entity_index, relations

AFTER_ANOTHER_WOMAN = (
    "Actor Milo Brand was seen leaving the club with his on-off love Dara Fenn. "
    "Singer Asha Pilt dined with her boyfriend Rune Sato in Rome on Friday."
)


def _owner(text: str, cue: str) -> str:
    index = entity_index(text)
    return index.name(index.resolve_pronoun(cue.split()[0], text.index(cue)) or "")


@pytest.mark.parametrize(
    ("text", "cue", "owner"),
    [
        (AFTER_ANOTHER_WOMAN, "her boyfriend", "Asha Pilt"),
        (
            "Dara Fenn smiled for cameras as she left. Singer Asha Pilt dined with her boyfriend "
            "Rune Sato in Rome on Friday.",
            "her boyfriend",
            "Asha Pilt",
        ),
        (
            "Dara Fenn hosted her party on Friday. Guests included singer Asha Pilt, who arrived "
            "with her boyfriend Rune Sato.",
            "her boyfriend",
            "Asha Pilt",
        ),
        (
            "Garrick Penhale married Sabine Orlo in 1988. Their son, Lucan, was born in 1990. "
            "Penhale became a grandfather last spring, when Lucan and his wife had twins.",
            "his wife",
            "Lucan",
        ),
    ],
)
def test_a_possessive_goes_to_its_clauses_named_subject(text: str, cue: str, owner: str) -> None:
    assert _owner(text, cue) == owner


def test_the_boyfriend_is_the_subjects_not_the_earlier_womans(pipeline: Any) -> None:
    analysis = analyse(pipeline, AFTER_ANOTHER_WOMAN, date="2026-03-03")
    partners = relations(analysis, "partner")
    assert {("Asha Pilt", "Rune Sato"), ("Rune Sato", "Asha Pilt")} & partners
    assert not {("Dara Fenn", "Rune Sato"), ("Rune Sato", "Dara Fenn")} & partners
