"""Dates, session 16: a fact is dated by a date its text gives before the report's own date (which
a state takes when its sentence gives none); "dated for three years" held once, not as of the
report, and "..., and they split in 2020" ends it (and counts back its start); "joined the staff
in 2021" dates the job the clause named; "From 2015 to 2017 she was in a relationship with X"; a
marriage noun's "took place in 1962 and ended in divorce in 1971" and the next sentence's "That
marriage began in 2008"; "their daughter, X, who is 7" is an age as of the report, not of a year
told earlier; "who will be four in June" and "who just turned 6" date a child's birth.

Every sentence and name is invented for these tests (fictional people, places, firms and works).
"""

from __future__ import annotations

from typing import Any

from allegedly.model import Analysis
from allegedly.present.eval_view import facts_view
from text_samples import analyse

REPORT = "2025-04-10"


def fact_dates(analysis: Analysis, predicate: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The exported date and end of each fact of `predicate`, keyed by its participants."""
    return {
        frozenset(filter(None, (f["subject"], f["object"] or f["value"]))): (f["date"], f["end"])
        for f in facts_view([analysis])
        if f["predicate"] == predicate
    }


def test_a_told_start_outranks_the_reports_date_of_a_state(pipeline: Any) -> None:
    text = (
        "The skier Annelie Brandvik and the chef Tobiah Quarles are dating, a friend of the pair "
        "confirmed. Brandvik and Quarles began dating in 2023."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "partner")
    assert dates[frozenset({"Annelie Brandvik", "Tobiah Quarles"})][0] == "2023"


def test_dated_for_years_and_then_split_is_a_past_romance(pipeline: Any) -> None:
    text = (
        "Henrike Vossberg and Jarl Tidemann dated for three years before she met Osgood Kettering, "
        "and they split in 2020."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "partner")
    assert dates[frozenset({"Henrike Vossberg", "Jarl Tidemann"})] == ("2017", "2020")


def test_joining_the_staff_dates_the_job_the_clause_named(pipeline: Any) -> None:
    text = (
        "Roisin Okafor-Hale, 27, is a physiotherapist with the Kestrels women's team and joined the "
        "staff in 2021."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "employer")
    assert dates[frozenset({"Roisin Okafor-Hale", "Kestrels"})][0] == "2021"


def test_a_span_of_years_opening_the_clause(pipeline: Any) -> None:
    text = (
        "From 2015 to 2017 Ottilie Vesterby was in a relationship with the striker Dario Fenelon. "
        "He moved on first: from 2012 until 2014 Casimir Olufsen dated the model Perpetua Haig."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "partner")
    assert dates[frozenset({"Ottilie Vesterby", "Dario Fenelon"})] == ("2015", "2017")
    assert dates[frozenset({"Casimir Olufsen", "Perpetua Haig"})] == ("2012", "2014")


def test_a_marriage_noun_begun_and_ended_after_its_partner(pipeline: Any) -> None:
    text = (
        "Osric Peverill married three times. His first marriage, to the actress Honoria Blaise, whom "
        "he met at drama school, took place in 1962 and ended in divorce in 1971; they had one son.\n\n"
        "Marta Quell-Brandis has two daughters from her first marriage, to the Dutch architect Joost Van "
        "Aarle. That marriage began in 2008 and ended in divorce in 2016."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert dates[frozenset({"Osric Peverill", "Honoria Blaise"})] == ("1962", "1971")
    assert dates[frozenset({"Marta Quell-Brandis", "Joost Van Aarle"})] == ("2008", "2016")


def test_an_age_said_in_the_present_is_as_of_the_report(pipeline: Any) -> None:
    text = (
        "She thanked her wife, the producer Ingrid Solheim, who married her in 2016, and their "
        "daughter, Pip, who is 7."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "age")
    assert dates[frozenset({"Pip", "7"})][0] == REPORT


def test_a_birthday_to_come_and_one_just_had_date_a_birth(pipeline: Any) -> None:
    text = (
        'The singer Oona Brightwater talked about her daughter, Elke, "who just turned 6, and who has '
        'already fired me as her stylist". Her son, Casper, will be four in June.'
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "child")
    assert dates[frozenset({"Oona Brightwater", "Elke"})][0] == "2019"
    assert dates[frozenset({"Oona Brightwater", "Casper"})][0] == "2021-06"


def test_an_infant_age_in_months_dates_the_birth_by_month(pipeline: Any) -> None:
    text = (
        "Tamsin Holloway and her husband Callan Reid share three children: Zeno, 8, Ada, 5, and Remy, "
        "who turned 10 months old last week."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "child")
    assert dates[frozenset({"Tamsin Holloway", "Remy"})][0] == "2024-06"


def test_a_part_played_since_the_shows_premiere(pipeline: Any) -> None:
    text = (
        'Actor Brennan Ostrowe, the star of the police drama "Harbor Watch," was sued on Wednesday. '
        'Ostrowe has played Detective Sal Kowal, a divorced homicide investigator, on "Harbor Watch" '
        "since its premiere in 2017."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "appeared_in")
    assert dates[frozenset({"Brennan Ostrowe", "Harbor Watch"})][0] == "2017"
