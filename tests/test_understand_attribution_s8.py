"""Attribution, session 8: a person named inside a quotation is someone the speaker talks
about, never the speaker ("“I married a drummer called Bran Tolliver,” she says" is hers, not
his), whether the quote is read through its closing clause or the sentence that reports it;
communication verbs with a particle and what they set out ("laid out her proposals",
"spelled out the terms") are a voice, and the same verbs doing a deed are not ("laid the
table", "laid out in the sun"); a dateline ("WASHINGTON (AP) —") is never a source, though
the name after it may be; a party-and-district label after a name ("Sen. Ann Roe (D-Ore.)")
makes no second source; and a short quote that opens a sentence of a speaker's paragraph
continues that speaker, where a phrase in scare quotes inside a sentence stays narration.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Attribution
from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor
from allegedly.understand.entities import find_entities
from text_samples import analyse

pytestmark = pytest.mark.model


def voices(nlp: Any, text: str) -> list[tuple[Attribution, str, str, bool]]:
    """The voices that name a source: attribution, source words, cue words, quoted."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    found = []
    for v in build_attributor(doc, index, outlets, None).voices:
        if v.source_span and v.cue_span:
            found.append((v.attribution, text[slice(*v.source_span)], text[slice(*v.cue_span)], v.quoted))
    return found


