"""Session 7 (b): a he/she inside a relative clause on a name ("Maren, who was married to
Tobias Wendt before he and Maren divorced"), kinship words after a hyphen ("his ex-wife"),
and a show titled after its host ("her show, Nora Vell: Life After the Order").

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from allegedly.understand.entities import find_entities
from allegedly.understand.language import load_pipeline
from allegedly.understand.pronouns import _relative_clause_pick


def _resolve(text: str, pronoun: str, before: str) -> str | None:
    index = find_entities(load_pipeline()(text))
    key = index.resolve_pronoun(pronoun, text.index(before))
    return index.name(key) if key is not None else None


def _rule(text: str, pronoun: str, before: str, wanted: str) -> str | None:
    """What the relative-clause rule alone says of the pronoun at `before`."""
    doc = load_pipeline()(text)
    index = find_entities(doc)
    resolver = index.pronouns
    token = next(t for t in doc if t.idx == text.index(before) and t.lower_ == pronoun)
    scored = resolver.scored(token, wanted)
    scorable = {m.entity for m, found in scored if found is not None and not found.get("bound")}
    key = _relative_clause_pick(token, scored, dict.fromkeys(scorable, 0.0))
    return index.name(key) if key is not None else None


def test_he_in_a_clause_on_a_woman_is_the_man_it_names() -> None:
    text = (
        "Dorin Falke met Maren Ostby in 2004. Maren, who was married to Tobias Wendt before he "
        "and Maren divorced, later married Falke."
    )
    assert _resolve(text, "he", "he and Maren") == "Tobias Wendt"


def test_he_after_an_age_and_a_dash() -> None:
    text = (
        "Neither Maren Ostby, 41, nor then-husband Tobias Wendt, 61 -- who was also involved in "
        "the sale before he and Maren divorced -- knew what Piet Raske did."
    )
    assert _rule(text, "he", "he and Maren", "m") == "Tobias Wendt"


def test_she_in_a_clause_on_a_woman_is_that_woman() -> None:
    text = (
        "Tomas Vale praised Marta Lunde. Marta Lunde, who met Peder Holm before she moved to "
        "Lyon, is a singer."
    )
    assert _rule(text, "she", "she moved", "f") == "Marta Lunde"
    assert _resolve(text, "she", "she moved") == "Marta Lunde"


def test_another_woman_named_in_the_clause_leaves_it_open() -> None:
    text = "Marta Lunde, who met Greta Sollid before she moved to Lyon, is a singer."
    assert _rule(text, "she", "she moved", "f") is None


def test_possessive_in_the_clause_is_no_rule() -> None:
    # "his" there often means the main clause's man
    text = "Aldo Renzi worked with Piet Hallam, who paid for his experiments."
    assert _rule(text, "his", "his experiments", "m") is None


def test_restrictive_clause_is_no_rule() -> None:
    text = "Marta Lunde met the man who said she could sing."
    assert _rule(text, "she", "she could", "f") is None


def test_kinship_word_after_a_hyphen_gives_the_gender() -> None:
    doc = load_pipeline()("Ruben Kaas spoke warmly of his ex-wife Sasha Morrel at the gala.")
    index = find_entities(doc)
    cluster = next(c for c in index.people.values() if "Morrel" in c.parts)
    assert cluster.female >= 2


def test_show_named_after_its_host_leaves_the_host_a_person() -> None:
    text = (
        "Nora Vell and Ivo Sand are old friends. A topic Vell has covered on her show, Nora Vell: "
        "Life After the Order, is leaving. Nora Vell later married Ivo Sand."
    )
    index = find_entities(load_pipeline()(text))
    people = {index.name(key) for key in index.people}
    assert "Nora Vell" in people
    works = [e.name for e in index.entities.values() if e.kind == "work"]
    assert "Nora Vell" not in works
