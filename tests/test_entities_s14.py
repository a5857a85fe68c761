"""Session 14: organisations and shows the entity finder missed or took for people. A name is
typed by its shape (an organisation's head word or leading word, a club's letters, two names
joined by "&" near a firm's word) or by the words around it ("fans of X know", "best comedy goes
to X", "a producer on X", "Brightwater TV's X", "his X co-star Y"); a name the text types so once
keeps that type wherever it is named.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import EntityIndex, _firm_names
from text_samples import entity_index, people_in


def kinds(index: EntityIndex) -> dict[str, str]:
    return {e.name: e.kind for e in index.entities.values()}


def test_an_organisations_head_word_makes_an_untagged_name_one() -> None:
    text = (
        "Their fourth record is out next month on Marrow Bell Recordings, the label that found them. "
        "Her mother is a chemistry teacher at St Odran's High School in Kellby, and her aunt runs "
        "Pellow Lane Management."
    )
    found = kinds(entity_index(text))
    assert found.get("Marrow Bell Recordings") == "organisation"
    assert found.get("St Odran's High School") == "organisation"
    assert found.get("Pellow Lane Management") == "organisation"
    assert not {"Marrow Bell Recordings", "Pellow Lane Management"} & people_in(entity_index(text))


def test_a_leading_word_or_a_clubs_letters_make_an_organisation() -> None:
    text = (
        "Odalys Fenn has been head designer at the fashion house Maison Brevard since 2021. "
        "Her brother Tavo Fenn joined the Rovers from Slovenian side NK Drevnik in 2018."
    )
    found = kinds(entity_index(text))
    assert found.get("Maison Brevard") == "organisation"
    assert found.get("NK Drevnik") == "organisation"
    assert {"Odalys Fenn", "Tavo Fenn"} <= people_in(entity_index(text))


def test_two_surnames_joined_by_an_ampersand_are_a_firm_near_a_firms_word() -> None:
    text = (
        "Corran & Thew appoints Ilse Marwood as chief executive. The company was founded in 1902 by "
        "Jonah Corran and Edith Thew."
    )
    index = entity_index(text)
    assert kinds(index).get("Corran & Thew") == "organisation"
    assert {"Ilse Marwood", "Jonah Corran", "Edith Thew"} <= people_in(index)


def test_two_first_names_joined_by_an_ampersand_are_no_firm_by_their_shape() -> None:
    assert not _firm_names("Spotted: Marcus & Olivia holding hands at the airport on Sunday.")
    assert _firm_names("Spotted: Pellow & Quarrie, a new shop on the high street.")


def test_the_words_around_a_name_make_it_a_show() -> None:
    text = (
        "Best comedy goes to Tarn Street. Fans of Tarn Street know Wilma Oyelaran as the hapless "
        "landlady, but she writes too. Her brother Kit Oyelaran is a producer on Dawn and Dew, "
        "which Corvell TV's Morning Parade replaced in the schedule."
    )
    found = kinds(entity_index(text))
    assert found.get("Tarn Street") == "work"
    assert found.get("Dawn and Dew") == "work"
    assert found.get("Morning Parade") == "work"
    assert "Tarn Street" not in people_in(entity_index(text))


def test_a_title_between_a_possessive_and_a_role_is_a_show() -> None:
    text = (
        "Pell denied an affair with his Hollow Mere co-star Sunniva Grale. Bram's Copper Vale "
        "co-star Idris Monk gave a speech."
    )
    found = kinds(entity_index(text))
    assert found.get("Hollow Mere") == "work"
    assert found.get("Copper Vale") == "work"
    assert "Bram's Copper Vale" not in found
    assert {"Sunniva Grale", "Idris Monk"} <= people_in(entity_index(text))


def test_a_title_runs_up_to_the_channel_it_was_made_for() -> None:
    text = "Ansel Vey, who hosted the quiz show Thinkwell for Channel Osprey until 2011, retired."
    found = kinds(entity_index(text))
    assert found.get("Thinkwell") == "work"
    assert found.get("Channel Osprey") == "organisation"


def test_a_title_with_a_spanish_small_word_is_whole() -> None:
    text = "Lupita Arzate starred as a nurse in the telenovela Sombras de Cristal, which ran for years."
    assert kinds(entity_index(text)).get("Sombras de Cristal") == "work"


def test_a_business_founded_is_that_business_wherever_it_is_named() -> None:
    text = (
        "Wren and Dale co-founded Plum and Sorrel in 2016. Their son has been sous chef at Plum and "
        "Sorrel since 2023, after his grandfather ran a noodle bar, Tanaka's, for years."
    )
    index = entity_index(text)
    found = kinds(index)
    assert found.get("Plum and Sorrel") == "organisation"
    assert found.get("Tanaka's") == "organisation"
    assert not {"Plum", "Sorrel"} & people_in(index)
    orgs = [m for m in index.mentions if m.entity == "organisation:plum-and-sorrel"]
    assert len(orgs) == 2


def test_a_show_played_in_opposite_someone_is_a_work() -> None:
    text = "Before that, she was a weary detective in Brine and Copper, opposite Rufus Achterberg."
    assert kinds(entity_index(text)).get("Brine and Copper") == "work"


def test_a_band_members_role_makes_the_name_before_it_a_band() -> None:
    text = (
        "The Copper Gulls frontwoman Nadia Brel, 29, married the Marsh Owls' drummer Tob Kell. "
        "Tern Hollow's bassist quit. Ana Vey's drummer left too."
    )
    index = entity_index(text)
    found = kinds(index)
    assert found.get("Copper Gulls") == "organisation"
    assert found.get("Marsh Owls") == "organisation"
    assert found.get("Tern Hollow") == "organisation"
    assert {"Nadia Brel", "Tob Kell", "Ana Vey"} <= people_in(index)


def test_fame_and_seasons_on_a_show_outweigh_a_place_label() -> None:
    text = (
        "Marlie Vance, who shot to fame on Delta Darlings, is pregnant. Her sister spent four whole "
        "seasons of Canyon Cousins in tears."
    )
    found = kinds(entity_index(text))
    assert found.get("Delta Darlings") == "work"
    assert found.get("Canyon Cousins") == "work"


def test_a_place_modifying_a_noun_is_no_first_name() -> None:
    text = "He met the model Sunna Brekvik at a Milan fashion week party, and they dated for a year."
    index = entity_index(text)
    assert "Milan" not in people_in(index)
    assert "Sunna Brekvik" in people_in(index)


def test_a_station_or_a_club_moved_to_is_no_place() -> None:
    text = (
        "Carys Pemble moved to Tide 96 in 2014 from Gull FM. Reports linked her son with a move to "
        "Real Oranda, and the family holidays on the Channel Islands."
    )
    found = kinds(entity_index(text))
    assert found.get("Tide") != "place"
    assert found.get("Gull FM") == "organisation"
    assert found.get("Real Oranda") == "organisation"
    assert found.get("Channel Islands") != "organisation"
