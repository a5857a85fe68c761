"""Session 16, round 2 (appearances in real-world phrasings): an aside in brackets inside the cue
of a part played, a sentence opening on a title and when it comes out before who plays in it,
"made her name in", and a director's possessive before the kind of work and its title.

Every sentence here is invented; every name and title is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def test_an_aside_in_brackets_before_the_work(pipeline: Any) -> None:
    text = (
        "Fans have settled on Corin Vale, the Welsh action star, and Ilka Moreno, the 24-year-old "
        "actress who plays his estranged niece (no, really) in Harbour Lights, the drama the pair "
        "shot in Malta."
    )
    assert ("Ilka Moreno", "Harbour Lights") in relations(analyse(pipeline, text), "appeared_in")


def test_a_sentence_opening_on_a_title_and_its_release(pipeline: Any) -> None:
    text = "Tamsin Ruel is busy. In Winter Orchard, out in June, she plays Greta, a baker who runs a mill."
    analysis = analyse(pipeline, text)
    assert ("Tamsin Ruel", "Winter Orchard") in relations(analysis, "appeared_in")
    assert "Winter Orchard" not in {e.name for e in analysis.entities if e.kind == "place"}


def test_a_place_opening_a_sentence_stays_a_place(pipeline: Any) -> None:
    text = "Tamsin Ruel is busy. In London, she plays Greta on stage every night."
    assert not relations(analyse(pipeline, text), "appeared_in")


def test_made_her_name_in(pipeline: Any) -> None:
    text = "Wenna Hollis made her name in Stone Circle, the crime series, before moving to film."
    assert ("Wenna Hollis", "Stone Circle") in relations(analyse(pipeline, text), "appeared_in")


def test_a_directors_possessive_before_the_kind_of_work(pipeline: Any) -> None:
    text = (
        "In 2019 Bettina Crowe took a small role in Ivo Marsh's period drama The Copper Bell, playing a maid."
    )
    analysis = analyse(pipeline, text)
    found = relations(analysis, "appeared_in")
    assert ("Bettina Crowe", "The Copper Bell") in found
    assert all(work != "Ivo Marsh's" for _, work in found)
    assert "Ivo Marsh" in {e.name for e in analysis.entities if e.kind == "person"}


def test_a_one_word_club_before_a_sport_and_a_players_word(pipeline: Any) -> None:
    text = (
        "Mira Solberg, 31, let slip that she is now dating Tobias Wrenfield, the Corsairs rugby "
        "player, on Sunday."
    )
    analysis = analyse(pipeline, text)
    assert ("Tobias Wrenfield", "Corsairs") in relations(analysis, "employer")
    assert "Corsairs" not in {e.name for e in analysis.entities if e.kind == "person"}


def test_signed_to_a_label(pipeline: Any) -> None:
    text = (
        "Singer Lila Vantrose has been signed to Hollow Pine, the independent Bristol label, since 2016. "
        "Oren Dax was signed to Greyfin Records in 2019. "
        "Ysa Penhallow, 38, has been signed to Rook Sound, the independent Leeds label, since 2016."
    )
    analysis = analyse(pipeline, text)
    found = relations(analysis, "employer")
    assert {
        ("Lila Vantrose", "Hollow Pine"),
        ("Oren Dax", "Greyfin Records"),
        ("Ysa Penhallow", "Rook Sound"),
    } <= found
    assert "Rook Sound" in {e.name for e in analysis.entities if e.kind == "organisation"}


def test_signed_to_a_club_is_no_label(pipeline: Any) -> None:
    text = "Oren Dax has been signed to Harrowgate Pictures, the film studio, for two films."
    assert ("Oren Dax", "Harrowgate Pictures") not in relations(analyse(pipeline, text), "employer")
