"""Session 15: sentences that tell no fact about the people they name. A question, a joke, a
generic "you", what people assume, a role played (or a wedding on screen), a venue or a birthplace
taken for a home, a move wished or made by someone else, a job still to come, a godparent, a
show's creator, a theatre district, a country's television industry, one's craft in general, an
age a description gives to someone another sentence named, "like a brother" and a "bonus mum".

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, married, pairs

# (text, predicate that must not be claimed at all)
TRAPS = [
    ("Could Marisela Quint be the one who has quietly moved to the couple's villa in Sintra?", "residence"),
    ("Comedian Tobin Varga joked that he and the singer Elsa Mirow had a secret wedding in Reno.", "spouse"),
    ("Gemma Toll jokes that she and her co-star Bram Ekker have been secretly engaged for years.", "engaged"),
    ('"Working with your sister sounds awful until you meet her," Dario Pelz told the magazine.', "met"),
    (
        "In The Copper Mill, Honor Blay plays a widow whose son, played by Rafe Oduya, falls in love "
        "with the maid, played by Lina Strack.",
        "partner",
    ),
    (
        "Ansel Brecker plays the lighthouse keeper Tom Hale, who falls for his neighbour, "
        "played by Iris Fenn.",
        "partner",
    ),
    (
        "Vera Stott's character falls in love with a fisherman, played by Hugo Lind, in the final episode.",
        "partner",
    ),
    (
        "Casper Lind and Mira Jovan are married in the season finale, which was filmed last spring in Malta.",
        "spouse",
    ),
    ('"People assume Rowan Pike and I are dating," Talia Brisk said. "We are not."', "partner"),
    (
        "The singer Pablo Serrat proposed to Nell Ashby at a lakeside villa in Bellagio on New Year's Eve.",
        "residence",
    ),
    ("Their daughter, Juno Kell, was born at home in Asheville.", "residence"),
    ("A friend said Dev Amara would love for her to move to Denver.", "residence"),
    ("Guitarist Fenna Roos joined in 2012, after the band's original guitarist moved to Perth.", "residence"),
    (
        "Italian media reported that the striker Luca Brenner has agreed to join Calder City at the end "
        "of the season.",
        "employer",
    ),
    ("Kari Vell sang at the wedding. She is godmother to the couple's daughter, Ottilie.", "child"),
    ("Harbour Lights creator Wendell Osei says the fourth series will start filming in May.", "appeared_in"),
    (
        "Ama Rusk, then starring in the West End, met the cricketer Joel Fane at a charity lunch.",
        "appeared_in",
    ),
    ("The Portuguese TV host Ines Carvo dated the footballer Rui Maia from 2018 to 2020.", "employer"),
    (
        'Lola Brisa starred in the ballet film Red Shoes Again. "He is the only person allowed to criticise '
        'my choreography," she said.',
        "choreographed",
    ),
    (
        "Best actress went to Petra Lune. Fans of Copper Lane know star Zelda Okoro as Deb, but the "
        "41-year-old arrived in a red gown.",
        "age",
    ),
    ('"Tomas Reyes is like a brother to me," said Nadia Flores.', "partner"),
    ('Priya Lal calls herself Otto Brand\'s "bonus mum".', "child"),
    ("If Wren Dahl and Caleb Osei ever marry, it will be in Lisbon.", "spouse"),
    (
        "Nadia Volk and Emil Strand split in 2019. They remain close, and she reportedly approved of "
        "the new romance.",
        "partner",
    ),
    (
        'Olek Brandt and Ruth Amsel have dated since 2019. "Honestly, we are better at dating than at '
        'being married," Amsel said.',
        "spouse",
    ),
    (
        "Tomasz Rey posted a black square. Fans read the post as a hint that his ex, the model Ida Kwan, "
        "had split from the chef Leon Mayr.",
        "separated",
    ),
    (
        "Selma Oduya insists she is single, despite reports about Noel Arkin, who starred in two "
        "Red Gate films.",
        "appeared_in",
    ),
]


@pytest.mark.parametrize(("text", "predicate"), TRAPS)
def test_no_fact_from_a_trap(pipeline: Any, text: str, predicate: str) -> None:
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert [c for c in analysis.claims if c.predicate == predicate] == []


def test_the_facts_around_the_traps_stay(pipeline: Any) -> None:
    # the proposal at a villa is still an engagement; the dating still a romance; the film a part
    analysis = analyse(
        pipeline,
        "The singer Pablo Serrat proposed to Nell Ashby at a lakeside villa in Bellagio on New Year's Eve. "
        "The Portuguese TV host Ines Carvo dated the footballer Rui Maia from 2018 to 2020. "
        "The broadcaster Tamsin Rook will join rival Hearth Radio in October.",
        date="2025-03-02",
    )
    found = {(c.subject, c.predicate, c.object) for c in analysis.claims}
    assert {("Pablo Serrat", "engaged", "Nell Ashby"), ("Ines Carvo", "partner", "Rui Maia")} <= found
    # an announced move ("will join X in October") is reported as done
    assert ("Tamsin Rook", "employer", "Hearth Radio") in found


def test_the_one_met_before_is_not_the_engagement(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Mila Vance married the actor Rune Dahl in 2021. Before meeting Dahl, she was engaged to the "
        "drummer Oskar Lind for two years.",
        date="2025-03-02",
    )
    engaged = {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == "engaged"}
    assert engaged == {frozenset(("Mila Vance", "Oskar Lind"))}


def test_a_pretended_union_is_no_marriage(pipeline: Any) -> None:
    # a challenge's "fake" wedding, a mock wedding for the cameras: no one married
    analysis = analyse(
        pipeline,
        'Lorenzo Vitti invited his former rival Marta Sole, who he famously "fake married" in a '
        "2016 episode of the show as part of a challenge.",
    )
    assert not married(analysis)
    # a real wedding beside a pretended engagement stands
    analysis = analyse(
        pipeline,
        "Lorenzo Vitti married Marta Sole in 2016, a year after their fake engagement stunt went viral.",
    )
    assert frozenset(("Lorenzo Vitti", "Marta Sole")) in married(analysis)
    assert not pairs(analysis, "engaged")


def test_a_cast_as_a_couple_is_a_role(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ama Osei and Kofi Boateng co-founded a studio in 2018. Its latest film, Palm Wine, stars both "
        "of them as a divorcing couple fighting over a restaurant.",
    )
    assert not pairs(analysis, "divorced")
    analysis = analyse(
        pipeline, "The drama casts Ama Osei and Kofi Boateng as newlyweds who married in secret."
    )
    assert not married(analysis)
    # a part named in a clause of its own leaves a real marriage after it standing
    analysis = analyse(
        pipeline, "Ama Osei, who starred as a nurse in Palm Wine, married Kofi Boateng in 2019."
    )
    assert frozenset(("Ama Osei", "Kofi Boateng")) in married(analysis)
