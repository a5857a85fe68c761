"""Relations, session 9 (second round): ages written in words after a name ("their son Bram,
seven,", "Ines, 4, and Paulo, two"); a founder named as such owns the organisation ("Halden
Studios co-founder T", "T, the founder of Halden Studios"); property and hospitality businesses
("Kellin Estates", "Ashgrove Hospitality") are organisations.
Must-not-fire: "four of them", "one of the founders' friends", "met the founder of X", a word
age after a description ("The comedian, seven, ..." is no age), "twenty-something".

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, children_of, relations

pytestmark = pytest.mark.model

DATE = "2020-05-01"


def ages(analysis: Any, person: str) -> set[str | None]:
    return {c.value for c in analysis.claims if c.predicate == "age" and c.subject == person}


# -- ages in words ------------------------------------------------------------------------------


def test_an_age_in_words_after_a_childs_name(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Dorian Ashby was spotted with their son Bram, seven, at the park.", DATE)
    assert ages(analysis, "Bram") == {"7"}
    assert "Bram" in children_of(analysis, "Dorian Ashby")


def test_ages_in_digits_and_words_in_one_list(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Kira Vantongeren and Dorian Ashby have two children. Their kids, Ines, 4, and Paulo, two, "
        "live with them in Ridgeport.",
        DATE,
    )
    assert ages(analysis, "Ines") == {"4"}
    assert ages(analysis, "Paulo") == {"2"}
    assert {"Ines", "Paulo"} <= children_of(analysis, "Kira Vantongeren")


def test_a_teen_age_in_words_is_not_read_as_a_shorter_word(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Kira Vantongeren took her daughter Hollis, seventeen, to the premiere.", DATE
    )
    assert ages(analysis, "Hollis") == {"17"}


def test_a_count_after_a_name_is_no_age(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Kira Vantongeren, four of them old friends, arrived late. Dorian Ashby, twenty-something, left.",
        DATE,
    )
    assert not ages(analysis, "Kira Vantongeren")
    assert not ages(analysis, "Dorian Ashby")


# -- founders -----------------------------------------------------------------------------------


def test_an_organisations_founder_before_the_name_owns_it(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Halden Studios co-founder Tobin Varga spoke on Friday.", DATE)
    assert ("Tobin Varga", "Halden Studios") in relations(analysis, "owns")


def test_the_founder_of_an_organisation_in_apposition_owns_it(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Tobin Varga, the founder of Halden Studios, spoke on Friday.", DATE)
    assert ("Tobin Varga", "Halden Studios") in relations(analysis, "owns")


def test_who_founded_and_co_founded_own_it(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Orla Quennell, who founded Brightwater Media, said the deal was done. "
        "Tobin Varga co-founded Halden Studios in 2011.",
        DATE,
    )
    owned = relations(analysis, "owns")
    assert ("Orla Quennell", "Brightwater Media") in owned
    assert ("Tobin Varga", "Halden Studios") in owned


def test_meeting_a_founder_or_the_founders_friends_own_nothing(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tobin Varga, one of the founders' friends, spoke on Friday. "
        "Orla Quennell met the founder of Halden Studios in Ridgeport.",
        DATE,
    )
    assert not relations(analysis, "owns")


# -- business head words ------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["Estates", "Hospitality", "Vineyards", "Developments"])
def test_business_head_words_make_an_organisation(pipeline: Any, head: str) -> None:
    analysis = analyse(pipeline, f"Tobin Varga founded Kellin {head} with Ada Roe.", DATE)
    owned = relations(analysis, "owns")
    assert ("Tobin Varga", f"Kellin {head}") in owned
    assert ("Ada Roe", f"Kellin {head}") in owned
