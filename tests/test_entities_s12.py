"""Session 12: people the entity finder got wrong in real-news prose. Korean given names are
hyphenated with a lower-case second syllable ("Kang Min-jae"), which the finder used to cut off;
and a lone English word the tagger called a person ("Remarry?", an album's one-word title "on
Daybreak", "the Suits actress") with nothing in the text that only a person fits is no person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand.entities import _hyphen_joined_syllables
from allegedly.understand.language import load_pipeline
from text_samples import analyse, entity_index, people_in, relations


def test_hyphenated_korean_given_names_are_kept_whole() -> None:
    text = (
        "Former member Seo Woo-kyung, who left the band in 2021, married actress Jung Su-bin last "
        "Saturday in Busan. Kang Min-jae (28) is said to be dating actress Yoon Ha-eun (26)."
    )
    people = people_in(entity_index(text))
    assert {"Seo Woo-kyung", "Jung Su-bin", "Kang Min-jae", "Yoon Ha-eun"} <= people
    assert not {"Seo Woo", "Jung Su", "Kang Min", "Yoon Ha"} & people


def test_the_hyphenated_given_name_carries_its_facts(pipeline: Any) -> None:
    text = "Former member Seo Woo-kyung married actress Jung Su-bin last Saturday in Busan."
    analysis = analyse(pipeline, text, date="2025-09-15")
    couple = {("Seo Woo-kyung", "Jung Su-bin"), ("Jung Su-bin", "Seo Woo-kyung")}
    assert couple & relations(analysis, "spouse")


def test_only_a_short_syllable_joins_a_name_across_a_hyphen() -> None:
    nlp = load_pipeline()
    doc = nlp("Fans of Kang Min-jae cheered.")
    name = doc.char_span(8, 20)
    assert name is not None and name.text == "Kang Min-jae"
    assert len(_hyphen_joined_syllables(name)) == 2
    doc = nlp("It was a Dax Orbelle-type ballad.")
    glued = doc.char_span(9, 25)
    assert glued is not None and glued.text == "Dax Orbelle-type"
    assert not _hyphen_joined_syllables(glued)  # "type" is a word, not a syllable of a name


def test_capitalised_common_words_are_not_people(pipeline: Any) -> None:
    text = "Rumour has it that the pair met in Vegas. Remarry? Not a chance, she laughed."
    analysis = analyse(pipeline, text, date="2019-06-10")
    people = {e.name for e in analysis.entities if e.kind == "person"}
    assert "Remarry" not in people  # a word alone as a sentence
    assert not relations(analysis, "met")


def test_a_dictionary_word_with_an_age_is_still_a_person(pipeline: Any) -> None:
    text = "Later the gala drew a crowd, and Pink, 38, sang two songs."
    analysis = analyse(pipeline, text, date="2019-06-10")
    assert ("Pink", "38") in {(c.subject, c.value) for c in analysis.claims if c.predicate == "age"}


def test_a_dictionary_word_named_after_a_kinship_noun_is_a_person() -> None:
    text = "Odile Marchetti and her husband Teo Vance have a daughter, Autumn, 4, and a son, Brook."
    people = people_in(entity_index(text))
    assert {"Autumn", "Odile Marchetti", "Teo Vance"} <= people


def test_what_one_starred_in_is_no_person(pipeline: Any) -> None:
    text = "Beatrix Lowndes starred in Long Night at Arras in 2019. She loved it."
    analysis = analyse(pipeline, text, date="2020-01-10")
    assert {e.name for e in analysis.entities if e.kind == "person"} == {"Beatrix Lowndes"}


def test_a_known_first_name_leads_a_double_barrelled_surname() -> None:
    text = "Actress Noa Kealoha-Brandt has asked a court for custody. Kealoha-Brandt, 38, lives in Maui."
    people = people_in(entity_index(text))
    assert "Noa Kealoha-Brandt" in people
    assert "Noa" not in people and "Kealoha-Brandt" not in people


def test_names_before_an_organisations_head_word_are_the_organisation() -> None:
    text = (
        "Desmond Kalani founded Kalani Tuilagi Pictures with Sefa Tuilagi in 2015. Kalani, 45, lives in Ohio."
    )
    people = people_in(entity_index(text))
    assert "Kalani Tuilagi" not in people
    assert {"Desmond Kalani", "Sefa Tuilagi"} <= people
