"""Session 8: who counts as a person. A first name the tagger left outside a double surname, a
studio or hotel named after a venue noun, a drama's title in apposition, and lone surnames the
text itself says are people; and what must stay no person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline


def _index(text: str) -> EntityIndex:
    return find_entities(load_pipeline()(text))


def _entity_at(index: EntityIndex, text: str, word: str, occurrence: int = 0) -> str | None:
    """The entity key of the mention covering the `occurrence`-th `word` of `text`, if any."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    for mention in index.mentions:
        if mention.span.start <= start < mention.span.end:
            return mention.entity
    return None


def _people(index: EntityIndex) -> set[str]:
    return {e.name for e in index.entities.values() if e.kind == "person"}


def test_first_name_outside_a_double_surname_tagged_an_organisation() -> None:
    text = (
        "Delphine Okoro-Whitlaw and Magnus Edevane\n\n"
        "Okoro-Whitlaw and the Coastline actor made their red-carpet debut as a couple."
    )
    index = _index(text)
    key = _entity_at(index, text, "Delphine")
    assert key is not None and key.startswith("person:")
    assert index.entities[key].name == "Delphine Okoro-Whitlaw"
    # the surname opening the next line is the same woman, not the end of the name above it
    assert _entity_at(index, text, "Okoro-Whitlaw", 1) == key


def test_recording_studio_after_a_place_is_an_organisation() -> None:
    text = (
        "The singer has fronted the band since 2012, and he also co-owns the Los Angeles recording "
        "studio Low Tide Sound."
    )
    index = _index(text)
    key = _entity_at(index, text, "Low Tide Sound")
    assert key is not None and index.entities[key].kind == "organisation"
    assert index.entities[key].name == "Low Tide Sound"


def test_hotel_after_its_noun_is_an_organisation_not_a_person() -> None:
    text = (
        "Last year Fenwick Ardmore opened a boutique hotel, The Harriet, with the chef Lucia Brandvold. "
        "Brandvold and Ardmore co-own the hotel."
    )
    index = _index(text)
    key = _entity_at(index, text, "Harriet")
    assert key is not None and index.entities[key].kind == "organisation"
    assert "Harriet" not in " ".join(_people(index))


def test_drama_title_in_apposition_is_a_work_not_a_person() -> None:
    text = (
        "Next up is Georgia Brown, a drama about a country singer that the company is making for a "
        "streamer; its title character is played by Priya Santangelo-Reeve."
    )
    index = _index(text)
    key = _entity_at(index, text, "Georgia Brown")
    assert key is not None and index.entities[key].kind == "work"
    assert "Georgia Brown" not in _people(index)
    assert "Priya Santangelo-Reeve" in _people(index)


def test_person_described_by_a_work_noun_role_stays_a_person() -> None:
    text = "Marta Vellacott, a drama teacher from Leeds, said she was thrilled by the result."
    index = _index(text)
    assert "Marta Vellacott" in _people(index)


def test_a_title_only_people_bear_makes_a_tagged_organisation_a_person() -> None:
    text = "One of the explorers, Mr Corbell, found a tortoise in the caves of the island."
    index = _index(text)
    key = _entity_at(index, text, "Corbell")
    assert key is not None and key.startswith("person:")


def test_collaborator_with_a_lone_surname_is_a_person() -> None:
    text = (
        "Verena Okafor wrote the lyrics as a longtime collaborator with Lippholt. She later moved to Leeds."
    )
    index = _index(text)
    key = _entity_at(index, text, "Lippholt")
    assert key is not None and key.startswith("person:")


def test_who_after_a_lone_surname_says_a_person() -> None:
    text = "Skellern, who had trained as a carpenter, joined the crew in 1902. He stayed for ten years."
    index = _index(text)
    key = _entity_at(index, text, "Skellern")
    assert key is not None and key.startswith("person:")


def test_who_after_a_place_or_a_company_says_no_person() -> None:
    text = (
        "Senator Aldo Reyes of Arizona, who served two terms, issued a statement. He was angry. "
        "Her father is from Manjeri, Kerala, whose ancestors came from the coast. "
        "The news came from an employee of the organizer Mojo Concerts, who spoke to the crowd."
    )
    index = _index(text)
    for word in ("Arizona", "Kerala", "Mojo"):
        key = _entity_at(index, text, word)
        assert key is None or not key.startswith("person:"), word


def test_a_pageant_after_miss_is_no_person() -> None:
    text = "She won the Miss World pageant in 1998 and later the Miss California title. She retired."
    index = _index(text)
    assert not {"World", "California"} & _people(index)


def test_owner_of_a_hotel_named_after_it_stays_a_person() -> None:
    text = "She falls in love with the owner of the hotel, Zephyrine, who proposes to her."
    index = _index(text)
    key = _entity_at(index, text, "Zephyrine")
    assert key is not None and key.startswith("person:")


def test_a_person_beside_a_team_named_by_its_city_stays_a_person() -> None:
    text = "The leader of the Dorrance team, Graziano Bellotti, was listed, but he withdrew."
    index = _index(text)
    assert "Graziano Bellotti" in _people(index)
