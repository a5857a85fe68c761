"""Jobs, untagged names, unvouched rumours and founding events (round 3 of relations and names).

Every sentence is invented for these tests (fictional people, places and organisations).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse as analyse_text

pytestmark = pytest.mark.model


analyse = partial(analyse_text, date="2024-05-10")


def people(analysis: Analysis) -> set[str]:
    return {e.name for e in analysis.entities if e.kind == "person"}


def jobs(analysis: Analysis) -> set[tuple[str, str | None]]:
    return {(c.subject, c.object) for c in analysis.claims if c.predicate == "employer"}


def test_a_possessive_job_title_before_a_name(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Norvane Rail's chief executive, Tomas Heller, resigned on Friday.")
    assert ("Tomas Heller", "Norvane Rail") in jobs(analysis)


def test_a_leader_of_an_organisation_named_with_of(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Marta Oyelaran was the first president of Ashby College.")
    assert ("Marta Oyelaran", "Ashby College") in jobs(analysis)


def test_the_holder_named_after_the_post(pipeline: Any) -> None:
    analysis = analyse(pipeline, "The current president of the Ashby Trust is Carla Neves.")
    assert ("Carla Neves", "Ashby Trust") in jobs(analysis)


def test_serving_as_an_organisations_officer(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Vera Lind serves as the Ashby Trust's chairwoman.")
    assert ("Vera Lind", "Ashby Trust") in jobs(analysis)


def test_a_subject_word_after_of_is_no_job(pipeline: Any) -> None:
    """ "critic of X" names a subject, not an employer; a board one chairs is not one either."""
    analysis = analyse(
        pipeline,
        "Lena Korr was a fierce critic of the Ashby Trust. Otto Brem was chairman of the Dunmore Council.",
    )
    assert not jobs(analysis)


def test_a_capitalised_title_after_and_is_no_staff(pipeline: Any) -> None:
    analysis = analyse(pipeline, "The reserve was created by Congress and President Alden Fisk in 1938.")
    assert not jobs(analysis)


def test_every_organisation_of_a_teaching_list(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Sara Venn currently teaches at Ashby College and previously taught at Hallam University "
        "and the Dunmore School of Art.",
    )
    found = jobs(analysis)
    assert {("Sara Venn", "Ashby College"), ("Sara Venn", "Hallam University")} <= found
    assert ("Sara Venn", "Dunmore School of Art") in found


def test_worked_for_after_a_place(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Aleksi Pold worked in London for Radio Calder.")
    assert ("Aleksi Pold", "Radio Calder") in jobs(analysis)


def test_taught_by_is_no_job(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Rita Solen was taught by Piet Marr at the Dunmore Conservatory.")
    assert ("Rita Solen", "Dunmore Conservatory") not in jobs(analysis)


def test_a_known_first_name_the_tagger_missed(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ilse Brandt founded the press in 1990. She later sold it to a rival.")
    assert "Ilse Brandt" in people(analysis)


def test_a_full_name_as_an_object(pipeline: Any) -> None:
    analysis = analyse(pipeline, "The prize went to Ilse Brandt, and the board thanked Greta Vossberg.")
    assert {"Ilse Brandt", "Greta Vossberg"} <= people(analysis)


def test_a_club_is_not_a_person(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Corvale United were rebuilt after the season. They won the cup in May.")
    assert "Corvale United" not in people(analysis)


def test_a_building_named_after_someone_is_not_a_person(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Greta Vossberg and Ilse Brandt first met at Victoria Station.")
    assert "Victoria Station" not in people(analysis)


def test_what_tabloids_claimed_is_hedged(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "In 2018, tabloids claimed Mara Quell and Teo Vance had split, but her publicist called "
        "the rumors 'ridiculous'.",
    )
    split = [c for c in analysis.claims if c.predicate == "separated"]
    assert split
    assert all(c.modality == "hedged" for c in split)


def test_what_fans_speculated_is_not_asserted(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Fans speculated that Mara Quell had quietly married Teo Vance.")
    married = [c for c in analysis.claims if c.predicate == "spouse"]
    assert married
    assert all(c.modality != "asserted" for c in married)


def test_a_rumour_dated_last_month(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Teo Vance reportedly proposed to Mara Quell at Lake Como last month.")
    engaged = [c for c in analysis.claims if c.predicate == "engaged"]
    assert engaged
    assert all(c.date is not None and c.date.value == "2024-04" for c in engaged)


def test_a_founding_is_the_timeline_event(pipeline: Any) -> None:
    analysis = analyse(pipeline, "Ilse Brandt co-founded the label Harrow Records in 2012.")
    assert any(e.summary == "Ilse Brandt founds Harrow Records" for e in analysis.timeline)


_TIED_BODY = (
    "Noor Haddad and Jonah Pike were spotted in Lisbon. Felix Arden and Noor Haddad were spotted "
    "in Porto. Jonah Pike smiled. Felix Arden smiled. The couple married in 2021."
)


@pytest.mark.parametrize("other", ["Felix Arden", "Jonah Pike"])
def test_the_headline_breaks_a_tie_over_the_couple(pipeline: Any, other: str) -> None:
    analysis = analyse(pipeline, _TIED_BODY, headline=f"Who Is Noor Haddad's Husband? All About {other}")
    married = {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == "spouse"}
    assert married == {frozenset(("Noor Haddad", other))}


def test_the_headline_alone_gives_no_fact(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Noor Haddad smiled. Felix Arden smiled. Noor Haddad and Felix Arden posed for photographers.",
        headline="Who Is Noor Haddad's Husband? All About Felix Arden",
    )
    assert not [c for c in analysis.claims if c.predicate in ("spouse", "engaged", "partner")]
