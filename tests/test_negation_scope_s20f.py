"""Attribution, session 20 (RT-F): a negation counts only for its own verb. A negation inside a
relative clause set off by commas ("X, who has never believed in divorce, has been married to
Y") modifies the relative clause's verb, not the main clause's; a second verb joined by "and"
after a bare "never" ("They never married and went their separate ways"), or one that brings
its own auxiliary ("is not married and has been dating Y"), has its own polarity. A negation
that shares its auxiliary ("has never married or divorced", "did not marry and divorce") and a
second negation ("never married X and never divorced him") still deny.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.attribution import _negation_scope
from text_samples import analyse, modality_before


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "Rhea Vantorp, who has never believed in divorce, has been married to Col Darrow since 2009.",
            "married",
        ),
        ("Lena Quarry, who never liked the press, is dating Ben Ruckhart.", "dating"),
        (
            "The album, which did not chart, was produced by Ivo Senn, who married Pia Lund in 2012.",
            "married",
        ),
        ("Mira Holten and Jon Pikeman never married and went their separate ways in 2014.", "ways"),
        ("Mira Holten never married Jon Pikeman and split from him in 2014.", "split"),
        ("Tess Arlow is not married and has been dating Dov Reyland since 2019.", "dating"),
    ],
)
def test_a_negation_of_another_verb_leaves_the_claim_asserted(sentence: str, cue: str) -> None:
    assert modality_before(sentence, cue) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Rhea Vantorp has never been married to Col Darrow.", "married"),
        ("Rhea Vantorp, 41, has never been married to Col Darrow.", "married"),
        ("Tess Arlow never married Dov Reyland and never divorced him.", "divorced"),
        ("Tess Arlow has never married or divorced anyone.", "divorced"),
        ("Tess Arlow did not marry and divorce Dov Reyland.", "divorce"),
        ("She and Dov Reyland are not and were never a couple.", "couple"),
        ("Tess Arlow has never dated and married a colleague.", "married"),
        ("Lena Quarry, who says she is single, is not dating Ben Ruckhart.", "dating"),
        # the comma interrupts the relative clause's own predicate: the negation still reaches it
        ("Guests include Pia Lund, who is not, whatever the forums say, his secret ex.", "ex"),
    ],
)
def test_a_negation_of_the_claims_own_verb_still_denies_it(sentence: str, cue: str) -> None:
    assert modality_before(sentence, cue) == "denied"


@pytest.mark.parametrize(
    ("window", "scope"),
    [
        ("Vane, who has never believed, has been married", "Vane" + " " * 24 + ", has been married"),
        ("They never married and went", "and went"),
        ("She is not married and has been dating", "and has been dating"),
        ("She has never married and divorced", "She has never married and divorced"),
        ("She never married Jo and Al", "She never married Jo and Al"),
    ],
)
def test_negation_scope_leaves_out_other_verbs(window: str, scope: str) -> None:
    assert _negation_scope(window) == scope


def test_relative_clause_negation_gives_an_asserted_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Rhea Vane, who has never believed in divorce, has been married to Col Dart since 2009."
    )
    spouse = [c for c in analysis.claims if c.predicate == "spouse"]
    assert spouse and all(c.modality == "asserted" for c in spouse)


def test_and_joined_split_after_never_married_is_asserted(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Mira Holten and Jon Pikeman never married and went their separate ways in 2014."
    )
    split = [c for c in analysis.claims if c.predicate == "separated"]
    assert split and all(c.modality == "asserted" for c in split)
    assert not [c for c in analysis.claims if c.predicate == "spouse" and c.modality == "asserted"]


def test_a_long_relative_aside_is_left_out_even_where_the_window_cuts_it() -> None:
    sentence = (
        "Lena Quarry, who in all her long years in show business has never liked the press, "
        "is dating Ben Ruckhart."
    )
    assert modality_before(sentence, "dating") == "asserted"


def test_a_relative_aside_keeps_the_comma_that_closes_a_quote() -> None:
    sentence = '"We did not plan it, which we find funny," Pia Lund said.'
    assert modality_before(sentence, "said") == "asserted"
