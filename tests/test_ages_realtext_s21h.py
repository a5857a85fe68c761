"""Session 21 (helper RC5, ages on real text): an aged description that is a verb's object is
not its subject's age, a name apposed after "the father of the N-year-old noun," is not that
age, an age at death after a date ("died March 2 at age 81"), an opening "At age N, she is",
ages in words before twins ("his six-year-old twins Ada and Bea"), a headline's "88-Year-Old X",
and twins closing a list of children with ages ("A, 12, B, 10, C and D, 7"); an age at death
after a possessed noun is not the owner's; one child reading between two people does not outweigh
several sentences that assert them a couple (the kin filter).

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _ages(analysis: Any) -> set[tuple[str, str | None]]:
    return {(c.subject, c.value) for c in analysis.claims if c.predicate == "age"}


def test_an_aged_description_found_by_someone_is_not_the_finders_age(pipeline: Any) -> None:
    text = (
        "Tobias Wren drove to the ranch at dawn. He and a neighbour discovered the 61-year-old painter "
        "asleep in a barn."
    )
    assert ("Tobias Wren", "61") not in _ages(analyse(pipeline, text, date="2025-05-05"))


def test_the_name_apposed_after_of_an_aged_noun_is_not_that_age(pipeline: Any) -> None:
    text = (
        "Bettina Kross flew in for the opening. Reporters said the mother of the 29-year-old singer, "
        "Greta, cried through the encore."
    )
    assert ("Greta", "29") not in _ages(analyse(pipeline, text, date="2025-05-05"))


def test_an_age_at_death_after_a_date(pipeline: Any) -> None:
    text = "The sculptor Odile Marchetti died March 2 at age 81, her studio said."
    assert ("Odile Marchetti", "81") in _ages(analyse(pipeline, text, date="2025-03-05"))


def test_a_name_inside_a_whose_clause_does_not_take_the_main_clauses_age(pipeline: Any) -> None:
    text = "Benedek, whose birth name was Lajos Ferenc Toth, died on Sunday at age 70."
    assert ("Lajos Ferenc Toth", "70") not in _ages(analyse(pipeline, text, date="2025-03-05"))


def test_an_opening_age_with_age_and_a_pronoun(pipeline: Any) -> None:
    text = "Wilhelmina Strand has toured for five decades. At age 72, she is still the loudest voice there."
    assert ("Wilhelmina Strand", "72") in _ages(analyse(pipeline, text, date="2025-05-05"))


def test_an_age_in_words_before_twins_ages_both(pipeline: Any) -> None:
    text = "Corwin Ashby took his six-year-old twins, Idris and Mabel, to the aquarium on Sunday."
    ages = _ages(analyse(pipeline, text, date="2025-05-05"))
    assert {("Idris", "6"), ("Mabel", "6")} <= ages


def test_a_headline_age_in_capitals(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Why 88-Year-Old Tobias Wren Won't Slow Down\n\nTobias Wren plans one more tour.",
        date="2025-05-05",
    )
    assert ("Tobias Wren", "88") in _ages(analysis)


def test_twins_closing_a_list_of_aged_children_share_the_age(pipeline: Any) -> None:
    text = "Greta Lund brought the whole brood - Jonah, 15, Ruby, 12, Ezra and Clem, 6 - to the premiere."
    ages = _ages(analyse(pipeline, text, date="2025-05-05"))
    assert {("Ruby", "12"), ("Ezra", "6"), ("Clem", "6")} <= ages


def test_one_child_reading_does_not_outweigh_several_couple_sentences() -> None:
    from allegedly.understand.relations import _outweighed_kin
    from reconcile_samples import claim

    wed = claim("Ada Moss", "spouse", "Ivo Lark", sentence="Ada Moss wed Ivo Lark in 2015.")
    moved = claim("Ada Moss", "spouse", "Ivo Lark", sentence="Ada Moss and her husband Ivo Lark moved.")
    misread = claim("Ivo Lark", "child", "Ada Moss", sentence="Ivo Lark said the mother of Ada Moss cried.")
    assert _outweighed_kin([wed, moved, misread]) == {id(misread)}
    # one couple sentence against one child sentence: the kin reading stands (and drops the couple)
    assert _outweighed_kin([wed, misread]) == set()
    # a child said in two sentences is not outweighed
    again = claim("Ivo Lark", "child", "Ada Moss", sentence="Ada Moss is the daughter of Ivo Lark.")
    assert _outweighed_kin([wed, moved, misread, again]) == set()
    # hedged couple readings carry no weight
    rumoured = claim(
        "Ada Moss", "partner", "Ivo Lark", modality="hedged", sentence="Ada Moss may date Ivo Lark."
    )
    assert _outweighed_kin([wed, rumoured, misread]) == set()


def test_an_age_at_death_of_a_possessed_noun_is_not_the_owners(pipeline: Any) -> None:
    text = "Marisol Teague's grandfather died on Friday at 81, the family said."
    assert ("Marisol Teague", "81") not in _ages(analyse(pipeline, text, date="2025-03-05"))


def test_an_age_in_words_before_one_name_is_not_read(pipeline: Any) -> None:
    text = "As a nine-year-old, Tobias Wren sang in the cathedral choir."
    assert ("Tobias Wren", "9") not in _ages(analyse(pipeline, text, date="2025-05-05"))
