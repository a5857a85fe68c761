"""Encyclopaedic prose: birth dates in brackets, parents, namesakes, titles, employers.

Every sentence is invented for these tests (fictional people); the shapes are those of
biographies and explainers: "X (; born D)", "X, OBE (born D)", "X (D1 – D2)", "born in P to A
and B", "He is son of singer A and the actor B", a son named after his father.
"""

from __future__ import annotations

from typing import Any

import pytest

from text_samples import analyse, births, relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "person", "born"),
    [
        (
            "Tamsin Holloway (; born October 10, 1967) is a composer of film music.",
            "Tamsin Holloway",
            "1967-10-10",
        ),
        (
            "Corwin Ashdale, OBE (born 29 December 1928) is an English character actor.",
            "Corwin Ashdale",
            "1928-12-29",
        ),
        (
            "Ivo Renquist (born Ivo Marten Sallow on June 3, 1977 in Lyon) is a singer.",
            "Ivo Renquist",
            "1977-06-03",
        ),
        ("Odile Ferrant (19 August 1745 – 8 December 1818) was a chemist.", "Odile Ferrant", "1745-08-19"),
        (
            "Bastian Koll (11 October 1874, in Kassel–6 January 1915, in Bonn) was a physician.",
            "Bastian Koll",
            "1874-10-11",
        ),
        ("Elspeth Mair (about 1780 – 4 September 1804) was a printer.", "Elspeth Mair", "1780"),
        ("Sir Alder Pennick, (April 23, 1837–November 23, 1916) was a judge.", "Alder Pennick", "1837-04-23"),
        (
            "Liesbeth van Dorn (born 26 July 1983) is a field hockey player.",
            "Liesbeth van Dorn",
            "1983-07-26",
        ),
        (
            "Orsino Pallas Vetta (San Fernando, Chile, August 29, 1869–Santiago, Chile, July 23, 1925) "
            "was a painter.",
            "Orsino Pallas Vetta",
            "1869-08-29",
        ),
        (
            "Kerem Dalan, Commendatore OSSI, T.C, (born 4 September 1953) is a football manager.",
            "Kerem Dalan",
            "1953-09-04",
        ),
        (
            "Fyodor Ostap Velin () (4 February 1918–17 July 1978) was a statesman.",
            "Fyodor Ostap Velin",
            "1918-02-04",
        ),
    ],
)
def test_birth_dates_in_brackets(pipeline: Any, text: str, person: str, born: str) -> None:
    found = births(analyse(pipeline, text))
    assert found.get(person) == born
    assert len(found) == 1  # nobody else in the sentence is born on that date


