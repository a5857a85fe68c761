"""Session 19: a title before a role and a name ("Velvet Storm star Vance, Ilka ...") gives the
name a part in the work; a name after a bare comma opens the next clause, it joins no list.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def test_a_comma_after_the_starred_name_ends_the_list(pipeline: Any) -> None:
    text = (
        "Under her settlement from Velvet Storm star Vance, Ilka had agreed to stay quiet. Greer Vance "
        "and Ilka Brun had been married for four years. Her Copper Vale co-stars Dario Vey, Kit Lund "
        "and Ansel Moor were also there."
    )
    parts = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert ("Greer Vance", "Velvet Storm") in parts
    assert ("Ilka Brun", "Velvet Storm") not in parts
    assert {("Dario Vey", "Copper Vale"), ("Kit Lund", "Copper Vale"), ("Ansel Moor", "Copper Vale")} <= parts
