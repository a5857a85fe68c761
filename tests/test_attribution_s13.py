"""Attribution, session 13: verbs of thinking, foreseeing and feeling about a fact.

A verb of cognition or attitude, or of saying in a manner (`clause_lemmas` in
data/attribution.toml: "surmise", "envision", "fathom", "regret", "mutter" ...), voices its
subject's view only with the finite clause it governs; "figured out the puzzle", "held a rally"
or "sighed" report nothing. Also: the agent of a passive participle set before its clause ("When
pressed by the moderator, ...") is the one who pressed; rulings that undo or keep a law ("the
court overturned the ban", "the council repealed the levy") state the office's position; and
adjectives of a leaning ("passionate about", "dismissive of") state their holder's view.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import sourced as sourced_voices

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str]]:
    """Every voice with a source: source words and cue words."""
    return [(v.source, v.cue) for v in sourced_voices(nlp, text)]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Nobody on the board could have envisioned what the auditors found.",
            "Nobody on the board",
            "envisioned",
        ),
        ("Ostrova imagines that the tunnel will open next spring.", "Ostrova", "imagines"),
        ("The harbour union gathered that the cannery would close.", "The harbour union", "gathered"),
        ("Teodor Brask supposes the toll deal is dead.", "Teodor Brask", "supposes"),
        ("The Velmont board anticipates that ferry fares will rise.", "The Velmont board", "anticipates"),
        ("Many growers have heard by now that the Larn dam will close.", "Many growers", "heard"),
        ("Inspectors have also discovered that the permits were forged.", "Inspectors", "discovered"),
    ],
)
def test_a_verb_of_thinking_with_its_clause_is_the_subjects_voice(
    nlp: Any, text: str, source: str, cue: str
) -> None:
    assert (source, cue) in sourced(nlp, text), sourced(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Teodor Brask figured out the puzzle before lunch.",
        "The Velmont rowing club held a rally that drew hundreds.",
        "Ilse Varga sighed and left the hall.",
        "Ostrova imagined a quieter harbour.",
        "The ferry was delayed, as predicted.",
    ],
)
def test_a_verb_of_thinking_without_a_clause_reports_nothing(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


def test_the_agent_of_a_participle_set_before_its_clause_is_its_source(nlp: Any) -> None:
    voices = sourced(nlp, "Scolded by the judge, Brask apologized to the court.")
    assert ("the judge", "Scolded") in voices, voices


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("An appeals panel overturned the Larn fishing ban on Tuesday.", "An appeals panel", "overturned"),
        ("In 2019 the Velmont council repealed the harbour levy.", "the Velmont council", "repealed"),
    ],
)
def test_a_ruling_that_undoes_a_law_is_the_offices_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    assert (source, cue) in sourced(nlp, text), sourced(nlp, text)


def test_an_adjective_of_leaning_with_what_it_is_about_is_the_holders_view(nlp: Any) -> None:
    voices = sourced(nlp, "Marta Ostrova is passionate about the tidal barrier.")
    assert ("Marta Ostrova", "passionate") in voices, voices


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("State inspectors did not consider Mr. Brask a serious bidder.", "State inspectors", "consider"),
        ("Many growers wish the Larn dam were gone.", "Many growers", "wish"),
        ("The Velmont board censured Ilse Varga for the leak.", "The Velmont board", "censured"),
        ("Teodor Brask has disavowed the harbour ad.", "Teodor Brask", "disavowed"),
    ],
)
def test_a_judgement_a_wish_or_a_regard_is_the_subjects_voice(
    nlp: Any, text: str, source: str, cue: str
) -> None:
    assert (source, cue) in sourced(nlp, text), sourced(nlp, text)


def test_a_wish_without_a_clause_states_no_view(nlp: Any) -> None:
    assert sourced(nlp, "Teodor Brask wished his sister a happy birthday.") == []
