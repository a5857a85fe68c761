"""Attribution, session 6 (second part): a report that cites an unnamed source ("Page Six
reported, citing an unnamed production source, that ..."), a publication's name the parser read
as a preposition ("In Touch reported"), clauses that are the writer's although a speech verb
governs them (after a semicolon, or joined with a subject of their own), hedge words that do not
qualify a claim (a rumour's occasion, a scene set before a comma, a hedge after a description),
flat denials, and a participle set off after a belief inside someone's report (a second act of
the same speaker).

Every sentence is invented for these tests (fictional people and papers; real outlet names
only as cited publications).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Attribution
from allegedly.outlets import outlet_table
from allegedly.understand.attribution import build_attributor, modality_of
from allegedly.understand.entities import find_entities
from text_samples import analyse, sourced

pytestmark = pytest.mark.model


def attributions(nlp: Any, text: str) -> list[Attribution]:
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [v.attribution for v in build_attributor(doc, index, outlets, None).voices if v.source_span]


def claim_sources(pipeline: Any, text: str, predicate: str) -> list[tuple[str, str]]:
    analysis = analyse(pipeline, text, "2024-05-21")
    return [(c.attribution.source_kind, c.modality) for c in analysis.claims if c.predicate == predicate]


# -- "X reported, citing an unnamed source, that ...": the anonymous source, carried by X -------


def test_citing_an_unnamed_source_makes_the_report_anonymous(nlp: Any) -> None:
    text = (
        "Last year, Page Six reported, citing an unnamed production source, "
        "that Dorian Vell had dated Iris Pomfret."
    )
    found = attributions(nlp, text)
    assert [(a.source_kind, a.outlet) for a in found] == [("anonymous", "Page Six")]
    assert found[0].speaker == "unnamed production source"


def test_an_outlet_name_read_as_a_preposition_is_still_the_source(nlp: Any) -> None:
    text = "In Touch reported, citing an unnamed crew member, that Dorian Vell had been dating Iris Pomfret."
    found = attributions(nlp, text)
    assert [(a.source_kind, a.outlet) for a in found] == [("anonymous", "In Touch Weekly")]


def test_citing_a_document_leaves_the_report_to_the_outlet(nlp: Any) -> None:
    text = "Page Six reported, citing court records, that Dorian Vell had filed for divorce."
    found = attributions(nlp, text)
    assert [(a.source_kind, a.outlet) for a in found] == [("outlet", "Page Six")]


def test_a_citing_report_claim_is_anonymous_and_hedged(pipeline: Any) -> None:
    text = (
        "In Touch reported, citing an unnamed crew member, "
        "that Dorian Vell had been dating the dancer Iris Pomfret."
    )
    assert claim_sources(pipeline, text, "partner") == [("anonymous", "hedged")]


def test_a_time_after_the_verb_does_not_part_the_citing(nlp: Any) -> None:
    text = (
        "The Harbor Ledger reported Tuesday, citing two people familiar with the matter, "
        "that Marta Quill had clashed with producers for months."
    )
    found = attributions(nlp, text)
    assert [a.source_kind for a in found] == ["anonymous"]
    assert found[0].speaker == "people familiar with the matter"


def test_a_passive_joined_to_a_report_is_no_voice_of_its_subject(nlp: Any) -> None:
    text = (
        "The Harbor Ledger reported that Marta Quill had clashed with producers "
        "and had been warned about her conduct in January."
    )
    assert [v.cue for v in sourced(nlp, text)] == ["reported"]


# -- clauses a speech verb governs that are the writer's ----------------------------------------


def test_a_clause_before_a_semicolon_is_not_what_was_posted(pipeline: Any) -> None:
    text = (
        "The dancer Iris Pomfret has been dating the footballer Anselmo Quist since 2022; "
        "the couple posted a photo together from a beach on Tuesday."
    )
    assert claim_sources(pipeline, text, "partner") == [("narration", "asserted")]


def test_a_joined_clause_with_its_own_subject_is_not_what_was_announced(pipeline: Any) -> None:
    text = (
        "Dorian Vell and Iris Pomfret announced their separation in 2021, "
        "and their divorce was finalized the following year."
    )
    assert claim_sources(pipeline, text, "separated") == [("on_record", "asserted")]
    assert claim_sources(pipeline, text, "divorced") == [("narration", "asserted")]


def test_a_second_that_clause_is_still_what_was_said(pipeline: Any) -> None:
    text = "Dorian Vell said that he had married Iris Pomfret and that they moved to Leeds in 2020."
    assert {kind for kind, _ in claim_sources(pipeline, text, "residence")} == {"on_record"}


# -- hedge words that do not qualify the claim --------------------------------------------------


def test_the_occasion_of_a_rumour_is_stated(pipeline: Any) -> None:
    text = (
        "The co-stars sparked wedding rumors over the weekend "
        "when Iris Pomfret, 29, was photographed wearing a ring."
    )
    assert claim_sources(pipeline, text, "age") == [("narration", "asserted")]


def test_what_a_rumour_says_is_hedged(pipeline: Any) -> None:
    assert claim_sources(
        pipeline, "The photos sparked rumors that Dorian Vell had married Iris Pomfret.", "spouse"
    ) == [("narration", "hedged")]
    text = "Amid rumours that Dorian Vell had married Iris Pomfret, the pair stayed quiet."
    assert claim_sources(pipeline, text, "spouse") == [("narration", "hedged")]


def test_a_scene_of_rumours_before_a_comma_leaves_the_clause_stated(pipeline: Any) -> None:
    text = "After months of rumours, Dorian Vell and Iris Pomfret made their debut as a couple in March 2017."
    assert claim_sources(pipeline, text, "partner") == [("narration", "asserted")]


def test_a_hedge_after_a_description_qualifies_the_verb() -> None:
    sentence = "The reality star, 39, allegedly had an affair with a dancer."
    cue_end = sentence.index("39,") + len("39,")
    assert modality_of(sentence, Attribution("narration"), "", cue_end) == "asserted"
    assert modality_of(sentence, Attribution("narration"), "", len(sentence) - 1) == "hedged"


# -- flat denials ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“That's just not true,” she told the magazine on Thursday.",
        "“It’s not true,” the singer said of the affair.",
        "“The story is completely false,” the rep said.",
        "“She was never warned about anything. That is simply false,” he told the paper.",
    ],
)
def test_a_flat_denial_is_denied(sentence: str) -> None:
    assert modality_of(sentence, Attribution("on_record", speaker="Iris Pomfret")) == "denied"


# -- a participle after a belief inside a report: the same speaker's second act -------------------


def test_arguing_after_a_belief_is_the_outer_speakers_second_act(nlp: Any) -> None:
    text = (
        "Senator Jo Park said she did not believe the cuts had hurt the party in 2012, "
        "arguing that divisions were a bigger hurdle."
    )
    found = sourced(nlp, text)
    assert [(v.source, v.cue) for v in found] == [("Senator Jo Park", "said"), ("Senator Jo Park", "arguing")]


def test_saying_after_thinks_is_the_outer_speakers_second_act(nlp: Any) -> None:
    found = sourced(nlp, "Otis Lind said he thinks the plan will fail, saying that the budget is too small.")
    assert [(v.speaker, v.cue) for v in found] == [("Otis Lind", "said"), ("Otis Lind", "saying")]


def test_a_deed_inside_a_report_is_still_part_of_it(nlp: Any) -> None:
    found = sourced(nlp, "Her rep said Iris Pomfret called Otis Lind on Friday.")
    assert [v.cue for v in found] == ["said"]


def test_quoting_an_unnamed_source_is_citing_it(nlp: Any) -> None:
    text = "The Daily Star claimed, quoting an unnamed crew member, that Orla Penn had wed Tom Lang."
    found = attributions(nlp, text)
    assert [(a.source_kind, a.outlet) for a in found] == [("anonymous", "Daily Star")]


# -- "According to a source close to X, ...": the clause after the comma is the source's ---------


def test_according_to_a_source_covers_the_clause_after_it(pipeline: Any) -> None:
    text = (
        "According to a source close to the host, Orla Penn and Tiberius Langstaff started dating in January."
    )
    assert claim_sources(pipeline, text, "partner") == [("anonymous", "hedged")]


def test_according_to_stops_before_a_subject_run_into_it(nlp: Any) -> None:
    text = (
        "According to a source close to the host, Orla Penn and Tiberius Langstaff started dating in January."
    )
    assert [v.source for v in sourced(nlp, text)] == ["a source close to the host"]


def test_according_to_keeps_the_description_of_its_source(nlp: Any) -> None:
    text = "According to Orla Penn, the band's manager, the tour will end in May."
    assert [v.source for v in sourced(nlp, text)] == ["Orla Penn, the band's manager"]
