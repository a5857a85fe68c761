"""Relations, session 6 (b): earlier marriages introduced by a role ("Her first husband, a banker,
was X", "His ex-wife, a surgeon named X"), "the two" / "they" bound to the couple just related
rather than the story's couple, children's lists with ages and twins, children from a first
marriage, and jobs that end ("was fired by X", "which she left in 2010").

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse, pairs, parents_of

pytestmark = pytest.mark.model


def years(analysis: Analysis, predicate: str, a: str, b: str) -> set[str | None]:
    return {
        c.date.value if c.date else None
        for c in analysis.claims
        if c.predicate == predicate and {c.subject, c.object} == {a, b}
    }


STORY = (
    "Ada Roe and Otto Pell are engaged. Ada Roe and Otto Pell met in 2020 and the couple live in Oslo. "
    "Otto Pell proposed in May. "
)


# -- an earlier marriage introduced by a role -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Her first husband, a banker, was Piet Vos.",
        "Her first husband was Piet Vos.",
        "Her second husband was the Danish actor Piet Vos.",
    ],
)
def test_first_husband_named_by_a_role(pipeline: Any, sentence: str) -> None:
    analysis = analyse(pipeline, f"Ada Roe is an actress. {sentence}", date="2024-05-02")
    assert frozenset(("Ada Roe", "Piet Vos")) in pairs(analysis, "spouse")


def test_ex_wife_named_after_a_description(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Otto Pell is a biologist. His ex-wife, a pediatric surgeon named Ada Roe, was married to him "
        "for eleven years.",
        date="2024-05-02",
    )
    assert frozenset(("Otto Pell", "Ada Roe")) in pairs(analysis, "spouse")


def test_then_husband_is_a_spouse(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe is a chef. Ada Roe opened the restaurant in 2012 with her then-husband, "
        "the chemist Piet Vos.",
        date="2024-05-02",
    )
    assert frozenset(("Ada Roe", "Piet Vos")) in pairs(analysis, "spouse")


# -- "the two" / "they": the couple just related ------------------------------------------------


def test_the_two_after_an_earlier_marriage_are_that_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        STORY + "Ada Roe was previously married to Piet Vos. The two wed in 2011 and divorced in 2015.",
        date="2024-05-02",
    )
    assert years(analysis, "divorced", "Ada Roe", "Piet Vos") == {"2015"}
    assert "2011" in years(analysis, "spouse", "Ada Roe", "Piet Vos")
    # never a divorce of the couple the story is about
    assert frozenset(("Ada Roe", "Otto Pell")) not in pairs(analysis, "divorced")


def test_they_after_a_first_husband_are_that_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        STORY + "Ada Roe is an actress. Her first husband, a banker, was Piet Vos. They married in 1998 and "
        "split in 2004.",
        date="2024-05-02",
    )
    assert years(analysis, "separated", "Ada Roe", "Piet Vos") == {"2004"}
    assert frozenset(("Ada Roe", "Otto Pell")) not in pairs(analysis, "separated")


def test_an_earlier_spouse_not_recognised_is_never_the_main_couple(pipeline: Any) -> None:
    # whoever the earlier husband is, the story's couple did not divorce
    analysis = analyse(
        pipeline,
        STORY + "Ada Roe was previously married to a lawyer from Bergen. "
        "The two wed in 2011 and divorced in 2015.",
        date="2024-05-02",
    )
    assert frozenset(("Ada Roe", "Otto Pell")) not in pairs(analysis, "divorced")


def test_the_couple_in_a_new_paragraph_after_a_divorce_is_the_story_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        STORY + "Otto Pell and Ida Lund wed in 2008 and divorced in 2013.\n\n"
        "In 2019 the couple went into business together, co-founding the production company "
        "Northgate Pictures.",
        date="2024-05-02",
    )
    owners = {c.subject for c in analysis.claims if c.predicate == "owns"}
    assert "Ida Lund" not in owners


def test_after_the_divorce_is_not_a_divorce_from_the_next_partner(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Otto Pell is an actor. After the divorce he moved back to England and spent two years with "
        "the chef Ida Lund. The pair dated from 2016 to 2018.",
        date="2024-05-02",
    )
    assert frozenset(("Otto Pell", "Ida Lund")) not in pairs(analysis, "divorced")
    assert frozenset(("Otto Pell", "Ida Lund")) in pairs(analysis, "partner")


# -- children -----------------------------------------------------------------------------------


def test_children_listed_with_their_ages(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Otto Pell and Ada Roe married in 2006. They have three children: Mia Pell, 16, Lena Pell, 13, "
        "and Jonas Pell, 9.",
        date="2024-05-02",
    )
    for child in ("Mia Pell", "Lena Pell", "Jonas Pell"):
        assert parents_of(analysis, child) == {"Otto Pell", "Ada Roe"}


def test_twins_welcomed_by_the_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe is an actress. Her first husband was Otto Pell. They married in June 2003 and "
        "welcomed twins, Mia Pell and Jonas Pell, in February 2005.",
        date="2024-05-02",
    )
    for child in ("Mia Pell", "Jonas Pell"):
        assert parents_of(analysis, child) == {"Otto Pell", "Ada Roe"}


def test_the_former_couple_share_two_sons(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe is a chef. Ada Roe married Piet Vos in 2010 and they divorced in 2019. "
        "The former couple share two sons, Mia Vos and Jonas Vos.",
        date="2024-05-02",
    )
    assert parents_of(analysis, "Jonas Vos") == {"Ada Roe", "Piet Vos"}


def test_children_from_a_first_marriage_are_not_the_new_husbands(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe, who is married to the pilot Otto Pell, has two adult children, Mia Vos and Jonas Vos, "
        "from her first marriage, to the producer Piet Vos.",
        date="2024-05-02",
    )
    for child in ("Mia Vos", "Jonas Vos"):
        assert "Otto Pell" not in parents_of(analysis, child)
        assert "Piet Vos" in parents_of(analysis, child)
    assert frozenset(("Ada Roe", "Piet Vos")) in pairs(analysis, "spouse")


# -- jobs that end ------------------------------------------------------------------------------


def test_fired_by_an_employer_ends_the_job(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Roe was fired by Beacon Broadcasting on Tuesday.", date="2024-05-02")
    jobs = [c for c in analysis.claims if c.predicate == "employer" and c.subject == "Ada Roe"]
    assert jobs and jobs[0].object == "Beacon Broadcasting" and jobs[0].end is not None


def test_an_employer_which_she_left_in_a_year(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe is a host. Ada Roe was a correspondent for the Daily Ledger, which she left in 2010.",
        date="2024-05-02",
    )
    jobs = [c for c in analysis.claims if c.predicate == "employer" and c.subject == "Ada Roe"]
    assert jobs and jobs[0].end is not None and jobs[0].end.value == "2010"


# -- smaller readings ---------------------------------------------------------------------------


def test_who_is_now_an_age_as_of_the_report(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Otto Pell and Ida Lund parted in 2022; they share custody of Jonas Pell, who is now 4.",
        date="2024-05-02",
    )
    ages = [c for c in analysis.claims if c.predicate == "age" and c.subject == "Jonas Pell"]
    assert ages and ages[0].value == "4" and ages[0].date is not None and ages[0].date.value == "2024-05-02"


def test_an_ex_she_married_is_an_ex_spouse(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe is a host. Ada Roe married Piet Vos in 2007 and they divorced in 2021. "
        "Ada Roe's ex, Piet Vos, said he was happy for her.",
        date="2024-05-02",
    )
    assert frozenset(("Ada Roe", "Piet Vos")) not in pairs(analysis, "partner")


def test_splitting_ones_time_is_not_a_breakup(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe and Otto Pell live in Oslo with Mia Pell and Jonas Pell, who splits his time between "
        "their home and his mother's.",
        date="2024-05-02",
    )
    assert not pairs(analysis, "separated")


def test_fell_for_and_called_it_off(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Otto Pell is an actor. In 2007 Otto Pell fell for the actress Ida Lund. "
        "The two got engaged in 2008 but called it off a year later.",
        date="2024-05-02",
    )
    assert frozenset(("Otto Pell", "Ida Lund")) in pairs(analysis, "partner")
    assert frozenset(("Otto Pell", "Ida Lund")) in pairs(analysis, "separated")


def test_after_her_split_from_one_she_dated_another(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Roe is a host. After her split from Otto Pell, she dated the chef Piet Vos from 2018 to 2020.",
        date="2024-05-02",
    )
    assert frozenset(("Ada Roe", "Piet Vos")) in pairs(analysis, "partner")
    assert frozenset(("Ada Roe", "Otto Pell")) not in pairs(analysis, "partner")
