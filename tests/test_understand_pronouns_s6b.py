"""The pronoun patterns studied on GAP's wrong links (session 6): the subject of the clause or
sentence before holds on to a he/she of the same gender (syntactic parallelism, across a sentence
boundary too), "X told Y that he" is X, his/her inside a clause is its subject's rather than a
name set beside or inside a side phrase (an apposition, a relative clause), a controlled "to"
clause's object pronoun is never its doer, and a name after "according to" stays the source.
These pin what the resolver reads today, so that a refit of the learned weights
(bench/gap_fit.py) that loses one of them shows up here.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.entities import find_entities


def _resolved(nlp: Any, text: str, pronoun: str) -> str | None:
    """The name of the person the pronoun (its first whole-word occurrence) is resolved to."""
    offset = text.index(f" {pronoun} ") + 1
    index = find_entities(nlp(text))
    key = index.resolve_pronoun(pronoun, offset)
    return index.entities[key].name if key is not None else None


@pytest.mark.parametrize(
    ("text", "pronoun", "person"),
    [
        # A subject pronoun opening a sentence: the previous sentence's subject, not its object.
        ("Marta Quill met Denise Farrow at the gala. She later praised the catering.", "She", "Marta Quill"),
        ("Tobias Merle hired Caspar Voll in 2004. He ran the studio for a decade.", "He", "Tobias Merle"),
        (
            "Edwin Thorne married Clara Voss in 1990. He was then working as a banker in Ghent.",
            "He",
            "Edwin Thorne",
        ),
        # "X told Y that he ...": the teller.
        ("Rolf Danner told Ivo Brask that he would leave the band in May.", "he", "Rolf Danner"),
        # A subject pronoun of a conjoined clause: the first clause's subject, not the oblique name.
        (
            "Ilse Brandt sang with Maren Koll at the festival, and she won the prize.",
            "she",
            "Ilse Brandt",
        ),
        # his/her and its clause's subject, past a name inside an apposition or a relative clause.
        (
            "Anton Reyes, a friend of Milo Kranz, opened his first restaurant in 2001.",
            "his",
            "Anton Reyes",
        ),
        (
            "Greta Holm, whose sister Nadia Holm sings, released her first album in 2010.",
            "her",
            "Greta Holm",
        ),
        # "asked Y to help him": the object of the controlled clause is never its doer (Y).
        ("Piet Vandermolen asked Joris Elst to help him with the tour.", "him", "Piet Vandermolen"),
        # The source after "according to", named again as the speaker of the next sentence.
        (
            "According to Harriet Lowe, the singer Bettina Saar was furious. Lowe said she had warned her.",
            "she",
            "Harriet Lowe",
        ),
    ],
)
def test_pronoun_patterns_of_the_gap_study(nlp: Any, text: str, pronoun: str, person: str) -> None:
    assert _resolved(nlp, text, pronoun) == person
