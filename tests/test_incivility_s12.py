"""Session 12: a noun that insults only as what someone is called ("a rat", "a hack", "a snake")
counts as name-calling after a copula and an article, past a few describing words, where the
clause ends with it; "a rat problem", "a life hack" and "the snake in the garden" do not.

Every comment here is invented; every name is fictional."""

from __future__ import annotations

import pytest

from allegedly.understand.incivility import assess_incivility


@pytest.mark.parametrize(
    "comment",
    [
        "Marlo is a fake, attention-seeking hack and everyone knows it.",
        "Honestly he's such a slimy little weasel.",
        "What a snake.",
        "Tessa Vane was always a user, plain and simple.",
    ],
)
def test_a_noun_called_of_someone_is_an_insult(comment: str) -> None:
    assert "insult" in assess_incivility(comment).categories


@pytest.mark.parametrize(
    "comment",
    [
        "This is a rat problem the landlord ignored.",
        "Great life hack, thanks for sharing!",
        "The snake in the garden was harmless.",
        "She is a joke of a judge on that show.",  # a noun after it: no clause ends at "joke"
    ],
)
def test_the_same_nouns_elsewhere_are_no_insult(comment: str) -> None:
    assert "insult" not in assess_incivility(comment).categories


@pytest.mark.parametrize(
    "comment",
    [
        "Posted about her again today. Grubby little man.",
        "Talentless nepo hack, the studio only casts him because of his mother.",
        "What a sad little woman.",
        "Such a nepo baby.",
    ],
)
def test_a_fragment_of_name_calling_is_an_insult(comment: str) -> None:
    # no copula: the fragment itself is what the writer calls someone
    assert "insult" in assess_incivility(comment).categories


@pytest.mark.parametrize(
    "comment",
    [
        "A little man in a hat sold me coffee outside the venue.",
        "Sad news, man.",
        "Sad, man. Really sad.",
        "Old man, you are right about the ending.",
        "Poor man, he looked exhausted.",
    ],
)
def test_a_person_noun_without_contempt_is_no_insult(comment: str) -> None:
    assert "insult" not in assess_incivility(comment).categories
