"""Session 16: ages said in more ways ("who are 6 and 3", "who is 19 and studies", "Our son,
Bertil, is 12", "at the age of 35" on a recent day, "died at 83", "who today has 16 years"),
children named after an earlier union ("two children from his first marriage, A and B", "a son
from before, C") or with the other parent ("Her son with Dorian, Hamish"), and pairings that are
none: two partner nouns in one list ("with boyfriend X and hubby Y"), a comparison ("a modern X
and Y"), and a "his" read as a child the sentence just named.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _ages(analysis: Any) -> set[tuple[str, str]]:
    return {(c.subject, c.value) for c in analysis.claims if c.predicate == "age"}


def _pairs(analysis: Any, predicate: str) -> set[frozenset[str]]:
    return {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == predicate}


def test_two_ages_said_after_two_names_go_in_order(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Her brothers, Fenn Arlow and Olly Arlow, who are 6 and 3, carried the flowers.",
        date="2025-03-03",
    )
    ages = _ages(analysis)
    assert ("Fenn Arlow", "6") in ages and ("Olly Arlow", "3") in ages
    assert ("Olly Arlow", "6") not in ages and ("Fenn Arlow", "3") not in ages


def test_ages_in_a_clause_with_more_after_it(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Facundo Ibarra also has a son from before, Tiago Ibarra, who is 19 and studies in Rosario. "
        "Their eldest daughter, Leyre Mons, who was born on 4 May 2001 and is now 23, read a poem. "
        "Of that union was born her elder son, Mateo Solís, who today has 16 years and lives in Córdoba.",
        date="2025-03-03",
    )
    ages = _ages(analysis)
    assert {("Tiago Ibarra", "19"), ("Leyre Mons", "23"), ("Mateo Solís", "16")} <= ages
    leyre = [c for c in analysis.claims if c.predicate == "age" and c.subject == "Leyre Mons"]
    # (dated as of the report, not by the birth year)
    assert leyre and leyre[0].date is not None and leyre[0].date.value.startswith("2025")
    children = {(c.subject, c.object) for c in analysis.claims if c.predicate == "child"}
    assert ("Facundo Ibarra", "Tiago Ibarra") in children


def test_an_apposed_name_and_its_copula(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, '"Our son, Bertil Hague, is 12 and hates all of this," she said.', date="2025-03-03"
    )
    assert ("Bertil Hague", "12") in _ages(analysis)


def test_an_age_at_a_recent_event_or_at_death(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Sunniva Rask announced her retirement from athletics on Friday at the age of 35. "
        "Perpetua Vinge, the singer, died on Sunday at 83.",
        date="2025-03-03",
    )
    assert {("Sunniva Rask", "35"), ("Perpetua Vinge", "83")} <= _ages(analysis)


def test_an_age_at_an_old_event_is_no_age_now(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Lorcan Bray came to England with his parents in 1962 at the age of 9.", date="2025-03-03"
    )
    assert ("Lorcan Bray", "9") not in _ages(analysis)


def test_children_from_an_earlier_union_and_with_the_other_parent(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Her first husband, the pianist Dorian Kettleby, wrote most of her songs. Kettleby had two "
        "children from his first marriage, Mabli Kettleby and Osric Kettleby. Her son with Dorian, "
        "Hamish Kettleby, was born in 1975.",
        date="2025-03-03",
    )
    found = {(c.subject, c.object) for c in analysis.claims if c.predicate == "child"}
    assert {
        ("Dorian Kettleby", "Mabli Kettleby"),
        ("Dorian Kettleby", "Osric Kettleby"),
        ("Dorian Kettleby", "Hamish Kettleby"),
    } <= found


def test_two_partner_nouns_in_one_list_pair_respectively(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Marla Quillon and Tessa Quillon attended the gala with boyfriend Dario Venn and hubby "
        "Roland Ashby in tow.",
        date="2025-03-03",
    )
    assert frozenset(("Dario Venn", "Roland Ashby")) not in _pairs(analysis, "spouse")
    assert frozenset(("Tessa Quillon", "Dario Venn")) not in _pairs(analysis, "partner")
    assert frozenset(("Tessa Quillon", "Roland Ashby")) in _pairs(analysis, "spouse")


def test_a_comparison_names_no_partner(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Explaining how she and the pitcher Dex Farrow, who made their debut as a couple last spring, "
        "came to be a modern Romy Castell and Jules Marsh, Lyla Brine laughed.",
        date="2025-03-03",
    )
    people = {p for pair in _pairs(analysis, "partner") for p in pair}
    assert "Romy Castell" not in people and "Jules Marsh" not in people


def test_a_his_after_a_named_child_is_the_parent(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Brant Holloway is a boxer. In 2008, his marriage to Celia Marsh, with whom he had daughters "
        "Pia and Noor, broke up, due to his relationship with the singer Ondine Sayle.",
        date="2025-03-03",
    )
    partners = _pairs(analysis, "partner")
    assert frozenset(("Noor", "Ondine Sayle")) not in partners
    assert frozenset(("Pia", "Ondine Sayle")) not in partners


def test_two_relatives_of_one_person_listed_in_parallel(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Arjun Vadhera, 31, is the heir of a film family. His grandfather, Mohan Vadhera, founded "
        "Vadhera Studios in 1961, and his father, the actor Ravi Vadhera, starred in forty of its films. "
        "Ravi married the dancer Kaveri Menon in 1990, and Arjun is the elder of their two children. "
        "Nisha Rao, 27, comes from music. Her mother is the singer Latha Rao, and her father, "
        "Gopal Rao, is a cinematographer.",
        date="2025-03-03",
    )
    found = {(c.subject, c.object) for c in analysis.claims if c.predicate == "child"}
    assert {
        ("Ravi Vadhera", "Arjun Vadhera"),
        ("Kaveri Menon", "Arjun Vadhera"),
        ("Latha Rao", "Nisha Rao"),
        ("Gopal Rao", "Nisha Rao"),
    } <= found
    assert ("Ravi Vadhera", "Mohan Vadhera") not in found
    assert ("Gopal Rao", "Latha Rao") not in found


def test_siblings_with_ages_and_a_partner_of_years(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Signe Dahl and Omar Haddad renewed their vows on Saturday. Their eldest daughter, Lina, "
        "read a poem. Her younger brothers, Sami, 14, and Elis, 11, carried the rings. "
        "Dahl's mother, Britt Dahl, 79, sat in the front row with her partner of twelve years, the "
        'retired sea captain Arne Vik. "Arne and I are far too sensible to get married," she said.',
        date="2025-06-21",
    )
    children = {(c.subject, c.object) for c in analysis.claims if c.predicate == "child"}
    assert {("Signe Dahl", "Elis"), ("Omar Haddad", "Elis")} <= children
    assert frozenset(("Britt Dahl", "Arne Vik")) in _pairs(analysis, "partner")
    assert frozenset(("Signe Dahl", "Arne Vik")) not in _pairs(analysis, "partner")
    assert frozenset(("Britt Dahl", "Arne Vik")) not in _pairs(analysis, "spouse")


def test_already_dad_to_a_son_from_an_earlier_relationship(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "It will be Tamsin Greer's first child, but Jasper Holt is already dad to son Rufus, 5, from "
        "his previous relationship with model Petra Lind.",
        date="2025-03-03",
    )
    children = {(c.subject, c.object) for c in analysis.claims if c.predicate == "child"}
    assert ("Jasper Holt", "Rufus") in children
    assert ("Tamsin Greer", "Rufus") not in children
