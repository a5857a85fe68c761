"""Pronouns a parse position rules out (session 5): "as his X", a relative clause's host
and the subject or object that controls a subjectless verb; and the `most_named` clue.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.entities import find_entities
from allegedly.understand.pronouns import _PronounContext


def _resolve(nlp: Any, text: str, pronoun: str) -> str | None:
    """The name of the person the last whole-word `pronoun` of `text` stands for."""
    index = find_entities(nlp(text))
    offset = text.rindex(f" {pronoun} ") + 1
    key = index.resolve_pronoun(pronoun, offset)
    return index.name(key) if key is not None else None


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # "as his/her X": the one said to be X is not the his/her.
        ("Ria Dunn met Bella Vos in Rome. Bella Vos considers Ria Dunn as her mentor.", "her", "Bella Vos"),
        # A relative clause whose relative word fills the verb's other place: not its host.
        ("Paul Hart thanked Jack Bell, who hired him in 1990.", "him", "Paul Hart"),
        # The subject a subjectless verb shares with the verb above ...
        (
            "Neil Ward left the show in May. Later Joshua Penn chose to replace him with Omar Dill.",
            "him",
            "Neil Ward",
        ),
        # ... or the object of the verb above, who is the one to act.
        ("Ana Ott asked Bella Vos to help her at home.", "her", "Ana Ott"),
    ],
)
def test_parse_position_rules_out(nlp: Any, text: str, pronoun: str, expected: str) -> None:
    assert _resolve(nlp, text, pronoun) == expected


def _bound_names(nlp: Any, text: str, pronoun: str) -> set[str]:
    """The words of `text` that `_PronounContext` marks as people the pronoun cannot be."""
    doc = nlp(text)
    index = find_entities(doc)
    token = index.pronouns._token_at(text.rindex(f" {pronoun} ") + 1)
    context = _PronounContext(index.pronouns, token, "f" if pronoun in ("her", "she") else "m")
    return {doc[i].text for i in context.bound_words}


def test_as_rule_binds_the_word_before_as(nlp: Any) -> None:
    assert "Dunn" in _bound_names(nlp, "Bella Vos considers Ria Dunn as her mentor.", "her")


def test_as_rule_leaves_a_relative_object_alone(nlp: Any) -> None:
    # "which Lenwood took as his model": the model is "which", not the subject Lenwood.
    text = "Cal Lenwood read the old charter, which Cal Lenwood took as his model for the club."
    assert "Lenwood" not in _bound_names(nlp, text, "his")


def test_served_as_binds_the_subject(nlp: Any) -> None:
    assert "Ott" in _bound_names(nlp, "Tom Rand led the team. Later Ana Ott served as his deputy.", "his")


def test_whom_binds_the_host(nlp: Any) -> None:
    text = "The court heard of Nick Cook and Joe Cippano, whom he knew from school."
    assert "Cippano" in _bound_names(nlp, text, "he")


def test_subject_pronoun_in_relative_clause_with_subject_relative_is_free(nlp: Any) -> None:
    # "Ana, who said she ...": "who" is the subject of "said", "she" of another verb.
    text = "Ana Ott, who said she would sing, arrived late."
    assert not _bound_names(nlp, text, "she")


def test_most_named_clue(nlp: Any) -> None:
    text = "Kira Moss sang in Oslo. Kira Moss then toured Spain with Lena Voss. Kira Moss said she was tired."
    doc = nlp(text)
    index = find_entities(doc)
    token = index.pronouns._token_at(text.rindex(" she ") + 1)
    scored = index.pronouns.scored(token, "f")
    flagged = {index.name(m.entity) for m, found in scored if found and found.get("most_named")}
    assert flagged == {"Kira Moss"}
