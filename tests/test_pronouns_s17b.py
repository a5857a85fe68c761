"""Session 17, round 2: the hand-weighted clues (`_HAND_WEIGHTS`) weigh a name whose first name
agrees with the pronoun only a little above a lone surname whose gender the text never shows;
a person of the other gender is dropped outright only when sure (`_SURE_GENDER`).

Every sentence and clue set here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.model import Mention, Span
from allegedly.understand import pronouns
from text_samples import entity_index


def _scores(clues: dict[str, dict[str, float]]) -> dict[str, float]:
    scored: list[tuple[Mention, dict[str, float] | None]] = [
        (Mention(key, key, Span(i * 10, i * 10 + 5)), found) for i, (key, found) in enumerate(clues.items())
    ]
    return pronouns._person_scores(scored, pronouns._HAND_WEIGHTS)


def test_nearer_lone_surname_in_the_pronouns_role_beats_a_farther_agreeing_subject() -> None:
    # "Columnist Hugo Pellam wrote that Dorn's answer came late, while others praised his ..."
    scores = _scores(
        {
            "person:hugo-pellam": {
                "agree": 1,
                "same_sentence": 1,
                "intervening": 1,
                "subject": 1,
                "opens_sentence": 1,
                "mentions": 2,
            },
            "person:dorn": {
                "unknown": 1,
                "same_sentence": 1,
                "nearest": 1,
                "parallel": 1,
                "possessor": 1,
                "mentions": 1,
            },
        }
    )
    assert max(scores, key=lambda key: scores[key]) == "person:dorn"


def test_agreement_still_outweighs_an_unknown_gender() -> None:
    weights = pronouns._HAND_WEIGHTS
    assert weights["agree"] > weights["unknown"] > weights["untagged"]
    scores = _scores(
        {
            "person:ilse-marrow": {"agree": 1, "subject": 1, "mentions": 1},
            "person:tallis": {"unknown": 1, "subject": 1, "mentions": 1},
        }
    )
    assert max(scores, key=lambda key: scores[key]) == "person:ilse-marrow"


def _margins(female: int) -> tuple[dict[str, float | None], str]:
    """Each candidate's `disagree_margin` (None where dropped or agreeing) for "his" when the
    woman's cluster has `female` points of evidence, and whom "his" resolves to."""
    text = "The panel included Gil Ruddock. With his wife Vivienne Marsh, Marsh has a son."
    index = entity_index(text)
    index.people["person:vivienne-marsh"].female = female
    at = text.index("his wife")
    token: Any = index.pronouns._token_at(at)
    margins = {
        text[m.span.start : m.span.end]: (found or {}).get("disagree_margin")
        for m, found in index.pronouns.scored(token, "m")
    }
    return margins, index.name(index.resolve_pronoun("his", at) or "")


def test_a_less_sure_other_gender_stays_a_candidate_the_gender_clues_weigh() -> None:
    margins, _ = _margins(pronouns._SURE_GENDER - 1)
    assert margins["Marsh"] == pronouns._SURE_GENDER - 1


def test_a_sure_other_gender_is_no_candidate() -> None:
    margins, picked = _margins(pronouns._SURE_GENDER)
    assert margins["Marsh"] is None and margins["Vivienne Marsh"] is None
    assert picked == "Gil Ruddock"
