"""Session 22 (helper JW): parts in works read from "broke through in", "the lead in", "shared
the screen in", "in which X played", "on the sets of" and a co-star set off by a description;
players' clubs from "an outfielder for" / "plays volleyball for"; no job from a group walking out
of a shop; no home of a clause's subject in someone else's flat.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def test_breaking_through_and_leading_a_work_are_parts_in_it(pipeline: Any) -> None:
    text = (
        "The actress Pella Norrgard broke through in the Danish thriller Rust Meadow (2009). "
        "Ivo Stenmark was the lead in the soap Gull Harbour in 2008. "
        "Tove Lindqvist and Arne Haug first shared the screen in the crime drama Birch Hollow (2019)."
    )
    parts = relations(analyse(pipeline, text, date="2025-03-03"), "appeared_in")
    assert ("Pella Norrgard", "Rust Meadow") in parts
    assert ("Ivo Stenmark", "Gull Harbour") in parts
    assert {("Tove Lindqvist", "Birch Hollow"), ("Arne Haug", "Birch Hollow")} <= parts


def test_in_which_after_a_clause_of_the_works_making(pipeline: Any) -> None:
    text = (
        "The couple met in 2011 on the set of the crime series Grey Quay, which Hella Brun directed "
        "and in which Tuva Moen played a ferry captain."
    )
    parts = relations(analyse(pipeline, text, date="2025-03-03"), "appeared_in")
    assert ("Tuva Moen", "Grey Quay") in parts
    assert ("Hella Brun", "Grey Quay") not in parts


def test_met_on_the_sets_of_a_quoted_work(pipeline: Any) -> None:
    text = 'Olin Rask and Tuva Moen met on the sets of "Blue Hours" in 2013, where they played siblings.'
    parts = relations(analyse(pipeline, text, date="2025-03-03"), "appeared_in")
    assert {("Olin Rask", "Blue Hours"), ("Tuva Moen", "Blue Hours")} <= parts


def test_a_costar_set_off_by_a_description(pipeline: Any) -> None:
    text = (
        'Selma Varg arrived early. Varg\'s co-star in "The Copper Kite", the Danish actor Nils Ekdahl, '
        'came later. Ekdahl\'s "Grey Wharf" co-star, the Swedish actress Lene Moe, attended with her '
        'husband. Tor Brink\'s longtime "Low Tide" co-star Una Berg stayed home.'
    )
    parts = relations(analyse(pipeline, text, date="2025-03-03"), "appeared_in")
    assert {("Nils Ekdahl", "Copper Kite"), ("Selma Varg", "Copper Kite")} <= parts
    assert {("Lene Moe", "Grey Wharf"), ("Nils Ekdahl", "Grey Wharf")} <= parts
    assert {("Una Berg", "Low Tide"), ("Tor Brink", "Low Tide")} <= parts


def test_a_players_position_or_sport_for_a_club(pipeline: Any) -> None:
    text = (
        "The singer Lina Frost married Oskar Dahl on Saturday. Her older brother, Jens Frost, is an "
        "outfielder for the Dayton Crows. Her cousin, Ivo Frost, is a professional hockey player with "
        "the Kingston Voyageurs."
    )
    jobs = relations(analyse(pipeline, text, date="2025-03-03"), "employer")
    assert ("Jens Frost", "Dayton Crows") in jobs
    assert ("Ivo Frost", "Kingston Voyageurs") in jobs


def test_a_group_walking_out_of_a_shop_left_no_job(pipeline: Any) -> None:
    text = (
        "Marta Vale, 41, is a lawyer. Marta and the twins left Kroger after a row over a parking "
        "space, a tabloid claimed. Tomas Vale left Northwind Media in 2019."
    )
    jobs = relations(analyse(pipeline, text, date="2025-03-03"), "employer")
    assert ("Marta Vale", "Kroger") not in jobs
    assert ("Tomas Vale", "Northwind Media") in jobs


def test_someone_elses_flat_is_not_the_subjects_home(pipeline: Any) -> None:
    text = (
        "Ivo Marsh and Lena Marsh are a famous duo. All week they rehearsed at a Bergen gym and at "
        "their producer Petra Holm's studio and apartment in Oslo. Olaf Brun's apartment in "
        "Trondheim is for sale."
    )
    homes = relations(analyse(pipeline, text, date="2025-03-03"), "residence")
    assert ("Ivo Marsh", "Oslo") not in homes
    assert ("Lena Marsh", "Oslo") not in homes
    assert ("Olaf Brun", "Trondheim") in homes


def test_a_sentence_opening_with_her_new_film(pipeline: Any) -> None:
    text = (
        "The actress Pella Norrgard, 41, spoke to us in Oslo. "
        'Her new film, "The Copper Kite," opens next month.'
    )
    parts = relations(analyse(pipeline, text, date="2025-03-03"), "appeared_in")
    assert ("Pella Norrgard", "The Copper Kite") in parts


def test_founder_of_a_brand_and_a_restaurant_of_ones_own(pipeline: Any) -> None:
    text = (
        "Mira Solberg-Hay, 38, a ceramicist and founder of the brand Tidepool Works, has not commented. "
        "Her husband Jonas Hay, 40, a chef, runs the Michelin-starred restaurant Vinterhage in Bergen. "
        "The pair were first spotted at his Grunerlokka bistro, Solstua, in 2019."
    )
    owned = relations(analyse(pipeline, text, date="2025-03-03"), "owns")
    assert ("Mira Solberg-Hay", "Tidepool Works") in owned
    assert ("Jonas Hay", "Solstua") in owned
    assert ("Jonas Hay", "Michelin") not in owned


def test_moving_into_a_home_that_a_place_names_is_dated_by_the_move(pipeline: Any) -> None:
    text = (
        "The singer Anja Roos is dating the drummer Eero Lahti, 35. Last spring Roos moved into his "
        "Lisbon apartment, though she keeps a flat in Porto."
    )
    analysis = analyse(pipeline, text, date="2025-03-03")
    dates = {
        c.date.value if c.date else None
        for c in analysis.claims
        if c.predicate == "residence" and c.subject == "Anja Roos" and c.object == "Lisbon"
    }
    assert "2024" in {d[:4] for d in dates if d}


def test_a_runway_show_is_no_work_appeared_in(pipeline: Any) -> None:
    text = (
        "In 2014, the model Lotte Brink appeared in the Milan Fashion Week show of the designer Ivo "
        "Sand. A year later she appeared in Dior's Cruise show and in the film Cold Tide."
    )
    parts = relations(analyse(pipeline, text, date="2025-03-03"), "appeared_in")
    assert not {work for person, work in parts if work and ("Fashion Week" in work or "Dior" in work)}
