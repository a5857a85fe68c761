"""Attribution, session 8 (second round): a title-case headline gives its speaker verbs of
stance that the body never reads as speech ("Vera Lind Rips Critics", "Mayor Goes After
Rival", "Lind Sees 'Insult' in Vote", "Lind Seeks More Funding"), and a group speaks in the
bare form ("Black Lawmakers Rip Mayor", "Twelve Farmers Share Their Thoughts"); a phrase must
match whole ("Goes Home" is no stance) and a thing is no group ("Power Plant Rules Face Test").
A position put out in writing is a voice ("released a letter", "sent a letter", "will present
her proposals"), while the same verbs with anything else are deeds ("released an album", "sent
the case back", "sends a clear message"); "linked the leak to her aide" states a claim. A
statement speaks through a participle hung on it ("In a statement announcing the pick, ..."),
unless it is the object of its issuer ("issued a statement calling ...": the issuer's voice).

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor
from allegedly.understand.entities import find_entities

pytestmark = pytest.mark.model


def headline_sources(nlp: Any, text: str) -> list[tuple[str, str, str | None]]:
    """The voices on the first line: source words, cue words, speaker."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    first_line = text.index("\n")
    return [
        (text[slice(*v.source_span)], text[slice(*v.cue_span)], v.attribution.speaker)
        for v in build_attributor(doc, index, outlets, None).voices
        if v.source_span and v.cue_span and v.cue_span[0] < first_line
    ]


BODY = "\n\nNerys Caldwell spoke to supporters in Dunmore on Friday."


@pytest.mark.parametrize(
    ("headline", "source", "cue"),
    [
        ("Nerys Caldwell Rips Rival As A 'Fraud'.", "Nerys Caldwell", "Rips"),
        ("Nerys Caldwell Goes After Rival As The New Villain.", "Nerys Caldwell", "Goes"),
        ("Nerys Caldwell Sees 'Personal Insult' If Voters Stay Home.", "Nerys Caldwell", "Sees"),
        ("Nerys Caldwell Seeks More Funding For Rural Schools.", "Nerys Caldwell", "Seeks"),
        ("Nerys Caldwell Fires Back At Critics Of Her Tour.", "Nerys Caldwell", "Fires"),
    ],
)
def test_headline_stance_verbs_give_the_speaker(nlp: Any, headline: str, source: str, cue: str) -> None:
    found = headline_sources(nlp, headline + BODY)
    assert [(s, c) for s, c, _ in found] == [(source, cue)], found
    speaker = found[0][2]
    # (the name the parse finds may take in the verb: "Nerys Caldwell Fires")
    assert speaker is not None and speaker.startswith("Nerys Caldwell"), found


@pytest.mark.parametrize(
    ("headline", "source", "cue"),
    [
        ("Black Lawmakers Rip Mayor Tolliver As A 'Disgrace'.", "Black Lawmakers", "Rip"),
        ("Twelve Farmers Share Their Most Honest Thoughts On The Drought.", "Twelve Farmers", "Share"),
        ("Angry Parents Slam School Board Over Closures.", "Angry Parents", "Slam"),
    ],
)
def test_a_group_speaks_in_the_bare_form(nlp: Any, headline: str, source: str, cue: str) -> None:
    found = headline_sources(nlp, headline + BODY)
    assert [(s, c) for s, c, _ in found] == [(source, cue)], found


@pytest.mark.parametrize(
    "headline",
    [
        "Nerys Caldwell Goes Home After Long Tour.",  # "Goes" without "After": no stance
        "Dunmore Power Plant Rules Face Key Test In Court.",  # a thing's rules, no one speaking
        "Nerys Caldwell Breaks Record At County Fair.",  # "Breaks" without "With"
        "Ten Dunmore Schools Press Ahead With Longer Days.",  # schools pressing ahead: no group voice
    ],
)
def test_no_stance_without_its_phrase_or_a_speaker(nlp: Any, headline: str) -> None:
    assert headline_sources(nlp, headline + BODY) == []


def body_sources(nlp: Any, text: str) -> list[tuple[str, str]]:
    """Source and cue words of every voice that names a source."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [
        (text[slice(*v.source_span)], text[slice(*v.cue_span)])
        for v in build_attributor(doc, index, outlets, None).voices
        if v.source_span and v.cue_span
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The town council sent a cease-and-desist letter to the promoter on Thursday.",
            "The town council",
            "sent",
        ),
        (
            "Nerys Caldwell will present her proposals in a speech in Dunmore on Friday.",
            "Nerys Caldwell",
            "present",
        ),
        (
            "Mayor Bran Tolliver released a statement on Friday about the flooding.",
            "Mayor Bran Tolliver",
            "released",
        ),
        (
            "The Caldwell campaign released an ad this week showing Tolliver at a rally.",
            "The Caldwell campaign",
            "released",
        ),
        (
            "In a statement announcing the pick, the union praised Nerys Caldwell.",
            "a statement",
            "announcing",
        ),
        (
            "Bran Tolliver repeatedly linked the leak to a former aide of the mayor.",
            "Bran Tolliver",
            "linked",
        ),
    ],
)
def test_a_position_put_out_in_writing_is_a_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    assert (source, cue) in body_sources(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nerys Caldwell released her second album in May.",
        "The Dunmore Players released a new single on Friday.",
        "By a 2-to-1 vote, the county court sent the case back to the lower court.",
        "The ruling sends a clear message to landlords in Dunmore.",
        "Nerys Caldwell sent flowers to her mother after the show.",
        "Bran Tolliver has been linked to Nerys Caldwell since the spring.",
    ],
)
def test_the_same_verbs_doing_a_deed_are_no_voice(nlp: Any, text: str) -> None:
    assert body_sources(nlp, text) == []


def test_a_statement_its_issuer_puts_out_is_the_issuers_voice(nlp: Any) -> None:
    text = "The county council issued a statement calling the flooding a disaster."
    found = body_sources(nlp, text)
    assert ("The county council", "issued") in found, found
    assert all(source != "a statement" for source, _ in found), found
