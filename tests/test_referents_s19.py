"""Session 19: ranks as descriptions. A capitalised rank ("The Crown Princess, 33,", "the
Senator") is the one person the text named right after that rank; royals and office holders
("the sovereign", "the former senator") are descriptions like "the actress"; a bare title the
text set right before one name ("King Ivo ... The King, who turned 70,") is that person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _ages(analysis: Any, person: str) -> set[str | None]:
    return {c.value for c in analysis.claims if c.predicate == "age" and c.subject == person}


def _children(analysis: Any, parent: str) -> set[str | None]:
    return {c.object for c in analysis.claims if c.predicate == "child" and c.subject == parent}


def test_a_capitalised_rank_is_the_one_named_after_that_rank(pipeline: Any) -> None:
    text = (
        "Crown Princess Odalys of Varnholm gave birth to a son on Monday, the palace said. The "
        "baby will be known as Prince Teodor.\n\n"
        "The Crown Princess, 31, and her husband were said to be delighted."
    )
    analysis = analyse(pipeline, text, date="2026-02-03")
    assert "31" in _ages(analysis, "Odalys")
    assert "31" not in _ages(analysis, "Teodor")


def test_a_former_senator_is_the_one_given_that_title(pipeline: Any) -> None:
    text = (
        "Senator Corwin Halloway and his wife Petra have kept busy since he left office.\n\n"
        "The former senator spent the weekend with daughters Ines, 16, and Mabel, 12."
    )
    analysis = analyse(pipeline, text, date="2026-02-03")
    assert {"Ines", "Mabel"} <= _children(analysis, "Corwin Halloway")


def test_a_bare_title_set_before_one_name_is_that_person(pipeline: Any) -> None:
    text = (
        "The birth makes King Osric and Queen Imelda of Varnholm grandparents for the first time.\n\n"
        "The King, who turned 70 last month, arrived with a basket of plums, and he stayed an hour."
    )
    analysis = analyse(pipeline, text, date="2026-02-03")
    assert "70" in _ages(analysis, "Osric")
    assert not _ages(analysis, "King")


def test_an_aged_capitalised_rank_is_the_one_named_after_it(pipeline: Any) -> None:
    text = (
        "The birth makes King Osric and Queen Imelda of Varnholm grandparents for the first time.\n\n"
        "The King, 70, arrived at the hospital with a basket of plums."
    )
    analysis = analyse(pipeline, text, date="2026-02-03")
    assert "70" in _ages(analysis, "Osric")


def test_a_music_genre_before_star_is_no_work(pipeline: Any) -> None:
    text = "Pella Munro split with the R&B star Kwame Ostrander last year."
    analysis = analyse(pipeline, text, date="2026-02-03")
    assert not [c for c in analysis.claims if c.predicate == "appeared_in"]
