"""Session 21 (real-text pass, attribution): "the actress said" speaks for the person the
description stands for (so her "my son" is hers); photographs and portraits that "show" something
are evidence the outlet cites, not a speaker; "continues to ..." is a deed, not a report; "haven't
confirmed" leaves a claim unconfirmed.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, facts_of, voices


def test_a_description_speaking_is_the_person_it_stands_for(pipeline: Any) -> None:
    text = (
        "Mira Solberg stepped out in Paris on Friday for the premiere of her new film.\n\n"
        '"My son Teo is three now," the actress said.'
    )
    analysis = analyse(pipeline, text, date="2026-02-03")
    assert ("Mira Solberg", "Teo") in facts_of(analysis, "child")
    said = [c for c in analysis.claims if c.predicate == "child"]
    assert said[0].attribution.speaker == "Mira Solberg"


def test_portraits_that_show_are_no_speaker(nlp: Any) -> None:
    text = (
        "Tomas Ferrante spent a week in Sicily for a magazine cover.\n\nThe series of portraits show "
        "that the Harbour Nights actor is at ease on a boat."
    )
    assert not [v for v in voices(nlp, text) if v.kind == "on_record"]


def test_continuing_a_deed_is_no_report(nlp: Any) -> None:
    text = (
        "While Ada Roewen continues to trash Ian Holtby in interviews amid their divorce, the chef is "
        "running back to his first wife Cora Lind, OK! has learned."
    )
    assert not [v for v in voices(nlp, text) if v.speaker == "Ada Roewen"]


def test_continued_alone_still_reports(nlp: Any) -> None:
    text = '"We are very happy," Ada Roewen continued.'
    assert [v for v in voices(nlp, text) if v.speaker == "Ada Roewen"]


def test_havent_confirmed_leaves_the_claim_unconfirmed(pipeline: Any) -> None:
    text = (
        "Ada Roewen and Ian Holtby haven't confirmed an engagement yet, but a friend of the pair "
        "insists a wedding is coming."
    )
    analysis = analyse(pipeline, text, date="2026-02-03")
    engaged = [c for c in analysis.claims if c.predicate == "engaged"]
    assert engaged
    assert all(c.modality != "asserted" for c in engaged)
