"""Names the tagger took for people that stand for no person of the story: a pet ("her pup
Pippa"), a people ("Freedonians"), a country named among places ("Ruritania, Chad and Peru"),
an interjection opening a sentence ("Alas, ..."), a numbered series ("Formula 1"), a part
played ("starred as the grumpy grocer Mr. Quillon"), a peerage ("Lord and Lady Quenby") and a
field before a role ("Mambo queen Ada Roe"). The cue words are in data/non_persons.toml;
`referents` drops these from the people a sentence refers to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from allegedly.model import Mention
from allegedly.understand.cues import load_data, phrase_pattern
from allegedly.understand.entities import EntityIndex, _entity_cues, _known_first_name
from allegedly.understand.language import doc_ents, doc_text

# The tagger's labels for a place or a people: a name only ever so labelled, never a person.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})

# Between two names of one list: ", ", " and ", ", and ", " or ".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")

# How far before a name a pet noun is looked for ("her beloved pup, Pippa": the noun, an
# optional comma, the name).
_PET_REACH = 30

# How far before a name the words saying it is a part played are looked for ("starred as the
# grumpy grocer Mr. Quillon").
_CHARACTER_REACH = 70

# The second of two parts one verb names: "played rivals Nora Vance and " (the first is a part by
# `referents`' own rules).
_PLAYED_PAIR = re.compile(
    r"\b(?:plays?|played|playing|portrays?|portrayed|portraying)\s+(?:[a-z-]+\s+){0,2}"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+$"
)

# A series' number after its name: "Formula 1", "Formula One", "Formula E".
_SERIES_NUMBER = re.compile(r"\s+(?:\d|One\b|E\b)")


@dataclass(frozen=True)
class _Cues:
    pet_before: re.Pattern[str]  # "... pup " / "... dog, " right before a name
    interjections: frozenset[str]
    places: frozenset[str]  # countries and states (entities.toml [pageants])
    endings: tuple[str, ...]  # a people's name: a place and one of these ("Cambodia" + "ns")
    series: frozenset[str]  # a numbered series' name ("Formula" of "Formula 1")
    played_as: re.Pattern[str]  # "starred as the grumpy grocer Mr. " right before a character
    field_role: re.Pattern[str]  # " queen " right after a field's name ("Mambo queen Ada Roe")
    peer_male: re.Pattern[str]  # "the 4th Baron " right before a peerage's name
    peer_female: re.Pattern[str]  # "his wife, Lady " right before it
    peer_couple: re.Pattern[str]  # "Lord and Lady " right before it


@cache
def _cues() -> _Cues:
    data = load_data("non_persons.toml")
    pets = phrase_pattern(data["pets"]["nouns"]).pattern
    peers = data["peerages"]
    return _Cues(
        pet_before=re.compile(rf"(?<![\w-])(?:{pets}),?\s+$", re.IGNORECASE),
        interjections=frozenset(data["interjections"]["words"]),
        places=frozenset(load_data("entities.toml")["pageants"]["places"]),
        endings=tuple(data["peoples"]["endings"]),
        series=frozenset(data["series"]["words"]),
        field_role=re.compile(rf"\s+(?:{phrase_pattern(data['field_before_role']['nouns']).pattern})\s+"),
        peer_male=re.compile(rf"(?<![\w-])(?:{phrase_pattern(peers['male']).pattern})\s+$"),
        peer_female=re.compile(rf"(?<![\w-])(?:{phrase_pattern(peers['female']).pattern})\s+$"),
        peer_couple=re.compile(rf"(?<![\w-])(?:{phrase_pattern(peers['couple']).pattern})\s+$"),
        played_as=re.compile(
            rf"(?<![\w-])(?:{phrase_pattern(data['characters']['verbs']).pattern})\s+as\s+"
            r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w’'-]*\s+){0,3}"
            rf"(?:(?:{phrase_pattern(data['characters']['titles']).pattern})\s+)?$"
        ),
    )


def is_peoples_name(name: str) -> bool:
    """A people's plural built on a country's name: "Cambodians", "Japanese", "Kenyans"."""
    if " " in name:
        return False
    cues = _cues()
    return any(
        name == place + ending or name == place[:-1] + ending
        for place in _places_by_prefix().get(name[:3], ())
        for ending in cues.endings
    )


@cache
def _places_by_prefix() -> dict[str, tuple[str, ...]]:
    """The places list keyed by its first three letters (a people's name shares them), in order."""
    by_prefix: dict[str, list[str]] = {}
    for place in sorted(_cues().places):
        by_prefix.setdefault(place[:3], []).append(place)
    return {prefix: tuple(places) for prefix, places in by_prefix.items()}


def interjection(text: str, mention: Mention) -> bool:
    """Whether a one-word mention is an interjection opening its sentence ("Alas, she ...")."""
    if mention.text not in _cues().interjections:
        return False
    before = text[max(0, mention.span.start - 3) : mention.span.start]
    opens = not before.strip() or before.rstrip()[-1:] in ".!?\"“”'’"
    return opens and text[mention.span.end : mention.span.end + 1] == ","


def non_persons(doc: Any, index: EntityIndex) -> frozenset[str]:
    """The person keys that stand for no person: pets (a pet noun right before any mention),
    peoples ("Cambodians"), and countries (a name of the places list, or one only ever labelled a
    place that a list joins to another place: "hot spots such as Ruritania, Chad and Peru")."""
    text = doc_text(doc)
    cues = _cues()
    labels = [(e.start_char, e.end_char, e.label_) for e in doc_ents(doc)]
    places = index.mentions_of_kind("place:", 0, len(text))
    by_entity: dict[str, list[Mention]] = {}
    for mention in index.person_mentions(0, len(text)):
        by_entity.setdefault(mention.entity, []).append(mention)
    found: set[str] = set()
    starts = {m.span.start for ms in by_entity.values() for m in ms}
    for key, mentions in by_entity.items():
        name = index.name(key)
        if " " not in name and all(
            (role := cues.field_role.match(text, m.span.end)) is not None and role.end() in starts
            for m in mentions
        ):
            found.add(key)  # "Mambo queen Ada Roe": the field she is known in, no person
            continue
        if is_peoples_name(name):
            found.add(key)
            continue
        if name in cues.series and all(_SERIES_NUMBER.match(text, m.span.end) for m in mentions):
            found.add(key)  # "Formula E team owner X": a racing series, not a person
            continue
        if any(
            cues.pet_before.search(text[max(0, m.span.start - _PET_REACH) : m.span.start]) for m in mentions
        ):
            found.add(key)
            continue
        if " " not in name and not _known_first_name(name) and _couples_peerage(text, mentions):
            found.add(key)  # "Lord and Lady Quenby", "the 4th Baron Quenby": a peerage, no person
            continue
        if all(
            cues.played_as.search(text[max(0, m.span.start - _CHARACTER_REACH) : m.span.start])
            or _PLAYED_PAIR.search(text[max(0, m.span.start - _CHARACTER_REACH) : m.span.start])
            for m in mentions
        ):
            found.add(key)  # "starred as the grumpy grocer Mr. Quillon": a character
            continue
        mention_labels = [{label for s, e, label in labels if s <= m.span.start < e} for m in mentions]
        if not all(found_labels and found_labels <= _PLACE_LABELS for found_labels in mention_labels):
            continue  # (a "Chad" or a "Georgia" the tagger reads as a person somewhere is one)
        if name in cues.places or any(
            _in_place_list(text, (m.span.start, m.span.end), places) for m in mentions
        ):
            found.add(key)
    return frozenset(found)


def _couples_peerage(text: str, mentions: list[Mention]) -> bool:
    """Whether every mention of a one-word name follows a peer's rank (or goes on with "family"),
    and the ranks give it to a man and to a woman, or to "Lord and Lady" ("Countess Halina" is a
    given name: the caller asks for a name no first-name list knows)."""
    cues = _cues()
    befores = [text[max(0, m.span.start - 20) : m.span.start] for m in mentions]
    male = [bool(cues.peer_male.search(b)) for b in befores]
    female = [bool(cues.peer_female.search(b)) for b in befores]
    couple = any(cues.peer_couple.search(b) for b in befores)
    if not all(
        a or b or text.startswith(" family", m.span.end)
        for a, b, m in zip(male, female, mentions, strict=True)
    ):
        return False
    return couple or (any(male) and any(female))


def _in_place_list(text: str, span: tuple[int, int], places: list[Mention]) -> bool:
    """Whether a list of three or more joins `span` to places ("Ruritania, Chad and Peru"): a
    place joined to it, and another joined to that place or to its other side ("in Iowa, Ada
    Roe grew up" is no list)."""
    spans = [(p.span.start, p.span.end) for p in places if abs(p.span.start - span[0]) < 120]

    def joined(first: tuple[int, int], second: tuple[int, int]) -> bool:
        return bool(_LIST_JOIN.fullmatch(text[first[1] : second[0]]))

    after = [p for p in spans if joined(span, p)]
    before = [p for p in spans if joined(p, span)]
    if after and before:
        return True
    return any(joined(p, q) for p in after for q in spans) or any(joined(q, p) for p in before for q in spans)


# A bare title the tagger made a person of ("the Duke", "the Duchess") and the name the text gave
# that title to: "Ivo Roe, the 9th Duke of X", "the Duchess of X, Ada Roe", "Ada Roe, ... who
# became Duchess". `{t}` stands for the title.
_HOLDER_AFTER_NAME = (
    r"\s*(?:\([^()\n]{{0,40}}\)\s*)?,\s+(?:the\s+)?"
    r"(?:(?:\d{{1,2}}(?:st|nd|rd|th)|former|new|current|then|late)\s+)?{t}\b(?!['’])"
    r"|[^.!?\n]{{0,100}}?\bwho\s+(?:later\s+|then\s+)?became\s+(?:the\s+)?{t}\b"
)
_MAIDEN_BEFORE = re.compile(r"\bn[ée]e\s+$")
# (or the title right before the name: "King Ivo and Queen Mab ... The King said")
_HOLDER_BEFORE_NAME = (
    r"\b[Tt]he\s+{t}(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s*,\s*$|(?<![\w’'-]){t}\s+$"
)


def title_holders(index: EntityIndex, text: str) -> dict[str, str]:
    """The person keys that are a bare title ("Duke", "Duchess"; entities.toml [bare_titles]),
    each with the one named person the text gives that title to; a title given to no one or to
    several is left as it is (a history's "the Queen" is a person of its own)."""
    titles = _entity_cues().bare_titles
    mentions = index.person_mentions(0, len(text))
    title_keys = {m.entity: index.name(m.entity) for m in mentions if index.name(m.entity) in titles}
    # the names that may hold a title: not the titles, nor a maiden name ("Ada Roe (née Vey)")
    named = [
        m
        for m in mentions
        if m.entity not in title_keys
        and not _MAIDEN_BEFORE.search(text[max(0, m.span.start - 6) : m.span.start])
    ]
    found: dict[str, str] = {}
    for key, title in title_keys.items():
        after = re.compile(_HOLDER_AFTER_NAME.format(t=re.escape(title)))
        before = re.compile(_HOLDER_BEFORE_NAME.format(t=re.escape(title)))
        holders = set()
        for m in named:
            given = after.match(text, m.span.end)
            if given and any(m.span.end < o.span.start < given.end() for o in named):
                given = None  # "X, ..., and Y, who became Duchess": the title is Y's
            if given or before.search(text[max(0, m.span.start - 80) : m.span.start]):
                holders.add(m.entity)
        if len(holders) == 1:
            found[key] = holders.pop()
    return found
