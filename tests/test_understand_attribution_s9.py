"""Attribution, session 9: acts no one is said to have voiced stay unsourced, and two stances
that are voiced are read.

- The one let, helped or made to act ("the rules allow firms to tell regulators nothing",
  "voters may not let columnists tell them", "it would be improper for the mayor to speak")
  voices nothing: the act is permitted, caused or supposed.
- What someone is held to account for ("the panel fined Penn for refusing to testify", "was
  investigated by the council for promoting the pills") is no voice of the one who holds them
  to account; a claim they are held to account for is the claim of the one held.
- An act an "if" or "whether" clause supposes ("if the council pledged to cut the levy", "it
  was unclear whether the judge would rule that ...") is no voice.
- A decision given as a clause ("the board decided Lena Voss should share the prize"), a vote
  ("the council voted to hold the builder in contempt", "he voted against the bill") and a
  resolve with its owner and its aim ("her determination to finish the bridge", "the council's
  refusal to release the tapes") are the stance of the ones who decided, voted or resolved.
- What someone goes on doing is done ("protesters continued to call for a recount"), unlike
  what they are expected to do.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor
from allegedly.understand.entities import find_entities

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    """Every voice with a source: source words, cue words, source kind."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [
        (text[slice(*v.source_span)], text[slice(*v.cue_span)], v.attribution.source_kind)
        for v in build_attributor(doc, index, outlets, None).voices
        if v.source_span and v.cue_span
    ]


# -- the one let, helped or made to act ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new rules allow firms to tell regulators nothing about their subsidiaries.",
        "Voters may not let columnists tell them how to vote.",
        "Allies in Ravenna would help the mayor make her case to the council.",
        "It would be improper for Mayor Odile Brandt to speak on the case while the inquiry goes on.",
        "There is little point for the Velmont council to respond to the threats now.",
    ],
)
def test_an_act_let_helped_or_supposed_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # the one who urges speaks; the ones urged have said nothing yet
        ("Senator Hal Quimby urged the firms to tell regulators everything.", "Senator Hal Quimby", "urged"),
        ("Mayor Odile Brandt spoke on the case at length.", "Mayor Odile Brandt", "spoke"),
        ("The rules let Mayor Odile Brandt appoint a deputy, her aide told reporters.", "her aide", "told"),
    ],
)
def test_the_one_who_speaks_keeps_the_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in sourced(nlp, text)] == [(source, cue)]


# -- held to account for an act ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ethics panel fined Dario Penn for refusing to testify before the committee.",
        "On Thursday, the ethics panel held Dario Penn in contempt of the council for refusing to "
        "show up to a hearing.",
        "Dr. Ivo Lusk was investigated by the council for promoting the pills on his show.",
    ],
)
def test_a_deed_held_to_account_is_no_voice_of_the_one_who_holds(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


def test_a_claim_held_to_account_is_the_claim_of_the_one_held(nlp: Any) -> None:
    found = sourced(nlp, "The league suspended Dario Penn for claiming the referees were paid.")
    assert [(s, c) for s, c, _ in found] == [("Dario Penn", "claiming")]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # without an agent, the one fined is the one who claimed; "by saying" is the subject's
        ("Dr. Ivo Lusk was fined for claiming that the pills cured colds.", "Dr. Ivo Lusk", "claiming"),
        ("Vera Lind began by saying the deal was dead.", "Vera Lind", "saying"),
        ("Pia Renn thanked the mayor for backing her plan.", "Pia Renn", "thanked"),
    ],
)
def test_acts_of_the_subject_keep_their_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in sourced(nlp, text)] == [(source, cue)]


# -- suppositions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If the council pledged to cut the levy, the shops would stay open.",
        "It was unclear whether Judge Amos Tull would rule that the mines were safe.",
        "The mayor would take it as an insult if the aldermen did not vote for the harbor bill.",
    ],
)
def test_a_supposed_act_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The Velmont council pledged to cut the levy.", "The Velmont council", "pledged"),
        ("Judge Amos Tull ruled that the mines were safe.", "Judge Amos Tull", "ruled"),
        # the one who asks whether speaks, whatever the question supposes
        ("Holt Brenner asked whether the council would pledge to cut the levy.", "Holt Brenner", "asked"),
    ],
)
def test_the_act_itself_and_the_question_are_voices(nlp: Any, text: str, source: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in sourced(nlp, text)] == [(source, cue)]


# -- decisions and votes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The school board decided Lena Voss should share the prize with two others.",
            "The school board",
            "decided",
        ),
        ("The Velmont council voted to hold the builder in contempt.", "The Velmont council", "voted"),
        ("Senator Hal Quimby voted against the harbor bill.", "Senator Hal Quimby", "voted"),
    ],
)
def test_a_decision_or_a_vote_is_the_stance_of_its_makers(nlp: Any, text: str, source: str, cue: str) -> None:
    assert [(s, c, k) for s, c, k in sourced(nlp, text)] == [(source, cue, "on_record")]


@pytest.mark.parametrize(
    "text",
    [
        "The school board decided on a date for the fair.",  # a date set, no stance given
        "Dana Whitlow voted early in the morning.",  # the act of voting, no side taken
        "Dana Whitlow voted in the election.",
    ],
)
def test_a_decision_or_vote_without_its_content_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Mayor Odile Brandt's determination to finish the bridge angered the council.",
            "Mayor Odile Brandt's",
            "determination",
        ),
        ("The council's refusal to release the tapes came on Friday.", "The council's", "refusal"),
    ],
)
def test_a_resolve_with_its_owner_and_aim_is_their_stance(nlp: Any, text: str, source: str, cue: str) -> None:
    assert [(s, c, k) for s, c, k in sourced(nlp, text)] == [(source, cue, "on_record")]


@pytest.mark.parametrize(
    "text",
    [
        "The determination of the winner took three weeks.",  # a finding, no one's resolve
        "Her refusal drew a shrug from the crowd.",  # nothing refused that the text gives
    ],
)
def test_a_resolve_without_its_aim_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


# -- what goes on being done ---------------------------------------------------------------------


def test_what_goes_on_being_said_is_a_voice(nlp: Any) -> None:
    found = sourced(nlp, "Small groups of protesters continued to call for a recount of the ballots.")
    assert [(s, c) for s, c, _ in found] == [("Small groups of protesters", "call")]


@pytest.mark.parametrize(
    "text",
    [
        "Rena Kay continued to share photos of the garden.",  # a deed that goes on, nothing said
        "Senator Hal Quimby is expected to criticize the harbor deal.",  # nothing said yet
    ],
)
def test_what_goes_on_being_done_or_is_expected_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []
