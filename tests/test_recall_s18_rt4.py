"""Session 18 (real-text recall, people, works and jobs): titles with "of the" before a role, an
awards line with its work unquoted, a masthead's head, a band named after its member's role or
after "his", a double-barrelled name the tagger called an organisation, a part played, an
agency's short name and broadcasters named in Spanish.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand.entities import AWARD_LINE
from text_samples import analyse, relations


def kinds(analysis: Any) -> set[tuple[str, str]]:
    return {(e.kind, e.name) for e in analysis.entities}


def test_a_title_with_of_the_before_star(pipeline: Any) -> None:
    a = analyse(pipeline, "Fans cheered Keeper of the Keys star Ivo Marsh at the premiere.")
    assert ("work", "Keeper of the Keys") in kinds(a)
    assert relations(a, "appeared_in") == {("Ivo Marsh", "Keeper of the Keys")}
    assert "Keeper" not in {e.name for e in a.entities if e.kind == "person"}


def test_a_name_before_and_is_no_word_of_the_title(pipeline: Any) -> None:
    a = analyse(pipeline, "Ivo Marsh and Keeper of the Keys star Nadia Brenner arrived together.")
    assert relations(a, "appeared_in") == {("Nadia Brenner", "Keeper of the Keys")}
    b = analyse(pipeline, "Orla Finch and the Saltmarsh actor made their debut as a couple at the gala.")
    assert ("work", "Saltmarsh") in kinds(b)
    assert not any(name.startswith("the ") for _, name in kinds(b))


def test_a_masthead_head_before_a_name(pipeline: Any) -> None:
    a = analyse(pipeline, "Variety Editor-In-Chief Nora Pell said no.")
    assert relations(a, "employer") == {("Nora Pell", "Variety")}


def test_a_drummer_of_the_band_named_after(pipeline: Any) -> None:
    a = analyse(pipeline, "The former drummer of the Lanterns, Calum Ferris, surprised the world.")
    assert ("organisation", "Lanterns") in kinds(a)
    assert relations(a, "employer") == {("Calum Ferris", "Lanterns")}


def test_his_band_before_bandmates(pipeline: Any) -> None:
    a = analyse(pipeline, "Milo Brandt walked out on his Paper Kites bandmates in March.")
    assert ("organisation", "Paper Kites") in kinds(a)
    assert ("Milo Brandt", "Paper Kites") in relations(a, "employer")


def test_awards_line_with_the_work_unquoted(pipeline: Any) -> None:
    a = analyse(pipeline, "Best actress: Tamsin Greaves, Low Harbour. Greaves, 34, arrived with her sister.")
    assert relations(a, "appeared_in") == {("Tamsin Greaves", "Low Harbour")}
    assert not any(name == "Best" for _, name in kinds(a))


def test_awards_line_keeps_quoted_titles_whole() -> None:
    line = 'Best supporting actor: Rafe Dunmore, "The Long Shore, Part Two" (Netflix).'
    match = AWARD_LINE.search(line)
    assert match is not None and match.group("work") == "The Long Shore, Part Two"
    # (unquoted, the title ends at a comma: what follows is no part of it)
    assert AWARD_LINE.search("Best actor: Rafe Dunmore, Low Harbour, for his part.") is None


def test_double_barrelled_name_the_tagger_called_an_organisation(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Stand-up Kelechi Obi-Marsh has given fans his most personal material yet. "
        "Obi-Marsh has been married to the radiologist Ana Vey since 2015.",
    )
    assert relations(a, "spouse") == {("Kelechi Obi-Marsh", "Ana Vey")}


def test_a_part_played_is_no_person(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Ivo Tarrant joined Sunbelt Television, where he starred as the grumpy grocer Mr. Quillon in "
        "the sitcom Plum Street. He married Ada Roe in 1972.",
    )
    assert relations(a, "spouse") == {("Ivo Tarrant", "Ada Roe")}
    assert not any("Quillon" in (c.subject, c.object) for c in a.claims)


def test_an_agency_short_name_is_the_agency(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Mira Kessel, 27, signed with Starfield Artist Company in 2019. Starfield denied the report.",
    )
    assert "Starfield" not in {e.name for e in a.entities if e.kind == "person"}


def test_a_broadcaster_named_in_spanish(pipeline: Any) -> None:
    a = analyse(pipeline, "The actress signed a new contract with Canal Brisa, the network confirmed.")
    assert ("organisation", "Canal Brisa") in kinds(a)


def test_a_title_between_the_role_and_the_name(pipeline: Any) -> None:
    a = analyse(pipeline, "The supporters include Keeper of the Keys star Sir Ivo Marsh.")
    assert relations(a, "appeared_in") == {("Ivo Marsh", "Keeper of the Keys")}


def test_children_together_with_ages_in_words(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Mara Quist and Teodor Brandt split last week. "
        "They have three children together – Tobin, six, Pell, five, and Wenna, two.",
    )
    kids = {child for parent, child in relations(a, "child") if parent == "Mara Quist"}
    assert kids == {"Tobin", "Pell", "Wenna"}


def test_children_together_after_a_comma(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Mara Quist and Teodor Brandt split last week. "
        "They have two children together, Ysolde, 13, and Corr, 9.",
    )
    kids = {child for parent, child in relations(a, "child") if parent == "Teodor Brandt"}
    assert kids == {"Ysolde", "Corr"}


def test_a_peerage_name_is_no_person(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Tobias Quenby-Marsh is the younger son of Lord and Lady Quenby. His father, Aldous Quenby-Marsh, "
        "the 4th Baron Quenby, married Lady Quenby, the former Rosalind Pike, in 1988.",
    )
    assert not any("Quenby" in (c.subject, c.object) for c in a.claims)


def test_a_field_before_a_role_and_a_name_is_no_person(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Telenovela queen Dolores Ibarne Serrat opened a bakery in Puebla. The 52-year-old has signed with "
        "Canal Brisa.",
    )
    assert relations(a, "employer") == {("Dolores Ibarne Serrat", "Canal Brisa")}
    assert not any("Telenovela" in (c.subject, c.object) for c in a.claims)


def test_a_broadcaster_and_a_kind_of_work_before_the_title(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Ines Varga and Tomas Brell first met in 2023 on the set of the KTV romance Winter Letters.",
    )
    assert ("work", "Winter Letters") in kinds(a)
    assert relations(a, "appeared_in") == {
        ("Ines Varga", "Winter Letters"),
        ("Tomas Brell", "Winter Letters"),
    }


def test_a_given_name_after_a_rank_stays_a_person(pipeline: Any) -> None:
    a = analyse(
        pipeline, "Marta is the only daughter of Count Zbigniew Osowski and his wife, Countess Jadwiga."
    )
    assert ("Zbigniew Osowski", "Jadwiga") in relations(a, "spouse")


def test_a_part_played_on_a_show(pipeline: Any) -> None:
    a = analyse(pipeline, "Tobias Wren played a detective on Copper Hollow for six years.")
    assert relations(a, "appeared_in") == {("Tobias Wren", "Copper Hollow")}


def test_two_parts_named_and_joined(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Tobias Wren and Elsa Marchetti played rivals Nora Vance and Pia Lund in Copper Hollow "
        "from 2011 to 2015.",
    )
    assert relations(a, "appeared_in") == {
        ("Tobias Wren", "Copper Hollow"),
        ("Elsa Marchetti", "Copper Hollow"),
    }


def test_an_age_set_off_after_a_lone_name_makes_a_person(pipeline: Any) -> None:
    a = analyse(
        pipeline,
        "Vexa recently paid a visit to the set. The insider confirms Vexa, 34, is working on an album.",
    )
    assert ("person", "Vexa") in kinds(a)
    b = analyse(pipeline, "Scores: Leeds, 12, York, 9, Hull, 7 and Derby, 3, ended the season.")
    assert not {name for kind, name in kinds(b) if kind == "person"} & {"Leeds", "York", "Hull", "Derby"}
