"""Session 13: who appeared in which work, as ordinary news says it. Titles in quotes after a
word of acting or an award ('is filming "Salt Kings"', "won for 'The Glass Aviary'"), in single
quotes after a work noun, after more kinds of work ("the soap opera X", "the 2019 season of X");
parts "played by" someone; sentences that open on a work ("In X, Ana plays ..."); fame found in a
show; co-stars "opposite" past a description. And the people around them: an untagged name
joined by "and" to a tagged one, a description ("the actor") that is no one the text gave another
occupation, a possessive inside the clause of a description's subject.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, entity_index, people_in, relations


def works_in(analysis: Any) -> set[str]:
    return {e.name for e in analysis.entities if e.kind == "work"}


def test_a_quoted_title_after_filming_is_a_work_and_the_co_star_opposite_is_in_it(pipeline: Any) -> None:
    text = (
        'Mirela Dunstan is currently filming "Salt Kings," a period drama due next year, opposite '
        "Australian actor Jory Pellam, who plays her husband."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Salt Kings" in works_in(analysis)
    assert "Salt Kings" not in {e.name for e in analysis.entities if e.kind == "person"}
    assert {("Mirela Dunstan", "Salt Kings"), ("Jory Pellam", "Salt Kings")} <= relations(
        analysis, "appeared_in"
    )


def test_titles_quoted_after_an_award_or_in_single_quotes(pipeline: Any) -> None:
    text = (
        "Odalys Ferrant won a best actress prize at Locarno for 'The Glass Aviary' in 2016. "
        "Tomasz Wielgo and Hana Brezik became close friends while filming the drama 'Night Ward'."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert {"The Glass Aviary", "Night Ward"} <= works_in(analysis)
    found = relations(analysis, "appeared_in")
    assert ("Odalys Ferrant", "The Glass Aviary") in found
    # the subject of "became" is the subject of "while filming": both of them
    assert {("Tomasz Wielgo", "Night Ward"), ("Hana Brezik", "Night Ward")} <= found


def test_fame_found_in_a_show_and_more_kinds_of_work(pipeline: Any) -> None:
    text = (
        "Rukmini Achterveld, who found fame in the Channel 9 comedy Desk Duty, is engaged. "
        "Lowri Pengelly shot to fame on the 2020 season of Island Hearts. "
        "At 19 Pilar Echevarne was cast in the soap opera Calle Marea."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert {"Desk Duty", "Island Hearts", "Calle Marea"} <= works_in(analysis)
    assert {
        ("Rukmini Achterveld", "Desk Duty"),
        ("Lowri Pengelly", "Island Hearts"),
        ("Pilar Echevarne", "Calle Marea"),
    } <= relations(analysis, "appeared_in")


def test_a_part_played_by_someone_puts_them_in_the_work(pipeline: Any) -> None:
    text = (
        "Sunniva Brekke stars in the crime drama Low Water (2024), in which she plays a detective "
        "engaged to a fellow officer, played by Kwabena Ashdown."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert {("Sunniva Brekke", "Low Water"), ("Kwabena Ashdown", "Low Water")} <= found
    # the one who plays the part is a person, not the part ("played by" no longer reads as a role)
    assert "Kwabena Ashdown" in {e.name for e in analysis.entities if e.kind == "person"}


def test_played_by_far_from_any_title_names_no_work(pipeline: Any) -> None:
    text = (
        "Ines Varga spent four seasons on the soap opera Rua Nova.\n\n"
        "Her new film has no title yet. She plays a widow whose husband, played by Matthis Oort, "
        "vanishes one night."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Matthis Oort", "Rua Nova") not in relations(analysis, "appeared_in")


def test_a_sentence_opening_on_a_work_says_who_plays_in_it(pipeline: Any) -> None:
    text = (
        "Dame Perpetua Voss is back in the West End drama The Linden Walk. In The Linden Walk, "
        "Dame Perpetua plays a widow whose gardener is played by someone else."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Perpetua Voss", "The Linden Walk") in relations(analysis, "appeared_in")


def test_an_untagged_name_joined_to_a_tagged_one_is_a_person(pipeline: Any) -> None:
    text = "Babatunde Okonkwo-Hale and Signe Marklund are engaged. Okonkwo-Hale proposed in Oslo."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert {"Babatunde Okonkwo-Hale", "Signe Marklund"} <= people_in(entity_index(text))
    assert relations(analysis, "engaged") & {
        ("Babatunde Okonkwo-Hale", "Signe Marklund"),
        ("Signe Marklund", "Babatunde Okonkwo-Hale"),
    }


def test_a_title_joined_to_a_name_is_no_person() -> None:
    text = "The Copper Hour and Signe Marklund were both nominated on Tuesday."
    assert "Copper Hour" not in people_in(entity_index(text))


def test_a_name_before_another_work_noun_is_no_title(pipeline: Any) -> None:
    text = (
        "Hollis Grange is in Vancouver filming the second season of the Larkspur thriller series "
        "Fault Line, in which she plays a seismologist."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Larkspur" not in works_in(analysis)
    assert ("Hollis Grange", "Fault Line") in relations(analysis, "appeared_in")


def test_a_title_with_and_without_the_is_one_work(pipeline: Any) -> None:
    text = (
        "The Quiet Tide star, 35, is engaged. Teodor Vasko broke out in the crime drama The Quiet "
        "Tide in 2021."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Quiet Tide" not in works_in(analysis)
    assert "The Quiet Tide" in works_in(analysis)


def test_a_description_is_no_one_the_text_gave_another_occupation(pipeline: Any) -> None:
    text = (
        "Casimir Oduya-Lund and Maren Holtz are engaged. Casimir Oduya-Lund proposed on Friday.\n\n"
        "Before him, Holtz dated the Danish racing driver Viggo Stenholm from 2016 to 2018.\n\n"
        "The actor's star has risen fast since his breakout in the crime drama Cold Harbour."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert ("Viggo Stenholm", "Cold Harbour") not in found
    assert ("Casimir Oduya-Lund", "Cold Harbour") in found


def test_a_title_named_again_at_a_sentence_start_stays_the_work(pipeline: Any) -> None:
    text = (
        "Odile Marchetti plays a nurse in the West End drama The Orchard Gate.\n\n"
        "In The Orchard Gate, a widow's daughter falls for the gardener, played by Thomas Quell-Anand."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Orchard Gate" not in {e.name for e in analysis.entities if e.kind == "place"}
    assert ("Thomas Quell-Anand", "The Orchard Gate") in relations(analysis, "appeared_in")
