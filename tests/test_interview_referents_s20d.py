"""Session 20 (RT-D): first-person words in a Q&A interview's answers.

"We" after the speaker's own "I met X" is the speaker and X; a capitalised "Mum" / "Dad" is the
parent the speaker named after "my mother" / "my father". All sentences are invented.
"""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _facts(pipeline: Any, text: str) -> set[tuple[str, str, str | None]]:
    analysis = analyse(pipeline, text, date="2025-06-01")
    return {(c.predicate, c.subject, c.object) for c in analysis.claims}


def _has(facts: set[tuple[str, str, str | None]], predicate: str, first: str, second: str) -> bool:
    return (predicate, first, second) in facts or (predicate, second, first) in facts


_INTERVIEW = (
    "Marisol Quenby-Vance, 51, has run a puppet theatre in Leeds for twenty years. "
    "She spoke to us this week.\n\n"
    "Q: Your new show stars Bram Hollis and his wife, Juno Petrakis, who married in 2019.\n\n"
    "A: They are wonderful. Bram Hollis and Juno Petrakis married in Leeds, actually.\n\n"
    "Q: How did it start?\n\n"
    "A: With a borrowed van and two puppets.\n\n"
    "Q: Where did you meet your wife?\n\n"
    "A: I met Odile Ferrand at a book fair in 2004. We got engaged the following year and we married in "
    "Whitby in June 2007.\n"
)


def test_we_after_i_met_someone_is_the_speaker_and_that_person(pipeline: Any) -> None:
    facts = _facts(pipeline, _INTERVIEW)
    assert _has(facts, "met", "Marisol Quenby-Vance", "Odile Ferrand")
    assert _has(facts, "spouse", "Marisol Quenby-Vance", "Odile Ferrand")
    assert _has(facts, "engaged", "Marisol Quenby-Vance", "Odile Ferrand")


def test_we_without_anyone_the_speaker_related_to_is_no_couple(pipeline: Any) -> None:
    text = (
        "Marisol Quenby-Vance, 51, has run a puppet theatre in Leeds for twenty years. "
        "She spoke to us this week.\n\n"
        "Q: How did the theatre start?\n\n"
        "A: I worked with Odile Ferrand at a book fair in 2004. We married our two companies in 2007.\n"
    )
    facts = _facts(pipeline, text)
    assert not _has(facts, "spouse", "Marisol Quenby-Vance", "Odile Ferrand")


_PARENTS = (
    "Tobiah Wrenfield-Osei, 38, grew up above a bakery in Hull. He spoke to us this week.\n\n"
    "Q: How did it start?\n\n"
    "A: With a borrowed oven and a lot of flour.\n\n"
    "Q: Tell me about your family.\n\n"
    "A: My mother, Delphine Arkwright, was a nurse. My father, Kofi Osei, drove buses. "
    "Mum married Lorcan Pryde in 1999, and Dad never remarried.\n"
)


def test_mum_in_the_speakers_words_is_the_mother_named_before(pipeline: Any) -> None:
    facts = _facts(pipeline, _PARENTS)
    assert _has(facts, "spouse", "Delphine Arkwright", "Lorcan Pryde")
    assert not _has(facts, "spouse", "Tobiah Wrenfield-Osei", "Lorcan Pryde")


def test_mum_with_no_mother_named_is_no_one(pipeline: Any) -> None:
    text = (
        "Tobiah Wrenfield-Osei, 38, grew up above a bakery in Hull. He spoke to us this week.\n\n"
        "Q: Tell me about your family.\n\n"
        "A: My aunt, Delphine Arkwright, was a nurse. Mum married Lorcan Pryde in 1999.\n"
    )
    facts = _facts(pipeline, text)
    assert not _has(facts, "spouse", "Delphine Arkwright", "Lorcan Pryde")


_EXES = (
    "Pell Arrowsmith's exes: everyone the drummer has dated\n\n"
    "Pell Arrowsmith has dated a string of artists, and here they all are, in order.\n\n"
    "1. Ysolde Brannigan (2010-2012)\n\n"
    "The first one. Pell met her at art school in Leeds, and it did not last.\n\n"
    "2. Marguerite Oyelaran-Fisk (2014-2017)\n\n"
    "Pell's longest relationship. The Belgian cellist married Pell in Ghent in May 2016.\n"
)


def _married(pipeline: Any, text: str) -> bool:
    return _has(_facts(pipeline, text), "spouse", "Marguerite Oyelaran-Fisk", "Pell Arrowsmith")


def test_a_description_in_a_one_person_section_is_its_person_after_the_lists_subject(pipeline: Any) -> None:
    """ "Pell's longest relationship. The Belgian cellist married Pell": the section's person."""
    assert _married(pipeline, _EXES)


def test_a_heading_not_read_as_a_person_ends_the_section(pipeline: Any) -> None:
    text = _EXES.replace(
        "Pell's longest relationship.",
        "Pell's longest relationship.\n\n3. The one nobody saw coming (2018)\n\nPell kept this one quiet.",
    )
    assert not _married(pipeline, text)
