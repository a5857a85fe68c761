"""Session 19: a work's title before a role and a lone name ("a divorce from Velvet Storm star
Vance"): the title is a work, not a person or a place, even after "from".

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from text_samples import entity_index, people_in


def test_a_title_before_a_role_and_a_known_lone_name_is_a_work() -> None:
    text = (
        "Greer Vance and Rowan Tate were married for six years. Tate agreed to a divorce from "
        "Velvet Storm star Vance in 2019, a friend said."
    )
    index = entity_index(text)
    found = {e.name: e.kind for e in index.entities.values()}
    assert found.get("Velvet Storm") == "work"
    assert "Velvet Storm" not in people_in(index)
    assert {"Greer Vance", "Rowan Tate"} <= people_in(index)


def test_a_place_before_a_role_is_still_a_place() -> None:
    text = "Ilse Marrow moved to Denver in 2015. The Denver actress Pia Lune joined her there."
    found = {e.name: e.kind for e in entity_index(text).entities.values()}
    assert found.get("Denver") != "work"
