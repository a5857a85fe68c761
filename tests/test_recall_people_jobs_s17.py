"""Session 17 (real-text recall, people, works and jobs): children's lists with and without ages,
headline words around a name, a month before a surname, an age that makes a name a person, a
company before an executive's title, a band's member, a league's player, co-stars named after
their work, a film's set with the year's possessive and a release that dates a work.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand.entities import _children_list_names, _display_name, _trim_to_known_names
from text_samples import analyse, relations


def people(analysis: Any) -> set[str]:
    return {e.name for e in analysis.entities if e.kind == "person"}


def test_children_listed_after_a_dash_without_ages() -> None:
    text = "She is raising her five kids — Tobin, Pell, Ysolde, Corr, and Wenna — alone."
    assert [name for _, _, name in _children_list_names(text)] == ["Tobin", "Pell", "Ysolde", "Corr", "Wenna"]


def test_children_with_ages_after_a_dash_and_twins_at_the_end() -> None:
    text = (
        "The fight over their five children is not over - Tobin, 15, Pell, 13, Ysolde, 11, "
        "and twins Corr and Wenna, 8."
    )
    assert [name for _, _, name in _children_list_names(text)] == ["Tobin", "Pell", "Ysolde", "Corr", "Wenna"]


def test_no_children_list_without_a_childrens_noun_or_a_dash() -> None:
    assert _children_list_names("Scores: Leeds, 12, York, 9, Hull, 7") == []
    assert _children_list_names("The children, Vane said, were asleep.") == []


def test_children_of_a_list_are_the_parents(pipeline: Any) -> None:
    text = (
        "Marisol Quennell has been raising her four kids — Tobin, Pell, Ysolde, and Wenna — "
        "on her own since the split."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "child")
    assert {("Marisol Quennell", n) for n in ("Tobin", "Pell", "Ysolde", "Wenna")} <= found


def test_headline_function_words_and_a_first_name_are_cut_from_a_name() -> None:
    text = "Odile Marchbank Struggles To Smile At Gala\nOdile Marchbank arrived late."
    found = _trim_to_known_names(text, [(0, 22, "Odile Marchbank Struggles To"), (43, 58, "Odile Marchbank")])
    assert found[0] == (0, 15, "Odile Marchbank")
    headline = "Odile Marchbank Thanks Sister Wenna\nOdile Marchbank and Wenna Marchbank spoke."
    found = _trim_to_known_names(
        headline,
        [
            (0, 35, "Odile Marchbank Thanks Sister Wenna"),
            (36, 51, "Odile Marchbank"),
            (56, 71, "Wenna Marchbank"),
        ],
    )
    assert (0, 15, "Odile Marchbank") in found and (30, 35, "Wenna") in found


def test_a_month_before_a_surname_is_the_date() -> None:
    text = "Ivo Tarrant filed in June, then in November Tarrant claimed more."
    found = _trim_to_known_names(
        text, [(0, 11, "Ivo Tarrant"), (35, 51, "November Tarrant"), (44, 51, "Tarrant")]
    )
    assert (44, 51, "Tarrant") in found and not any(n == "November Tarrant" for _, _, n in found)


def test_a_colon_opens_a_sentence_before_a_known_name() -> None:
    text = "Moving on: Brooding Ivo Tarrant has a new campaign. Ivo Tarrant smiled."
    found = _trim_to_known_names(text, [(11, 31, "Brooding Ivo Tarrant"), (52, 63, "Ivo Tarrant")])
    assert (20, 31, "Ivo Tarrant") in found


def test_initials_keep_their_capitals() -> None:
    assert _display_name("Tomas H.W. Ardley") == "Tomas H.W. Ardley"
    assert _display_name("DJ K.T") == "DJ K.T"


def test_a_name_with_an_age_after_joined_is_a_person(pipeline: Any) -> None:
    text = (
        "After winning abroad, Wenna Lusk, 36, joined Corabel Vance, 24, and Ottilie Brand, 41, on the panel."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Corabel Vance" in people(analysis)
    assert ("Corabel Vance", "24") in {(c.subject, c.value) for c in analysis.claims if c.predicate == "age"}
    assert not {f for f in relations(analysis, "employer") if f[1] == "Corabel Vance"}


def test_a_company_before_an_executives_title(pipeline: Any) -> None:
    text = "Later, Quillspace founder Arlo Penhallow and Brightloop CEO Jon Fisk spoke at the gala."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Brightloop" not in people(analysis) and "Quillspace" not in people(analysis)
    assert ("Jon Fisk", "Brightloop") in relations(analysis, "employer")
    assert ("Arlo Penhallow", "Quillspace") in relations(analysis, "owns")


def test_a_member_of_a_band_named_after_of(pipeline: Any) -> None:
    text = "Gideon Brack was seen with his good friend Corin Vale of the rock band Tin Sparrow."
    assert ("Corin Vale", "Tin Sparrow") in relations(analyse(pipeline, text, date="2025-03-02"), "employer")


def test_a_leagues_player_works_for_the_league(pipeline: Any) -> None:
    text = "Maren Ode has moved on since her split from former NBA star Darnell Quist."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Darnell Quist", "NBA") in relations(analysis, "employer")
    assert not relations(analysis, "appeared_in")


def test_a_guest_of_a_show_named_after_of(pipeline: Any) -> None:
    text = "Talking to surgeon Dr Ravi Moss, of the TV show Stitched, she laughed it off."
    assert ("Ravi Moss", "Stitched") in relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")


def test_a_cafe_is_no_person(pipeline: Any) -> None:
    text = "At 17, Ilse Varnum worked weekends at Café Brisa, a juice bar on the quay."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Café Brisa" not in people(analysis)
    assert ("Ilse Varnum", "Café Brisa") in relations(analysis, "employer")


def test_a_co_star_named_after_the_work_of_the_sentence_before(pipeline: Any) -> None:
    text = (
        "In Salt Meridian, out in June, Noor Haddad plays a ferry pilot. "
        "Her co-star Bram Oyelaran plays her cousin."
    )
    found = {(s, o, d) for s, o, d in _dated(analyse(pipeline, text, date="2025-03-02"), "appeared_in")}
    assert ("Bram Oyelaran", "Salt Meridian", "2025") in found


def test_cast_members_in_a_list_after_the_noun(pipeline: Any) -> None:
    text = (
        "The spy drama Rain Over Ostend is in trouble. "
        "Insiders describe feuding between cast members Tobias Venn and Harriet Loy."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {("Tobias Venn", "Rain Over Ostend"), ("Harriet Loy", "Rain Over Ostend")} <= found


def test_met_on_a_films_set_with_the_years_possessive(pipeline: Any) -> None:
    text = "Pell Aster and Juno Marr first met on the movie set of 2010's The Quiet Field, and wed in 2014."
    found = _dated(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {("Pell Aster", "The Quiet Field", "2010"), ("Juno Marr", "The Quiet Field", "2010")} <= found


def test_an_album_title_ends_before_a_name(pipeline: Any) -> None:
    text = "Ada Roe keeps plugging her album Ember Road and Vey prepares to promote his film. Tom Vey smiled."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert not any("Vey" in e.name for e in analysis.entities if e.kind == "work")


def _dated(analysis: Any, predicate: str) -> set[tuple[str, str, str | None]]:
    return {
        (f.subject, f.object or "", f.date.value if f.date else None)
        for f in analysis.claims
        if f.predicate == predicate
    }


def test_a_pet_form_of_a_given_name_is_that_person(pipeline: Any) -> None:
    text = (
        "Rosalind Quarrie arrived at the gala in silver. Friends say Rosie, 40, has never looked "
        "happier, and her husband Tom Quarrie agrees."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Rosie" not in people(analysis)
    assert ("Rosalind Quarrie", "40") in {
        (c.subject, c.value) for c in analysis.claims if c.predicate == "age"
    }


def test_a_title_cased_run_after_an_exclamation_in_a_headline() -> None:
    text = (
        "GALLERY: Glowing Again! Marisol Quennell Happier Than Ever At Harbour Gala\nMarisol Quennell smiled."
    )
    found = _trim_to_known_names(text, [(24, 48, "Marisol Quennell Happier"), (75, 91, "Marisol Quennell")])
    assert (24, 40, "Marisol Quennell") in found


def test_a_hyphenated_given_name_the_tagger_cut_short(pipeline: Any) -> None:
    text = (
        "Actress Yoon Ha-rin arrived with her sister, Yoon Ha-eun, who heads the family firm. "
        "Yoon Ha-eun is engaged to the golfer Baek Tae-joon. A Baek Tae-joon-led charity followed."
    )
    names = people(analyse(pipeline, text, date="2025-03-02"))
    assert {"Yoon Ha-rin", "Yoon Ha-eun", "Baek Tae-joon"} <= names
    assert not any(n.startswith("Yoon Ha ") or n == "Yoon Ha" for n in names)


def test_a_co_star_of_a_title_the_text_did_not_read_is_not_given_another_work(pipeline: Any) -> None:
    text = (
        "Ivo Marsh was promoting his new movie, Copper Bell. Marsh, who was once engaged to "
        "Lantern co-star Dara Quill, smiled."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert ("Dara Quill", "Copper Bell") not in found


def test_a_then_co_star_is_not_given_the_work_named_last(pipeline: Any) -> None:
    text = (
        "Ned Calloway is now starring in the musical Lanternlight. "
        "In 2015 he was pictured kissing his then co-star Wilma Tarr at an after-party."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert ("Wilma Tarr", "Lanternlight") not in found
