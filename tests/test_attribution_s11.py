"""Attribution, session 11: attitude and act cues read by class.

- Nouns of a finding or a stress with their owner and clause ("the judge's conclusion that",
  "her repeated emphasis that").
- A speech gerund after a noun's preposition: the noun's owner ("his campaign of questioning
  the budget") or the subject of the verb the noun hangs on ("were at the forefront in advocating");
  through a preposition, the subject nearest the gerund.
- A noun of speech the clause is set in: "In a statement issued Monday, X was more cautious"
  (X speaks; the verb's own clause, not X's phrase, is what is said).
- Someone heard or caught at it ("can be heard shouting that").
- "charged X with Y" (an accusation), "took offense at", the absolute "With X worried about
  Y, ...", "coy about", a "that" clause the parser took for the sentence's root.
- Verbs that stir a feeling in their object ("That worries the fans", "has angered
  farmers", "were unsettled by the protests"): the one stirred holds the view.
- Decisions of an office that state a position ("the council approved", "vetoed the bill"),
  never as a wish or a plan ("Congress should enact a law"); accounts set down ("the study
  documented", "she chronicles").
- Lemmatizer slips: "retweeted" (read as "retweete"); "By X's own admission, ..."; a "that"
  clause after the addressee misparsed as its relative clause ("yelling to the guards that").

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


def kind_at(nlp: Any, text: str, word: str) -> str:
    """The source kind of the voice that covers `word` of `text`."""
    doc = nlp(text)
    outlets = outlet_table()
    return build_attributor(doc, find_entities(doc, outlets), outlets, None).at(text.index(word)).source_kind


@pytest.mark.parametrize(
    ("text", "source", "cue", "kind"),
    [
        (
            "The judge's conclusion that the tapes were altered surprised no one.",
            "The judge's",
            "conclusion",
            "on_record",
        ),
        (
            "Mayor Orla Venn's repeated emphasis that the bridge was safe drew scorn.",
            "Mayor Orla Venn's",
            "emphasis",
            "on_record",
        ),
        ("Kip Larrow also retweeted a mocking photo of the senator.", "Kip Larrow", "retweeted", "on_record"),
        (
            "By Ada Quill's own admission, her returns are far thicker than the report.",
            "Ada Quill's",
            "admission",
            "on_record",
        ),
        (
            "Nico Varga can be heard yelling to the guards that his brother was unarmed.",
            "Nico Varga",
            "yelling",
            "on_record",
        ),
        (
            "Councillors were at the forefront in advocating the new tram line.",
            "Councillors",
            "advocating",
            "on_record",
        ),
        (
            "Through his long campaign of questioning the budget, Ivo Brandt won votes.",
            "his",
            "questioning",
            "on_record",
        ),
        (
            "In a statement issued on Monday, Senator Dara Quist was more cautious than her colleagues.",
            "Senator Dara Quist",
            "statement",
            "on_record",
        ),
        ("Mira Oduya can be heard shouting that the gate was locked.", "Mira Oduya", "shouting", "on_record"),
        (
            "Prosecutors in Velmont charged two developers with fraud.",
            "Prosecutors in Velmont",
            "charged",
            "on_record",
        ),
        (
            "Bram Tolley took offense at suggestions that he had lied.",
            "Bram Tolley",
            "took offense at",
            "on_record",
        ),
        (
            "With farmers worried about the drought, the council is rolling out a new plan.",
            "farmers",
            "worried",
            "on_record",
        ),
        (
            "Aides to the mayor were coy about whether she would run.",
            "Aides to the mayor",
            "coy",
            "on_record",
        ),
        (
            "Ada Quill continues to insist, most recently in an interview with a local paper,"
            " that she will sign it.",
            "Ada Quill",
            "insist",
            "on_record",
        ),
        ("That worries the fans.", "the fans", "worries", "on_record"),
        ("Shop owners have been unsettled by the protests.", "Shop owners", "unsettled", "on_record"),
        ("The council approved a new tram line.", "The council", "approved", "on_record"),
        ("The governor vetoed the bill on Friday.", "The governor", "vetoed", "on_record"),
        ("The study documented a sharp rise in rents.", "The study", "documented", "narration"),
        (
            "In her new book, Orla Venn chronicles the collapse of the mill.",
            "Orla Venn",
            "chronicles",
            "on_record",
        ),
    ],
)
def test_an_attitude_or_act_cue_read_by_class(nlp: Any, text: str, source: str, cue: str, kind: str) -> None:
    assert sourced(nlp, text) == [(source, cue, kind)]


def test_through_a_preposition_the_subject_nearest_the_gerund_speaks(nlp: Any) -> None:
    text = "Bo Ferrant, despite admitting that he had doubts, the families do need a hearing."
    assert ("Bo Ferrant", "admitting", "on_record") in sourced(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She charged her phone overnight.",  # no accusation without "with"
        "The case concerns unpaid taxes.",  # what it is about, no one stirred
        "Congress should enact a law to cap the fees.",  # a wish, no act yet
    ],
)
def test_no_voice_where_no_one_is_stirred_or_decides(nlp: Any, text: str) -> None:
    assert sourced(nlp, text) == []


def test_a_verb_of_speech_with_its_statement_is_one_voice(nlp: Any) -> None:
    assert sourced(nlp, "Nell Harker said in a statement that the show would return.") == [
        ("Nell Harker", "said", "on_record")
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the speaker's own phrase is the writer's, not what the statement says
        (
            "Rhys Calder, who has been married to Wren Calder since 2016, denied it all in a statement.",
            "married",
        ),
        # only the adjective's phrase is the holders' view
        ("With farmers worried about the drought, the council is rolling out a new plan.", "rolling"),
        # a feeling stirred, or a decision, states no fact of its own
        ("The council approved a new tram line in 2019.", "tram"),
    ],
)
def test_the_rest_of_the_sentence_stays_the_writers(nlp: Any, text: str, word: str) -> None:
    assert kind_at(nlp, text, word) == "narration"


def test_bare_answer_labels_in_a_q_and_a_interview_are_the_interviewees(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "A:" lines of a Q:/A: interview are the person the introduction names; "I", "my" and
    "we" in them are that person's."""
    from text_samples import analyse

    text = (
        "Laura Kestrel, 44, runs two bakeries in Hull. She spoke to us this week.\n\n"
        "Q: How did it start?\n\n"
        "A: My husband, Corin Ashdale, and I met in 2009 at a market stall. We got married in 2012.\n\n"
        "Q: And the children?\n\n"
        "A: We have a daughter, Wren, who is 9.\n"
    )
    analysis = analyse(pipeline, text, date="2024-02-01")
    facts = {(c.predicate, c.subject, c.object): c for c in analysis.claims if c.object}
    spouse = facts.get(("spouse", "Laura Kestrel", "Corin Ashdale")) or facts.get(
        ("spouse", "Corin Ashdale", "Laura Kestrel")
    )
    assert spouse is not None and spouse.attribution.source_kind == "on_record"
    assert spouse.attribution.speaker == "Laura Kestrel"
    assert ("child", "Laura Kestrel", "Wren") in facts
    # one "A:" without questions is no interview: no speaker is guessed
    lone = analyse(pipeline, "Laura Kestrel runs a bakery.\n\nA: My husband, Corin Ashdale, bakes.\n")
    assert not [c for c in lone.claims if c.attribution.speaker == "Laura Kestrel"]
