"""What kind of thing a name is: a person, a work, a team, a place, read from the words around it.

Every sentence is invented for these tests (fictional people, teams, shows and towns).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.entities import EntityIndex, find_entities

pytestmark = pytest.mark.model


def index_of(pipeline: Any, text: str) -> EntityIndex:
    return find_entities(pipeline.nlp(text), pipeline.outlets)


def kinds(index: EntityIndex) -> dict[str, str]:
    """Entity name → kind."""
    return {e.name: e.kind for e in index.entities.values()}


def mentions_of(index: EntityIndex, name: str) -> list[str]:
    keys = {k for k, e in index.entities.items() if e.name == name}
    return [m.text for m in index.mentions if m.entity in keys]


def test_a_team_is_named_by_its_shape_and_a_bare_plural_stands_for_it(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Dario Quell signed with the Westbrook Comets in 2016. "
        "He left the Comets for the Sorrento Kings in 2020.",
    )
    found = kinds(index)
    assert found["Westbrook Comets"] == "organisation"
    assert found["Sorrento Kings"] == "organisation"
    assert "Comets" in mentions_of(index, "Westbrook Comets")
    assert found["Dario Quell"] == "person"


def test_a_team_led_by_a_real_place_is_still_a_team(pipeline: Any) -> None:
    index = index_of(
        pipeline, "Odo Pike was traded to the Minnesota Vikings in 2008. He spent six years with the Vikings."
    )
    assert kinds(index)["Minnesota Vikings"] == "organisation"
    assert mentions_of(index, "Minnesota Vikings") == ["Minnesota Vikings", "Vikings"]


def test_a_longer_name_ending_past_the_plural_is_not_cut(pipeline: Any) -> None:
    index = index_of(
        pipeline, "Odo Pike joined the Mystery Writers of America and conducted the Harwick Pops Orchestra."
    )
    assert "Mystery Writers" not in kinds(index)
    assert "Harwick Pops" not in kinds(index)


def test_a_troupe_is_an_organisation(pipeline: Any) -> None:
    index = index_of(
        pipeline, "A stage veteran, Odo Pike spent a decade with the Harrowgate Players before television."
    )
    assert kinds(index)["Harrowgate Players"] == "organisation"


def test_plural_places_and_awards_are_not_teams(pipeline: Any) -> None:
    index = index_of(
        pipeline, "She grew up in the United States, sailed to the Virgin Islands, won at the Golden Globes"
    )
    organisations = {n for n, k in kinds(index).items() if k == "organisation"}
    assert not organisations & {"United States", "Virgin Islands", "Golden Globes"}


def test_a_work_in_apposition_is_a_work(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Mira Tallow, the star of the drama, arrived late. "
        "Saltmarsh Row, the eight-part drama that premiered on Friday, follows a fishing family.",
    )
    found = kinds(index)
    assert found["Saltmarsh Row"] == "work"
    assert found["Mira Tallow"] == "person"  # "the star of the drama" is said of a person


def test_a_title_the_tagger_calls_a_person_is_a_work_everywhere(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "In Glass Tide, the comedy she created and stars in, Juno Vale plays a chef. "
        "Glass Tide is her first comedy.",
    )
    found = kinds(index)
    assert found["Glass Tide"] == "work"
    assert mentions_of(index, "Glass Tide") == ["Glass Tide", "Glass Tide"]
    assert found["Juno Vale"] == "person"


def test_years_on_a_show_and_the_pronoun_i_after_it(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "After eight years on Kingsbridge General I wanted a change, said Juno Vale. "
        "Ferdinand I ruled the kingdom for years.",
    )
    found = kinds(index)
    assert found["Kingsbridge General"] == "work"
    assert "General I" not in found
    assert found["Ferdinand I"] == "person"  # a king's number is still a king's number


def test_a_film_debut_in_a_title_the_tagger_calls_a_place(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Tilda Marsh made her film debut in The Quiet Orchard in 2011. She appeared in Paris last week.",
    )
    found = kinds(index)
    assert found["The Quiet Orchard"] == "work"
    assert found["Paris"] == "place"  # appearing in a city is still a city


def test_playing_in_a_title_that_also_stands_before_co_stars(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Tilda Marsh, who plays a detective in Copperline, flew in with her Copperline co-stars "
        "Dario Quell and Kit Lund.",
    )
    found = kinds(index)
    assert found["Copperline"] == "work"
    assert found["Dario Quell"] == "person" and found["Kit Lund"] == "person"


def test_a_native_and_a_venue_name_places(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "The Ridgeport native was drafted in 2009. Cian Dorr proposed to Tilda Marsh on a beach in Kerry.",
    )
    found = kinds(index)
    assert found["Ridgeport"] == "place"
    assert found["Kerry"] == "place"
    assert found["Cian Dorr"] == "person"


def test_a_venue_before_a_possessive_name_is_not_a_place(pipeline: Any) -> None:
    index = index_of(pipeline, "Kerry Vance arrived first. They threw a party in Kerry's honour at home.")
    assert kinds(index).get("Kerry Vance") == "person"
    assert "Kerry's" not in kinds(index)


def test_a_child_listed_after_a_sibling_is_a_person(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Dario Quell and Naomi Fell have two sons: Isaiah, born in 2014, and Gideon, who came in July 2018",
    )
    found = kinds(index)
    assert found["Isaiah"] == "person"
    assert found["Gideon"] == "person"


def test_a_media_company_after_its_noun_is_an_organisation(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "In 2023 Dario Quell joined the streaming service Loopline as a co-host. "
        "His wife founded the production company Northlight Pictures.",
    )
    found = kinds(index)
    assert found["Loopline"] == "organisation"
    assert found["Northlight Pictures"] == "organisation"


def test_a_part_played_in_a_league_is_no_title(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "Odo Pike played a full season in the Harwick Premier League. He also lived in Tallow, and his "
        "film debut in Tallow followed.",
    )
    found = kinds(index)
    assert found.get("Harwick Premier League") != "work"
    assert found.get("Tallow") != "work"  # a town he lived in stays a town


def test_a_lone_surname_only_a_person_can_be_in_object_position(pipeline: Any) -> None:
    index = index_of(
        pipeline,
        "The young striker was coached by Callaghan for three seasons, he said. "
        "Later she asked Marenghi to stay on. The novel was published by Penguin in 2004.",
    )
    found = kinds(index)
    assert found["Callaghan"] == "person"
    assert found["Marenghi"] == "person"
    assert found.get("Penguin") != "person"  # a publisher's agent is a company
