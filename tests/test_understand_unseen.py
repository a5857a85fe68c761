"""General English rules for facts in entertainment news, each on sentences written for these
tests (fictional people): couples called "the pair" or "they", descriptions with ages, works in
"the X star", residences, ownership, children lists, date spans and wishes that are not facts."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse as analyse_text
from text_samples import pairs

pytestmark = pytest.mark.model


analyse = partial(analyse_text, date="2024-05-02")


def find(analysis: Analysis, predicate: str) -> list[Any]:
    return [c for c in analysis.claims if c.predicate == predicate]


def dates(analysis: Analysis, predicate: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    return {
        (c.subject, c.object or c.value): (c.date.value if c.date else None, c.end.value if c.end else None)
        for c in find(analysis, predicate)
    }


def test_the_pair_and_the_two_are_the_couple(pipeline: Any) -> None:
    text = (
        "Ottilie Brandvold and Casimir Delacroix-Hale are parting ways. "
        "The pair met in 2011 at a gallery opening in Lisbon and tied the knot in May 2014. "
        "Brandvold told friends that the two remain close."
    )
    analysis = analyse(pipeline, text)
    couple = frozenset(("Ottilie Brandvold", "Casimir Delacroix-Hale"))
    assert couple in pairs(analysis, "met")
    assert couple in pairs(analysis, "spouse")
    assert any(c.date and c.date.value == "2014-05" for c in find(analysis, "spouse"))


def test_they_in_a_sentence_naming_two_people_is_that_pair(pipeline: Any) -> None:
    text = (
        "Renata Solberg has been dating Pim Achterhof since 2021. Renata Solberg told a podcast "
        "she is happy. Before Solberg, Achterhof was married to Greta Lindqvar. "
        "Lindqvar has since married banker Tobiah Frane, and they welcomed a son, Emeric, in June 2019."
    )
    analysis = analyse(pipeline, text)
    parents = {c.subject for c in find(analysis, "child") if c.object == "Emeric"}
    assert parents == {"Greta Lindqvar", "Tobiah Frane"}
    # the birth date belongs to the other clause: the marriage is not dated by it
    for claim in find(analysis, "spouse"):
        if {claim.subject, claim.object} == {"Greta Lindqvar", "Tobiah Frane"}:
            assert claim.date is None or claim.date.value != "2019-06"


def test_a_one_mention_ex_is_not_the_couple(pipeline: Any) -> None:
    text = (
        "Ysolde Markham has filed for divorce from Bram Okonjo. Markham and Okonjo married in 2016. "
        "They share two children: son Lev, 6, and daughter Ines, 3. "
        "Okonjo said he wishes Markham well. "
        "Markham previously dated actor Daniel Tellerman from 2010 to 2013."
    )
    analysis = analyse(pipeline, text)
    parents = {c.subject for c in find(analysis, "child")}
    assert parents == {"Ysolde Markham", "Bram Okonjo"}
    assert dates(analysis, "partner").get(("Ysolde Markham", "Daniel Tellerman"), (None, None))[
        1
    ] == "2013" or (
        dates(analysis, "partner").get(("Daniel Tellerman", "Ysolde Markham"), (None, None))[1] == "2013"
    )
    ages = {(c.subject, c.value) for c in find(analysis, "age")}
    assert ("Lev", "6") in ages and ("Ines", "3") in ages


def test_description_with_a_work_and_an_age(pipeline: Any) -> None:
    text = (
        "Marisol Ferrante stepped out in Rome on Friday. "
        "The Copper Tide star, 36, was joined by her sister. Ferrante is also known for her charity work."
    )
    analysis = analyse(pipeline, text)
    assert ("Marisol Ferrante", "36") in {(c.subject, c.value) for c in find(analysis, "age")}
    assert ("Marisol Ferrante", "Copper Tide") in {
        (c.subject, c.object) for c in find(analysis, "appeared_in")
    }


def test_age_with_a_pronoun_and_before_a_childs_name(pipeline: Any) -> None:
    text = (
        "Tobias Wrenfield, the stage actor, has died. He was 79. "
        "Neve Castellan shared a photo of her 4-year-old son, Jory, at the beach."
    )
    analysis = analyse(pipeline, text)
    ages = {(c.subject, c.value) for c in find(analysis, "age")}
    assert ("Tobias Wrenfield", "79") in ages
    assert ("Jory", "4") in ages


def test_appositive_age_is_as_of_publication_not_the_event(pipeline: Any) -> None:
    text = "Halvard Mornington, 52, opened his first bakery, Crumb & Co, in 2004."
    analysis = analyse(pipeline, text)
    age = [c for c in find(analysis, "age") if c.subject == "Halvard Mornington"]
    assert age and age[0].date is not None and age[0].date.value == "2024-05-02"


def test_description_age_belongs_to_the_description_not_the_object(pipeline: Any) -> None:
    text = "Sabine Ortelius married Dario Quennet last year. The 33-year-old singer met Quennet in 2019."
    analysis = analyse(pipeline, text)
    assert ("Dario Quennet", "33") not in {(c.subject, c.value) for c in find(analysis, "age")}


def test_works_the_person_appeared_in(pipeline: Any) -> None:
    text = (
        "Corwin Ashdale, best known for the crime series Lantern Row, is set to return. "
        "Ashdale's breakthrough came as a cynical detective in Night Ferry in 1996. "
        "He presented the cookery programme Salt and Smoke from 2005 to 2011."
    )
    analysis = analyse(pipeline, text)
    appeared = dates(analysis, "appeared_in")
    assert ("Corwin Ashdale", "Lantern Row") in appeared
    assert appeared.get(("Corwin Ashdale", "Night Ferry"), (None, None))[0] == "1996"
    assert appeared.get(("Corwin Ashdale", "Salt and Smoke")) == ("2005", "2011")


def test_co_star_named_after_a_work(pipeline: Any) -> None:
    text = "Dex Halloran was seen with his Glass Orchard co-star Mireille Okafor in Paris."
    analysis = analyse(pipeline, text)
    appeared = {(c.subject, c.object) for c in find(analysis, "appeared_in")}
    assert ("Mireille Okafor", "Glass Orchard") in appeared
    assert ("Dex Halloran", "Glass Orchard") in appeared


def test_residence_of_a_person_and_of_a_couple(pipeline: Any) -> None:
    text = (
        "Leopold Farrant and Junie Castell are expecting their first child. "
        "Farrant and Castell bought a house together in Asheville in 2021. "
        "Leopold Farrant grew up in Ohio. He lives in Whitby."
    )
    analysis = analyse(pipeline, text)
    residence = dates(analysis, "residence")
    assert residence.get(("Leopold Farrant", "Asheville"), (None,))[0] == "2021"
    assert residence.get(("Junie Castell", "Asheville"), (None,))[0] == "2021"
    assert ("Leopold Farrant", "Whitby") in residence


def test_founding_a_company_is_ownership_with_its_year(pipeline: Any) -> None:
    text = (
        "Esme Taviner is a designer. Taviner co-founded the skincare brand Velvet Fern in 2015, "
        "and she now runs three shops."
    )
    analysis = analyse(pipeline, text)
    owns = dates(analysis, "owns")
    assert owns.get(("Esme Taviner", "Velvet Fern"), (None,))[0] == "2015"
    assert "Velvet Fern" not in {e.name for e in analysis.entities if e.kind == "person"}


def test_opening_for_a_band_is_not_owning_it(pipeline: Any) -> None:
    text = "Calla Brightly toured in 2018, when she opened for his band, Hollow Pines, in Ohio."
    analysis = analyse(pipeline, text)
    assert not find(analysis, "owns")


def test_member_of_a_theatre_company_is_a_job_but_of_an_academy_is_not(pipeline: Any) -> None:
    text = (
        "Rupert Vale was a member of the Northgate Repertory Theatre from 1971 to 1980. "
        "Imelda Crowe was a member of the Royal Cartographic Academy."
    )
    analysis = analyse(pipeline, text)
    employer = {(c.subject, c.object) for c in find(analysis, "employer")}
    assert ("Rupert Vale", "Northgate Repertory Theatre") in employer
    assert not any(s == "Imelda Crowe" for s, _ in employer)


def test_children_list_with_births_in_their_own_clauses(pipeline: Any) -> None:
    text = (
        "Aurelie Moss and Fenwick Dray married in 2012. "
        "Their son, Bastian, was born in 2014, and their daughter, Posy, arrived in October 2017."
    )
    analysis = analyse(pipeline, text)
    children = {(c.subject, c.object, c.date.value if c.date else None) for c in find(analysis, "child")}
    for parent in ("Aurelie Moss", "Fenwick Dray"):
        assert (parent, "Bastian", "2014") in children
        assert (parent, "Posy", "2017-10") in children


def test_plural_children_list_with_joint_parents(pipeline: Any) -> None:
    text = (
        "Kesia Blom and Anton Werra have three kids together: sons Otto (born 2011) and Jasper "
        "(born 2015), and daughter Linnea, who arrived in May 2019."
    )
    analysis = analyse(pipeline, text)
    children = {(c.subject, c.object, c.date.value if c.date else None) for c in find(analysis, "child")}
    for parent in ("Kesia Blom", "Anton Werra"):
        assert (parent, "Otto", "2011") in children
        assert (parent, "Jasper", "2015") in children
        assert (parent, "Linnea", "2019-05") in children


def test_a_child_from_a_previous_relationship(pipeline: Any) -> None:
    text = (
        "Maelle Ducroix married guitarist Stellan Voight in 2019. "
        "He also has a daughter, Tamsin, 11, from a previous relationship with dancer Irina Solovey."
    )
    analysis = analyse(pipeline, text)
    parents = {c.subject for c in find(analysis, "child") if c.object == "Tamsin"}
    assert "Irina Solovey" in parents
    assert "Maelle Ducroix" not in parents
    assert not any("Tamsin" in (c.subject, c.object) for c in find(analysis, "partner"))


def test_wishes_and_plans_are_not_marriages(pipeline: Any) -> None:
    text = (
        "Ravi Castellane and his girlfriend Nadia Faure have been together since 2020. "
        "They want to get married next summer in Portugal."
    )
    analysis = analyse(pipeline, text)
    assert not find(analysis, "spouse")
    assert not any("marry" in e.summary for e in analysis.timeline)
    partner = dates(analysis, "partner")
    assert any(d[0] == "2020" for d in partner.values())


def test_proposal_is_an_engagement_of_the_couple(pipeline: Any) -> None:
    text = (
        "Selma Aubrecht and Jory Whitlow have been dating for years. "
        "Selma Aubrecht met Jory Whitlow at a wedding. Whitlow proposed in August 2022 in Maine."
    )
    analysis = analyse(pipeline, text)
    engaged = dates(analysis, "engaged")
    assert any(d[0] == "2022-08" for d in engaged.values())
    assert frozenset(("Selma Aubrecht", "Jory Whitlow")) in pairs(analysis, "engaged")


def test_met_counted_back_from_the_wedding(pipeline: Any) -> None:
    text = "Lorcan Pell married chef Anouk Vessey in 2018, four years after the two first met."
    analysis = analyse(pipeline, text)
    met = [c for c in find(analysis, "met") if {c.subject, c.object} == {"Lorcan Pell", "Anouk Vessey"}]
    assert met and met[0].date is not None and met[0].date.value == "2014"


def test_divorce_after_years_of_marriage_dates_the_marriage(pipeline: Any) -> None:
    text = (
        "Before Ilse Haverkamp, Ruben Stahl was married to singer Noa Brecht; "
        "the pair divorced in 2015 after four years of marriage."
    )
    analysis = analyse(pipeline, text)
    spouse = [c for c in find(analysis, "spouse") if {c.subject, c.object} == {"Ruben Stahl", "Noa Brecht"}]
    assert spouse
    assert all(c.date is None or c.date.value != "2015" for c in spouse)
    assert any(c.date and c.date.value == "2011" and c.end and c.end.value == "2015" for c in spouse)


def test_husband_of_years_in_apposition(pipeline: Any) -> None:
    text = "Priya Lindell has filed for divorce from Cormac Ashby, her husband of eight years."
    analysis = analyse(pipeline, text)
    spouse = [
        c for c in find(analysis, "spouse") if {c.subject, c.object} == {"Priya Lindell", "Cormac Ashby"}
    ]
    assert spouse and spouse[0].date is not None and spouse[0].date.value == "2016"
    assert frozenset(("Priya Lindell", "Cormac Ashby")) in pairs(analysis, "divorced")


def test_called_off_engagement_is_a_split(pipeline: Any) -> None:
    text = "Mette Rasmussen and Ilario Conti called off their engagement in 2021."
    analysis = analyse(pipeline, text)
    assert frozenset(("Mette Rasmussen", "Ilario Conti")) in pairs(analysis, "separated")


def test_an_event_is_not_a_person(pipeline: Any) -> None:
    text = "Dagny Orre and Felipe Aranda started dating in 2020 after meeting at a Milan Design Week dinner."
    analysis = analyse(pipeline, text)
    people = {e.name for e in analysis.entities if e.kind == "person"}
    assert "Milan Design Week" not in people
    assert frozenset(("Dagny Orre", "Felipe Aranda")) in pairs(analysis, "met")
