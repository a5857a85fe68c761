"""Attribution, session 7 (second part): a negation before a claim denies it only within the
claim's own clause. "She has never been married to X" and "is not dating X" stay denied; a
negation that ends at a colon, a semicolon, a sentence-internal stop, a dash that opens a new
clause or a quote that closes another clause ("They are not: she has been married to X since
2015") does not reach the claim after it, which stays asserted. And "made it clear that ..."
states the subject's view: a voice, with "made it clear" as its cue.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.outlets import outlet_table
from allegedly.understand.attribution import _negation_scope, build_attributor
from allegedly.understand.entities import find_entities
from text_samples import analyse, modality_before

# -- the negation stands in the claim's own clause: denied --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("She has never been married to Tobin Vasquez-Reyes.", "married"),
        ("Orla Brandvik is not dating Caspian Hollings.", "dating"),
        ("Orla Brandvik isn't engaged to Caspian Hollings.", "engaged"),
        ("The pair never married, despite years together.", "married"),
        # a pair of dashes sets off an aside: the negation reaches across it
        ("Orla Brandvik is not - whatever the rumours say - dating Caspian Hollings.", "dating"),
        ("Orla Brandvik is not — whatever the rumours say — dating Caspian Hollings.", "dating"),
        # a title's full stop ends no clause
        ("Orla Brandvik has never dated Mr. Caspian Hollings's brother Dr. Ivo Hollings.", "dated"),
    ],
)
def test_negation_in_the_claims_own_clause_denies_it(sentence: str, cue: str) -> None:
    assert modality_before(sentence, cue) == "denied"


# -- the negation ends with another clause: asserted --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("They are not: Ambrose-Tate has been married to the cellist Hugo Brandvik since 2015.", "married"),
        ("Nobody could say they were not close; Orla Brandvik married Caspian Hollings in 2019.", "married"),
        ("They are not a couple - Orla Brandvik has been married to Ivo Senn since 2012.", "married"),
        ("They are not a couple — Orla Brandvik has been married to Ivo Senn since 2012.", "married"),
        ('"We are not," she said. Orla Brandvik married Ivo Senn in 2012.', "married"),
        ("\u201cI'm not,\u201d she laughed, and added that she is engaged to Ivo Senn.", "engaged"),
    ],
)
def test_negation_ending_with_another_clause_does_not_deny(sentence: str, cue: str) -> None:
    assert modality_before(sentence, cue) == "asserted"


@pytest.mark.parametrize(
    ("window", "scope"),
    [
        ("They are not: she has been married", " she has been married"),
        ("not here; she married", " she married"),
        ("not - she married", "she married"),
        ("not - ever - married", "not - ever - married"),
        ("not, said Mr. Senn, married", "not, said Mr. Senn, married"),
        ("from 2010–2015 not married", "from 2010–2015 not married"),
    ],
)
def test_negation_scope_starts_after_the_last_clause_stop(window: str, scope: str) -> None:
    assert _negation_scope(window) == scope


# -- through the whole pipeline -------------------------------------------------------------------


@pytest.mark.model
def test_pipeline_marriage_after_a_colon_is_asserted_and_a_clause_denial_is_denied(pipeline: Any) -> None:
    text = (
        "Are the singer Lorna Ambrose-Tate and the actor Piet Vandermolen a couple? They are not: "
        "Ambrose-Tate has been married to the cellist Hugo Brandvik since 2015. "
        "She has never been married to Piet Vandermolen."
    )
    analysis = analyse(pipeline, text, "2024-05-21")
    spouses = {
        frozenset((c.subject, c.object)): c.modality for c in analysis.claims if c.predicate == "spouse"
    }
    assert spouses.get(frozenset(("Lorna Ambrose-Tate", "Hugo Brandvik"))) == "asserted"
    assert spouses.get(frozenset(("Lorna Ambrose-Tate", "Piet Vandermolen"))) == "denied"


# -- "made it clear that ...": the subject's stated view ----------------------------------------


def sourced_voices(nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    outlets = outlet_table()
    index = find_entities(doc, outlets)
    return [
        (text[slice(*v.source_span)], text[slice(*v.cue_span)])
        for v in build_attributor(doc, index, outlets, None).voices
        if v.source_span and v.cue_span
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "In an interview with a radio host, Rafe Dunmore made it clear he had misgivings about the tour.",
            "Rafe Dunmore",
            "made it clear",
        ),
        ("Senator Ida Voss has made clear that she will not back it.", "Senator Ida Voss", "made clear"),
        ("Odile Brandt made it very clear that the tour is over.", "Odile Brandt", "made it very clear"),
    ],
)
def test_made_it_clear_that_is_the_subjects_voice(nlp: Any, text: str, source: str, cue: str) -> None:
    assert (source, cue) in sourced_voices(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The crew made the path clear before the parade.",
        "Rafe Dunmore made it clear of debris.",
    ],
)
def test_making_a_thing_clear_reports_nothing(nlp: Any, text: str) -> None:
    assert sourced_voices(nlp, text) == []
