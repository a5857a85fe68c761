"""Reader reactions, session 14: contempt words gossip threads use, and the post's main person
named in a shouted headline. Every comment and headline here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.pipeline import _story_people
from allegedly.understand.entities import find_entities
from allegedly.understand.reaction import Target, stances

ORLA = Target("Orla Vantongeren", {"Orla", "Orla Vantongeren", "Vantongeren"}, "f", main=True)


def _label(text: str) -> str:
    return stances(text, [ORLA])[0].label


@pytest.mark.parametrize(
    "text",
    [
        "Orla is a talentless attention seeker and this tour is a stunt. Pathetic.",
        "Orla is such an attention-seeker, everything she posts is about her.",
        "Orla is clout chasing again, nothing new.",
        "Honestly Orla has no talent.",
    ],
)
def test_contempt_for_the_target_is_con(text: str) -> None:
    assert _label(text) == "con"


def test_calling_the_story_fake_is_no_attack_on_the_target() -> None:
    assert _label("This story is fake, Orla would never do that.") != "con"


def test_a_shouted_headline_names_the_post_main_person(pipeline: Any) -> None:
    text = (
        "Orla Vantongeren got engaged to Teodor Balan on Sunday. Teodor Balan proposed in Lisbon. "
        "Teodor Balan told fans he was thrilled, and Teodor Balan posted a photo. Orla Vantongeren smiled."
    )
    index = find_entities(pipeline.nlp(text))
    people = _story_people(index, "ORLA SAID YES (and Teodor's mum is thrilled)")
    assert index.name(people[0]) == "Orla Vantongeren"
