"""Session 11 relation fixes (helper R2), checked on invented sentences: a possessive kin noun is
never the speaker in a Q:/A: answer, a "we" after a question that joins "you" to someone, "a bloke
called X", a role played, "remarried, to X", two described ages, a clinic's name after where it
is, "the family" after the children named, and a recap's list of what years held."""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse

pytestmark = pytest.mark.model


def _facts(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    analysis = analyse(pipeline, text, date="2025-02-03")
    return {(c.predicate, c.subject, str(c.object or c.value)) for c in analysis.claims}


def _pairs(facts: set[tuple[str, str, str]], predicate: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for p, s, o in facts if p == predicate}


_INTERVIEW = (
    "Ilsa Dorne-Vey, 41, runs two bakeries in Hull. She spoke to us for our weekly podcast.\n\n"
    "Q: Who taught you to bake?\n\n"
    "A: Because my mum married Osric Pellam when I was nine, and he baked every Sunday. "
    "I also have a stepsister, Wenna, who was Osric's daughter before he married my mum.\n\n"
    "Q: People still ask about you and Rosalind Vasterby.\n\n"
    "A: We dated for about a month in 2009. She's married to a lovely bloke called Tancred Olloway now.\n"
)


def test_a_possessive_kin_noun_is_never_the_speaker(pipeline: Any) -> None:
    spouses = _pairs(_facts(pipeline, _INTERVIEW), "spouse")
    assert frozenset(("Ilsa Dorne-Vey", "Osric Pellam")) not in spouses
    assert not [pair for pair in spouses if "Wenna" in pair]


def test_we_after_a_question_joining_you_to_someone(pipeline: Any) -> None:
    facts = _facts(pipeline, _INTERVIEW)
    assert frozenset(("Ilsa Dorne-Vey", "Rosalind Vasterby")) in _pairs(facts, "partner")
    assert frozenset(("Ilsa Dorne-Vey", "Osric Pellam")) not in _pairs(facts, "partner")


def test_a_bloke_called_x_is_a_person(pipeline: Any) -> None:
    spouses = _pairs(_facts(pipeline, _INTERVIEW), "spouse")
    assert frozenset(("Rosalind Vasterby", "Tancred Olloway")) in spouses
    assert frozenset(("Rosalind Vasterby", "Ilsa Dorne-Vey")) not in spouses


def test_a_married_couple_played_is_no_marriage(pipeline: Any) -> None:
    text = (
        "Brisa Talloway and Emund Racke have played a married couple on the sitcom Upper Flat for six "
        "seasons. Racke has been married to the potter Siv Engler since 2016."
    )
    spouses = _pairs(_facts(pipeline, text), "spouse")
    assert frozenset(("Brisa Talloway", "Emund Racke")) not in spouses
    assert frozenset(("Emund Racke", "Siv Engler")) in spouses


def test_remarried_to_x(pipeline: Any) -> None:
    text = (
        "Orla Quennick divorced the drummer Pim Adlard in 2015. Quennick has since remarried, to the "
        "sculptor Haakon Brede."
    )
    assert frozenset(("Orla Quennick", "Haakon Brede")) in _pairs(_facts(pipeline, text), "spouse")


def test_two_described_ages_in_one_sentence(pipeline: Any) -> None:
    text = (
        "Lucan Merriweather-Obst and Thea Kallenborg are expecting their first child. The actor, 38, and "
        "the violinist, 33, shared the news on Sunday."
    )
    ages = {(s, o) for p, s, o in _facts(pipeline, text) if p == "age"}
    assert ("Lucan Merriweather-Obst", "38") in ages
    assert ("Thea Kallenborg", "33") in ages


def test_a_clinic_named_after_where_it_is_is_no_person(pipeline: Any) -> None:
    text = (
        "Wilda Annersby married the goalkeeper Tobiah Venn in 2019. Annersby, 31, opened a "
        "sports-rehabilitation clinic in Turin, Annersby Motion, in 2022."
    )
    ages = {(s, o) for p, s, o in _facts(pipeline, text) if p == "age"}
    assert ("Wilda Annersby", "31") in ages


def test_the_family_after_the_children_named_is_their_parents(pipeline: Any) -> None:
    text = (
        "Maren Holtby and Jory Ashwick married in 2017. Their twin sons, Abel and Cato, were born in "
        "2020, and the family lives on the shore of Lake Garda."
    )
    homes = {s for p, s, o in _facts(pipeline, text) if p == "residence" and o == "Lake Garda"}
    assert homes == {"Maren Holtby", "Jory Ashwick"}


def test_a_recaps_list_gives_no_dates(pipeline: Any) -> None:
    text = (
        "Sabine Orrel and Kasimir Denholm have been through a lot in nine years: a long-distance "
        "romance, a very public breakup and, as of this week, an engagement. "
        "The two split in 2019."
    )
    analysis = analyse(pipeline, text, date="2025-02-03")
    splits = [c for c in analysis.claims if c.predicate == "separated"]
    assert splits
    assert all(c.date is None or c.date.value.startswith("2019") for c in splits)


def test_a_relatives_home_after_who_is_not_the_speakers(pipeline: Any) -> None:
    text = (
        "Ansel Grieve-Morrow and his wife Petra Hollin bought a farmhouse in Kent in 2019. Their son, "
        "Jem, splits his week between them and his mother, who lives in Dover."
    )
    homes = {(s, o) for p, s, o in _facts(pipeline, text) if p == "residence"}
    assert ("Ansel Grieve-Morrow", "Dover") not in homes
    assert ("Petra Hollin", "Dover") not in homes


def test_a_month_after_in_is_no_word_of_a_name(pipeline: Any) -> None:
    text = "Della Marchbank left Tinfoil Records and signed with Northgate Sound in March."
    analysis = analyse(pipeline, text, date="2025-02-03")
    names = {e.name for e in analysis.entities}
    assert "Northgate Sound in March" not in names


def test_the_two_were_a_real_life_couple(pipeline: Any) -> None:
    text = (
        "Maelis Corbin-Tate worked with Ruan Ashdown on the drama Tidewater in 2018. By the time it "
        "aired a year later, the two were a real-life couple."
    )
    assert frozenset(("Maelis Corbin-Tate", "Ruan Ashdown")) in _pairs(_facts(pipeline, text), "partner")