def quoted_speakers(nlp: Any, text: str) -> dict[str, str | None]:
    """Each quotation's opening words → the speaker of its voice."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return {
        text[v.start + 1 : v.start + 25]: v.attribution.speaker
        for v in build_attributor(doc, index, outlets, None).voices
        if v.quoted
    }


# -- a person named inside a first-person quote is never its speaker ---------------------------

INTERVIEW = (
    "Nerys Caldwell is more guarded about her first marriage. "
    '"I married a drummer called Bran Tolliver when I was twenty-three. We were married for '
    'about five minutes," she says. "He has remarried now."\n\n'
    '"People assume Jory Penn and I are dating. We are not," she says.\n\n'
    'Her album is out on Friday. "I married a drummer called Bran Tolliver when I was '
    'twenty-three," she told the magazine.'
)


def test_a_name_inside_the_quote_never_becomes_its_speaker(nlp: Any) -> None:
    speakers = quoted_speakers(nlp, INTERVIEW)
    assert speakers, INTERVIEW
    for opening, speaker in speakers.items():
        assert speaker == "Nerys Caldwell", opening


def test_the_reporting_sentence_keeps_the_quoted_speaker(nlp: Any) -> None:
    found = [(a.speaker, source) for a, source, _, quoted in voices(nlp, INTERVIEW) if not quoted]
    assert found
    assert all(speaker == "Nerys Caldwell" and source == "she" for speaker, source in found), found


def test_a_man_named_in_a_womans_quote_is_not_her(nlp: Any) -> None:
    text = (
        "Odile Marchetti talked about her family at length. "
        '"My brother Anselm Marchetti taught me to sing, and I owe him everything," she said.'
    )
    speakers = quoted_speakers(nlp, text)
    assert list(speakers.values()) == ["Odile Marchetti"], speakers


def test_a_speaker_named_outside_the_quote_still_speaks(nlp: Any) -> None:
    # the guard only removes people the quote speaks of: the one who is named speaking stays
    text = (
        "Odile Marchetti was asked about her co-star. "
        '"Anselm Grieve is the kindest man I know," Marchetti said. "He brings soup to the set."'
    )
    speakers = set(quoted_speakers(nlp, text).values())
    assert speakers == {"Odile Marchetti"}, speakers


def test_a_pronoun_still_resolves_to_the_person_named_before_the_quote(nlp: Any) -> None:
    text = 'Anselm Grieve laughed at his own joke. "It was the best year of my life," he said.'
    speakers = quoted_speakers(nlp, text)
    assert list(speakers.values()) == ["Anselm Grieve"], speakers


def test_the_first_person_interview_claims_stay_with_the_interviewee(pipeline: Any) -> None:
    analysis = analyse(pipeline, INTERVIEW)
    speakers = {c.attribution.speaker for c in analysis.claims if c.attribution.source_kind == "on_record"}
    assert "Bran Tolliver" not in speakers
    assert "Jory Penn" not in speakers


# -- communication verbs with a particle and what they set out ------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "In a speech in Port Ellery, Mara Quint laid out her proposals for the harbour.",
            "Mara Quint",
            "laid",
        ),
        ("Jo Park spelled out the terms of the deal on Monday.", "Jo Park", "spelled"),
    ],
)
def test_laying_out_a_plan_is_a_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    found = [(s, c) for _, s, c, _ in voices(nlp, text)]
    assert (source, cue) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Mara Quint laid the table for eight.",
        "The twins laid out in the sun all afternoon.",
        "Jo Park spelled her name slowly.",
    ],
)
def test_laying_or_spelling_as_a_deed_is_no_voice(nlp: Any, text: str) -> None:
    assert voices(nlp, text) == []


# -- a dateline is where a story was filed, not who speaks -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Singer sings at festival.\n\nPORT ELLERY, Sept. 28 (UPI) — In a preview clip for the "
        "upcoming Harbour Music show The Tide, Mara Quint sings a lullaby to the crowd.",
        "WASHINGTON (AP) — In a statement on Monday, the show announced a new host.",
    ],
)
def test_a_dateline_is_never_a_source(nlp: Any, text: str) -> None:
    sources = [s for _, s, _, _ in voices(nlp, text)]
    assert not any(("(UPI)" in s or "(AP)" in s or s.isupper()) for s in sources), sources


def test_a_speaker_after_a_dateline_is_still_read(nlp: Any) -> None:
    text = "WASHINGTON (AP) — Jo Park said the vote would be close."
    found = [(a.speaker, s, c) for a, s, c, _ in voices(nlp, text)]
    assert ("Jo Park", "Jo Park", "said") in found, found


def test_the_name_after_a_dateline_is_the_source_the_parser_hung_on_it(nlp: Any) -> None:
    text = (
        "PORT ELLERY -- Mayor Abel Norrin, opening the Museum of Tides on Saturday, said it would "
        "tell the story of the harbour."
    )
    found = [(a.speaker or "", c) for a, _, c, _ in voices(nlp, text)]
    assert any("Abel Norrin" in speaker and cue == "said" for speaker, cue in found), found
    assert not any("PORT" in speaker for speaker, _ in found), found


# -- a party-and-district label after a name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will fight this bill," said Sen. Ann Roe (D-Ore.).', "Ann Roe"),
        ("Rep. Tad Moss (R-Tex.), who chairs the panel, said the hearing would go ahead.", "Tad Moss"),
        ("Sen. Ann Roe, D-Ore., said she was not worried.", "Ann Roe"),
    ],
)
def test_a_party_label_after_the_name_keeps_one_source(nlp: Any, text: str, speaker: str) -> None:
    found = [(a.speaker, s) for a, s, _, quoted in voices(nlp, text) if not quoted]
    assert len(found) == 1, found
    assert found[0][0] == speaker
    assert speaker.split()[-1] in found[0][1]


# -- a quote paragraph: the quotes after the reporting clause keep its speaker -----------------


PARAGRAPH = (
    "Sen. Ann Roe spoke on Monday.\n\n"
    '"We will win this fight in the end, whatever they say," Roe said in a phone call. '
    '"Nobody should doubt it."\n\n'
    'Roe then set off on a "quiet tour" of the state.'
)


def test_a_short_quote_opening_a_sentence_continues_the_speaker(nlp: Any) -> None:
    speakers = quoted_speakers(nlp, PARAGRAPH)
    assert speakers.get('Nobody should doubt it."') == "Ann Roe" or any(
        opening.startswith("Nobody") and speaker == "Ann Roe" for opening, speaker in speakers.items()
    ), speakers


def test_a_scare_quote_inside_a_sentence_is_still_no_speech(nlp: Any) -> None:
    speakers = quoted_speakers(nlp, PARAGRAPH)
    assert not any(opening.startswith("quiet tour") for opening in speakers), speakers


def test_the_source_span_is_the_name_without_its_label(nlp: Any) -> None:
    found = [s for _, s, _, _ in voices(nlp, '"We will fight this bill," said Sen. Ann Roe (D-Ore.).')]
    assert found and all(s == "Sen. Ann Roe" for s in found), found


def test_a_label_that_makes_the_verb_look_like_a_participle_keeps_the_speaker(nlp: Any) -> None:
    # "Ray Dunn (D) called ...": the parser reads "[who was] called", as after an apposition
    text = "Attorney General Ray Dunn (D) called Friday for releasing the videos."
    found = [(a.speaker, s, c) for a, s, c, _ in voices(nlp, text)]
    assert ("Ray Dunn", "Attorney General Ray Dunn", "called") in found, found


def test_a_nickname_in_quotes_is_part_of_the_name_not_a_quote(nlp: Any) -> None:
    text = (
        '"This is a big year for our candidate!" his niece, state Del. Mara "Mimi" Quint '
        '(D-Port Ellery), shouted to the crowd. "The nation is watching."'
    )
    speakers = quoted_speakers(nlp, text)
    assert not any(opening.startswith("Mimi") for opening in speakers), speakers
    assert speakers.get("This is a big year for o") == 'Mara "Mimi" Quint', speakers


# -- a headline quoting a person after a colon -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nora Vell on Her Divorce: 'I Am Finally Free.'\n\nThe singer spoke on Monday.", "Nora Vell"),
        ("A lesson from Loretta Vance: 'Be the voice that people hear.'\n\nVance spoke.", "Loretta Vance"),
    ],
)
def test_a_headline_quoting_a_person_after_a_colon(nlp: Any, text: str, speaker: str) -> None:
    found = [(a.speaker, s, c) for a, s, c, _ in voices(nlp, text)]
    assert (speaker, speaker, ":") in found, found


def test_a_headline_colon_without_a_quote_names_no_speaker(nlp: Any) -> None:
    text = "Nora Vell on Her Divorce: The Full Story\n\nThe singer spoke on Monday."
    assert not any(c == ":" for _, _, c, _ in voices(nlp, text))


# -- the terms a source speaks on are no voice of their own -------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "According to an official in the mayor's office who asked not to be named, the plan was dropped.",
            "asked",
        ),
        ("A senior aide, who spoke on condition of anonymity, said the plan was dead.", "spoke"),
        ("An aide who requested anonymity said the plan was dead.", "requested"),
    ],
)
def test_asking_for_anonymity_is_no_voice(nlp: Any, text: str, cue: str) -> None:
    cues = [c for _, _, c, _ in voices(nlp, text)]
    assert cues and cue not in cues, cues


def test_asking_something_else_is_still_a_voice(nlp: Any) -> None:
    cues = [c for _, _, c, _ in voices(nlp, "Jo Park asked the court to dismiss the case.")]
    assert "asked" in cues, cues
