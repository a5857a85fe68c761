"""Session 8: who counts as a person. A first name the tagger left outside a double surname, a
studio or hotel named after a venue noun, a drama's title in apposition, and lone surnames the
text itself says are people; and what must stay no person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from text_samples import entity_at, entity_index, people_in


def test_first_name_outside_a_double_surname_tagged_an_organisation() -> None:
    text = (
        "Delphine Okoro-Whitlaw and Magnus Edevane\n\n"
        "Okoro-Whitlaw and the Coastline actor made their red-carpet debut as a couple."
    )
    index = entity_index(text)
    key = entity_at(index, text, "Delphine")
    assert key is not None and key.startswith("person:")
    assert index.entities[key].name == "Delphine Okoro-Whitlaw"
    # the surname opening the next line is the same woman, not the end of the name above it
    assert entity_at(index, text, "Okoro-Whitlaw", 1) == key


def test_recording_studio_after_a_place_is_an_organisation() -> None:
    text = (
        "The singer has fronted the band since 2012, and he also co-owns the Los Angeles recording "
        "studio Low Tide Sound."
    )
    index = entity_index(text)
    key = entity_at(index, text, "Low Tide Sound")
    assert key is not None and index.entities[key].kind == "organisation"
    assert index.entities[key].name == "Low Tide Sound"


def test_hotel_after_its_noun_is_an_organisation_not_a_person() -> None:
    text = (
        "Last year Fenwick Ardmore opened a boutique hotel, The Harriet, with the chef Lucia Brandvold. "
        "Brandvold and Ardmore co-own the hotel."
    )
    index = entity_index(text)
    key = entity_at(index, text, "Harriet")
    assert key is not None and index.entities[key].kind == "organisation"
    assert "Harriet" not in " ".join(people_in(index))


def test_drama_title_in_apposition_is_a_work_not_a_person() -> None:
    text = (
        "Next up is Georgia Brown, a drama about a country singer that the company is making for a "
        "streamer; its title character is played by Priya Santangelo-Reeve."
    )
    index = entity_index(text)
    key = entity_at(index, text, "Georgia Brown")
    assert key is not None and index.entities[key].kind == "work"
    assert "Georgia Brown" not in people_in(index)
    assert "Priya Santangelo-Reeve" in people_in(index)


def test_person_described_by_a_work_noun_role_stays_a_person() -> None:
    text = "Marta Vellacott, a drama teacher from Leeds, said she was thrilled by the result."
    index = entity_index(text)
    assert "Marta Vellacott" in people_in(index)


def test_a_title_only_people_bear_makes_a_tagged_organisation_a_person() -> None:
    text = "One of the explorers, Mr Corbell, found a tortoise in the caves of the island."
    index = entity_index(text)
    key = entity_at(index, text, "Corbell")
    assert key is not None and key.startswith("person:")


def test_collaborator_with_a_lone_surname_is_a_person() -> None:
    text = (
        "Verena Okafor wrote the lyrics as a longtime collaborator with Lippholt. She later moved to Leeds."
    )
    index = entity_index(text)
    key = entity_at(index, text, "Lippholt")
    assert key is not None and key.startswith("person:")


def test_who_after_a_lone_surname_says_a_person() -> None:
    text = "Skellern, who had trained as a carpenter, joined the crew in 1902. He stayed for ten years."
    index = entity_index(text)
    key = entity_at(index, text, "Skellern")
    assert key is not None and key.startswith("person:")


def test_who_after_a_place_or_a_company_says_no_person() -> None:
    text = (
        "Senator Aldo Reyes of Arizona, who served two terms, issued a statement. He was angry. "
        "Her father is from Manjeri, Kerala, whose ancestors came from the coast. "
        "The news came from an employee of the organizer Mojo Concerts, who spoke to the crowd."
    )
    index = entity_index(text)
    for word in ("Arizona", "Kerala", "Mojo"):
        key = entity_at(index, text, word)
        assert key is None or not key.startswith("person:"), word


def test_a_pageant_after_miss_is_no_person() -> None:
    text = "She won the Miss World pageant in 1998 and later the Miss California title. She retired."
    index = entity_index(text)
    assert not {"World", "California"} & people_in(index)


def test_owner_of_a_hotel_named_after_it_stays_a_person() -> None:
    text = "On the island she befriends the owner of the taverna, Barnabus, who teaches her to sail."
    index = entity_index(text)
    key = entity_at(index, text, "Barnabus")
    assert key is not None and key.startswith("person:")


def test_a_person_beside_a_team_named_by_its_city_stays_a_person() -> None:
    text = "The leader of the Dorrance team, Graziano Bellotti, was listed, but he withdrew."
    index = entity_index(text)
    assert "Graziano Bellotti" in people_in(index)
