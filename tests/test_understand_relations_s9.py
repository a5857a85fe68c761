"""Relations, session 9 (recall and precision on celebrity news, Wikipedia-style parents): a
"her" in a clause whose subject is a name is that subject's ("X separated from her now
ex-husband Y"); a subjectless gerund ("three weeks after splitting from Z") and a cue
coordinated after another's object ("who was engaged to Y and married to Z") take the clause's
subject; "who are parents of A"; "A and her husband B have daughter C"; "her daughter,
4-year-old C"; "Y, now his fiancee"; an age after a name before a possessive ("K, 36, and her
husband T"); "His parents are A and B Roe" (a shared family name); "the manager of X".
Must-not-fire: ages from a description that contradict a name's age, "since she was 23", an
opening gerund ("Splitting from X would ..."), "were separated by", "each singer's
divorce", "wasn't expecting to be the subject of", "moved on with", "getting married" (a plan), "married
into the family", "her big sister married X", "married A's sister B", "current affairs",
"politically engaged".

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, married, pairs, parents_of, relations

pytestmark = pytest.mark.model

DATE = "2017-09-20"


def ages(analysis: Any, person: str) -> set[str | None]:
    return {c.value for c in analysis.claims if c.predicate == "age" and c.subject == person}


# -- whose "her" ------------------------------------------------------------------------------


def test_her_in_the_subjects_clause_is_the_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Corwin Jessup is dating Sabine Okafor. Okafor separated from her now ex-husband Mathis Devereux "
        "last summer after two years of marriage.",
        DATE,
    )
    assert frozenset({"Sabine Okafor", "Mathis Devereux"}) in married(analysis)
    assert frozenset({"Sabine Okafor", "Mathis Devereux"}) in pairs(analysis, "separated")
    assert frozenset({"Corwin Jessup", "Mathis Devereux"}) not in married(analysis)
    assert frozenset({"Corwin Jessup", "Sabine Okafor"}) not in pairs(analysis, "separated")


def test_her_after_another_name_is_left_to_the_resolver(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Nell Harrow told Ilse Brandvold about her husband, Piet Landau.", DATE)
    assert frozenset({"Nell Harrow", "Piet Landau"}) not in married(analysis) or frozenset(
        {"Ilse Brandvold", "Piet Landau"}
    ) not in married(analysis)


# -- the clause's subject for a gerund or a coordinated cue ----------------------------------------


def test_gerund_after_a_time_word_takes_the_main_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Marisa Thorne got together with Anson Crewe in April 2019, three weeks after splitting from "
        "Dell Harbin.",
        DATE,
    )
    assert frozenset({"Marisa Thorne", "Dell Harbin"}) in pairs(analysis, "separated")
    assert frozenset({"Anson Crewe", "Dell Harbin"}) not in pairs(analysis, "separated")


def test_a_cue_coordinated_after_an_object_takes_the_clause_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Oren Vasko, who was engaged to his co-star Liesl Marr and married to light-haired beauty "
        "Tamsin Quell, may not be able to resist.",
        DATE,
    )
    assert frozenset({"Oren Vasko", "Tamsin Quell"}) in married(analysis)
    assert frozenset({"Liesl Marr", "Tamsin Quell"}) not in married(analysis)


# -- children and spouses named in new shapes ---------------------------------------------------


def test_who_are_parents_of(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tessaly Rook and Brandt Ovell tied the knot in 2014. The happy couple, who are parents of "
        "Maxine Ovell, 5, celebrated their anniversary in May.",
        DATE,
    )
    assert parents_of(analysis, "Maxine Ovell") == {"Tessaly Rook", "Brandt Ovell"}


def test_she_and_her_husband_have_a_daughter(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Kirsa Demby spoke on Monday. Kirsa and her husband Olan Vesk also have daughter Wrenna, 4.",
        DATE,
    )
    assert parents_of(analysis, "Wrenna") == {"Kirsa Demby", "Olan Vesk"}


def test_an_age_before_the_childs_name(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The news that Harlow Jenks's daughter, 4-year-old Vivette, will appear in the film spread.",
        DATE,
    )
    assert parents_of(analysis, "Vivette") == {"Harlow Jenks"}


def test_now_his_fiancee(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Bram Castell divorced Nadia Ferro to be with Odile Marchetti, now his fiancee after seven "
        "years together.",
        DATE,
    )
    assert frozenset({"Bram Castell", "Odile Marchetti"}) in pairs(analysis, "engaged")


def test_an_age_between_the_owner_and_her_husband(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Both sat in the front row, near Tova Lindqvist's former bandmate Kelda Marsh, 36, and her "
        "husband Tim Arkle.",
        DATE,
    )
    assert frozenset({"Kelda Marsh", "Tim Arkle"}) in married(analysis)
    assert frozenset({"Tova Lindqvist", "Tim Arkle"}) not in married(analysis)


def test_parents_sharing_a_family_name_are_married(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nikolas Dravos (born 1969) is a journalist. His parents are Andrin and Harula Dravos.",
        DATE,
    )
    assert frozenset({"Andrin", "Harula Dravos"}) in married(analysis)


def test_parents_with_two_family_names_are_not_married(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nikolas Dravos (born 1969) is a journalist. His parents are Andrin Quill and Harula Dravos.",
        DATE,
    )
    assert frozenset({"Andrin Quill", "Harula Dravos"}) not in married(analysis)


# -- must not fire -------------------------------------------------------------------------------


def test_a_description_age_that_contradicts_the_names_age(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Dorian Pell and wife Ysolde Carrick shared a photo. Carrick, 33, captioned the shot. "
        "The comedian, 38, also shared the same picture.",
        DATE,
    )
    assert ages(analysis, "Ysolde Carrick") == {"33"}


def test_an_age_at_an_undated_past_moment(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ysolde Carrick is heartbroken. Dorian Pell means everything to her, and he has done ever since "
        "she was 23 years old.",
        DATE,
    )
    assert "23" not in ages(analysis, "Ysolde Carrick") | ages(analysis, "Dorian Pell")


def test_an_opening_gerund_is_no_break_up(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ysolde Carrick married Dorian Pell in 2012. Splitting from Dorian Pell in the middle of a tour "
        "would only make her worries worse.",
        DATE,
    )
    assert not pairs(analysis, "separated")


def test_separated_by_someone_seated_between(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Vesna Orlov and Petra Halloway sat in the front row but were separated by Ines Carvalho.",
        DATE,
    )
    assert not pairs(analysis, "separated")


def test_each_ones_own_divorce(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Vesna Orlov started seeing Corin Aske on the fourth tour, shortly after each singer's divorce.",
        DATE,
    )
    assert not pairs(analysis, "divorced")


def test_not_expecting_to_be_part_of_is_no_baby(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Corin Aske, 36, heard that Vesna Orlov, 27, had sung about him. “Corin wasn’t expecting to be "
        "the subject of Vesna’s songs,” an insider said.",
        DATE,
    )
    assert not relations(analysis, "child")


def test_moved_on_is_no_home(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Corin Aske split from Vesna Orlov. Gossip has it that Corin has moved on to a younger model "
        "in Geneva.",
        DATE,
    )
    assert not relations(analysis, "residence")


def test_getting_married_is_a_plan(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, 'Vesna Orlov and Corin Aske are reportedly "getting married" in August 2018.', DATE
    )
    assert not married(analysis)


def test_married_into_the_family(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Long before Vesna Orlov married into the family, Corin Aske was best buds with her first husband.",
        DATE,
    )
    assert not married(analysis)


def test_her_big_sister_married(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Mirela Ostrow laughed off gossip that her big sister married Taddeo Binns.", DATE
    )
    assert frozenset({"Mirela Ostrow", "Taddeo Binns"}) not in married(analysis)


def test_married_someones_sister(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Taddeo Binns married Ada Roesch's sister Mirela Ostrow in 2010.", DATE)
    assert frozenset({"Taddeo Binns", "Mirela Ostrow"}) in married(analysis)
    assert frozenset({"Taddeo Binns", "Ada Roesch"}) not in married(analysis)


def test_a_year_after_the_ages_dates_no_age_without_a_report_date(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The former football star, Rufus Okoye, 70, who was acquitted in 1995, has known Della "
        "Prynne, 68, for years.",
    )
    dated = {c.subject: c.date for c in analysis.claims if c.predicate == "age"}
    assert dated.get("Rufus Okoye") is None and dated.get("Della Prynne") is None


def test_current_affairs_is_no_affair(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ilsa Varga is a journalist. She presents Tobin Marsh Tonight, a weekday Norvane Television "
        "current affairs programme.",
        DATE,
    )
    assert not pairs(analysis, "affair")


def test_politically_engaged_is_no_engagement(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ilsa Varga was a politically engaged journalist and co-editor of the weekly magazine Harrow Ledger.",
        DATE,
    )
    assert not pairs(analysis, "engaged")


def test_the_manager_of_an_organisation_works_for_it(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ilsa Varga is currently the manager of Norvane Rail Company.", DATE)
    assert ("Ilsa Varga", "Norvane Rail Company") in relations(analysis, "employer")
