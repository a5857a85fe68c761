"""A sentence as the relation rules see it: its text, its people (named or referred to), its times."""

from __future__ import annotations

from dataclasses import dataclass, field

from allegedly.model import Mention, TimeExpression


@dataclass
class Person:
    """A person referred to in a sentence, by name, pronoun or as half of "the couple"."""

    key: str
    start: int
    end: int
    via: str  # "name", "pronoun", "couple"


@dataclass
class SentenceContext:
    text: str
    start: int
    end: int
    people: list[Person]
    times: list[TimeExpression]
    previous_text: str = ""
    organisations: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    works: list[Mention] = field(default_factory=list)
