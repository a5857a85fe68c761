"""Session 21 (real-text pass, who "the couple" is): "the former couple" after a child's name is
the couple the text just related, not the two people the story mentions most; and the two it
mentions most are no couple when the text made them parent and child.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _facts(analysis: Any, predicate: str) -> set[tuple[str, str | None]]:
    return {(c.subject, c.object or c.value) for c in analysis.claims if c.predicate == predicate}


def test_the_former_couple_after_their_child_is_the_couple_just_related(pipeline: Any) -> None:
    text = (
        "Foster mother claims her papers helped Tobin Vale leave the orphanage\n\n"
        "Marla Quist, 52, told a Dutch newspaper that she signed forms naming herself as the guardian "
        "of Tobin Vale in 2006.\n\n"
        "Marla Quist said she had not seen Tobin Vale since he left. "
        "Tobin Vale, now 19, studies in Leeds.\n\n"
        "Marla Quist also said she had written to the family twice.\n\n"
        "Delia Vale and her estranged husband Corran Vale adopted their son Tobin from a Latvian orphanage "
        "in 2007. Apart from Tobin, the former couple also raise a daughter, Wren, 9, and a son, Ollie, 7."
    )
    children = _facts(analyse(pipeline, text), "child")
    assert {("Delia Vale", "Wren"), ("Corran Vale", "Wren"), ("Delia Vale", "Ollie")} <= children
    # never the foster mother and the adopted son, the two the story names most
    assert ("Marla Quist", "Wren") not in children
    assert ("Tobin Vale", "Ollie") not in children


def test_the_couple_is_never_a_mother_and_her_son(pipeline: Any) -> None:
    text = (
        "Lawyer says he is ready for Nell Arkwright's next court date\n\n"
        "Nell Arkwright, 41, flew to Geneva on Monday with her son Rafe Arkwright, 15, for a ski trip.\n\n"
        "Nell Arkwright and Rafe Arkwright were seen at a chalet near Verbier. Rafe Arkwright posted a "
        "photo of the slopes.\n\n"
        "Nell Arkwright has rarely spoken about her private life. Rafe Arkwright starts boarding school "
        "in the autumn.\n\n"
        "Greta Lisle, who runs a bakery in Lausanne, says she has never met the family. The couple's "
        "daughter, Ivy, was born in 2020."
    )
    children = _facts(analyse(pipeline, text), "child")
    assert ("Nell Arkwright", "Rafe Arkwright") in children
    # "the couple" falls back to the two people the story names most: never a parent and child
    assert ("Rafe Arkwright", "Ivy") not in children
