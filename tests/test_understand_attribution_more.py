"""Voices read from statements of position, topics, beliefs, documents and the writer's "I".

Every sentence is written for these tests; every name is fictional."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from allegedly.model import Attribution
from allegedly.outlets import outlet_table
from allegedly.understand.attribution import _subject_of, build_attributor, modality_of
from allegedly.understand.entities import find_entities
from text_samples import sourced

pytestmark = pytest.mark.model


# Statements of position: the object or a preposition carries the view.


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Senator Orla Brandt is stressing the need to rebuild the harbour.",
            "Senator Orla Brandt",
            "stressing",
        ),
        ("The mayor has repeatedly backed the new stadium plan.", "The mayor", "backed"),
        ("Dana Whitlow spoke about the harbour closure.", "Dana Whitlow", "spoke"),
        ("The union railed against the pension cuts.", "The union", "railed"),
        ("Several governors have expressed concern about the budget.", "Several governors", "expressed"),
        ("Councillor Ivo Marsh agreed with the inspectors.", "Councillor Ivo Marsh", "agreed"),
        ("The plan was criticised by Ivo Marsh on Monday.", "Ivo Marsh", "criticised"),
        ("Lena Voss has also commented on the verdict.", "Lena Voss", "commented"),
    ],
)
def test_statements_of_position(nlp: Any, text: str, source: str, cue: str) -> None:
    found = sourced(nlp, text)
    assert [(r.source, r.cue) for r in found] == [(source, cue)]
    assert found[0].kind == "on_record"


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitlow spoke to reporters on Friday.",  # an occasion, not a view
        "Dana Whitlow spoke at a rally in the square.",
        "Pia Renn spoke on Sunday.",  # a time, not a topic
        "Lena Voss wants a bigger house by the sea.",  # a wish, never speech
        "Tomas Krell plans to run again next year.",
        "Tomas Krell showed up late to the meeting.",  # a deed of a person
        "Tomas Krell found a flat near the park.",
    ],
)
def test_deeds_wishes_and_occasions_are_not_voices(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


# Beliefs: a voice only with the clause they report.


def test_belief_with_its_clause(nlp: Any) -> None:
    found = sourced(nlp, "Lena Voss knows that the deal will collapse.")
    assert [(r.kind, r.source, r.cue) for r in found] == [("on_record", "Lena Voss", "knows")]


@pytest.mark.parametrize(
    "text",
    ["Lena Voss felt comfortable with the arrangement.", "Lena Voss knows the harbour well."],
)
def test_belief_without_a_clause_is_no_voice(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


def test_lemmatizer_slip_on_hoping(nlp: Any) -> None:
    found = sourced(nlp, "Tomas Krell is hoping that the council will approve the bridge.")
    assert [(r.source, r.cue) for r in found] == [("Tomas Krell", "hoping")]


# Documents and counts: the outlet narrates, citing them.


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Polls show a close contest in the northern districts.", "Polls", "show"),
        ("The video shows an officer walking toward the car.", "The video", "shows"),
        ("Polling averages show Dana Whitlow with a narrow lead.", "Polling averages", "show"),
    ],
)
def test_documents_show_through_their_object(nlp: Any, text: str, source: str, cue: str) -> None:
    found = sourced(nlp, text)
    assert [(r.kind, r.source, r.cue) for r in found] == [("narration", source, cue)]


def test_it_as_a_body_named_before(nlp: Any) -> None:
    text = "The Harbour Trust issued a report on Monday. It called for new limits on fishing."
    found = sourced(nlp, text)
    assert ("narration", "It", "called") in [(r.kind, r.source, r.cue) for r in found]


# The writer named as the source of a view.


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("I know that the tax returns are being audited.", "I", "know"),
        ("We believe the council should publish the report.", "We", "believe"),
    ],
)
def test_first_person_view_is_the_writer(nlp: Any, text: str, source: str, cue: str) -> None:
    found = sourced(nlp, text)
    assert [(r.kind, r.source, r.cue) for r in found] == [("author_opinion", source, cue)]


def test_first_person_deed_is_no_voice(nlp: Any) -> None:
    assert sourced(nlp, "I wrote about the harbour last week.") == []


# Subjects and relative pronouns.


def test_nearest_of_two_subjects(nlp: Any) -> None:
    # The parse the pipeline sometimes gives "Lunmark, as one of her aides pointed out, ...":
    # two subjects of "pointed"; the aide, nearest the verb, is the source.
    words = ["Lunmark", ",", "as", "one", "of", "her", "aides", "pointed", "out", ",", "it", "floods", "."]
    heads = [7, 7, 7, 7, 3, 6, 4, 7, 7, 7, 11, 7, 7]
    deps = [
        "nsubj",
        "punct",
        "mark",
        "nsubj",
        "prep",
        "poss",
        "pobj",
        "ROOT",
        "prt",
        "punct",
        "nsubj",
        "ccomp",
        "punct",
    ]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    subject = _subject_of(doc[7])
    assert subject is not None and subject.text == "one"


def test_relative_pronoun_of_a_conjoined_verb(nlp: Any) -> None:
    text = "The protesters, who marched through the city and called for the footage, went home."
    found = sourced(nlp, text)
    assert [(r.source, r.cue) for r in found] == [("The protesters, who", "called")]


def test_possessor_of_comments_on_a_topic(nlp: Any) -> None:
    found = sourced(nlp, "Lena Voss's comments on the verdict drew criticism.")
    assert [(r.source, r.cue) for r in found] == [("Lena Voss's", "comments")]


# Kinds and modality stay as they were.


def test_anonymous_source_stays_anonymous(nlp: Any) -> None:
    found = sourced(nlp, "A source close to the couple stressed the need for privacy.")
    assert found and found[0].kind == "anonymous"


def test_denial_of_a_position_stays_denied(nlp: Any) -> None:
    sentence = "Tomas Krell denied that he had backed the plan."
    found = sourced(nlp, sentence)
    assert found and found[0].kind == "on_record"
    attribution = Attribution("on_record", speaker="Tomas Krell")
    assert modality_of(sentence, attribution, "", sentence.index("plan")) == "denied"


def test_as_someone_put_it(nlp: Any) -> None:
    found = sourced(nlp, "As Mara Quell, a tax lawyer, recently put it, the plan is a gift to the rich.")
    assert [(r.speaker, r.cue) for r in found] == [("Mara Quell", "put")]
    assert sourced(nlp, "Mara Quell put it on the table.") == []


# The scope of a voice: what the source says, not the whole sentence around it.


def kinds(nlp: Any, text: str, words: list[str]) -> dict[str, str]:
    """The source kind at the first occurrence of each of `words`."""
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    attributor = build_attributor(doc, index, outlets, None)
    return {w: attributor.at(text.index(w)).source_kind for w in words}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an age beside the speaker's name is the writer's
            "Marla Quint, 44, told Glow Weekly that she had moved to Denver.",
            {"44": "narration", "moved": "on_record"},
        ),
        (  # a clause joined to the report is narration
            "They sold the cabin in Aspen in 2021, and the actor often shared videos of the lake.",
            {"sold": "narration", "Aspen": "narration"},
        ),
        (  # the clause a participle of speech hangs on is narration; the quote is the speaker's
            'Pell Varga, 29, posted a selfie from the set in Oslo, adding: "Back to work at last."',
            {"29": "narration", "Oslo": "narration", "Back to work": "on_record"},
        ),
        (  # a non-statement makes nobody's age on record
            "Neither Ilsa Moor, 52, nor Dov Carr, 49, has commented on the reports.",
            {"52": "narration", "49": "narration"},
        ),
        (  # a request's object is a topic: the children are the writer's description
            "In the petition, Ilsa Moor asks for sole custody of the couple's son, Remy, born in 2018.",
            {"Remy": "narration", "2018": "narration"},
        ),
        (  # an indirect question is a topic
            "Ilsa Moor described what it was like filming Ash Valley with her brother.",
            {"filming": "narration"},
        ),
        (  # the scene before the source is narration
            "When the pair split in 2019, friends told Glow Weekly that the two stayed close.",
            {"split": "narration", "stayed": "anonymous"},
        ),
        (  # ... unless the scene is itself hearsay
            "When news of the engagement broke in June, sources told Glow Weekly that the date was set.",
            {"engagement": "anonymous", "date": "anonymous"},
        ),
        (  # an epithet inside a report is the writer's
            "A source said the Ash Valley star is expecting her first child.",
            {"Ash Valley": "narration", "expecting": "anonymous"},
        ),
        (  # an announcement's object is what is said
            "Ilsa Moor announced her engagement to Tom Reyes on Instagram.",
            {"engagement": "on_record"},
        ),
        (  # a report set after its content covers it
            "Ilsa Moor is pregnant with her second child, a source said.",
            {"pregnant": "anonymous"},
        ),
    ],
)
def test_voice_covers_only_what_is_said(nlp: Any, text: str, expected: dict[str, str]) -> None:
    assert kinds(nlp, text, list(expected)) == expected


def test_welcoming_a_child_is_no_voice(nlp: Any) -> None:
    text = "Ilsa Moor welcomed a daughter, Bea, with her partner Tom Reyes in May 2020."
    assert [r for r in sourced(nlp, text) if r.cue == "welcomed"] == []
    assert kinds(nlp, text, ["daughter", "Bea"]) == {"daughter": "narration", "Bea": "narration"}


def test_welcoming_a_ruling_is_still_a_position(nlp: Any) -> None:
    text = "Mayor Dana Holt welcomed the ruling on the harbour."
    assert [r.cue for r in sourced(nlp, text)] == ["welcomed"]


def test_a_rep_speaks_for_whom_it_names(nlp: Any) -> None:
    text = "The singer and her husband welcomed a son, Otis Bram, on Jan. 3, a rep for the couple confirmed."
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    speakers = {v.attribution.speaker for v in build_attributor(doc, index, outlets, None).voices}
    assert "Otis Bram" not in speakers


def test_a_cut_word_is_no_negation() -> None:
    sentence = (
        "Vera Lind and Tom Reed tied the knot in October 2021 in Door County, Wisconsin, "
        "after meeting at a party."
    )
    cue_end = sentence.index("meeting") + len("meeting")
    assert modality_of(sentence, Attribution("narration"), "", cue_end) == "asserted"
