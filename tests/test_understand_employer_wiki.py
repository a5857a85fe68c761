"""Employers in encyclopedic prose: who works for an organisation, and what is not a job.

A person works for a company, a university, a broadcaster, a newspaper or an agency; a party, a
unit, a post, an event, a school attended or a record label one records for is not an employer.
Every sentence is invented for these tests (fictional people and organisations).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse

pytestmark = pytest.mark.model


def jobs(analysis: Analysis) -> set[tuple[str, str | None]]:
    return {(c.subject, c.object) for c in analysis.claims if c.predicate == "employer"}


# -- who works where -------------------------------------------------------------------------
def test_a_list_of_jobs_held_at_one_organisation(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Marta Quell trained as a reporter in Leeds and for a period was a presenter, producer, "
        "and editor at the Harbour Broadcasting Corporation in London.",
    )
    assert ("Marta Quell", "Harbour Broadcasting Corporation") in jobs(analysis)


def test_an_organisation_with_a_capitalised_job_after_it(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Based in Rome, Corwin Hale was a long time CNN Vatican Analyst.")
    assert ("Corwin Hale", "CNN") in jobs(analysis)


def test_a_named_chair_is_not_the_employer(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Elias Brandt is the Callowmere Professor of Law at Ashby University.")
    found = jobs(analysis)
    assert ("Elias Brandt", "Ashby University") in found
    assert not any(obj == "Callowmere" for _, obj in found)


def test_staff_named_with_of_the_organisation(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The peak was measured again in 2001 by Anselm Korth and Ruth Vidal of the Ostrava Survey "
        "Foundation, using a satellite receiver.",
    )
    found = jobs(analysis)
    assert ("Anselm Korth", "Ostrava Survey Foundation") in found
    assert ("Ruth Vidal", "Ostrava Survey Foundation") in found


def test_a_list_of_universities_with_the_years_in_brackets(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Petra Lindqvist is a legal scholar. She was visiting professor at Ashby University (2007), "
        "Hallam College (2009-2014) and the Norvane Institute (2011).",
    )
    found = jobs(analysis)
    for school in ("Ashby University", "Hallam College", "Norvane Institute"):
        assert ("Petra Lindqvist", school) in found


def test_a_professor_at_a_place_works_for_its_university(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Petra Lindqvist was a visiting professor at Cambridge in 2007.")
    assert ("Petra Lindqvist", "Cambridge") in jobs(analysis)


def test_worked_in_a_country_written_with_full_stops(pipeline: Any) -> None:
    analysis = analyse(pipeline, "After leaving Norvania, Tariq Osei worked in the U.S. for Radio Calder.")
    assert ("Tariq Osei", "Radio Calder") in jobs(analysis)


# -- what is not a job -----------------------------------------------------------------------
def test_works_as_a_noun_is_not_working(pipeline: Any) -> None:
    analysis = analyse(
        pipeline, "Vera Lind is a Danish painter. Her works are held at the Norvane National Gallery."
    )
    assert not jobs(analysis)


def test_a_record_label_is_a_contract_not_an_employer(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Vera Lind is a singer. In 2004 she signed with Harrow Records, and in 2009 she left "
        "Harrow Records for Bellweather Music.",
    )
    assert not jobs(analysis)


def test_a_school_transferred_to_or_left_as_a_student(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Tom Vey attended Ashby High School. He transferred to Hallam University in 1990 and left "
        "Hallam University without a degree.",
    )
    assert not jobs(analysis)


def test_a_player_traded_to_a_club_still_works_for_it(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Dario Quint is a footballer. In 2020 he signed for Corvale United.")
    assert ("Dario Quint", "Corvale United") in jobs(analysis)


def test_a_list_a_unit_a_post_and_an_event_are_not_employers(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Anton Brekke is a Norvanian politician. He later joined the Unity List. "
        "In 1942 Brekke was transferred to Torpedo Squadron. "
        "He left his Regional First Secretaryship in 1978. "
        "Ostvision named Brekke the best coach at the Harbour Cup 2008.",
    )
    assert not jobs(analysis)


def test_a_single_common_word_before_a_job_is_not_an_organisation(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ines Dorado is the State Attorney for the Fifth Circuit Court.")
    assert not any(obj == "State" for _, obj in jobs(analysis))