def test_birth_date_after_a_pronoun_and_a_place(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Dara Holt is a chef in Leeds. She was born in York in 1977.")
    assert births(analysis) == {"Dara Holt": "1977"}


def test_a_bracketed_year_is_not_a_birth(pipeline: Any) -> None:
    """ "(2012)" after a title dates the work; "(March 2019, Saint-Denis)" an event."""
    text = "Nerys Pollard (2012) was a hit film. The singer Aled Burrow (March 2019, in Saint-Denis) sang."
    assert births(analyse(pipeline, text)) == {}


def test_parents_after_born_to(pipeline: Any) -> None:
    text = "Oisin Carrow was born in Cork, Ireland, to Declan Carrow, a ship's engineer, and Maeve Lenihan."
    parents = relations(analyse(pipeline, text), "child")
    assert parents == {("Declan Carrow", "Oisin Carrow"), ("Maeve Lenihan", "Oisin Carrow")}


def test_parents_with_descriptions_and_a_pronoun_child(pipeline: Any) -> None:
    text = (
        "Ruben Solano is a Mexican actor. "
        "He is son of Mexican singer and actress Paloma Iturbe and the singer and actor Hector Solano."
    )
    parents = relations(analyse(pipeline, text), "child")
    assert parents == {("Paloma Iturbe", "Ruben Solano"), ("Hector Solano", "Ruben Solano")}


def test_a_son_named_after_his_father_is_another_person(pipeline: Any) -> None:
    text = (
        "Anselm Vidal was a Chilean architect. He married Greta Morrow, with whom he had three "
        "children, Greta Vidal, Pia Vidal and Anselm Tomas Vidal. Vidal died in 1980."
    )
    analysis = analyse(pipeline, text)
    people = {e.name for e in analysis.entities if e.kind == "person"}
    assert {"Anselm Vidal", "Anselm Tomas Vidal"} <= people
    assert relations(analysis, "spouse") >= {("Anselm Vidal", "Greta Morrow")} or relations(
        analysis, "spouse"
    ) >= {("Greta Morrow", "Anselm Vidal")}
    assert ("Anselm Vidal", "Anselm Tomas Vidal") in relations(analysis, "child")
    assert not any("Anselm Tomas Vidal" in pair for pair in relations(analysis, "spouse"))


def test_a_shared_surname_alone_is_the_person_introduced_first(pipeline: Any) -> None:
    text = (
        "Jules Marchetti (1844 – 1898) was a physician in Quebec. He was the son of Remy Marchetti "
        "and Odette Brun. Marchetti married Claire Fontaine in 1870."
    )
    analysis = analyse(pipeline, text)
    spouses = {frozenset(pair) for pair in relations(analysis, "spouse")}
    assert frozenset(("Jules Marchetti", "Claire Fontaine")) in spouses
    assert ("Remy Marchetti", "Jules Marchetti") in relations(analysis, "child")


def test_titles_are_not_part_of_a_name(pipeline: Any) -> None:
    text = "Wendell Pryce was born in Bath to the Reverend Silas Pryce and Harriet Pryce."
    analysis = analyse(pipeline, text)
    assert ("Silas Pryce", "Wendell Pryce") in relations(analysis, "child")


def test_leaving_needs_the_employer_straight_after(pipeline: Any) -> None:
    text = "At her death Mirela Stanek left a bequest to the Northfield Animal Shelter."
    assert relations(analyse(pipeline, text), "employer") == set()
    text = "Mirela Stanek left the Northfield Animal Shelter in 2019."
    assert relations(analyse(pipeline, text), "employer") == {("Mirela Stanek", "Northfield Animal Shelter")}


def test_jobs_held_at_an_organisation(pipeline: Any) -> None:
    text = (
        "Pieter Voss is a Flemish journalist. He is vice president of the Lowland Press Society "
        "and a senior editor at the Hallam Institute."
    )
    assert ("Pieter Voss", "Hallam Institute") in relations(analyse(pipeline, text), "employer")
    text = "Margaret Hale, professor of law at Leeds University, said nothing."
    assert relations(analyse(pipeline, text), "employer") == {("Margaret Hale", "Leeds University")}


def test_staff_named_after_their_outlet_and_job(pipeline: Any) -> None:
    """A news outlet employs its columnist; a social platform employs nobody who posts on it."""
    text = "New York Times columnist Dorian Welk agreed. Quentin Hale joined Instagram in 2012."
    found = relations(analyse(pipeline, text), "employer")
    assert ("Dorian Welk", "The New York Times") in found
    assert not any(person == "Quentin Hale" for person, _ in found)


def test_the_subject_lives_there_not_the_name_in_its_apposition(pipeline: Any) -> None:
    text = "Mira Castell, the last protégé of Anton Weller, currently lives in Lisbon with her husband."
    assert relations(analyse(pipeline, text), "residence") == {("Mira Castell", "Lisbon")}


def test_parents_named_by_kinship_nouns(pipeline: Any) -> None:
    text = (
        "Mara Dunn was a historian. Dunn's father, architect Leo Brandt, had tried to save the walls. "
        "Her mother, the Italian actress Ana Rossi, wept."
    )
    assert relations(analyse(pipeline, text), "child") == {
        ("Leo Brandt", "Mara Dunn"),
        ("Ana Rossi", "Mara Dunn"),
    }


def test_the_father_of_names_children_not_grandchildren(pipeline: Any) -> None:
    text = "Newell Harte was a painter. He is the father of Orrin Harte and the grandfather of Jamie Harte."
    assert relations(analyse(pipeline, text), "child") == {("Newell Harte", "Orrin Harte")}


def test_a_fronted_daughter_of_phrase_names_the_subject_after_it(pipeline: Any) -> None:
    text = (
        "Serena Valli is an Italian actress. Born in Rome, the daughter of actors Raffaele Valli "
        "and Elena Varzi, she made her film debut in 1979."
    )
    assert relations(analyse(pipeline, text), "child") == {
        ("Raffaele Valli", "Serena Valli"),
        ("Elena Varzi", "Serena Valli"),
    }


def test_a_marriage_noun_names_the_spouse(pipeline: Any) -> None:
    text = "Anton Stahl was an English actor best known for war films and his marriage to Greta Lindqvist."
    assert relations(analyse(pipeline, text), "spouse") == {("Anton Stahl", "Greta Lindqvist")}


def test_ages_of_descriptions_and_at_an_age(pipeline: Any) -> None:
    text = (
        "A spokesman for Jolene Avery denied reports that the 47-year-old singer had quit her band. "
        "A weekly magazine insists Avery quit at 48 years old."
    )
    ages = {(c.subject, c.value, c.modality) for c in analyse(pipeline, text).claims if c.predicate == "age"}
    assert ("Jolene Avery", "47", "asserted") in ages  # presupposed by the denial, not denied
    assert any(person == "Jolene Avery" and value == "48" for person, value, _ in ages)


def test_an_event_that_almost_happened_is_not_claimed(pipeline: Any) -> None:
    text = "Dana Wick and Omar Ruiz almost broke up last year. Dana Wick and Omar Ruiz married in 2019."
    found = analyse(pipeline, text)
    assert relations(found, "separated") == set()
    assert relations(found, "spouse")


def test_married_to_a_list_and_an_early_year(pipeline: Any) -> None:
    text = (
        "Arden Vale was a prince. He was the third of the brothers and was married to Delia Crane, "
        "Ursa Pell and Chitra Maun at different times. In 1686 he married Sabine Holt."
    )
    spouses = {
        c.object: c
        for c in analyse(pipeline, text).claims
        if c.predicate == "spouse" and c.subject == "Arden Vale"
    }
    assert {"Delia Crane", "Ursa Pell", "Chitra Maun", "Sabine Holt"} <= set(spouses)
    assert spouses["Sabine Holt"].date is not None and spouses["Sabine Holt"].date.value == "1686"
    # list-mates after the verb are not married to each other
    assert not any(
        c.predicate == "spouse" and c.subject == "Delia Crane" for c in analyse(pipeline, text).claims
    )


def test_a_wife_of_needs_the_person_beside_it(pipeline: Any) -> None:
    text = "Arden Vale was born of Kelsa Moor, the first wife of King Pandor Vale."
    assert relations(analyse(pipeline, text), "spouse") <= {("Kelsa Moor", "Pandor Vale")}


def test_parents_with_life_years_and_plural_children(pipeline: Any) -> None:
    text = (
        "Henrik Vogt (22 August 1861–26 January 1922) was a Norwegian officer. He was the son of "
        "Johan Lysholm Vogt (1820–88) and his wife Marie Bonnevie (1830–1904)."
    )
    assert relations(analyse(pipeline, text), "child") == {
        ("Johan Lysholm Vogt", "Henrik Vogt"),
        ("Marie Bonnevie", "Henrik Vogt"),
    }
    text = "Kusa Rao and his twin brother Lava Rao were the children of Rama Dev and Sita Dev."
    assert relations(analyse(pipeline, text), "child") == {
        (parent, child) for parent in ("Rama Dev", "Sita Dev") for child in ("Kusa Rao", "Lava Rao")
    }


def test_academic_posts_are_employers(pipeline: Any) -> None:
    text = (
        "Horst Eidenberg (born 23 October 1963) is the Freshfields Professor of Commercial Law in the "
        "Faculty of Law at the University of Oxford."
    )
    assert ("Horst Eidenberg", "University of Oxford") in relations(analyse(pipeline, text), "employer")
    text = "Ronald Leeds is a cellist. He is currently on the faculties of the Thornton School of Music."
    assert ("Ronald Leeds", "Thornton School of Music") in relations(analyse(pipeline, text), "employer")


def test_meeting_with_someone_is_not_first_meeting(pipeline: Any) -> None:
    text = "Dana Wick and Omar Ruiz met with victims of the attacks at the hospital."
    assert relations(analyse(pipeline, text), "met") == set()


def test_a_short_span_in_brackets_is_a_tenure_not_a_life(pipeline: Any) -> None:
    text = (
        "Notable pupils include Sue Tarrant (1946-1950) and Lew Darcy (March 3, 2001 – May 5, 2003). "
        "Vicente Quesado (1782 Havana, Cuba–15 August 1836 Madrid) was a soldier."
    )
    assert births(analyse(pipeline, text)) == {"Vicente Quesado": "1782"}


def test_children_that_a_possessive_introduces(pipeline: Any) -> None:
    text = (
        "Arden Vale married Delia Crane in 1920. His children included Sorin Vale, Ilse Vale, and Abel Vale."
    )
    assert {("Arden Vale", c) for c in ("Sorin Vale", "Ilse Vale", "Abel Vale")} <= relations(
        analyse(pipeline, text), "child"
    )


def test_names_in_a_list_of_places_are_not_people(pipeline: Any) -> None:
    text = (
        "Pia Lund and Teo Marr have never minded a courtship by passport: the sweethearts have turned up "
        "in Rome, Prague, Cartagena, Curitiba and lately Montevideo."
    )
    analysis = analyse(pipeline, text)
    people = {e.name for e in analysis.entities if e.kind == "person"}
    assert people == {"Pia Lund", "Teo Marr"}
    assert relations(analysis, "partner") <= {("Pia Lund", "Teo Marr"), ("Teo Marr", "Pia Lund")}
    # a name after a fronted place is still a person
    text = "Marta Quell stayed in Berlin. When she landed in Lisbon, Ilse Brandt called her agent."
    assert "Ilse Brandt" in {e.name for e in analyse(pipeline, text).entities if e.kind == "person"}
