"""Relations, session 10: a parting told in a phrase of time ("After her split from X, she dated Y
in 2023") takes no date from the main clause; a description's age ("the 38-year-old", "The
comedian, 38,") rules out people the text ages otherwise by name; one's partner is never one's
child (a child's first name the resolver joined to the father's full name); "X is Y's husband";
"the pair step out with their romance" is the pair's; others' wishes ("called for them
to start dating") are no relation; "split from the mother of his two children, X" makes X no
child; "Born in Leeds, the daughter of A and B, she ..." never makes B a child of A; "the younger
brother of X was in a relationship with Y" is not X's; "liaison officer" is a post; an unwillingness
("reluctance to marry") or a second verb of one wish ("gonna bed and wed") is no event; "children
together – A, six, B, ..." lists children; "her Tavi Lorne engagement ring" names a jeweller.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, children_of, dated, married, pairs, relations

pytestmark = pytest.mark.model

DATE = "2025-03-01"


# -- a parting in a phrase of time ----------------------------------------------------------------


def test_a_parting_before_the_main_clause_takes_not_its_date(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Mira Soto married Arlo Venn in 2015. "
        "Mira Soto dated Kit Lane in 2023 after her divorce from Arlo Venn.",
        DATE,
    )
    assert "2023" not in dated(analysis, "divorced", "Mira Soto", "Arlo Venn")
    assert dated(analysis, "partner", "Mira Soto", "Kit Lane") == {"2023"}


def test_a_date_inside_the_phrase_of_time_dates_the_parting(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Since their split in 2019, Mira Soto and Arlo Venn have stayed friends.", DATE
    )
    assert dated(analysis, "separated", "Mira Soto", "Arlo Venn") == {"2019"}


# -- descriptions with ages -------------------------------------------------------------------------


def test_a_described_age_picks_the_person_of_that_age(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Lyra Voss, 29, and Dax Penhale, 38, were seen at the gala. "
        "The 38-year-old has been married to the actress Mina Roe since 2019.",
        DATE,
    )
    assert frozenset({"Dax Penhale", "Mina Roe"}) in married(analysis)
    assert frozenset({"Lyra Voss", "Mina Roe"}) not in married(analysis)


def test_a_described_age_that_agrees_keeps_the_person(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Dax Penhale, 38, hosted the show. The comedian, 38, is married to Mina Roe.", DATE
    )
    assert frozenset({"Dax Penhale", "Mina Roe"}) in married(analysis)


# -- a partner is no child --------------------------------------------------------------------------


def test_a_childs_first_name_joined_to_the_fathers_full_name_is_no_child(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Rolf Ansgar Demby, 48, is Talia Brenner's husband. They have a son, Ansgar, six.", DATE
    )
    assert frozenset({"Talia Brenner", "Rolf Ansgar Demby"}) in married(analysis)
    assert "Rolf Ansgar Demby" not in children_of(analysis, "Talia Brenner")


def test_is_the_owners_kin(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Kit Varela is Maren Tollis's son.", DATE)
    assert children_of(analysis, "Maren Tollis") == {"Kit Varela"}


def test_was_the_owners_boyfriend_is_not_read(pipeline: Any) -> None:
    # a past "was" says the relation may have ended and not when: no claim rather than a wrong date
    analysis = analyse(pipeline, "Kit Varela was Maren Tollis's boyfriend until 2019.", DATE)
    assert not any(c.predicate == "partner" and c.date and c.date.value == DATE for c in analysis.claims)


# -- who "their" is --------------------------------------------------------------------------------


def test_the_pairs_romance_is_theirs_not_the_nearest_names(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nell Parrow, 36, and Otis Crane, 41, first crossed paths at a sailing regatta, and only last month "
        "did the pair step out with their romance, a while after their splits from Hugo Lind and Mira Kast, "
        "respectively.",
        "2017-01-01",
    )
    assert frozenset({"Nell Parrow", "Otis Crane"}) in pairs(analysis, "partner")
    assert frozenset({"Otis Crane", "Hugo Lind"}) not in pairs(analysis, "partner")


def test_a_bare_they_calling_off_their_engagement_is_the_names_of_the_sentence(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Odile Brann and Tomas Weir-Hale split this week. Before Weir-Hale, Brann was engaged to the "
        "producer Anselm Petty; they called off their engagement in 2021.",
        DATE,
    )
    assert frozenset({"Odile Brann", "Tomas Weir-Hale"}) not in pairs(analysis, "engaged")


# -- wishes, parents and kin ------------------------------------------------------------------------


def test_fans_calling_for_a_romance_is_no_romance(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Fans of Ada Vey and Ian Holt have called for them to start dating.", DATE)
    assert not pairs(analysis, "partner")


def test_fans_begging_for_a_wedding_is_no_wedding(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Fans begged Ada Vey and Ian Holt to get married.", DATE)
    assert not married(analysis)


def test_the_mother_of_his_children_named_after_them_is_no_child(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ian Holt has been seeing Ada Vey since March, weeks after he broke up with the mother of his two "
        "children, Lia Marsh.",
        DATE,
    )
    assert not any(c.predicate == "child" and c.object == "Lia Marsh" for c in analysis.claims)


def test_the_mother_of_his_son_in_apposition_names_the_son(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Lia Marsh, the mother of his son, Kit, lives in Leeds.", DATE)
    assert children_of(analysis, "Lia Marsh") == {"Kit"}


def test_a_fronted_daughter_of_two_parents_makes_neither_parent_a_child(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Born in Leeds, the daughter of actors Olaf Brenner and Maren Tollis, she made her debut in 2019.",
        DATE,
    )
    assert ("Olaf Brenner", "Maren Tollis") not in relations(analysis, "child")


def test_the_fronted_daughter_is_the_topic(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Lina Brenner is an English actress.\n\n"
        "Born in Leeds, the daughter of actors Olaf Brenner and Maren Tollis, she made her debut in 2019.",
        DATE,
    )
    assert children_of(analysis, "Olaf Brenner") == {"Lina Brenner"}


def test_a_named_persons_brother_in_a_relationship_is_not_that_person(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Years ago, Ian Holt's younger brother was in a seven-year romance with Lia Marsh, lasting "
        "from 2004 to 2011.",
        DATE,
    )
    assert frozenset({"Ian Holt", "Lia Marsh"}) not in pairs(analysis, "partner")


def test_a_liaison_officer_has_no_affair(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Mira Vell was appointed as liaison officer to General Tam Orrin from June 1944.", DATE
    )
    assert not pairs(analysis, "affair")


# -- wishes, lists and rings (second round) ---------------------------------------------------------


def test_a_reluctance_to_marry_is_no_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ada Vey has sought the help of Lia Marsh, a love coach, "
        "to help with Ian Holt's reluctance to marry.",
        DATE,
    )
    assert not married(analysis)


def test_a_second_verb_of_one_wish_is_no_wedding(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Vey told pals she is gonna bed and wed Ian Holt.", DATE)
    assert not married(analysis)


def test_a_past_meeting_and_marriage_stay_facts(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Vey met Ian Holt in 2010 and married him in 2012.", DATE)
    assert dated(analysis, "spouse", "Ada Vey", "Ian Holt") == {"2012"}


def test_children_listed_after_together_and_a_dash(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Talia Brenner and Rolf Demby are married. They have three children together – Otto, six, Jory, "
        "five, and Lise, two – and live in Leeds.",
        DATE,
    )
    assert {"Otto", "Jory", "Lise"} <= children_of(analysis, "Talia Brenner")
    assert {"Otto", "Jory", "Lise"} <= children_of(analysis, "Rolf Demby")


def test_a_jewellers_name_before_an_engagement_ring_is_no_fiance(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Ada Vey was seen out without her 3.5-carat Tavi Lorne engagement ring.", DATE
    )
    assert not pairs(analysis, "engaged")


def test_an_announced_engagement_stays(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ada Vey and Ian Holt announced their engagement in May.", DATE)
    assert frozenset({"Ada Vey", "Ian Holt"}) in pairs(analysis, "engaged")
