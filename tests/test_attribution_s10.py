"""Attribution, session 10: stances named by a noun beside their holder.

A noun of stance with what it is towards ("opponent of", "critic of", "supporter of") states
its holder's stance when it is the predicate of "be" ("Tolley is a staunch opponent of the
deal", "Quill, who is a vocal critic of the plan", "Brandt has been an outspoken supporter of
the treaty") or stands in apposition to the holder ("Tolley, a longtime foe of the mayor,",
"A passionate defender of the Herald, Mr. Tolley ..."). The cue is the copula with the noun
phrase up to "of", or the apposition up to "of"; the rest of the sentence stays the writer's.
Without "of" ("Quill's supporters rallied", "Trump critic Ivo Brandt"), as a trade ("a film
critic of some renown") or in a match ("beat their opponent 3-1"), the noun names no stance.

Also: the speaker of an aside "as X pointed out" that the parser read as the sentence's subject's
preposition; a participle of speech set off after what someone said ("said the plan had failed,
suggesting that ...") as that speaker's second act, not the reported clause's subject's; and
complaints, pleas and playing down said through an object ("bemoaned the unrest", "implored
her to run", "downplayed the risk"), and attitudes held towards a thing or a person ("openly
admires the governor", "do not respect him", "has largely ignored the issue"), and a ruling or a
plea said through its preposition ("ruled in favor of", "pleads for his life").

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor
from allegedly.understand.entities import find_entities
from text_samples import sourced as sourced_voices

pytestmark = pytest.mark.model


def sourced(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    """Every voice with a source: source words, cue words, source kind."""
    return [(v.source, v.cue, v.kind) for v in sourced_voices(nlp, text)]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Bram Tolley is a staunch opponent of the harbour deal.", "Bram Tolley", "is a staunch opponent of"),
        ("Bram Tolley is a longtime foe of the mayor.", "Bram Tolley", "is a longtime foe of"),
        ("Odile Brandt is a defender of the new rules.", "Odile Brandt", "is a defender of"),
        (
            "Odile Brandt has been a consistent and outspoken supporter of the treaty.",
            "Odile Brandt",
            "has been a consistent and outspoken supporter of",
        ),
        (
            "Ada Quill, who is a vocal critic of the plan, left early.",
            "Ada Quill, who",
            "is a vocal critic of",
        ),
        (
            "Bram Tolley, a staunch opponent of the harbour deal, spoke to the council.",
            "Bram Tolley",
            "a staunch opponent of",
        ),
        (
            "A passionate defender of the Velmont Herald, Mr. Tolley likened it to a choir.",
            "Mr. Tolley",
            "A passionate defender of",
        ),
    ],
)
def test_a_noun_of_stance_beside_its_holder_is_the_holders_voice(
    nlp: Any, text: str, source: str, cue: str
) -> None:
    voices = sourced(nlp, text)
    assert (source, cue, "on_record") in voices, voices


@pytest.mark.parametrize(
    "text",
    [
        "Quill's supporters rallied outside the hall.",
        "The Velmont Rovers beat their opponent 3-1 on Saturday.",
        "Ada Quill, a film critic of some renown, lives in Marlow.",
        "The club invited Velmont critic Ivo Brandt to the opening.",
        "Critics were not invited to the premiere.",
        "Is Bram Tolley a supporter of the plan?",
    ],
)
def test_a_noun_of_stance_without_its_object_or_holder_is_no_voice(nlp: Any, text: str) -> None:
    assert not any(c.split()[-1] == "of" for _, c, _ in sourced(nlp, text)), sourced(nlp, text)


def at(nlp: Any, text: str, word: str) -> str:
    doc = nlp(text)
    outlets = outlet_table()
    attributor = build_attributor(doc, find_entities(doc, outlets), outlets, None)
    return attributor.at(text.index(word)).source_kind


def test_a_stated_stance_is_the_holders_and_the_rest_the_writers(nlp: Any) -> None:
    text = "Bram Tolley is a staunch opponent of the harbour deal, and the council met on Monday."
    assert at(nlp, text, "harbour") == "on_record"
    assert at(nlp, text, "council") == "narration"


def test_an_apposition_of_stance_stays_the_writers_description(nlp: Any) -> None:
    # the writer describes the one named: the voice names its source, the words stay narration
    text = "Bram Tolley, a staunch opponent of the harbour deal, spoke to the council on Monday."
    assert at(nlp, text, "harbour") == "narration"
    assert at(nlp, text, "council") == "narration"


def test_a_stance_inside_a_report_is_part_of_the_report(nlp: Any) -> None:
    voices = sourced(nlp, "Ivo Brandt said that Ada Quill is a vocal critic of the plan.")
    assert [(s, c) for s, c, _ in voices] == [("Ivo Brandt", "said")], voices


def test_an_apposition_deeper_in_the_sentence_names_no_stance(nlp: Any) -> None:
    text = "The trees came from Marlow, the home of Senator Ivo Brandt, another critic of the deal."
    assert not any(c.split()[-1] == "of" for _, c, _ in sourced(nlp, text)), sourced(nlp, text)


# -- "as one of the mayor's aides pointed out": the aside's speaker ---------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Velmont, as one of the mayor's climate advisers pointed out, normally does not get snow.",
            "one of the mayor's climate advisers",
            "pointed",
        ),
        ("Velmont, as the mayor noted, gets little snow.", "the mayor", "noted"),
    ],
)
def test_the_speaker_of_an_as_aside_is_its_object(nlp: Any, text: str, source: str, cue: str) -> None:
    voices = sourced(nlp, text)
    assert (source, cue, "on_record") in voices, voices


def test_as_a_role_is_no_aside(nlp: Any) -> None:
    voices = sourced(nlp, "Bram Tolley, as mayor, said the plan would work.")
    assert [(s, c) for s, c, _ in voices] == [("Bram Tolley", "said")], voices


# -- a participle of speech after what was said: the speaker's second act ---------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Bram Tolley said the plan had failed, suggesting that the board should resign.", "suggesting"),
        ("Ada Quill said on Friday that the city needed calm, announcing a curfew.", "announcing"),
    ],
)
def test_a_participle_after_a_report_is_the_speakers_second_act(nlp: Any, text: str, cue: str) -> None:
    voices = sourced(nlp, text)
    speaker = text.split(" said")[0]
    assert [(s, c) for s, c, _ in voices] == [(speaker, "said"), (speaker, cue)], voices


def test_a_deed_after_a_report_stays_inside_it(nlp: Any) -> None:
    voices = sourced(nlp, "Her aide said Ada Quill had left the city, leaving her staff behind.")
    assert [c for _, c, _ in voices] == ["said"], voices


# -- complaints, pleas and playing down through an object ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Ada Quill bemoaned the unrest in Marlow and said the city needed calm.", "Ada Quill", "bemoaned"),
        ("Bram Tolley downplayed the risk of floods.", "Bram Tolley", "downplayed"),
        ("The Velmont council implored residents to stay home.", "The Velmont council", "implored"),
        (
            "Lamenting their luck, the fishermen of Marlow say the sea is cruel.",
            "the fishermen of Marlow",
            "Lamenting",
        ),
    ],
)
def test_a_complaint_or_plea_through_its_object_is_a_voice(
    nlp: Any, text: str, source: str, cue: str
) -> None:
    voices = sourced(nlp, text)
    assert (source, cue, "on_record") in voices, voices


def test_a_lament_without_an_object_is_no_voice(nlp: Any) -> None:
    assert sourced(nlp, "The old bells of Marlow lamented all night.") == []


# -- attitudes held towards a thing or a person ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Bram Tolley openly admires the governor of Velmont.", "Bram Tolley", "admires"),
        ("His fellow doctors do not respect him.", "His fellow doctors", "respect"),
        ("The council has largely ignored the issue of parking.", "The council", "ignored"),
        ("They resented being held to the old standards.", "They", "resented"),
        ("Ada Quill despises the new mayor.", "Ada Quill", "despises"),
    ],
)
def test_an_attitude_towards_something_is_its_holders_voice(
    nlp: Any, text: str, source: str, cue: str
) -> None:
    voices = sourced(nlp, text)
    assert (source, cue, "on_record") in voices, voices


@pytest.mark.parametrize(
    "text",
    [
        "Ada Quill loves her two dogs.",
        "Bram Tolley embraced his mother at the airport.",
        "Ignore the noise.",
        "Tolley's respect for the council is well known.",
    ],
)
def test_a_tie_a_hug_or_an_order_is_no_attitude_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


# -- a ruling or a plea through its preposition ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The wife of Ivo Brandt pleads for his life.", "The wife of Ivo Brandt", "pleads for"),
        ("Judge Ada Quill ruled in favor of the landlord.", "Judge Ada Quill", "ruled in favor of"),
    ],
)
def test_a_ruling_or_plea_through_its_preposition_is_a_voice(
    nlp: Any, text: str, source: str, cue: str
) -> None:
    voices = sourced(nlp, text)
    assert any(s == source and c == cue for s, c, _ in voices), voices


@pytest.mark.parametrize(
    "text", ["King Ivo Brandt ruled the country for thirty years.", "That begs the question."]
)
def test_ruling_a_country_or_begging_a_question_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


# -- reports inside aspect verbs (already read; kept here as a guard) -------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The senator continues to insist that the vote was rigged.", "The senator", "insist"),
        ("Bram Tolley keeps saying that the deal is dead.", "Bram Tolley", "saying"),
        ("Ada Quill went on to argue that the tax was unfair.", "Ada Quill", "argue"),
        ("Bram Tolley repeatedly called for the chief's resignation.", "Bram Tolley", "called"),
        ("Ada Quill keeps insisting the plan will work.", "Ada Quill", "insisting"),
    ],
)
def test_a_report_inside_an_aspect_verb_is_the_subjects_voice(
    nlp: Any, text: str, source: str, cue: str
) -> None:
    voices = sourced(nlp, text)
    assert (source, cue, "on_record") in voices, voices
