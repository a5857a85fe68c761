"""Reader comments about a couple: "the couple" and "what a lovely couple" speak of the post's
main person; a group called names ("a smug pair of has-beens") is name-calling."""

from __future__ import annotations

import pytest

from allegedly.understand.incivility import assess_incivility
from allegedly.understand.reaction import Target, stances

MAIRE = Target("Maire Ostrander", {"Maire", "Ostrander"}, "f", main=True)


def _label(comment: str) -> str:
    [stance] = stances(comment, [MAIRE])
    return stance.label


@pytest.mark.parametrize(
    ("comment", "label"),
    [
        ("What a lovely couple. Happy anniversary to both!", "pro"),
        ("The couple look so happy together, I love this for them.", "pro"),
        ("Overpaid smug pair of has-beens. Who still watches that show?", "con"),
        # no couple word and no name: the commenter's own day, not the couple
        ("I had a lovely time at the seaside today.", "neutral"),
    ],
)
def test_couple_words_refer_to_the_main_person(comment: str, label: str) -> None:
    assert _label(comment) == label


@pytest.mark.parametrize(
    ("comment", "toxic"),
    [
        ("Overpaid smug pair of has-beens.", True),
        ("They are a bunch of liars and fakes.", True),
        ("A pair of rats lived in the barn behind the studio.", False),
        ("A couple of fakes in the crowd laughed at the wrong moment.", False),
    ],
)
def test_a_group_called_names(comment: str, toxic: bool) -> None:
    assert bool(assess_incivility(comment).categories) is toxic
