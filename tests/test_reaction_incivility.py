"""Incivility: obfuscated profanity, aimed vs unaimed swearing, sarcasm, body shaming, threats."""

from __future__ import annotations

import pytest

from allegedly.model import Comment
from allegedly.understand.incivility import assess_incivility
from allegedly.understand.reaction import Target, assess_comment
from allegedly.understand.reaction_lexicon import normalise


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("f*ck", "fuck"),
        ("F**K", "fuck"),
        ("starf–ker", "starfucker"),
        ("b!tch", "bitch"),
        ("a$$", "ass"),
        ("a$$hole", "asshole"),
        ("sh!t", "shit"),
        ("d0uche", "douche"),
    ],
)
def test_reaction_incivility_obfuscated_spellings_are_unmasked(raw: str, word: str) -> None:
    assert normalise(f"what a {raw}!") == f"what a {word}!"


@pytest.mark.parametrize("text", ["#11 Wren", "@wren", "X-Men", "stay-at-home dad", "e-mail me", "50/50"])
def test_reaction_incivility_ordinary_symbols_are_left_alone(text: str) -> None:
    assert normalise(text) == text.lower()


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Quentin Marsh is such a b!tch.", ["insult", "profanity"]),
        ("f*ck him and his movies", ["profanity"]),
        ("What a loser.", ["insult"]),
        ("She is stupid.", ["insult"]),
        ("His butt must have gotten bigger since he quit.", ["body_shaming"]),
        ("He will balloon up once he stops training.", ["body_shaming"]),
        ("She looks fat in that dress.", ["body_shaming"]),
        ("Someone should punch him.", ["threat"]),
        ("He's a twink with no talent.", ["identity_attack"]),
    ],
)
def test_reaction_incivility_aimed_categories(text: str, categories: list[str]) -> None:
    found = assess_incivility(text)
    assert found.categories == categories
    assert found.toxic


@pytest.mark.parametrize(
    "text",
    [
        "What the hell else does that leave?",  # swearing at nobody
        "That is a stupid idea.",  # an idea, not a person
        "Fat chance of that happening.",  # an idiom, not a body
        # Sarcasm that mocks the accusation it names.
        "Yeah, this guy must be a starf*cker because there is just no way a man would love a smart woman.",
        # A charge reported in order to reject it.
        "Why is it that when men stay home everybody calls him a deadbeat?",
        "So if he works he's a famewhore and if he stays home he's a deadbeat.",
        "I think he is a lovely father.",
    ],
)
def test_reaction_incivility_not_toxic(text: str) -> None:
    assert assess_incivility(text).toxic is False


def test_reaction_incivility_feeds_the_reaction() -> None:
    comment = Comment(n=4, author="Wren", text="This loser f**ked up again.")
    reaction = assess_comment(comment, [Target("Quentin Marsh", {"Quentin"}, "m", main=True)])
    assert reaction.comment == 4
    assert reaction.toxic is True
    assert reaction.categories == ["insult", "profanity"]
