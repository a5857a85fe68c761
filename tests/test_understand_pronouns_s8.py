"""Session 8: the parse-tree climbs read from the parse's arrays (`_tree`, `_ancestor_ids`) give
what a walk over `token.head` gives, and the pronoun clues built on them (`in_subtree`,
`relative_host`, the `dom_` family) still read the tree as before.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand.entities import find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import _ancestor_ids, _ancestors, _dominates, _tree

_TEXT = (
    "Arvid Lusk, who trained under Pia Norrell before he moved to Oslo, says his brother, "
    "a painter, never met her. She later wrote a book about Lusk and his family."
)


def _walked(token: Any) -> list[int]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return [t.i for t in chain]


def test_tree_arrays_match_the_tokens() -> None:
    doc = load_pipeline()(_TEXT)
    heads, deps = _tree(doc)
    assert heads == [t.head.i for t in doc]
    assert deps == [t.dep for t in doc]


def test_ancestors_match_a_walk_over_the_heads() -> None:
    doc = load_pipeline()(_TEXT)
    for token in doc:
        walked = _walked(token)
        assert _ancestor_ids(token) == walked
        assert [t.i for t in _ancestors(token)] == walked
        for other in doc:
            assert _dominates(other, token) == (other.i in walked[1:])


def test_clues_built_on_the_climbs() -> None:
    text = (
        "Arvid Lusk, who trained under Pia Norrell before he moved to Oslo, says his brother "
        "never met her. Mara Vint said that she would leave when the tour ended."
    )
    doc = load_pipeline()(text)
    index = find_entities(doc)
    resolver = index.pronouns

    def clues(offset: int, wanted: str) -> dict[str, dict[str, float]]:
        token = resolver._token_at(offset)
        assert token is not None
        return {text[m.span.start : m.span.end]: f or {} for m, f in resolver.scored(token, wanted)}

    # "he" inside the relative clause hung on Lusk: the clause's host, and inside his phrase
    he = clues(text.index(" he moved") + 1, "m")
    assert he["Arvid Lusk"].get("relative_host") and he["Arvid Lusk"].get("in_subtree")
    # "she" in the clause that hangs on "said" by ccomp: Mara is the subject of the verb above
    she = clues(text.index(" she would") + 1, "f")
    assert she["Mara Vint"].get("dom_subject_ccomp")
    key = index.resolve_pronoun("she", text.index(" she would") + 1)
    assert key is not None and index.name(key) == "Mara Vint"
