"""Homes (`understand/residence.py`): where people live, written the loose ways features and
profiles write it: words between the verb of living and its place, a place described before
"where", moving in together, and a home's length counted back from the report.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations

DATE = "2025-03-03"


def _homes(pipeline: Any, text: str) -> set[tuple[str, str | None]]:
    return relations(analyse(pipeline, text, date=DATE), "residence")


def _home_dates(pipeline: Any, text: str, person: str) -> set[str | None]:
    analysis = analyse(pipeline, text, date=DATE)
    return {
        c.date.value if c.date else None
        for c in analysis.claims
        if c.predicate == "residence" and c.subject == person
    }


def test_a_dwelling_between_the_verb_and_the_place(pipeline: Any) -> None:
    homes = _homes(
        pipeline, "Tamsin Okoro and Eliseo Varga have lived together in a flat in south London since 2021."
    )
    assert {("Tamsin Okoro", "London"), ("Eliseo Varga", "London")} <= homes
    homes = _homes(pipeline, "The sculptor Tamsin Okoro now lives in a converted granary in Edinburgh.")
    assert ("Tamsin Okoro", "Edinburgh") in homes


def test_an_aside_or_a_companion_between_the_verb_and_the_place(pipeline: Any) -> None:
    homes = _homes(
        pipeline,
        "Tamsin Okoro met Eliseo Varga in 2015. They live, as they have for years, in a Victorian "
        "terrace in Manchester.",
    )
    assert {("Tamsin Okoro", "Manchester"), ("Eliseo Varga", "Manchester")} <= homes
    homes = _homes(pipeline, "Kwame Asante-Lyle lives primarily with his mother, Odile Fenn, in Ipswich.")
    assert ("Kwame Asante-Lyle", "Ipswich") in homes


def test_moved_in_together_in_a_place(pipeline: Any) -> None:
    homes = _homes(pipeline, "After the final, Marek Hollis and Ines Duarte moved in together in Glasgow.")
    assert {("Marek Hollis", "Glasgow"), ("Ines Duarte", "Glasgow")} <= homes


def test_a_place_described_before_where(pipeline: Any) -> None:
    text = "It is a grey morning in Dublin, the city where Delia Crane has lived for the past decade."
    assert ("Delia Crane", "Dublin") in _homes(pipeline, text)
    # "the past decade" counted back from the report's year
    assert _home_dates(pipeline, text, "Delia Crane") == {"2015"}


def test_a_home_counted_back_in_years(pipeline: Any) -> None:
    text = "Tom Abara met us in Boston, where he has lived for the last six years."
    assert _home_dates(pipeline, text, "Tom Abara") == {"2019"}
    # "the past few years" is no count: the home stays undated by it
    text = "Tom Abara met us in Boston, where he has lived for the past few years."
    assert "2019" not in _home_dates(pipeline, text, "Tom Abara")


def test_no_home_from_a_denial_a_plan_or_a_role(pipeline: Any) -> None:
    assert not _homes(
        pipeline, "Delia Crane has never lived in Boston, and she does not plan to live in Miami."
    )
    assert not _homes(pipeline, "Delia Crane played a nurse who lives in a cottage in Boston in the film.")
    # a dwelling named where something happened is no home
    assert not _homes(pipeline, "Delia Crane was photographed leaving a restaurant in Boston.")


def test_a_partner_named_as_living_there_too(pipeline: Any) -> None:
    homes = _homes(
        pipeline,
        "We met the director Ines Moreau at a café near her home in Lyon, where she lives with her "
        "husband, the composer Pavel Dudek, and their two sons.",
    )
    assert {("Ines Moreau", "Lyon"), ("Pavel Dudek", "Lyon")} <= homes


def test_a_return_after_a_parting_is_a_move_home(pipeline: Any) -> None:
    homes = _homes(pipeline, "Ilse Hjort returned to Oslo after the divorce and now runs a bakery.")
    assert ("Ilse Hjort", "Oslo") in homes
    # a return for an event is a visit
    assert not _homes(pipeline, "Ilse Hjort returned to Oslo for the premiere on Friday.")


def test_a_home_near_a_landmark(pipeline: Any) -> None:
    homes = _homes(pipeline, "Tom Abara, 49, lives near the museum in Boston, Massachusetts.")
    assert ("Tom Abara", "Boston") in homes


def test_a_district_named_before_its_town(pipeline: Any) -> None:
    homes = _homes(
        pipeline,
        "The actress Marisa Quintero, who lives with her family in the Roma neighbourhood of Mexico "
        "City, spoke to us.",
    )
    assert ("Marisa Quintero", "Mexico City") in homes
    # a district the tagger knows as a place is the home as the text narrows it
    homes = _homes(pipeline, "Tom Vey and Ada Roe have lived in the Notting Hill area of London since 2016.")
    assert ("Tom Vey", "Notting Hill") in homes and ("Tom Vey", "London") not in homes


def test_a_person_set_off_with_the_place_they_are_from(pipeline: Any) -> None:
    homes = _homes(
        pipeline,
        "The engagement is announced between Tobias Venn, of Harrogate, and Mrs Ada Roe, of Chelsea, London.",
    )
    assert {("Tobias Venn", "Harrogate"), ("Ada Roe", "Chelsea")} <= homes
    assert ("Tom Vey", "Leeds") in _homes(pipeline, "Tom Vey, 45, of Leeds, was fined on Monday.")
    # a club after ", of" is no home
    assert not _homes(pipeline, "Tom Vey, of Manchester United, scored twice on Saturday.")
