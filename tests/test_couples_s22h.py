"""Couples, kin and who is who, session 22 (helper H18): a "whom he proposed to" clause is about
the name it hangs on; "his last breakup" is not with the one he is with now; "X has a longtime
girlfriend, Y"; "who play bickering married innkeepers" is a role; "married to X's younger sister,
Y" weds Y; "X with his girlfriend, Y" is X's; "to see him marry somebody" weds no one; "the groom's
parents, retired pilot A and his wife, B"; a caption in capitals ("MARRY HIM AUNTIE") is no act;
"Ava is Noor's daughter with her high-school boyfriend, Sami" (a young child has no boyfriend);
"born in December of that year" names no parent; "X is engaged again and Y is a father" are two
clauses; a "their" after a parent and child were named is the story's couple; a new paragraph's
"the couple" is not two people mentioned in passing; "two children, A (born 1972) and B (born
1975), before divorcing"; "Luka, who is 9, from an earlier relationship with X"; "split the
the profits evenly" is no parting; "A, 47, and B, 44, share a son, X"; "In 2010 the singer
married X, whom she had started dating in 2008": the "she" of the "whom" clause is the singer
(not the man the topic before was).

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.family import WITH_BEFORE_POSSESSIVE
from allegedly.understand.relations import _SOMEONE_OBJECT
from text_samples import analyse, children_of, dated, married, pairs, parents_of

pytestmark = pytest.mark.model

DATE = "2025-03-01"


def test_a_whom_clause_is_about_the_name_it_hangs_on(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tomasz Wierzba is dating the cellist Ines Moreau, a source said. "
        "He kept it quiet after his romance with the model Kalina Brandt, 26, whom he proposed to "
        "in Lisbon in 2019.",
        DATE,
    )
    engaged = pairs(analysis, "engaged")
    assert frozenset(("Tomasz Wierzba", "Kalina Brandt")) in engaged
    assert frozenset(("Tomasz Wierzba", "Ines Moreau")) not in engaged


def test_his_last_breakup_is_not_with_his_partner_now(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rafe Dunmore is dating the chef Oona Pickett. "
        "Friends say he is taking it slowly because his last breakup left him wary.",
        DATE,
    )
    assert frozenset(("Rafe Dunmore", "Oona Pickett")) not in pairs(analysis, "separated")


def test_one_who_has_a_longtime_girlfriend(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Critics adored the tour. Meanwhile the drummer Cassius Orme has a longtime girlfriend, "
        "the florist Mirela Vantongeren, and the pair live in Ghent.",
        DATE,
    )
    assert frozenset(("Cassius Orme", "Mirela Vantongeren")) in pairs(analysis, "partner")


def test_playing_a_married_role_with_words_between(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ulla Brandvik and Teodor Saari, who play squabbling married innkeepers on the sitcom, "
        "argued on set in March.",
        DATE,
    )
    assert frozenset(("Ulla Brandvik", "Teodor Saari")) not in married(analysis)


def test_married_to_someones_younger_sister(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Sanna Lind is filming a new series in Oslo. Her co-star Jonas Brekke is married to Lind's "
        "real-life younger sister, Elin Lind, who he wed in a small ceremony in 2023.",
        DATE,
    )
    spouses = married(analysis)
    assert frozenset(("Jonas Brekke", "Elin Lind")) in spouses
    assert frozenset(("Jonas Brekke", "Sanna Lind")) not in spouses


def test_a_guest_with_his_girlfriend_is_her_partner() -> None:
    # "the cyclist Pieter Claes with his girlfriend, the model Mona Reyes": the "his" is Pieter's
    assert WITH_BEFORE_POSSESSIVE.fullmatch(" with ")
    assert WITH_BEFORE_POSSESSIVE.fullmatch(", joined by ")
    assert not WITH_BEFORE_POSSESSIVE.fullmatch(" met ")


def test_a_lone_word_before_with_his_wife_owns_nothing(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The actor Cal Dorsey shot the film Mr and Mrs Hale with his now wife Ida Brent in 2004.",
        DATE,
    )
    assert not any("Hale" in pair for pair in married(analysis))


def test_marrying_somebody_weds_no_one_named() -> None:
    # "she came to see him marry somebody who can bake": no one named is wed
    assert _SOMEONE_OBJECT.match(" somebody who can bake")
    assert _SOMEONE_OBJECT.match(" to someone new")
    assert not _SOMEONE_OBJECT.match(" Ada Roe in 2019")


def test_the_grooms_parents_with_their_trades(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The actor Lior Amsel married the potter Ines Vey on Saturday. The groom's parents, retired "
        "pilot Hagai Amsel and his wife, the teacher Dalia Amsel, hosted the dinner.",
        DATE,
    )
    assert {"Hagai Amsel", "Dalia Amsel"} <= parents_of(analysis, "Lior Amsel")


def test_a_caption_in_capitals_is_no_marriage(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Lumi Aalto is engaged to Jere Kivi. At the party her nephew, Eeli Aalto, 6, held a card "
        'that read "MARRY HIM AUNTIE" in glitter.',
        DATE,
    )
    assert not any("Eeli Aalto" in pair for pair in married(analysis))


def test_a_young_daughter_with_her_mothers_boyfriend(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Noor Haddad brought her daughter, Ava, 7, to the premiere. Ava is Noor's daughter with "
        "her high-school boyfriend, Sami Khoury, a paramedic in Leeds.",
        DATE,
    )
    assert "Sami Khoury" in parents_of(analysis, "Ava")
    assert frozenset(("Noor Haddad", "Sami Khoury")) in pairs(analysis, "partner")


def test_born_in_a_month_of_that_year_names_no_parent(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Kira Lent and Osian Prys married in May 2015. Tomos was born in December of that year; "
        "Lea followed in 2018.",
        DATE,
    )
    assert "Tomos" not in children_of(analysis, "Lea")


def test_two_clauses_each_with_its_own_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Mirja Holm is engaged again and Kasper Lind is a father for the second time.",
        DATE,
    )
    assert frozenset(("Mirja Holm", "Kasper Lind")) not in pairs(analysis, "engaged")


def test_their_after_a_parent_and_child_is_the_storys_couple(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Oskar Brandt and Elin Voss have been together for years. Oskar Brandt married Elin Voss "
        "in Uppsala in 2010. Brandt's mother, the painter Greta Brandt, baked the cake. "
        "Their daughter, Saga, was born in 2013. Voss and Brandt now live in Malmo.",
        DATE,
    )
    parents = parents_of(analysis, "Saga")
    assert "Greta Brandt" not in parents
    assert {"Oskar Brandt", "Elin Voss"} <= parents


def test_a_new_paragraphs_couple_is_not_a_pair_met_in_passing(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nora Falk and Emil Dahl met in 2009. Falk and Dahl married in 2011, and Falk often says "
        "Dahl is her best critic.\n\n"
        "In 2018 a magazine claimed Falk was seeing her co-star Leo Berg. Dahl laughed it off, and "
        "Berg, who has been married to the lawyer Ida Sand since 2012, threatened to sue.\n\n"
        "The couple announced their separation in March 2019. Falk and Dahl still share a dog.",
        DATE,
    )
    separated = pairs(analysis, "separated")
    assert frozenset(("Nora Falk", "Emil Dahl")) in separated
    assert frozenset(("Leo Berg", "Ida Sand")) not in separated


def test_children_with_birth_years_in_brackets_then_a_divorce(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "In 1970 the actor Arvid Lund married the singer Maj Ek. They had two children, Vera "
        "(born 1972) and Olof (born 1975), before divorcing in 1980.",
        DATE,
    )
    assert {"Arvid Lund", "Maj Ek"} <= parents_of(analysis, "Olof")
    assert dated(analysis, "divorced", "Arvid Lund", "Maj Ek") == {"1980"}
    assert frozenset(("Vera", "Olof")) not in pairs(analysis, "divorced")


def test_a_child_aged_in_a_clause_from_an_earlier_relationship(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Yes. Dario Kovač has a son, Luka, who is 9, from an earlier relationship with the "
        "Croatian swimmer Mila Horvat.",
        DATE,
    )
    assert "Mila Horvat" in parents_of(analysis, "Luka")
    assert frozenset(("Dario Kovač", "Mila Horvat")) in pairs(analysis, "partner")


def test_sharing_out_a_company_is_no_split(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Hanna Varga founded the label in 2019 with her friend Zofia Kral. Last year they split "
        "the profits evenly.",
        DATE,
    )
    assert frozenset(("Hanna Varga", "Zofia Kral")) not in pairs(analysis, "separated")
    assert frozenset(("Hanna Varga", "Zofia Kral")) not in pairs(analysis, "partner")


def test_two_aged_parents_share_their_children(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The actor Bram Veld and his wife, the producer Nami Aoki, have separated. Veld, 47, and "
        "Aoki, 44, share a son, Teun, 9, and a daughter, Fenna, 5.",
        DATE,
    )
    assert {"Bram Veld", "Nami Aoki"} <= parents_of(analysis, "Fenna")


def test_a_description_is_the_she_of_its_objects_whom_clause(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Anna Orlova turns 50 today, and the soprano has had quite a life.\n\n"
        "Her first husband was the baritone Peter Haagen, whom she met in 1998. They married in "
        "2000 and divorced in 2004. Haagen has been married to the pianist Lies Broek since 2009.\n\n"
        "In 2010 the singer married the sound engineer Kofi Mensah, whom she had started dating in "
        "2008. The couple have two sons, Ilya and Kwame.",
        DATE,
    )
    assert frozenset(("Anna Orlova", "Kofi Mensah")) in married(analysis)
    assert frozenset(("Peter Haagen", "Kofi Mensah")) not in married(analysis)
    assert dated(analysis, "partner", "Anna Orlova", "Kofi Mensah") == {"2008"}
    assert {"Anna Orlova", "Kofi Mensah"} <= parents_of(analysis, "Kwame")
