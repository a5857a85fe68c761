"""People, organisations, outlets, works and places in one document, one entity per thing.

Full names anchor people; a lone first name, surname or a short form ("Nat" for Natalie)
joins the full name it can only belong to.  Pronouns and "the couple" are resolved later,
sentence by sentence, through `EntityIndex.resolve_pronoun` and `EntityIndex.main_pair`.
"""

from __future__ import annotations

import re
import string
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.parts_of_speech import IDS as PART_OF_SPEECH_IDS
from spacy.strings import get_string_id

from allegedly.model import Entity, EntityKind, Mention, Span
from allegedly.outlets import Outlet, OutletTable, normalise_name, outlet_table
from allegedly.understand.cues import attribution_lexicon, relation_lexicon
from allegedly.understand.language import doc_ents, doc_text

# The pronoun word sets are re-exported: relation and attribution rules read them from here.
from allegedly.understand.pronouns import FEMALE_PRONOUNS as FEMALE_PRONOUNS
from allegedly.understand.pronouns import MALE_PRONOUNS as MALE_PRONOUNS
from allegedly.understand.pronouns import PLURAL_PRONOUNS as PLURAL_PRONOUNS
from allegedly.understand.pronouns import SUBJECT_DEPS, PronounResolver
from allegedly.understand.time.lexicon import ASCII_FOR_CASE_EXTRAS, literal_alternation

# Entity labels of spaCy's English pipelines that can name a person we should consider even
# when mislabelled (the small model often tags surnames as ORG or NORP).
# "Ana van Berg (born" / "Ana van Berg (; born": capitalised words, perhaps with the particles
# of Dutch, German, French, Italian and Arabic names, right before a bracket that says "born".
_NAME_WORD = r"[^\W\d_][\w’'-]*"
_NAME_BEFORE_BORN = re.compile(
    rf"(?<![\w’'-])({_NAME_WORD}(?:\s+\"{_NAME_WORD}\")?"
    rf"(?:\s+(?:(?:van|von|de|der|den|du|da|di|le|la|bin|ibn|al)\s+)*{_NAME_WORD}){{1,3}})"
    r"\s*\((?:[^()]{0,80};\s*)?(?:born|b\.)\s"
)
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "du", "da", "di", "le", "la", "bin", "ibn", "al"}
)
# Honours and degrees written after a name ("MBE", "RDI", "PhD", "FRS"): two to five capitals,
# never a king's number.
_POST_NOMINAL = re.compile(r"^(?![IVX]+$)(?:[A-Z]{2,5}|Ph\.?D\.?)$")
# A king's or pope's number after a name: "Carol II", "Louis XIV", "Ferdinand I".
_REGNAL_NUMBER = re.compile(r"^(?:[IVX]{1,5})$")
# "comte de Martigny", "Lord of Beauvoir": after a rank (`seat_ranks` in data/relations.toml)
# and "of", a name is the rank's seat (a place), not a person.
_AFTER_RANK_OF = re.compile(r"(?<![\w’'-])([\w’'-]+)\s+(?:of|de|du|von|d’)\s+$")
# "Sarah, née Kahn", "Ana Lee (née Vey)": the birth name is the same person, not another.
_NEE = re.compile(r"^\s*(?:,\s*|\(\s*)(?:née|nee)\s+([^\W\d_][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_NAMEY_LABELS = {"PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# (a left quote mark typed for the apostrophe too: "Ben and Lindsay‘s night", "Kit Vey‘s, 38,")
_POSSESSIVE = re.compile(r"['’]s?$|‘s$")
# Words whose first-name-list answer or lexicon test is remembered (a bound: a long run meets
# ever new capitalised words).
_WORD_CACHE_SIZE = 1 << 16
# Short forms must share this many leading letters with the full first name ("Nat", "Ben").
_MIN_SHORT_FORM = 3
# Words that are capitalised but never a person's name on their own.
_NOT_NAMES = frozenset(
    {
        "I",
        "The",
        "A",
        "An",
        "He",
        "She",
        "They",
        "We",
        "It",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Getty",
        "Images",
        "Photo",
        "Instagram",
        "Story",
        "Twitter",
        "TikTok",
        "Facebook",
        "YouTube",
        "Oscar",
        # the other awards a winner or a nominee is named by ("the Grammy winner", "the Emmy
        # nominee"); "Tony" is a first name, as "Oscar" is (`_AWARD_FIRST_NAMES`)
        "Tony",
        "Grammy",
        "Grammys",
        "Emmy",
        "Emmys",
        "Oscars",
        "Bafta",
        "Baftas",
        "BAFTA",
        "Hollywood",
        "God",
        "LOL",
        "OMG",
        "Aww",
        "Re",
        "Yeah",
        "Yes",
        "No",
        "Oh",
        "Hey",
        "Why",
        "What",
    }
)


@dataclass
class PersonCluster:
    key: str
    name: str
    parts: list[str]
    aliases: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)
    male: int = 0
    female: int = 0

    @property
    def gender(self) -> str | None:
        if self.male > self.female:
            return "m"
        if self.female > self.male:
            return "f"
        return None

    @property
    def sure_gender(self) -> str | None:
        """The gender where the first-name list is sure of it and the text's own words agree
        ("Marcus" and his "he"); None where either is silent or unsure or they differ (a rare
        name's gender learnt only from nearby pronouns can be another person's)."""
        listed = _gender_of(self.parts[0].split("-")[0]) if self.parts else "unknown"
        # only a name the list is sure of: "Jamie" ("mostly female") is many a man's, "Laurence"
        # (a woman's in France, a man's in England) too
        by_name = {"male": "m", "female": "f"}.get(listed)
        if by_name is not None and _contested_name(self.parts[0]):
            by_name = None
        return by_name if by_name is not None and by_name == self.gender else None


def _slug(kind: str, name: str) -> str:
    return f"{kind}:{normalise_name(name).replace(' ', '-')}"


def strip_possessive(text: str) -> str:
    """'Calla Renwick’s' → 'Calla Renwick'."""
    return _POSSESSIVE.sub("", text.strip()).strip()


@dataclass
class EntityIndex:
    """The entities of one document and where each is mentioned."""

    entities: dict[str, Entity]
    mentions: list[Mention]
    people: dict[str, PersonCluster]
    text: str = ""
    couple: tuple[str, str] | None = None  # set once relations show who "the couple" are
    roles: dict[str, str] = field(default_factory=dict)  # "choreographer" → person key
    doc: Any = None  # the parse the index was built from: pronouns are resolved over its syntax
    _sorted: dict[tuple[str, int], tuple[list[int], list[Mention]]] = field(default_factory=dict)
    _counts: tuple[int, Counter[str]] | None = None
    _pronouns: PronounResolver | None = None

    @property
    def pronouns(self) -> PronounResolver:
        """The resolver of this document's he/she pronouns (built on first use)."""
        if self._pronouns is None:
            self._pronouns = PronounResolver(self)
        return self._pronouns

    def resolve_pronoun(self, pronoun: str, before: int) -> str | None:
        """The person a he/she pronoun at offset `before` most likely refers to (see `pronouns`)."""
        return self.pronouns.resolve(pronoun, before)

    def resolve_description(self, role: str, before: int) -> str | None:
        """The person "the actress" / "the choreographer" at `before` stands for."""
        key = self.roles.get(role.lower())
        if key is not None:
            return key
        lex = relation_lexicon()
        gender = "f" if role.lower() in lex.female else "m" if role.lower() in lex.male else None
        if gender is None:
            return None
        found = self.resolve_pronoun("she" if gender == "f" else "he", before)
        if found is None or not self._holds_other_role(found, role):
            return found
        # "the German racing driver X ... The actor's star has risen": a description is no one
        # the text gave another occupation; the main person of its gender who has none is
        return next(
            (
                key
                for key in self.main_people(3)
                if key != found
                and self.people[key].gender in (gender, None)
                and not self._holds_other_role(key, role)
            ),
            found,
        )

    def _holds_other_role(self, key: str, role: str) -> bool:
        """Whether the text gave the person `key` a role (`roles`), one other than `role`."""
        held = {said for said, holder in self.roles.items() if holder == key}
        return bool(held) and role.lower() not in held

    def sorted_mentions(self, prefix: str) -> tuple[list[int], list[Mention]]:
        """Body mentions whose entity key starts with `prefix`, sorted, with their starts.

        Built once per index (rebuilt if mentions are added): sentence-by-sentence lookups
        then cost a bisection, not a scan of every mention of a long interview."""
        cache_key = (prefix, len(self.mentions))
        cached = self._sorted.get(cache_key)
        if cached is None:
            found = sorted(
                (m for m in self.mentions if m.entity.startswith(prefix) and m.span.comment is None),
                key=lambda m: m.span.start,
            )
            cached = ([m.span.start for m in found], found)
            self._sorted[cache_key] = cached
        return cached

    def mentions_of_kind(self, prefix: str, start: int, end: int) -> list[Mention]:
        """Body mentions of one kind of entity ("person:", "place:") inside [start, end)."""
        starts, found = self.sorted_mentions(prefix)
        return found[bisect_left(starts, start) : bisect_left(starts, end)]

    def person_mentions(self, start: int, end: int) -> list[Mention]:
        """Name mentions of people inside [start, end), in text order."""
        return self.mentions_of_kind("person:", start, end)

    def name(self, key: str) -> str:
        return self.entities[key].name

    def person_counts(self) -> Counter[str]:
        cache_key = len(self.mentions)
        if self._counts is None or self._counts[0] != cache_key:
            self._counts = (
                cache_key,
                Counter(m.entity for m in self.mentions if m.entity.startswith("person:")),
            )
        return self._counts[1]

    def main_people(self, count: int = 2) -> list[str]:
        """The most-mentioned people of the document, most mentioned first."""
        return [key for key, _ in self.person_counts().most_common(count)]

    def main_pair(self) -> tuple[str, str] | None:
        """'The couple', 'they': the pair the text says are together, else the two most mentioned."""
        if self.couple is not None:
            return self.couple
        top = self.main_people(2)
        return (top[0], top[1]) if len(top) == 2 else None


@dataclass(frozen=True)
class _EntityCues:
    """Cue words of data/entities.toml."""

    org_cue: re.Pattern[str]  # "joined ", "the CEO of ": an organisation's name follows
    org_after: re.Pattern[str]  # " as a", " in 2019", " University": said after an organisation's name
    org_cue_words: tuple[str, ...]  # the cues of `org_cue` and `org_named`, lower-cased (`_has_org_cue`)
    person_to: frozenset[str]  # "father", "talks": "to X" after them names a person, not a place
    person_at: frozenset[str]  # "snap", "lash": "at X" after them (lemmas) names a person, not a place
    # "Catholic": "was born Roman Catholic" gives no birth name, and a NORP ending so is no person
    not_birth_names: frozenset[str]
    calendar_words: frozenset[str]  # "Sunday", "Easter": a name holding one is a day, no person
    months: frozenset[str]  # "November": before a surname, a date, no first name
    collective_names: frozenset[str]  # "Friends", "Sources": people in general, no one person
    award_leads: frozenset[str]  # "Best": "Best Film" is an award's category
    org_named: re.Pattern[str]  # a cue and the capitalised name after it (group 1)
    bare_titles: dict[str, str]  # "Queen": "f": a title that names a person alone ("the Queen granted ...")
    venue_nouns: frozenset[str]  # "hotel", "recording studio": the name after them is the business
    # "streaming rival", "rival broadcaster": with no article, a company's name follows
    bare_company_nouns: frozenset[str]
    person_titles: frozenset[str]  # "Mr", "Bishop": a title only a person bears, before a name
    person_verbs: frozenset[str]  # "say", "marry": verbs (lemmas) whose subject is a person
    person_with: frozenset[str]  # "collaborator": "with X" after them names a person
    person_possessed: frozenset[str]  # "birthday": "X's birthday" says X is a person
    person_called: re.Pattern[str]  # "a bloke called ": the capitalised name after it is a person
    place_name_words: frozenset[str]  # "San", "Fort": a two-word place name's first word
    person_objects: frozenset[str]  # "encounter", "elect": verbs (lemmas) whose direct object is a person
    place_heads: frozenset[str]  # "Island", "Canyon": a name ending so is a place
    # "Lake", "Bay": a name ending so is a place unless a known first name leads it ("Ricki Lake")
    place_heads_unless_named: frozenset[str]
    # "City", "Town": an organisation's head word ("Manchester City") that ends a place the tagger
    # labelled one ("Studio City", "Cape Town")
    place_heads_if_tagged: frozenset[str]
    acronyms: frozenset[str]  # "NBA", "NFL": an all-capital abbreviation that is no person
    place_before: re.Pattern[str]  # "his hometown ", "the town of ": a place's name follows
    # a quoted title after a work noun or an acting word, or before a role (`_quoted_title_pattern`)
    quoted_title: re.Pattern[str]
    dated_work_noun: re.Pattern[str]  # "musicals": a title and a year in brackets after it is a work
    business_list: re.Pattern[str]  # "the restaurants Oriel and Petit Oriel": the list of names (group 1)
    business_nouns: tuple[str, ...]  # the nouns of `business_list`
    possessive_venue: re.Pattern[str]  # "Grady's Place": a business named with its owner's possessive
    possessive_head: re.Pattern[str]  # "'s Place": a cheap test before `possessive_venue`
    named_show: re.Pattern[str]  # "The Cornelius Vantreight Hour": a show named after its host (group 1)
    generation_words: frozenset[str]  # "father", "son": a parent or a child named after them
    offspring_words: frozenset[str]  # "son", "daughter": "Orme was the daughter of Silas Orme"
    pageant: re.Pattern[str]  # "Miss Serbia", "Miss Ohio": a pageant's title, no person
    pageant_titles: tuple[str, ...]  # "Miss": every match of `pageant` holds one as written
    named_show_heads: tuple[str, ...]  # "Show": every match of `named_show` holds one as written
    org_leads: frozenset[str]  # "Maison", "Escuela": a name led by them is an organisation
    club_prefixes: frozenset[str]  # "RNK", "FK": a name led by them is a sports club
    firm_words: re.Pattern[str]  # "brand", "appoints": near "Harlow & Finch", the name is a firm
    roles_on: re.Pattern[str]  # "a producer on ": a show's title follows
    roles_on_words: tuple[str, ...]  # the roles of `roles_on`
    media_heads: frozenset[str]  # "TV", "Pictures": "Brightwater TV's Rise and Shine" is a show
    band_roles: re.Pattern[str]  # "the Velvet Moth frontwoman", "Copper Gulls' drummer": a band
    band_after_role: re.Pattern[str]  # "the drummer of the Lanterns": a band
    band_role_words: tuple[str, ...]  # the roles of both: a text without one spares their search
    headline_words: frozenset[str]  # "To", "At": short words a title-cased headline capitalises
    executive_titles: frozenset[str]  # "CEO": "Brightloop CEO Jon Fisk" names a company before it
    leagues: frozenset[str]  # "NBA": a sports league, an employer of its players
    role_couple_pairs: tuple[str, ...]  # "duke and duchess": two roles that name a couple
    role_couple_partners: tuple[str, ...]  # "wife": "the singer and her wife" names a couple


# After a club's cue, its kind and a nationality may come first: "joined the German side X",
# "signed for Dutch club Y".
_CLUB_KIND = r"(?:(?-i:[A-Z][a-z]+)\s+(?:side|club|outfit)\s+)?"


@cache
def _entity_cues() -> _EntityCues:
    with resources.files("allegedly.data").joinpath("entities.toml").open("rb") as handle:
        data = tomllib.load(handle)
    cues = _alternatives(data["org_cues"]["words"])
    after = _alternatives(data["org_cues"]["org_after"])
    return _EntityCues(
        org_cue=re.compile(rf"(?<![\w-])(?:{cues})\s+(?:the\s+)?{_CLUB_KIND}$", re.IGNORECASE),
        org_after=re.compile(rf"^,?\s+(?:{after})"),
        org_cue_words=tuple(w.lower() for w in data["org_cues"]["words"]),
        person_to=frozenset(w.lower() for w in data["person_to"]["words"]),
        person_at=frozenset(data["person_to"]["at"]),
        not_birth_names=frozenset(data["birth_names"]["not_names"]),
        calendar_words=frozenset(data["calendar_names"]["words"]),
        months=frozenset(data["calendar_names"]["months"]),
        collective_names=frozenset(data["collective_names"]["words"]),
        award_leads=frozenset(data["collective_names"]["award_leads"]),
        org_named=re.compile(
            rf"(?<![\w-])(?i:{cues})\s+(?:the\s+)?{_CLUB_KIND}({_CAPITALISED_NAME})(?=[\s,.;:)]|$)"
        ),
        bare_titles={
            **dict.fromkeys(data["bare_titles"]["male"], "m"),
            **dict.fromkeys(data["bare_titles"]["female"], "f"),
        },
        venue_nouns=frozenset(data["venues"]["nouns"]),
        bare_company_nouns=frozenset(data["venues"]["bare_company_nouns"]),
        person_titles=frozenset(data["person_evidence"]["titles"]),
        person_verbs=frozenset(data["person_evidence"]["verbs"]),
        person_with=frozenset(data["person_evidence"]["with"]),
        person_possessed=frozenset(data["person_evidence"]["possessed"]),
        place_name_words=frozenset(data["place_name_words"]["words"]),
        person_called=re.compile(
            rf"\b(?:{_alternatives(data['person_evidence']['called'])})\s+(?:called|named)\s+$", re.IGNORECASE
        ),
        person_objects=frozenset(data["person_evidence"]["objects"]),
        place_heads=frozenset(data["place_heads"]["always"]),
        place_heads_unless_named=frozenset(data["place_heads"]["unless_first_name"]),
        place_heads_if_tagged=frozenset(data["place_heads"]["if_tagged_place"]),
        acronyms=frozenset(data["acronyms"]["not_people"]),
        place_before=re.compile(
            rf"(?<![\w-])(?i:{_alternatives(data['place_nouns']['before'])}),?\s+(?:the\s+)?$"
        ),
        quoted_title=_quoted_title_pattern(
            data["quoted_titles"]["nouns"], data["quoted_titles"]["roles"], data["quoted_titles"]["acting"]
        ),
        dated_work_noun=re.compile(rf"\b(?:{_alternatives(data['dated_works']['nouns'])})\b", re.IGNORECASE),
        business_nouns=tuple(data["business_lists"]["nouns"]),
        business_list=re.compile(
            rf"\b(?:the|his|her|their|its|two|three|four)\s+(?:[a-z-]+\s+)?"
            rf"(?:{_alternatives(data['business_lists']['nouns'])}),?\s+"
            rf"({_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+(?:and|&)\s+{_LISTED_NAME})(?=[\s,.;:)!?]|$)"
        ),
        possessive_venue=re.compile(
            rf"(?<![\w’'-])[A-Z][\w-]*['’]s\s+(?:{_alternatives(data['possessive_venues']['heads'])})(?![\w’'-])"
        ),
        possessive_head=re.compile(
            rf"['’]s\s+(?:{_alternatives(data['possessive_venues']['heads'])})(?![\w’'-])"
        ),
        named_show=re.compile(
            rf"(?<![\w’'-])The\s+((?:[A-Z][\w’'.-]*\s+){{1,3}}(?:{_alternatives(data['named_shows']['heads'])}))"
            r"(?![\w’'-])"
        ),
        generation_words=frozenset(data["generations"]["words"]),
        offspring_words=frozenset(data["offspring"]["words"]),
        pageant=re.compile(
            rf"(?<![\w’'-])(?:{_alternatives(data['pageants']['titles'])})\s+"
            rf"(?:{_alternatives(data['pageants']['places'])})(?![\w’'-])"
        ),
        pageant_titles=tuple(data["pageants"]["titles"]),
        named_show_heads=tuple(data["named_shows"]["heads"]),
        org_leads=frozenset(data["org_leads"]["words"]),
        club_prefixes=frozenset(data["org_leads"]["club_prefixes"]),
        firm_words=re.compile(rf"(?<![\w-])(?:{_alternatives(data['firms']['words'])})(?![\w-])"),
        roles_on=re.compile(
            rf"(?<![\w-])(?i:{_alternatives(data['work_contexts']['roles_on'])})\s+on\s+(?:the\s+)?$"
        ),
        roles_on_words=tuple(data["work_contexts"]["roles_on"]),
        media_heads=frozenset(data["work_contexts"]["media_heads"]),
        headline_words=frozenset(data["headline_words"]["function"]),
        executive_titles=frozenset(data["executive_titles"]["words"]),
        leagues=frozenset(data["leagues"]["words"]),
        role_couple_pairs=tuple(data["role_couples"]["pairs"]),
        role_couple_partners=tuple(data["role_couples"]["partners"]),
        band_roles=re.compile(
            # ("his Paper Kites bandmates": a possessive pronoun stands for "the")
            rf"(?<![\w’'-])(?:(?P<the>[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?P<band>{_CAPITALISED_NAME})(?P<owner>['’]s?)?\s+"
            rf"(?:new\s+|former\s+|founding\s+)?(?:{_alternatives(data['work_contexts']['band_roles'])})(?![\w-])"
        ),
        # "the former drummer of the Lanterns": the band after the role
        band_after_role=re.compile(
            rf"(?<![\w-])(?:{_alternatives(data['work_contexts']['band_roles'])})\s+(?:of|in|with|for)\s+"
            rf"the\s+(?P<band>{_CAPITALISED_NAME})"
        ),
        band_role_words=tuple(data["work_contexts"]["band_roles"]),
    )


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of `words`, the longest first (as a prefix tree: the same matches)."""
    return literal_alternation(list(words))


# One name of a list of businesses: capitalised words, "of" or "the" between them; "and" and "in"
# end it ("the restaurants Oriel and Petit Oriel in Dunmore").
_LISTED_NAME = r"[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|the)[^\S\n]+)?[A-Z][\w’'-]*){0,3}"
_LIST_JOINT = re.compile(r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
_DATED_WORK_WINDOW = 160  # characters before a dated title where its work noun may stand
_LIST_GAP = 8  # ", and ": at most this between two dated titles of one list


# Where a place may follow a title: "The Glass Orchard in London".
_PLACE_JOINT = re.compile(r"\s+(?:in|at|on)\s+")


def _quoted(group: str) -> str:
    """A title in quotes, caught in the named group `group`: in double quotes, a capital or a
    digit first, no line break, no quote mark; in single quotes (the British style: "the drama
    'Night Ward'"), also no apostrophe inside, as one could not be told from the closing quote,
    and no letter right after the closing one."""
    return (
        rf"[“\"](?P<{group}>[A-Z0-9][^“”\"\n]{{0,80}}?)[,.!?]?[”\"]"
        rf"|[‘'](?P<{group}_single>[A-Z0-9][^‘’'\n]{{0,80}}?)[,.!?]?[’'](?![\w’'])"
    )


# Words a title writes in lower case ("To Pimp a Butterfly", "Kissed by a Rose").
_TITLE_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "but",
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "is",
        "as",
    }
)


def _quoted_title_pattern(nouns: list[str], roles: list[str], acting: list[str]) -> re.Pattern[str]:
    """'her latest film "Night Harbor"', "the drama 'Night Ward'", 'the former "Salt Creek"
    star', 'is filming "Salt Kings"': a quoted title after a work noun (groups `noun` and
    `noun_single`), before a role with no comma of speech (group `role`), or a few words after an
    acting word of the same clause (groups `acting` and `acting_single`)."""
    lex = relation_lexicon()
    extra = _alternatives(nouns)
    role_words = _alternatives(roles)
    # up to eight words, no punctuation, between the acting word and the quote: "won a best actor
    # prize at Venice for", "nominated for supporting actress for"
    after_acting = rf"\b(?:{_alternatives(acting)})\b(?:[^\S\n]+[\w’'-]+){{0,8}}?[^\S\n]+"
    return re.compile(
        rf"(?:\b(?:{lex.work_nouns.pattern}|{extra}),?\s+(?:the\s+)?(?:\d{{4}}\s+)?"
        rf"(?:{_quoted('noun')})"
        rf"|(?<![\w’'])[“\"](?P<role>[A-Z0-9][^“”\"\n,.!?]{{0,80}})[”\"]\s+(?:{lex.title_roles.pattern}|{role_words})(?![\w-])"
        # (in single quotes too, British style: "the 'Night Ward' actress"; no apostrophe inside,
        # nor a letter right before the opening quote or after the closing one)
        rf"|(?<![\w’'])[‘'](?P<role_single>[A-Z0-9][^‘’'\n,.!?]{{0,80}})[’'](?![\w’'])\s+"
        rf"(?:{lex.title_roles.pattern}|{role_words})(?![\w-])"
        rf"|{after_acting}(?:{_quoted('acting')}))"
    )


def _named_alone(text: str, name: str, at: int) -> bool:
    """Whether the text writes `name` somewhere other than at `at` with no capitalised word or
    joining word after it ("The Silverhook star" besides "Silverhook in Tennessee")."""
    return any(
        match.start() != at
        for match in re.finditer(
            rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])(?!\s+(?:in|at|on|of|and)\s+[A-Z])", text
        )
    )


def _title_cased(title: str) -> bool:
    """ "Kill Em With Kindness", "To Pimp a Butterfly": every word capitalised but small words;
    a quoted sentence ("I loved it") is no title."""
    return all(not w[0].isalpha() or w[0].isupper() or w in _TITLE_SMALL_WORDS for w in title.split())


# ", 24," right after a name: the person's age
_AGE_APPOSITION = re.compile(r",\s*\d{1,2}\s*[,.;)]")


@lru_cache(maxsize=16)
def _case_folded(text: str) -> str:
    """`text` lower-cased as the regex engine folds case: the few other characters it takes for
    an ASCII letter made that letter first (`ASCII_FOR_CASE_EXTRAS`)."""
    return text.translate(ASCII_FOR_CASE_EXTRAS).lower()


def _holds_any_case(text: str, words: Iterable[str]) -> bool:
    """Whether `text` holds one of `words` in any case, as a case-insensitive pattern would find
    it: a pattern every match of which holds one need not search a text without any (a word
    that is not ASCII is never ruled out)."""
    folded = _case_folded(text)
    return any(not word.isascii() or word.lower() in folded for word in words)


@lru_cache(maxsize=16)
def _has_org_cue(text: str) -> bool:
    """Whether `text` holds a cue of `org_cue` and `org_named` anywhere, in any case: most texts
    hold none, and those patterns are slow to fail over a whole text. (Kept per text: asked for
    every name a cue may stand before.)"""
    return _holds_any_case(text, _entity_cues().org_cue_words)


def _named_by_org_cue(text: str, start: int, end: int) -> bool:
    """ "joined Veltrix in 2019", "played for Dunmore", "the CEO of Kestrel", "studied at Harlow":
    the name after an employer's, a club's or a school's cue is an organisation.  A name led by a
    known first name is one only when an organisation's words follow it ("joined Stanford as a
    lecturer"; "joined Ana Vey on stage" is a person)."""
    cues = _entity_cues()
    if not _has_org_cue(text) or not cues.org_cue.search(text, max(0, start - 40), start):
        return False
    # "joined Tamsin Orr, 24, and ...": an age in apposition is a person's
    if _AGE_APPOSITION.match(text, end):
        return False
    first = text[start:end].split()[0] if text[start:end].split() else ""
    return not _known_first_name(first) or cues.org_after.match(text[end : end + 30]) is not None


def _token_text(tok: Any) -> str:
    return str(tok.text)


@lru_cache(maxsize=_WORD_CACHE_SIZE)
def _participle_opening(token: Any, head: str) -> bool:
    """ "Replacing Dunmore was ...", "Supporting Vell in his search are ...": a sentence's first
    word, a verb's "-ing" form the tagger read as one, is no part of the name after it."""
    return bool(
        token.text == head
        and token.tag_ == "VBG"
        and token.is_sent_start
        and head.endswith("ing")
        and _in_dictionary(head)
    )


def _is_common_word(word: str) -> bool:
    """A relation noun or role ("Fiancé", "Husband", "Actress") capitalised, not a name (each word
    is tested once: the test tries every noun table of the lexicon)."""
    lex = relation_lexicon()
    lowered = word.lower()
    tables = [*lex.nouns.values(), *lex.ex_nouns.values(), lex.roles]
    return lowered in lex.male or lowered in lex.female or any(t.fullmatch(lowered) for t in tables)


def _first_name_not_noun(word: str) -> bool:
    """ "his father Guy Vane": a first name that is also a gendered common word ("guy") but no
    kinship noun, role or title ("Son Emil", "Actress Jane", "Judge Ana Vey") heads a name."""
    lex = relation_lexicon()
    lowered = word.lower()
    return (
        _known_first_name(word)
        and word not in lex.titles
        and lex.roles.fullmatch(lowered) is None
        and not any(t.fullmatch(lowered) for t in [*lex.nouns.values(), *lex.ex_nouns.values()])
    )


# What follows a name a speech verb opens: a colon ("Said Ellis: “…”") or a comma and an opening
# quote ("Added Ana Vey, “…”"). "Said Aziz was born ..." is a person named Said.
_SPEECH_AFTER_NAME = re.compile(r"^(?:['’]s)?\s*(?::|,\s*[“\"‘'])")
# What may stand right before a sentence-opening speech verb: the start of the text, a sentence's
# end, a closing quote or a line break.
_SPEECH_VERB_BEFORE = re.compile(r"(?:^|[.!?…:;]\s*[”\"’']?\s*|[”\"]\s*|\n\s*)$")


def _speech_verb_opening(text: str, start: int, head: str, end: int) -> bool:
    """ "Said Ellis: “…”", "Explained Tom Ashcroft: “…”": a capitalised speech verb opening a
    sentence before the speaker's name is not part of the name (the tagger often reads it as one)."""
    return (
        head.lower() in attribution_lexicon().speech_verbs
        and _SPEECH_VERB_BEFORE.search(text[max(0, start - 6) : start]) is not None
        and _SPEECH_AFTER_NAME.match(text[end : end + 6]) is not None
    )


def _looks_like_full_name(text: str, org_heads: frozenset[str]) -> bool:
    """ "Dara Holt" tagged ORG: two or three capitalised words (particles aside: "Anne-Marie du
    Noyer") led by a known first name (the first part of a hyphenated one counts)."""
    words = [w for w in text.split() if w not in _NAME_PARTICLES]
    while words and not words[-1][:1].isalpha():
        words.pop()  # "Paul Weston &" (of "Paul Weston & his Orchestra"): the ampersand is no name
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or words[-1] in org_heads:
        return False
    if words[-1] in relation_lexicon().place_heads:
        return False  # "Victoria Station", "Grace Hospital": a building named after someone
    return _gender_of(words[0].split("-")[0]) not in ("unknown", "andy")


def _conjoined_with_person(ent: Any, person_tokens: set[int], org_heads: frozenset[str]) -> bool:
    """ "Mira Vey and Caspian Roe were spotted": two capitalised words joined by "and" to a
    person's name are a person's name too, whatever the tagger labelled them."""
    words = ent.text.split()
    if ent.label_ != "ORG" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1] in org_heads:
        return False
    root = ent.root
    return (root.dep_ == "conj" and root.head.i in person_tokens) or any(
        c.dep_ == "conj" and c.i in person_tokens for c in root.children
    )


def _untagged_conjuncts(
    doc: Any, person_tokens: set[int], org_heads: frozenset[str]
) -> list[tuple[int, int]]:
    """ "Olumide Adeyemi-Clarke and Freja Valdes are engaged" with only the second name tagged:
    two or three capitalised words the tagger left untagged, joined by "and" or "&" right before
    or after a person's name, are a person's name too (the character spans)."""
    found: list[tuple[int, int]] = []
    # only the joints beside a tagged name are looked at (walking every token of the document
    # would build a spaCy token object for each)
    joints = {i + step for i in person_tokens for step in (-1, 1)}
    for i in sorted(joints):
        if not 0 < i < len(doc) - 1:
            continue
        joint = doc[i]
        if joint.lower_ not in ("and", "&"):
            continue
        before_is_person = joint.i - 1 in person_tokens
        after_is_person = joint.i + 1 in person_tokens
        if before_is_person == after_is_person:
            continue
        if after_is_person:  # the untagged name ends right before "and"
            end = joint.i
            start = end
            while start > 0 and _untagged_name_token(doc[start - 1]):
                start -= 1
        else:
            start = joint.i + 1
            end = start
            while end < len(doc) and _untagged_name_token(doc[end]):
                end += 1
        tokens = [t for t in doc[start:end] if t.text != "-"]
        if not 2 <= len(tokens) <= 3 or tokens[-1].text in org_heads:
            continue
        # the name must stand alone: no capitalised word glued on before or after it
        if (start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_sent_start is not True) or (
            end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ not in ("and", "&")
        ):
            continue
        if any(t.text in _NOT_NAMES or _is_common_word(t.text) for t in tokens):
            continue
        # "The Long Harbour and Ana Roe", "her Vey Award and": a determiner or possessive leads a thing
        if start > 0 and (doc[start - 1].pos_ in ("DET", "PRON") or doc[start - 1].tag_ == "POS"):
            continue
        found.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return found


def _untagged_name_token(token: Any) -> bool:
    """A capitalised proper noun outside every entity, or the hyphen of a double-barrelled name."""
    word = str(token.text)
    if token.ent_iob_ != "O":
        return False
    if word == "-":
        return not token.whitespace_
    return token.pos_ == "PROPN" and word[:1].isupper() and word.isalpha()


def _first_name_left_out(doc: Any, text: str, ent: Any, org_heads: frozenset[str]) -> Any | None:
    """ "Delphine Okoro-Whitlaw" with only "Okoro-Whitlaw" tagged (an organisation): a lone
    double-barrelled surname the tagger labelled, right after a known first name it left
    untagged, is a person's full name. The first name's token, or None."""
    if ent.start == 0 or ent.label_ not in _MISLABELLED_SURNAME or "-" not in ent.text or " " in ent.text:
        return None
    before = doc[ent.start - 1]
    if (
        before.ent_iob_ == "O"
        and before.pos_ == "PROPN"
        and text[before.idx + len(before.text) : ent.start_char] == " "
        and _looks_like_full_name(f"{before.text} {ent.text}", org_heads)
    ):
        return before
    return None


# Labels the tagger puts on a double-barrelled surname it split off its first name
# ("Okoro-Whitlaw" as an organisation).
_MISLABELLED_SURNAME = frozenset({"ORG", "NORP", "GPE", "FAC", "PRODUCT"})
# Words of `_NOT_NAMES` that are first names too: "Oscar" is an award, "Oscar Vane" a man.
_AWARD_FIRST_NAMES = frozenset({"Oscar", "Tony"})
# ", who ..." after a lone word: a relative clause of a person ("caught up with Oscar, who ...").
_WHO_AFTER = re.compile(r"^,?\s+who\b")


def _award_first_name(ent: Any, words: list[str], word: str, text: str, end: int) -> bool:
    """Is `word` (of `_AWARD_FIRST_NAMES`) the first name of a name the tagger calls a person,
    ending at `end`: leading a full name ("Oscar Vane") or alone before ", who" ("met Oscar,
    who ...")?"""
    return (
        word in _AWARD_FIRST_NAMES
        and ent.label_ == "PERSON"
        and words[0] == word
        and (len(words) >= 2 or _WHO_AFTER.match(text[end : end + 10]) is not None)
    )


def _place_head(word: str, unknown_first: bool) -> bool:
    """Does `word`, the last of a name, make the name a place ("Island"; "Lake" after a word that
    is no known first name)?"""
    cues = _entity_cues()
    return word in cues.place_heads or (unknown_first and word in cues.place_heads_unless_named)


_MIN_CAPITALS_WORD = 4  # "ABSOLUTELY": shorter all-capital words are more often initials or acronyms


def _capitals_no_name(text: str, name: str) -> bool:
    """Is `name` one all-capital word that names no person: a league's or a body's abbreviation
    ("WNBA") or an English word shouted ("ABSOLUTELY"), unless the text also writes it as a name
    ("PRINCE ... Prince")?"""
    if " " in name or not name.isupper() or not name.isalpha():
        return False
    return name in _entity_cues().acronyms or _shouted_word(text, name)


def _shouted_word(text: str, name: str) -> bool:
    """Is `name` an English word written in capitals for emphasis ("was ABSOLUTELY electric"),
    which the text never writes as a name ("Absolutely")?"""
    return (
        len(name) >= _MIN_CAPITALS_WORD
        and name.isupper()
        and name.isalpha()
        and name.lower() in _dictionary_words()
        and not whole_word_occurrences(text, name.capitalize())
    )


# A hyphenated given name's second syllable is short ("jae", "kyung"); words a tagger may glue to a
# name with a hyphen are not ("Orbison-type", "Vey-led", "Obama-era").
_SYLLABLE_LETTERS = 5
_NOT_SYLLABLES = frozenset({"led", "era", "ish", "esque", "like", "type", "style", "based", "born", "hards"})


# Right before a title: the verbs of acting in a work ("starred in", "was cast in").
_ACTED_IN = re.compile(r"\b(?:starred|stars|starring|co-starred|co-stars|appeared|appears|cast)\s+in\s+$")


def _acted_in(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] what someone starred, appeared or was cast in ("starred in
    Long Night at Arras": a work), not a possessive before it ("starred in Ana Vey's film")?"""
    acted = _ACTED_IN.search(text, max(0, start - 20), start) is not None
    return acted and not text.startswith(("'s", "’s"), end)


def _hyphen_joined_syllables(ent: Any) -> set[int]:
    """Token positions of the lower-case second syllable of a hyphenated given name inside a
    tagged name, and of its hyphen: "Seo Woo-kyung", "Kang Min-jae" (Korean given names are
    written so). Only inside the tagger's name and only with no space around the hyphen, so
    "the Obama-era rules" or "a Vey-led tour" (no name tagged across the hyphen) keep nothing."""
    joined: set[int] = set()
    tokens = list(ent)
    for before, hyphen, tail in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if (
            hyphen.text == "-"
            and not before.whitespace_
            and not hyphen.whitespace_
            and before.text[:1].isupper()
            and tail.text.isalpha()
            and tail.text.islower()
            and len(tail.text) <= _SYLLABLE_LETTERS
            and tail.text not in _NOT_SYLLABLES
            and (len(tail.text) <= 3 or not _in_dictionary(tail.text))
        ):
            joined.update((hyphen.i, tail.i))
    return joined


def _collect_person_candidates(
    doc: Any, outlets: list[tuple[int, int, Outlet]]
) -> list[tuple[int, int, str]]:
    """(start, end, name) of every span that names a person, before clustering (`outlets`: the
    outlet names written in the text, found once per document)."""
    lex = relation_lexicon()
    text = doc_text(doc)
    outlet_spans = [(s, e) for s, e, _ in outlets]
    patterns = _candidate_patterns()
    work_before, work_right_before, work_after = (
        patterns.work_before,
        patterns.work_right_before,
        patterns.work_after,
    )
    found: list[tuple[int, int, str]] = []
    ents = doc_ents(doc)  # (spaCy builds the spans anew on every read of `doc.ents`)
    person_tokens = {t.i for e in ents if e.label_ == "PERSON" for t in e}
    peoples = _entity_cues().not_birth_names
    called = _entity_cues().person_called
    places: list[tuple[int, int]] = []  # names refused as places (`_place_head`)
    for ent in ents:
        lead: Any | None = None  # a first name the tagger left outside the name (`_first_name_left_out`)
        if ent.label_ != "PERSON" and (
            ent.label_ in _PLACE_LABELS
            # "raised Roman Catholic": a faith or a people the tagger called one (NORP) is no
            # person, though its first word is a first name
            or (ent.label_ == "NORP" and ent.text.split()[-1] in peoples)
            or not (
                _looks_like_full_name(ent.text, lex.org_heads)
                or _conjoined_with_person(ent, person_tokens, lex.org_heads)
                or called.search(text, max(0, ent.start_char - 30), ent.start_char) is not None
                or (lead := _first_name_left_out(doc, text, ent, lex.org_heads)) is not None
            )
        ):
            continue
        # Drop lowercase tails the tagger glued on ("Calla Renwick’s fiancé").
        joined = _hyphen_joined_syllables(ent)
        tokens = [t for t in ent if t.text[:1].isupper() or t.text in ("’s", "'s") or t.i in joined]
        while tokens and (
            tokens[-1].text in ("’s", "'s")
            or (
                tokens[-1].pos_ not in ("PROPN", "NOUN", "ADJ", "X")
                # ("Jung Soo-ah" with "ah" tagged an interjection: a syllable of the given name)
                and tokens[-1].i not in joined
                # "Tamsin Emberly" with "Emberly" tagged an adverb: a capitalised word of a name
                # the tagger called a person, and no English word, stays
                and not (
                    ent.label_ == "PERSON"
                    and len(tokens) > 1
                    and _token_text(tokens[-1]).istitle()
                    and not _in_dictionary(_token_text(tokens[-1]))
                )
            )
        ):
            tokens = tokens[:-1]
        if not tokens:
            continue
        if lead is not None and tokens[0].i == ent.start:
            tokens = [lead, *tokens]
        tokens = _with_surname(doc, _with_first_names(doc, tokens))
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        name = strip_possessive(text[start:end])
        # "Son Emil", "Actress Jane Roe" opening a sentence: the capitalised word is not the name.
        head, _, rest = name.partition(" ")
        # "Prince Aurelio of Valdoria": a given name and a realm; the style is part of the name
        realm = head in lex.styles and rest.split()[1:2] == ["of"]
        if (
            rest
            and not realm
            and (
                (_is_common_word(head) and not _first_name_not_noun(head))
                or _speech_verb_opening(text, start, head, start + len(name))
                or _participle_opening(tokens[0], head)
            )
        ):
            start, name = start + len(head) + 1, rest
        # "Sir Elton Vale", "Lieutenant-General Sir Jo Marsh": titles are not part of the name.
        # "Miss Quill", "Lieutenant Odo": a title before a lone name too.
        while len(name.split()) >= 2 and all(w in lex.titles for w in name.split()[0].split("-")):
            head = name.split()[0]
            if head in lex.styles and name.split()[2:3] == ["of"]:
                break  # "Prince Aurelio of Valdoria" (above)
            if len(name.split()) >= 3 and name.split()[1] in _NAME_PARTICLES:
                # "Marquis de Valmont", "Baron von Aschberg": a title and a particle lead a
                # name that has no given name to stand without them
                break
            start, name = start + len(head) + 1, name[len(head) + 1 :]
        # "Sarah Vane MBE RDI", "Ana Vey PhD": letters after a name are honours, not part of it
        while len(name.split()) >= 3 and _POST_NOMINAL.match(name.split()[-1]):
            name = name.rsplit(" ", 1)[0]
        name = _cut_after_regnal_number(name)
        words = name.split()
        # "Ferdinand I": a king's number is not the pronoun "I"
        core = words[:-1] if len(words) > 1 and _REGNAL_NUMBER.match(words[-1]) else words
        # "Oscar" is no name, but "Oscar Vane" is one (`_award_first_name`)
        end = start + len(name)
        not_names = [w for w in core if w in _NOT_NAMES and not _award_first_name(ent, words, w, text, end)]
        if not words or not_names or any(s <= start < e for s, e in outlet_spans):
            continue
        # "John Major", "Diane Bishop": a known first name before a word that is also a title
        first_named = ent.label_ == "PERSON" and _looks_like_person_name(name) and words[0] not in lex.titles
        if (
            words[-1] in lex.org_heads
            # "Maison Verlaine", "RNK Marjan": an organisation's leading word or a club's letters
            or (len(words) >= 2 and words[0] in _entity_cues().org_leads | _entity_cues().club_prefixes)
            # "the Bourbon King", "Duke of Anjou" once its title is gone: no name is left
            or (words[-1] in lex.titles and not first_named and not _title_word_as_name(doc, ent, words))
            or not words[0][:1].isupper()
            or (
                work_right_before
                if ent.label_ == "PERSON" and ent.root.dep_ in _CLAUSE_OPENING_DEPS
                else work_before
            ).search(text[max(0, start - 30) : start])
            # "starred in Long Night at Arras": what one stars or is cast in is a work, not a person
            # ("starred in Ana Vey's film" is about Ana Vey's film: her possessive keeps her)
            or _acted_in(text, start, start + len(name))
            # "Suzanne Vey, a show for designers": a person's full name is not a title, unless the
            # words after the work noun go on about a work ("Georgia Vey, a drama about a singer")
            or (
                (described := work_after.match(text[start + len(name) : start + len(name) + 80])) is not None
                and (not first_named or _WORK_NOUN_ENDS.match(text, start + len(name) + described.end()))
            )
        ):
            continue
        # "Stroud’s Meridian" is a possessive phrase; "Fiancé" opening a sentence is a word.
        if re.search(r"['’]s\s", name) or (
            len(words) == 1 and _is_common_word(name) and not _title_word_as_name(doc, ent, words)
        ):
            continue
        # '"Divorce is not an option," Vey said': the tagger's "person" is the quote's first word
        if len(words) == 1 and len(tokens) == 1 and _quote_opening_word(doc, text, tokens[0]):
            continue
        # "a Paris Fashion Week party": an event; "the restaurant group Callaway Hospitality",
        # "his band, Copper Lanterns": an organisation (unless a known first name leads it).
        unknown_first = _gender_of(words[0].split("-")[0]) in ("unknown", "andy")
        # "Bowen Island", "Crater Lake": a geographic head word ends a place's name (no word of
        # which is a lone name either: "Crater")
        if len(words) >= 2 and _place_head(words[-1], unknown_first):
            places.append((start, start + len(name)))
            continue
        if (
            words[-1] in lex.event_heads
            or (
                _org_noun_before().search(text[max(0, start - 60) : start])
                and ent.root.dep_ not in SUBJECT_DEPS  # "the company Ana Vey founded": a person
            )
            # "his Glass Orchard co-star": a title before a role, unless a known first name leads it
            or (unknown_first and patterns.role_after.match(text[start + len(name) :]))
        ):
            continue
        if len(words) <= 2 and _named_by_org_cue(text, start, start + len(name)):
            continue  # "joined Galatasaray in 2015": a club, however the tagger labelled it
        found.append((start, start + len(name), name))
    # "Olumide Adeyemi-Clarke and Freja Valdes": an untagged name joined to a tagged one
    for start, end in _untagged_conjuncts(doc, person_tokens, lex.org_heads):
        if not any(s <= start < e for s, e in outlet_spans):
            found.append((start, end, text[start:end]))
    tagged = len(found)  # the spans above rest on the tagger's labels alone
    # A capitalised name right after a kinship noun is a person whatever the tagger said
    # ("son Bastien", "daughter Wren, born ...").
    for match in patterns.after_kin.finditer(text):
        name = strip_possessive(match.group(1))
        # "his wife, Lady Hong": the style is read by `_names_after_styles`
        if name.split()[0] in _NOT_NAMES or name.split()[0] in lex.titles:
            continue
        if any(s <= match.start(1) < e for s, e in outlet_spans):
            continue
        found.append((match.start(1), match.start(1) + len(name), name))
    # "sons Milo (born 2013) and Caspian": the second name of a children's list is a person too
    for match in _SECOND_CHILD.finditer(text) if _names_children(text) else ():
        name = match.group(1)
        if name not in _NOT_NAMES and not any(s <= match.start(1) < e for s, e in outlet_spans):
            found.append((match.start(1), match.end(1), name))
    for start, end, name in _children_list_names(text):
        if not any(s <= start < e for s, e in outlet_spans):
            found.append((start, end, name))
    found += _names_after_styles(text, outlet_spans, lex.titles)
    # "the Danish DJ Benedikt Sorensen" (tagged a law): a role, then a known first name
    for match in _name_after_role().finditer(text):
        start, name = match.start(1), match.group(1)
        if (
            _known_first_name(name.split()[0])
            and name.split()[0] not in _NOT_NAMES
            and not any(s < start + len(name) and start < e for s, e, _ in found)
            and not any(s <= start < e for s, e in outlet_spans)
        ):
            found.append((start, start + len(name), name))
    # "Ferdinand I", "Arvid II": a given name and a king's number, whatever the tagger said
    for match in _NUMBERED_NAME.finditer(text):
        given = match.group(1)
        if given in _NOT_NAMES or _gender_of(given) in ("unknown", "andy"):
            continue
        # "eight years on Kingsbridge General I wanted ...": a title is no given name, and the
        # "I" after it is the pronoun (the parse calls a king's "I" a pronoun too, so it cannot tell)
        if given in lex.titles:
            continue
        # "the University of Sevrin IV": the tail of a longer name the tagger saw (an
        # organisation's, a place's) is no king
        if any(e.start_char < match.start() < e.end_char and e.label_ != "PERSON" for e in ents):
            continue
        if not any(s <= match.start() < e for s, e in outlet_spans):
            found.append((match.start(), match.end(), match.group(0)))
    # "Ana van Berg (born 3 May 1990)": whatever precedes "(born" and looks like a name is one
    # (the pattern is tried only where the text has a bracket: it is slow to fail at every word).
    for match in _NAME_BEFORE_BORN.finditer(text) if "(" in text and ("born" in text or "b." in text) else ():
        name = match.group(1)
        words = name.split()
        # the pattern's letters take any case (names need not be ASCII): each word but the
        # particles must be capitalised
        while words and not words[0][:1].isupper():
            words = words[1:]
        # a nickname in quotes may stand between the names: 'Wilfried "Willi" Schneider'
        if len(words) < 2 or any(not w.strip('"')[:1].isupper() for w in words if w not in _NAME_PARTICLES):
            continue
        name = " ".join(words)
        if (
            words[0] in _NOT_NAMES
            or _is_common_word(words[0])
            or any(s <= match.start(1) < e for s, e in outlet_spans)
        ):
            continue
        found.append((match.end(1) - len(name), match.end(1), name))
    found += _numbered_heading_names(text, found, lex.org_heads | lex.place_heads | lex.event_heads)
    lone = _lone_names(doc, found, [*outlet_spans, *places])
    # names a kinship noun, a style, a children's list or "(born" introduced are sure
    sure = {name for _, _, name in found[tagged:]}
    unsure = [*found[:tagged], *lone]
    found += lone
    not_people = _words_never_a_person(doc, text, unsure, found, sure)
    found = [span for span in found if span[2] not in not_people]
    found += _placed_full_names(doc, found)
    found += _relatives_by_surname(text, found, lex.titles)
    found = [span for span in found if not _capitals_no_name(text, span[2])]
    # "Kalani Tuilagi Pictures": two names before an organisation's head word are the
    # organisation's name, no mention of a person "Kalani Tuilagi"
    found = [span for span in found if not _leads_org_name(text, span[1])]
    # "crowned Miss Serbia": a pageant's title; the place is no person
    pageants = [
        (m.start(), m.end())
        for m in (
            _entity_cues().pageant.finditer(text)
            if any(title in text for title in _entity_cues().pageant_titles)
            else ()
        )
    ]
    found = [span for span in found if not any(s <= span[0] < e for s, e in pageants)]
    # "his hometown Varnsby", "the town of Kellow": a settlement's noun names the place after it
    place_before = _entity_cues().place_before
    found = [span for span in found if not place_before.search(text, max(0, span[0] - 30), span[0])]
    # "Han Seo-ah", "Moon Tae-yang" with only "Han Seo" tagged: a given name's second syllable
    # glued on by a hyphen is part of the name
    found = [
        (s, e + len(m.group(0)), name + m.group(0)) if (m := _GLUED_SYLLABLE.match(text, e)) else (s, e, name)
        for s, e, name in found
    ]
    # "Brightloop CEO" before "Jon Fisk": a company and a title, no person
    found = [span for span in found if span[2].split()[-1] not in _entity_cues().executive_titles]
    firms = [(s, e) for s, e, _, _ in _executive_firms(text)]
    found = [span for span in found if not any(s <= span[0] and span[1] <= e for s, e in firms)]
    # (twice: "Ana Vey Thanks Sister Mira" may first be cut to "Ana Vey Thanks" and "Mira", where
    # the headline's shorter "Ana Vey Thanks" was known, and that is cut again to "Ana Vey")
    found = _trim_to_known_names(text, _trim_to_known_names(text, found))
    # "Ivo Lask Jr. was born": a generational suffix the tagger left outside a full name is part of it
    found = [
        (s, m.end(), name + m.group(0))
        if " " in name and (m := _SUFFIX_AFTER.match(text, e))
        else (s, e, name)
        for s, e, name in found
    ]
    # a seat is dropped only when the text never names it other than after a rank
    seats = {name for _, _, name in found} - {
        name for start, _, name in found if not _after_rank(text, start)
    }
    return [span for span in found if span[2] not in seats]


# A numbered heading line of a list article: "3. Ines Varga (2016-2018)", "4) Odo Brant".
_NUMBERED_HEADING = re.compile(
    r"^[^\S\n]*\d{1,2}[.)][^\S\n]+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})"
    r"[^\S\n]*(?:\([^)\n]*\))?[^\S\n]*$",
    re.MULTILINE,
)


def _numbered_heading_names(
    text: str, found: list[tuple[int, int, str]], not_heads: frozenset[str]
) -> list[tuple[int, int, str]]:
    """ "1. Ines Varga (2012-2014)" ... "5. Odo Brant (2019-2023)": in a list whose other numbered
    headings name people, each heading of two or three capitalised words names one too, whatever
    the tagger said of it (a list of films or places has no person heading beside it)."""
    headings = [(m.start(1), m.end(1), m.group(1)) for m in _NUMBERED_HEADING.finditer(text)]
    people = [h for h in headings if any(s == h[0] and e == h[1] for s, e, _ in found)]
    if len(headings) < 3 or 2 * len(people) < len(headings):
        return []  # a list most of whose headings the tagger knew as people
    return [
        h
        for h in headings
        if h not in people and h[2].split()[-1] not in not_heads and not _is_common_word(h[2].split()[0])
    ]


# A lowercase syllable joined by a hyphen right after a name: "-ah" of "Han Seo-ah".
# ("a Lena Voss-led film": an English word after the hyphen makes a compound, no name)
_GLUED_SYLLABLE = re.compile(
    r"-(?!(?:led|based|style|like|esque|era|type|born|owned|backed|free|run|made|less|wise|ish)\b)"
    r"[a-z]{1,6}(?![\w’'-])"
)


# A line set in title case (a headline, "MORE: See What Ana Vey Wore", "PHOTOS: ..."): at least
# this many of its longer words capitalised, and at least `_TITLE_LINE_WORDS` of them.
_TITLE_LINE_SHARE = 0.85
_TITLE_LINE_WORDS = 3
# After a "!" or "?" inside a line, a run of at least this many longer words, all capitalised.
_TITLE_RUN_WORDS = 5
_LONG_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n)[\"“‘']?$")


def _title_cased_line(text: str, at: int) -> bool:
    """Is the line holding `at` written in title case (every longer word capitalised)?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if re.search(r"[.!?]\s+\S", line):
        # sentences of prose, however many names they hold; but a headline's exclamation may open
        # a title-cased run ("Stunning Night! Ana Vey Happier Than Ever At Gala"): its own
        # words decide, when they are many
        boundaries = list(re.finditer(r"[.!?]\s+", line[: at - start + 1]))
        if not boundaries or boundaries[-1].group(0)[0] == ".":
            return False
        opened = boundaries[-1].end()
        if re.search(r"[.!?]\s+\S", line[opened:]):
            return False
        words = _LONG_WORD.findall(line[opened:])
        capitalised = sum(1 for w in words if w[0].isupper())
        return len(words) >= _TITLE_RUN_WORDS and capitalised == len(words)
    words = _LONG_WORD.findall(line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= _TITLE_LINE_WORDS and capitalised >= _TITLE_LINE_SHARE * len(words)


def _trim_to_known_names(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A "name" that is a person's name the text gives elsewhere plus capitalised English words
    is that name: "Ana Vey Diss Song" and "See What Ana Vey Looked" of a headline (title case
    capitalises every word), "Ana Vey Convinces Bo Lind" (two names and a word between), "Are
    Ana Vey" opening a question. The extra words must be dictionary words and no known first
    name ("Kim Vey West" keeps its last word outside a title-cased line)."""
    known = {name for _, _, name in found}
    # "Ana Vey Thanks Sister Mira" of a title-cased headline, "Mira Vey" named in the body: the
    # first word of a full name the text gives is that name's short form there
    first_words = {name.split()[0] for name in known if len(name.split()) >= 2}
    result: list[tuple[int, int, str]] = []
    for start, end, name in found:
        words = name.split()
        pieces: list[tuple[int, int]] = []  # word ranges of known names inside, left to right
        short_forms: set[int] = set()  # pieces of one word that are a full name's first word
        headline = len(words) >= 3 and _title_cased_line(text, start)
        i = 0
        while i < len(words) and len(words) >= 2:
            longest = range(len(words) - 1 if i == 0 else len(words), i, -1)  # (never the whole name)
            best = next((j for j in longest if " ".join(words[i:j]) in known), None)
            if (
                headline
                and i > 0
                and best in (None, i + 1)
                and words[i] in first_words
                and not _in_dictionary(words[i])
            ):
                best = i + 1
                short_forms.add(i)
            if best is None:
                i += 1
                continue
            if pieces and pieces[-1][1] == i:
                pieces[-1] = (pieces[-1][0], best)  # "Ned" then "Crane": one name, "Ned Crane"
            else:
                pieces.append((i, best))
            i = best
        inside = {k for a, b in pieces for k in range(a, b)}
        extra = [w for k, w in enumerate(words) if k not in inside]
        if (
            not pieces
            or not extra
            or not all(
                w.isalpha()
                and (_in_dictionary(w) or w in _entity_cues().headline_words)
                and not _known_first_name(w)
                for w in extra
            )
            or not (
                _title_cased_line(text, start)
                or len(pieces) >= 2
                # "Are Ana Vey ...?": the opening word of a sentence before a known name
                or (pieces == [(1, len(words))] and _SENTENCE_OPENING.search(text, 0, start) is not None)
                # "in November Vey claimed": a month before a known surname
                or (pieces == [(1, len(words))] and words[0] in _entity_cues().months)
            )
            # a full name the text knows, not one word of it ("Beckett Lyle" with "Lyle" known: the
            # English word list holds many surnames and first names)
            # (but "Luckily Ana": an adverb opening the sentence before a name said alone elsewhere)
            or (
                any(b - a < 2 and a not in short_forms for a, b in pieces)
                and not (
                    len(words) == 2
                    and (words[0].endswith("ly") or words[0] in _entity_cues().months)
                    and pieces == [(1, 2)]
                )
            )
        ):
            result.append((start, end, name))
            continue
        offsets = []
        at = start
        for word in words:
            at = text.index(word, at)
            offsets.append((at, at + len(word)))
            at += len(word)
        for a, b in pieces:
            result.append((offsets[a][0], offsets[b - 1][1], " ".join(words[a:b])))
    return result


# The word after a possessive "'s".
_REGNAL_WITH_STOP = re.compile(r"^[IVX]{1,5}\.$")


def _cut_after_regnal_number(name: str) -> str:
    """ "Ferdinand I. Later": a king's number closing a sentence, and the next sentence's first
    word the tagger took into the name; the name is "Ferdinand I". A middle initial stays ("Ann V.
    Rhee"): the word after a number is an English word, not a name."""
    words = name.split()
    for i in range(1, len(words) - 1):
        following = words[i + 1]
        if (
            _REGNAL_WITH_STOP.match(words[i])
            and _in_dictionary(following)
            and not _known_first_name(following)
            and words[i - 1][:1].isupper()
        ):
            return " ".join([*words[:i], words[i].rstrip(".")])
    return name


_POSSESSED_WORD = re.compile(r"['’]s\s+(\w+)")
# After a lone word, an age in apposition: "Vey, 53, said", "Vey (53)".
_AGE_AFTER = re.compile(r"\s*(?:,\s*\d{1,2}\s*[,.;]|\(\d{1,2}\))")


def _in_dictionary(word: str) -> bool:
    """Is the word, lower-cased, in the English word list (`_dictionary_words`), as written or
    without a plural "s"?"""
    words = _dictionary_words()
    lowered = word.lower()
    return lowered in words or (lowered.endswith("s") and lowered[:-1] in words)


def _words_never_a_person(
    doc: Any,
    text: str,
    unsure: list[tuple[int, int, str]],
    found: list[tuple[int, int, str]],
    sure: set[str],
) -> set[str]:
    """Lone words the tagger (or `_lone_names`) called a person that nothing else in the text
    backs: an English dictionary word ("Reputation", "Twilight", "Turkey", "Rumor", "Center"),
    no known first name, never a part of a longer name found in the text ("Swift" of "Ana
    Swift"), and at none of its occurrences given an age ("Seal, 53,") or anything only a person
    fits (`_person_evidence`: "Sting said", "Usher's wife", "Pink, who ..."). Names said after a
    kinship noun, a style, in a children's list or before "(born" (`sure`) are never dropped."""
    longer = {part for _, _, name in found if " " in name for part in re.split(r"[\s-]+", name)}
    candidates = {
        name
        for _, _, name in unsure
        if " " not in name
        and name not in longer
        and name not in sure
        and name not in _entity_cues().bare_titles  # "the Countess said": `_bare_title_person`
        and name.isalpha()
        and _in_dictionary(name)
        and not _known_first_name(name)
    }
    if not candidates:
        return set()
    others = _Intervals([(start, end) for start, end, name in found if name not in candidates])
    roles = relation_lexicon().roles
    possessed = _entity_cues().person_possessed
    backed: set[str] = set()
    thing_like: set[str] = set()
    # only the tokens written as a candidate, found in the parse's array of word ids: spaCy
    # builds a new Token object for every one walked
    ids = np.array(sorted(get_string_id(word) for word in candidates), dtype=np.uint64)
    for i in np.flatnonzero(np.isin(doc.to_array("ORTH"), ids)).tolist():
        token = doc[i]
        word = token.text
        if word not in candidates or word in backed:
            continue
        if _thing_context(doc, token):
            thing_like.add(word)
        end = token.idx + len(word)
        before = doc[token.i - 1].lower_ if token.i else ""
        if (
            _AGE_AFTER.match(text, end)
            or _person_evidence(doc, text, token, [token], token)
            or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _REFLEXIVES)
            # "Vivienne and Knox", "musicians Sting and Cole Brandt": beside another person's name
            or (token.dep_ == "conj" and others.overlaps(token.head.idx, token.head.idx + 1))
            or any(c.dep_ == "conj" and others.overlaps(c.idx, c.idx + 1) for c in token.children)
            # "the musicians Sting": a plural role word before the name
            or (before.endswith("s") and roles.fullmatch(before[:-1]) is not None)
            # "Lark's pregnancy", "Lark's birthday party"
            or ((owned := _POSSESSED_WORD.match(text, end)) is not None and owned[1].lower() in possessed)
        ):
            backed.add(word)
    return (candidates & thing_like) - backed


# Prepositions before a place, a work or an event rather than a person: "on Broadway", "in
# Twilight", "from Kettering". Not "to", "with", "by", "for", which take people as often.
_THING_PREPOSITIONS = frozenset({"in", "on", "at", "from", "into", "across", "throughout", "near", "inside"})
# Determiners a person's name does not take: "the Twilight saga", "her Reputation era".
_THING_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "her", "his", "their", "its", "my", "our"})


def _thing_context(doc: Any, token: Any) -> bool:
    """Is this occurrence of a lone capitalised word used as a thing's name: a modifier of a
    common noun ("the Suits actress", "a Cruise campaign"), after a determiner ("the Twilight"),
    after a preposition of place or of a work ("on Broadway", "in Turkey"), or a word alone as a
    sentence ("Remarry?")?"""
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return True
    if token.i and doc[token.i - 1].lower_ in _THING_DETERMINERS and doc[token.i - 1].dep_ in ("det", "poss"):
        return True  # not the conjunction "that": "believed that Vane was ..."
    # ("In 1931 Fowler trained as a glassblower": the preposition's object is the year, the name
    # the sentence's subject, whatever the parse hung it on)
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in _THING_PREPOSITIONS
        and not (token.i and (doc[token.i - 1].like_num or doc[token.i - 1].ent_type_ == "DATE"))
    ):
        return True
    # "Fig and Thistle", "Rise and Shine": two capitalised words joined by "and", neither a first
    # name, are a title or a business's name (the other is no name either)
    pair = token.head if token.dep_ == "conj" else next((c for c in token.children if c.dep_ == "conj"), None)
    if (
        pair is not None
        and abs(pair.i - token.i) == 2
        and doc[min(pair.i, token.i) + 1].lower_ in ("and", "&")
        and pair.text.istitle()
        and not pair.is_sent_start
        and _in_dictionary(pair.text)
        and not _known_first_name(pair.text)
    ):
        return True
    return token.is_sent_start and token.i + 1 < len(doc) and doc[token.i + 1].text in ("?", "!")


def _placed_full_names(doc: Any, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Tobiah Rennard-Voss and Mira Castellan are ...": a two-word name the tagger took for a
    place whose last word the text names alone as a person ("Rennard-Voss proposes") is that
    person's full name, unless its first word opens place names ("San Diego")."""
    lone = {name for _, _, name in found if " " not in name}
    if not lone:
        return []
    text = doc_text(doc)
    taken = [(s, e) for s, e, _ in found]
    place_words = _entity_cues().place_name_words
    extra: list[tuple[int, int, str]] = []
    for ent in doc_ents(doc):
        if ent.label_ not in _PLACE_LABELS:
            continue
        words = text[ent.start_char : ent.end_char].split()
        if (
            len(words) != 2
            or words[1] not in lone
            or not words[0][:1].isupper()
            or words[0] in place_words
            or words[0] in _NOT_NAMES
            or _is_common_word(words[0])
            or any(s < ent.end_char and ent.start_char < e for s, e in taken)
        ):
            continue
        extra.append((ent.start_char, ent.end_char, " ".join(words)))
    return extra


@lru_cache(maxsize=64)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built from the lexicon, compiled once: compiled per document, such patterns fell
    out of `re`'s own cache (evicted by the patterns made of each document's names) and were
    compiled again."""
    return re.compile(pattern, flags)


# "sons Milo (born 2013) and Caspian": the second name of a children's list.
_SECOND_CHILD = re.compile(
    r"\b(?:sons|daughters|twins|children|kids)\s*,?\s+[A-Z][\w’'-]+(?:\s*\([^()]{0,30}\))?,?\s+and\s+([A-Z][\w’'-]+)\b"
)


# "three children, Tobin, 13, Pell, 11, and Ysolde, 9", "their kids Wren (7) and Otto (4)": after
# a children's noun, capitalised words each followed by an age are the children's first names,
# whatever the tagger called them (a place, often). The age is what makes the list: without it
# "children, Vane said" would read "Vane" as a child.
# (an age may be written out: "Tobin, nine, and Pell, six")
_AGE_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)"
)
_AGED_ITEM = rf"[A-Z][\w’'-]+(?:,\s*(?:\d{{1,2}}|{_AGE_WORD})|\s*\(\s*\d{{1,2}}\s*\))(?![\w’'-])"
# A dash or colon may open the list ("their kids - Tobin, 13, ..."), and "twins" may lead a pair
# in it ("..., and twins Ivo and Ada, 6").
# ("three children together – Tobin, 6, ...": "together" may follow the noun)
_CHILDREN_NOUN = (
    r"\b(?:children|kids|sons|daughters|twins|grandchildren|stepchildren)(?:\s+together)?\s*[,:—–-]?\s+"
)
_NEXT_AGED_ITEM = rf",?\s+(?:and\s+)?(?:twins\s+)?(?:{_AGED_ITEM}|[A-Z][\w’'-]+(?=\s+and\s+{_AGED_ITEM}))"
_AGED_CHILDREN = re.compile(rf"{_CHILDREN_NOUN}((?:{_AGED_ITEM})(?:{_NEXT_AGED_ITEM})*)")
# "their four children are at the centre of it - Tobin, 13, Pell, 11, and Ysolde, 9": a run of three
# or more names each with an age, a children's noun earlier in the same sentence
_AGED_RUN = re.compile(rf"(?<![\w’'-])((?:{_AGED_ITEM})(?:{_NEXT_AGED_ITEM}){{2,}})")
_CHILDREN_EARLIER = re.compile(
    r"\b(?:children|kids|sons|daughters|twins|grandchildren|stepchildren)\b[^.!?]{0,60}$"
)
_AGED_NAME = re.compile(
    rf"([A-Z][\w’'-]+)(?=,\s*(?:\d|{_AGE_WORD}\b)|\s*\(|\s+and\s+[A-Z][\w’'-]+,\s*(?:\d|{_AGE_WORD}\b))"
)
# "her four kids — Tobin, Pell, Ysolde and Ivo —": with no ages, a closed list of three or more
# lone capitalised words (commas, then "and" before the last) set off by a dash or a colon after a
# children's noun names the children. The dash is what makes it a list of them: "children,
# Vane said" has none.
_LIST_CHILD = r"[A-Z][\w’'-]+(?![\w’'-]|\s+[A-Z])"
_LISTED_CHILDREN = re.compile(
    rf"\b(?:children|kids|sons|daughters|grandchildren|stepchildren)\s*[:—–-]\s*"
    rf"({_LIST_CHILD}(?:,\s+{_LIST_CHILD}){{1,}},?\s+and\s+{_LIST_CHILD})"
)
_CHILD_NAME = re.compile(r"[A-Z][\w’'-]+")
# The nouns of children `_AGED_CHILDREN`, `_CHILDREN_EARLIER`, `_LISTED_CHILDREN` and
# `_SECOND_CHILD` need, as written ("grandchildren" holds "children").
_CHILD_NOUNS = ("children", "kids", "sons", "daughters", "twins")


def _names_children(text: str) -> bool:
    """Whether `text` holds a noun of children at all: a text without one spares the searches
    for children's lists over the whole of it."""
    return any(noun in text for noun in _CHILD_NOUNS)


def _children_list_names(text: str) -> list[tuple[int, int, str]]:
    """The first names of the children's lists of `text` (`_AGED_CHILDREN`, `_LISTED_CHILDREN`)."""
    found: list[tuple[int, int, str]] = []
    if not _names_children(text):
        return found
    runs = list(_AGED_CHILDREN.finditer(text)) + [
        match
        for match in _AGED_RUN.finditer(text)
        if _CHILDREN_EARLIER.search(text, max(0, match.start() - 80), match.start())
    ]
    for match in runs:
        for item in _AGED_NAME.finditer(match.group(1)):
            span = (match.start(1) + item.start(1), match.start(1) + item.end(1), item.group(1))
            if span not in found:
                found.append(span)
    for match in _LISTED_CHILDREN.finditer(text):
        for item in _CHILD_NAME.finditer(match.group(1)):
            found.append((match.start(1) + item.start(), match.start(1) + item.end(), item.group(0)))
    return [span for span in found if span[2] not in _NOT_NAMES]


@dataclass(frozen=True)
class _CandidatePatterns:
    """Patterns of `_collect_person_candidates` built from the lexicon, compiled once (compiled
    per document they fell out of `re`'s cache, evicted by the per-name patterns, and were
    compiled again)."""

    work_before: re.Pattern[str]  # "the 2022 dance drama ": a title follows
    work_right_before: re.Pattern[str]  # "the film " with no comma
    work_after: re.Pattern[str]  # ", the 2022 dance drama": the description follows the title
    role_after: re.Pattern[str]  # " co-star": a title before a role
    after_kin: re.Pattern[str]  # "son Bastien", "daughter Wren, ..."


@cache
def _candidate_patterns() -> _CandidatePatterns:
    lex = relation_lexicon()
    works = lex.work_nouns.pattern
    kin = lex.nouns["child"].pattern + "|" + lex.nouns["spouse"].pattern + "|" + lex.nouns["engaged"].pattern
    return _CandidatePatterns(
        # "the 2022 dance drama Paper Lanterns": a title, whatever the tagger thought.
        work_before=re.compile(rf"(?:{works}),?\s+(?:\d{{4}}\s+)?$", re.IGNORECASE),
        # "At the end of the film, Kiri travels ...": after a comma, a name the tagger calls a
        # person and the parse a subject starts a clause ("her album, Velvet Skies, ..." is a title).
        work_right_before=re.compile(rf"(?:{works})\s+(?:\d{{4}}\s+)?$", re.IGNORECASE),
        # "Paper Lanterns, the 2022 dance drama": the description follows the title.
        work_after=re.compile(
            rf"^,\s+(?:the|a|an|her|his|their)\s+(?:\d{{4}}\s+)?(?:[\w-]+\s+){{0,2}}(?:{works})\b",
            re.IGNORECASE,
        ),
        role_after=re.compile(rf"\s+(?:{lex.title_roles.pattern})(?![\w-])", re.IGNORECASE),
        # (a name's two words stand on one line: "her son Rafe\n\nHollis said" is two people)
        after_kin=re.compile(rf"(?:{kin})\s*,?\s+((?:[A-Z][\w’'-]+)(?:[^\S\n]+[A-Z][\w’'-]+)?)"),
    )


# Nouns of media companies the shared org_nouns list lacks ("the streaming service Loopline",
# "the broadcaster Halden One"): the name after them is a company, not a person or a work.
_MORE_ORG_NOUNS = ("streaming service", "streaming platform", "streamer", "broadcaster", "network", "channel")


@cache
def _org_noun_before() -> re.Pattern[str]:
    """ "the restaurant group ", "his band, ", "a production company called ", "the Los Angeles
    recording studio ", "a boutique hotel, ": an organisation's name follows (a place's name of
    one or two capitalised words may say where it is)."""
    venues = _alternatives(_entity_cues().venue_nouns)
    bare = _alternatives(_entity_cues().bare_company_nouns)
    nouns = relation_lexicon().org_nouns.pattern + "|" + "|".join(_MORE_ORG_NOUNS)
    article = r"(?:the|a|an|his|her|their|its)\s+"
    described = r"(?:[a-z-]+\s+)?"
    return re.compile(
        # "the Los Angeles recording studio ": no comma after a place's name (an apposition
        # there is often a person's: "the leader of the Vey team, Ana Roe")
        rf"(?:\b{article}(?:[A-Z][\w’'-]*\s+){{1,2}}{described}(?:{nouns}|{venues})(?:\s+called|\s+named)?"
        # "a clinic in Milan, Okereke Physio": where it is may stand before the comma
        rf"|\b{article}{described}(?:{nouns})(?:(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,|\s+called|\s+named)?"
        # "a boutique hotel, The Harriet"; not "the owner of the inn, Ysolde" (the owner's name)
        rf"|(?<!of )\b{article}{described}(?:{venues})(?:,|\s+called|\s+named)?"
        # "joined streaming rival Plataforma Dos": no article is needed before these
        rf"|(?<![\w-])(?:{bare}))\s+$"
    )


def _after_rank(text: str, start: int) -> bool:
    """Whether the name at `start` follows a rank and "of": "comte de Martigny", "Lord of Beauvoir"."""
    rank = _AFTER_RANK_OF.search(text[max(0, start - 30) : start])
    return rank is not None and rank.group(1).lower() in relation_lexicon().seat_ranks


_NUMBERED_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+[IVX]{1,5}(?![\w’'-])")


# After a style, the name: one or two capitalised words and perhaps a king's number
# ("King Philip V of Spain", "Emperor Gaozu", "Lady Hong Chŏng-sun", "king Louis XIII").
@cache
def _name_after_style() -> re.Pattern[str]:
    """A style (any case), then one or two capitalised words and perhaps a king's number."""
    styles = _alternatives(relation_lexicon().styles)
    word = r"[A-Z][\w’'-]*[a-z][\w’'-]*"
    return re.compile(rf"(?<![\w’'-])(?i:{styles})\s+({word}(?:\s+{word})?(?:\s+[IVX]{{1,5}}\b)?)")


def _names_after_styles(
    text: str, outlet_spans: list[tuple[int, int]], titles: frozenset[str]
) -> list[tuple[int, int, str]]:
    """ "Bourbon King Philip V", "the Mughal Emperor Shah Jahan", "Queen Mary": what a royal or
    noble style is said of is a person's name, whatever the tagger made of it."""
    found: list[tuple[int, int, str]] = []
    for match in _name_after_style().finditer(text):
        words = match.group(1).split()
        # the style's own words and chains ("Prince Regent Luitpold") are not the name
        while words and (words[0] in titles or words[0] in relation_lexicon().styles):
            words = words[1:]
        # the style itself must be capitalised, or lowercase before a numbered king ("king Louis XIII")
        style = text[match.start() : match.start(1)].strip()
        numbered = bool(words) and _REGNAL_NUMBER.match(words[-1]) is not None
        if not words or not (style[:1].isupper() or numbered):
            continue
        if words[0] in _NOT_NAMES or _is_common_word(words[0]) or words[-1] in relation_lexicon().org_heads:
            continue
        name = " ".join(words)
        end = match.end(1)
        start = end - len(name)
        if text[start:end] != name or any(s <= start < e for s, e in outlet_spans):
            continue
        found.append((start, end, strip_possessive(name)))
    return found


# Entity labels the small model puts on a lone surname or first name it does not know
# ("Hartwig began ...", tagged GPE; "Cromwell has ...", tagged ORG).
# After "the show," a person's name that is a subject or a possessor opens a clause ("the show,
# Kiri Vane won ...", "the show, Kiri's rival ..."): it is no title set beside the noun.
_CLAUSE_OPENING_DEPS = SUBJECT_DEPS | {"poss"}
# Labels that keep an unknown word in an object's place from being read as a person: the tagger
# is right about places, companies and products there more often than not.
_UNKNOWN_OBJECT_REFUSED = _PLACE_LABELS | {"ORG", "PRODUCT"}
_MISTAKEN_LABELS = frozenset({"", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LOC"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})
# The same words as the parse's arrays hold them, and the part of speech of proper nouns there.
_PERSONAL_PRONOUN_IDS = np.array(sorted(get_string_id(word) for word in _PERSONAL_PRONOUNS), dtype=np.uint64)
_PROPN = PART_OF_SPEECH_IDS["PROPN"]


class _Intervals:
    """Character spans, asked whether any overlaps [start, end): sorted by start, with the
    furthest end reached so far, so each question is a bisection, not a scan of every span."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Is there a span (s, e) with s < end and start < e?"""
        before = bisect_left(self.starts, end)  # the spans that start before `end`
        return before > 0 and self.reach[before - 1] > start


def _lone_names(
    doc: Any, found: list[tuple[int, int, str]], outlet_spans: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Names of one to three proper nouns the tagger took for something else (or missed),
    kept when the parse treats them as a person: led by a known first name, or the subject (or
    possessor) of a sentence that speaks of a he or she."""
    lex = relation_lexicon()
    text = doc_text(doc)
    taken = _Intervals([(s, e) for s, e, _ in found] + outlet_spans)
    sentences = list(doc.sents)
    sentence_starts = [sent.start for sent in sentences]
    # read from the parse's arrays: spaCy builds a new Token object for every one walked
    personal = [0, *np.cumsum(np.isin(doc.to_array("LOWER"), _PERSONAL_PRONOUN_IDS), dtype=np.int64).tolist()]
    with_pronoun = [personal[sent.end] > personal[sent.start] for sent in sentences]
    extra: list[tuple[int, int, str]] = []
    bare_titles = _entity_cues().bare_titles
    # places the tagger saw after a preposition of place ("moved to Paris", "between Paris and")
    # (never one owning something there: "placed a stone in Ardley's hand")
    placed = {
        e.text
        for e in doc_ents(doc)
        if e.label_ in _PLACE_LABELS
        and _LOCATIVE.search(text[max(0, e.start_char - 25) : e.start_char])
        and not _POSSESSIVE_AFTER_NAME.match(text, e.end_char)
        # ("married to Ines Morais": a person, whatever the tagger said)
        and not _person_to_before().search(text, max(0, e.start_char - 30), e.start_char)
    }
    # Only proper nouns and capitalised words can be names (`_read_as_name`) or titles: read from
    # the arrays, a capital is a first letter (the token's PREFIX) that is upper case.
    arrays = doc.to_array(["POS", "PREFIX"]).reshape(len(doc), 2)
    firsts = np.unique(arrays[:, 1])
    capitals = firsts[[doc.vocab.strings[int(first)].isupper() for first in firsts.tolist()]]
    maybe_names = np.flatnonzero((arrays[:, 0] == _PROPN) | np.isin(arrays[:, 1], capitals)).tolist()
    # English words written capitalised inside a sentence somewhere ("At the top rope, Brisk beat")
    mid_capitals = {
        doc[i].text
        for i in maybe_names
        if doc[i].pos_ in _MISREAD_NAME_POS
        and not doc[i].is_sent_start
        and (doc[i - 1].is_alpha or doc[i - 1].text == ",")
    }
    for i in maybe_names:
        token = doc[i]
        if token.text in bare_titles:
            if _bare_title_person(doc, token, with_pronoun, bisect_right(sentence_starts, i) - 1, taken):
                extra.append((token.idx, token.idx + len(token.text), token.text))
            continue
        if not (
            _read_as_name(token)
            # "At the top rope, Brisk beat ... without her harness": an English word, capitalised
            # inside a sentence, acting as a person
            or (
                token.text in mid_capitals
                and token.pos_ in _MISREAD_NAME_POS
                and not token.ent_type_
                and _acts_as_person(token)
            )
        ) or (token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN"):
            continue
        # "Ilse Brandt": the tagger may call an unusual first name an adjective or a noun; a
        # capitalised word the first-name list knows still leads the name.
        words = [
            c
            for c in token.lefts
            if c.dep_ in ("compound", "flat", "amod")
            and (c.pos_ == "PROPN" or (c.text[:1].isupper() and _known_first_name(c.text)))
        ] + [token]
        # "Gagnon-Tremblay": a double-barrelled surname the tokenizer split at its hyphen
        hyphenated = _hyphenated_surname(doc, token)
        if hyphenated:
            words = [doc[token.i - 2], token]
            # "Noa Kealoha-Brandt": a known first name right before it leads the name
            given = doc[token.i - 3] if token.i >= 3 else None
            if (
                given is not None
                and given.whitespace_
                and given.is_alpha
                and given.text[:1].isupper()
                and (
                    _known_first_name(given.text)
                    # ("Kayode Ashdown-Pryce": a first name the list lacks, inside the one name the
                    # tagger saw)
                    or (
                        given.ent_iob_ == "B"
                        and doc[token.i - 2].ent_iob_ == "I"
                        and not _is_common_word(given.text)
                    )
                )
            ):
                words = [given, *words]
        if (
            len(words) > 4
            or words[-1].i - words[0].i != len(words) - (0 if hyphenated else 1)
            or any(c.dep_ == "compound" for c in token.rights)
        ):
            continue
        leading = words[0]
        # "Lieutenant George", "the DJ Remy Castell": a title or a role before the name is no part of it
        while len(words) > 1 and (
            words[0].text in lex.titles
            or _is_common_word(words[0].text)
            or _ROLE_ABBREVIATION.match(words[0].text)
        ):
            words = words[1:]
        start, end = words[0].idx, token.idx + len(token.text)
        labels = {w.ent_type_ for w in words}
        if (
            len(words) > 3
            or any(not w.text[:1].isupper() or w.text.isupper() or not _alphabetic(w.text) for w in words)
            or len(token.text) < _MIN_SHORT_FORM
            or not labels <= _MISTAKEN_LABELS
            # the name must be the whole of any entity the tagger saw there
            or (leading.ent_type_ and leading.ent_iob_ != "B")
            or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
            or (leading is words[0] and words[0].i > 0 and doc[words[0].i - 1].lower_ == "the")
            or any(_is_plain_word(w.text, lex.titles) for w in words)
            or token.text in lex.org_heads
            or taken.overlaps(start, end)
            or _named_by_org_cue(text, start, end)
            or _acted_in(text, start, end)
            or (len(words) == 1 and _quote_opening_word(doc, text, token))
            # "raised Roman Catholic": a faith or a people the tagger saw (NORP), not a person
            or ("NORP" in labels and words[-1].text in _entity_cues().not_birth_names)
        ):
            continue
        # "Mr Corby", "coach Jordan", "Jordan, who ...", "Jordan said": the text itself says a
        # person, whatever the tagger or the place list made of the name
        evidence = len(words) <= 2 and _person_evidence(doc, text, token, words, leading)
        if (
            not evidence
            and (
                text[start:end] in lex.places
                # "met at a Milan fashion week party": a lone word the tagger called a place, and
                # the parse a modifier of a common noun, is that place
                or (
                    len(words) == 1
                    and labels & {"GPE", "LOC"}
                    and token.dep_ in ("compound", "amod", "nmod")
                    and token.head.pos_ == "NOUN"
                )
                # "the family splits its time between Paris and Bamako ... the Paris label": a
                # name the text places somewhere else is that place here too, unless here it does
                # what its own he or she goes on with ("Vorlan ran for his old seat")
                or (text[start:end] in placed and not _subject_of_own_pronoun(token))
                # "in Ardley" is a place; "in Ardley's hand" is a person's; "father to Ardley" a person
                or (
                    token.dep_ != "poss"
                    and _LOCATIVE.search(text[max(0, start - 25) : start])
                    and not _person_after_preposition(token, words)
                )
            )
        ):
            continue
        # the token's sentence, found by bisection (`token.sent` builds the sentence's span anew)
        n = bisect_right(sentence_starts, i) - 1
        near_pronoun = any(with_pronoun[n : n + 1 + _LONE_NAME_PRONOUN_AHEAD])
        first_name = _known_first_name(words[0].text)
        # (a double-barrelled surname the parse hangs on its first half: that half's role)
        role_of = doc[token.i - 2] if hyphenated and token.head.i == token.i - 2 else token
        agent = (
            role_of.dep_ in ("nsubj", "nsubjpass", "poss")
            or (
                # "Ilse Brandt co-founded ...": a misparse leaves a name opening the sentence before its verb
                words[0].i == token.sent.start
                and token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ in ("VERB", "AUX")
            )
            or _misparsed_subject(doc, token)
        )
        # "the prize went to Ilse Brandt", "its founder, Ilse Brandt": a full name led by a known
        # first name is a person as an object or an apposition too, unless a place word ends it.
        full_name = (
            len(words) >= 2
            and token.dep_ in _NAME_OBJECT_DEPS
            and token.text not in lex.place_heads
            and token.text not in lex.event_heads
        )
        # "two sons: Isaiah, born in 2014, and Gideon": a first name listed beside a person's name
        # (or beside one found just before: "Ivy and Margot were born ...")
        beside_person = token.dep_ == "conj" and any(s <= token.head.idx < e for s, e, _ in [*found, *extra])
        # "Joe Morgan called Roush ...", "persuaded Smoothey that ...": a lone word no dictionary
        # knows, in an object's place, near a he or she, and tagged no place, company or product
        # ("he bought Zentrix" stays a company)
        # A first name and a surname neither of which any dictionary knows ("Voters sided with
        # Tavoke Arunai, and his party ...") are a person's even where the tagger saw a company
        # or a product: companies' names are mostly made of words.
        unknown_object = (
            (
                (len(words) == 1 and not labels & _UNKNOWN_OBJECT_REFUSED)
                or (len(words) == 2 and not labels & _PLACE_LABELS)
            )
            and near_pronoun
            and token.dep_ in _NAME_OBJECT_DEPS
            and all(_not_a_dictionary_word(w) for w in words)
            # "joined the streaming service Loopline": a company
            and not _org_noun_before().search(text[max(0, start - 40) : start])
        )
        # "encountered Odrin at the docks but could not capture him": the object of a verb
        # only a person is the object of, near a he or she, tagged no place
        person_verb_object = (
            near_pronoun
            and token.dep_ == "dobj"
            and not labels & _PLACE_LABELS
            and str(token.head.lemma_) in _entity_cues().person_objects
        )
        # "the last panel was painted by Thorn himself": a reflexive right after the name
        reflexive_after = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _REFLEXIVES
        married_name = len(words) >= 2 and bool(_UNION_VERB_BEFORE.search(text, max(0, start - 15), start))
        if (
            evidence
            or reflexive_after
            or (first_name and (agent or near_pronoun or full_name or beside_person))
            or (agent and near_pronoun)
            or unknown_object
            or person_verb_object
            or married_name
            or _person_object(token, lex.org_heads)
        ):
            extra.append((start, end, text[start:end]))
    return extra


# Roles of `relation_lexicon().roles` that say no person before a capitalised word: "a native
# Texan", "the host city", "the model T", "a pilot episode", "the star Vega".
_OWN_PRONOUNS = frozenset({"he", "she", "his", "her"})


# A verb of marrying right before a name: a full name after it is a person's even where the
# tagger placed it or the parse lost the verb ("married Ifeoma Nwosu": no one marries a town).
# (Not "dating": on the tuning sets it turned as many right readings wrong as it mended.)
_UNION_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:re)?(?:married|marries|marrying|weds|wed|divorced|divorcing)\s+$"
)


@cache
def _person_to_before() -> re.Pattern[str]:
    """A word that takes a person after "to" or "with" (`person_to`), then that preposition, right
    before a name: "married to ", "born to ", "engaged to "."""
    words = _alternatives(_entity_cues().person_to)
    return re.compile(rf"(?<![\w-])(?i:{words})\s+(?:to|with)\s+$")


def _subject_of_own_pronoun(token: Any) -> bool:
    """Is the name the subject of a verb whose own clause goes on with a he, she, his or her
    ("Vorlan ran for his old seat", "Though he doubted it, Vorlan paid")? Not through a relative
    clause ("Bamako, where he grew up, hosted ...")."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    for word in verb.subtree:
        if word.lower_ not in _OWN_PRONOUNS or word.i == token.i:
            continue
        step = word
        while step.i != verb.i and step.dep_ != "relcl" and step.head.i != step.i:
            step = step.head
        if step.i == verb.i:
            return True
    return False


_NOT_ROLE_BEFORE = frozenset({"native", "host", "model", "pilot", "star"})


def _person_evidence(doc: Any, text: str, token: Any, words: list[Any], leading: Any) -> bool:
    """What the text says of a lone name (its last word `token`, its first `words[0]`, with the
    title or role the tagger may have put inside it `leading`) that only a person fits: a
    person's title before it ("Mr Corby", "Bishop Aldo"), a role word ("coach Jordan", "the
    director Vane"), ", who" after it, a person's verb with it as subject ("Jordan said",
    "Vane was born"), a kinship noun after its possessive ("Jordan's wife"), or a noun of
    collaboration before "with" ("a collaborator with Lippman")."""
    cues = _entity_cues()
    first = words[0]
    if leading is not first and leading.text in cues.person_titles:
        return True  # "Mr Corby" parsed as one name
    if first.i > 0:
        before = doc[first.i - 1]
        if before.text in cues.person_titles and before.ent_type_ in ("", first.ent_type_):
            return True
        lowered = before.lower_
        if lowered == "young" and first.i > 1 and doc[first.i - 2].lower_ in ("a", "the"):
            return True  # "showing a young Odile Varn with her mother", "as the young Tamsa"
        if (
            before.text.islower()
            and lowered not in _NOT_ROLE_BEFORE
            and relation_lexicon().roles.fullmatch(lowered)
        ):
            return True
    end = token.idx + len(token.text)
    # ", who" after a lone word: not after "of" ("Senator Roe of Arizona, who": the senator) nor
    # said of a people; a longer name may be a company's ("an employee of Mojo Concerts, who ...")
    if (
        len(words) == 1
        and _COMMA_WHO.match(text, end)
        and not (token.dep_ == "pobj" and token.head.lower_ == "of")
        and token.ent_type_ != "NORP"
        and not _org_noun_before().search(text[max(0, first.idx - 40) : first.idx])
    ):
        return True
    # "Vexa, 34, is working on an album": an age set off after a lone name, a verb after it (not a
    # list of scores: "Leeds, 12, York, 9")
    if (
        len(words) == 1
        and _AGE_THEN_VERB.match(text, end)
        and not re.search(r"\d\s*(?:,\s*)?(?:(?:and|or)\s+)?$", text[max(0, first.idx - 12) : first.idx])
        # ("Prince Corvin of Estavia, 31, is": the age is the prince's, the realm no person)
        and not re.search(r"\b(?:of|in|from|at|near|to)\s+$", text[max(0, first.idx - 6) : first.idx])
    ):
        return True
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and str(head.lemma_) in cues.person_verbs:
        return True
    if token.dep_ == "poss" and any(t.fullmatch(head.lower_) for t in relation_lexicon().nouns.values()):
        return True
    return token.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in cues.person_with


# An age set off after a name and the verb of its clause: ", 34, is", ", 27, has been", ", 41, said".
_AGE_THEN_VERB = re.compile(
    r",\s*\d{1,2}\s*,\s+(?:is|was|has|had|have|said|says|told|tells|who|will|would|also|recently|"
    r"reportedly|allegedly|[a-z]+ed)\b"
)

# ", who" after a name (not "whose": "Manjeri, Kerala, whose ancestors ...").
_COMMA_WHO = re.compile(r",\s+who\b")


# Where a bare title acts as a person: a clause's subject or a possessor ("the Queen granted",
# "the Duke's claim").
_BARE_TITLE_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _bare_title_person(doc: Any, token: Any, with_pronoun: list[bool], n: int, taken: _Intervals) -> bool:
    """ "the Queen granted Englefield to her spymaster", "the Duke passed his claim to ...": a
    title of `bare_titles` (data/entities.toml) alone after "the", with no name or "of" after it,
    the subject or possessor of its clause, in a sentence that (or one of the next few that)
    speaks of a he or she, is a person. "the Queen Mother", "the Duke of Arden", "the King
    Cobra café" and a title the text writes lowercase are not."""
    if token.i == 0 or doc[token.i - 1].lower_ != "the" or token.dep_ not in _BARE_TITLE_DEPS:
        return False
    if token.i + 1 < len(doc):
        after = doc[token.i + 1]
        if after.text[:1].isupper() or after.lower_ == "of" or after.ent_iob_ == "I":
            return False
    if taken.overlaps(token.idx, token.idx + len(token.text)):
        return False
    return any(with_pronoun[n : n + 1 + _LONE_NAME_PRONOUN_AHEAD])


# Tags of a finite verb in the past or the third person: "... 1895 Hanbury was a critic".
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ"})
# A verb in the past right after a name ("Dunvale co-produced", "Vey recorded"): the name is a subject.
_FINITE_VERB_NEXT = re.compile(r"[^\S\n]+(?:[a-z]+-)?[a-z]{2,}ed\b")


def _misparsed_subject(doc: Any, token: Any) -> bool:
    """ "From 1892 to 1895 Hanbury was ...", "... and Wood recorded songs": a name right before a
    finite verb that has no subject of its own is that verb's subject, whatever the parse hung
    it on (an object of "to", a conjunct)."""
    if token.i + 1 >= len(doc) or token.dep_ in SUBJECT_DEPS:
        return False
    verb = doc[token.i + 1]
    return (
        verb.tag_ in _FINITE_VERB_TAGS
        and verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.head.children if verb.dep_ in ("aux", "auxpass"))
    )


def _hyphenated_surname(doc: Any, token: Any) -> bool:
    """Is `token` the second half of a capitalised double-barrelled name written without spaces
    ("Gagnon-Tremblay", "Diaz-Twine"), whose first half the parse hangs on it?"""
    if token.i < 2 or doc[token.i - 1].text != "-":
        return False
    first = doc[token.i - 2]
    return bool(
        not first.whitespace_
        and not doc[token.i - 1].whitespace_
        and first.text[:1].isupper()
        and first.is_alpha
        # (or the parse hangs the second half on the first, or both on one word: "Kayode
        # Ashdown-Pryce has ...")
        and (first.head.i == token.i or token.head.i in (first.i, first.head.i))
    )


def _person_after_preposition(token: Any, words: list[Any]) -> bool:
    """ "father to Ivy", "born to Polly Vane", "talks to Rebecca": after a word that takes a person
    (`person_to` in data/entities.toml) "to" names one; and a full name led by a known first name
    that the tagger did not place is a person after any preposition ("a letter from Ilse Brandt")."""
    if (
        _looks_like_person_name(" ".join(w.text for w in words))
        and not {w.ent_type_ for w in words} & _PLACE_LABELS
    ):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        return _lashed_out_at(token)
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "with"):
        return False
    return str(token.head.head.lower_) in _entity_cues().person_to


def _lashed_out_at(token: Any) -> bool:
    """Is `token` the object of "at" after a verb of lashing out at someone (`person_at`: "Katie
    snapped at Ivy", "lashed out at Vane"), not in the passive ("was snapped at Heathrow")?"""
    verb = token.head.head
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "at"
        and str(verb.lemma_) in _entity_cues().person_at
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


# A role written as capitals before a name: "DJ Remy Castell", "MC Jo Vane".
_ROLE_ABBREVIATION = re.compile(r"^(?:DJ|MC|VJ)$")


# Verbs whose passive agent is a person ("coached by Callaghan", "raised by Okonkwo"): the
# small model tags a lone unknown surname there as an organisation or a place.  Verbs whose
# agent is as often a company ("published by", "acquired by", "owned by") are left out.
_PERSON_AGENT_VERBS = frozenset(
    {
        "coach", "mentor", "train", "tutor", "teach", "raise", "marry", "accompany",
        "interview", "photograph", "paint", "portray", "direct", "succeed", "replace", "defeat",
        "beat", "murder", "kill", "assassinate", "shoot", "stab", "kiss", "dump", "divorce",
        "father", "mother", "partner", "escort", "survive", "nominate", "knight",
        # a song "covered by Carola": a singer (a tagger's place or company name there is one)
        "cover",
    }
)  # fmt: skip
# Verbs that take a person and a to-infinitive ("asked Marenghi to stay", "persuaded Vey to
# sign"): their object is somebody who can be asked.
_OBJECT_CONTROL_VERBS = frozenset(
    {
        "ask", "tell", "persuade", "urge", "convince", "beg", "invite", "encourage", "instruct",
        "advise", "implore", "order", "warn", "remind", "pressure", "coax", "inspire", "challenge",
    }
)  # fmt: skip


def _person_object(token: Any, org_heads: frozenset[str]) -> bool:
    """A lone capitalised name in an object position only a person fills: the passive agent of
    a verb done by people ("coached by Callaghan") or the object of a verb of asking followed
    by a to-infinitive ("asked Marenghi to stay")."""
    if token.text in org_heads or token.ent_type_ not in ("ORG", "GPE", "NORP", ""):
        return False
    if any(c.dep_ in ("compound", "flat") for c in token.lefts):
        return False  # only a lone surname: "adopted by Edmonton City Council" is a council
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.lower_ == "by":
        return str(token.head.head.lemma_) in _PERSON_AGENT_VERBS
    if _lashed_out_at(token):
        return True
    if token.dep_ == "dobj" and str(token.head.lemma_) in _OBJECT_CONTROL_VERBS:
        return any(
            c.dep_ in ("xcomp", "ccomp")
            and c.i > token.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in token.head.children
        )
    return False


# Parts of speech the tagger gives a capitalised name it does not know ("Wood won ...", "Dolly
# plans ...": a common noun, a verb, an adverb).
_MISREAD_NAME_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
# First-name list answers sure enough to read a capitalised common word as a name.
_SURE_FIRST_NAME = frozenset({"male", "female"})


def _read_as_name(token: Any) -> bool:
    """A proper noun, or a capitalised word the tagger misread as a common word that is still a
    name: one the entity tagger labelled as a name of some kind ("Wood" as an organisation), or
    one the first-name list surely knows ("Alice imagines ...", tagged a noun)."""
    if token.pos_ == "PROPN":
        return True
    if token.pos_ not in _MISREAD_NAME_POS or not token.text[:1].isupper() or token.lower_ in STOP_WORDS:
        return False
    if token.ent_type_ and token.ent_type_ in _MISTAKEN_LABELS and token.ent_iob_ == "B":
        return True
    if token.ent_type_:
        return False
    # "Thoms later appeared ...", "Wiggins caught the eye ...": a capitalised word no English
    # dictionary knows, which the tagger could only guess was a common noun
    return _gender_of(token.text) in _SURE_FIRST_NAME or _not_a_dictionary_word(token)


# Quotation marks that may open a quote.
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def _quote_opening_word(doc: Any, text: str, token: Any) -> bool:
    """An English word right after an opening quote mark ('"Divorce is not an option," Vey said')
    is capitalised because it opens the quote, and the tagger may call it a proper noun; it is no
    name unless it is a first name or the text writes it so elsewhere ("Flint lied ... Flint")."""
    if token.i == 0:
        return False
    mark = doc[token.i - 1]
    # an opening mark touches the word it opens ('," Vey said': a closing one is followed by a space)
    if mark.text not in _OPENING_QUOTES or mark.whitespace_:
        return False
    return (
        not _known_first_name(token.text)
        and not _not_a_dictionary_word(token)
        and len(whole_word_occurrences(text, token.text)) == 1
    )


def _not_a_dictionary_word(token: Any) -> bool:
    """Is the word missing from the English word list of the lemmatizer's tables
    (`_dictionary_words`), as written, as its lemma and without a plural "s"? Capitalised, such
    a word is most likely a name. (A token from a pipeline without a lemmatizer has no lemma.)"""
    words = _dictionary_words()
    if not words:
        return False
    return not (_in_dictionary(token.lower_) or str(getattr(token, "lemma_", "")).lower() in words)


@cache
def _dictionary_words() -> frozenset[str]:
    """The English nouns, verbs, adjectives and adverbs the default pipeline's rule lemmatizer
    knows (its `lemma_index`, from WordNet); empty where the pipeline's files cannot be read,
    which turns `_not_a_dictionary_word` off."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        from allegedly.understand.language import DEFAULT_MODEL

        found = sorted(get_package_path(DEFAULT_MODEL).glob("*/lemmatizer/lookups"))
        if not found:
            return frozenset()
        tables = Lookups().from_disk(found[0])
        index, irregular = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    except (OSError, ImportError, KeyError, ValueError):
        return frozenset()
    # the irregular forms too ("children", "geese"): the index holds only lemmas
    return frozenset(
        [word for words in index.values() for word in words]
        + [form for forms in irregular.values() for form in forms]
    )


# Where a full name stands as an object or an apposition, not as a subject.
_NAME_OBJECT_DEPS = frozenset({"dobj", "pobj", "appos", "conj", "attr", "dative", "oprd"})
# A lone name is kept when its sentence or one of this many after it speaks of a he or she.
_LONE_NAME_PRONOUN_AHEAD = 2


# A letter a text lost in conversion, written "*" inside a name ("Bol*var", "L*wenthal"): as
# many letters besides as that, so that a censored word ("Sh*t", "B*tch") is no name.
_LOST_LETTER = re.compile(r"(?<=[^\W\d_])\*(?=[^\W\d_])")
_LOST_LETTER_WORD = 5


def _alphabetic(word: str) -> bool:
    """Letters only, inner hyphens and apostrophes allowed ("Gagnon-Vey", "O'Dare"), and a
    letter lost inside a name of some length (`_LOST_LETTER`)."""
    letters = re.sub(r"(?<=\w)[-'’](?=\w)", "", word)
    if "*" in letters and len(letters.replace("*", "")) >= _LOST_LETTER_WORD:
        letters = _LOST_LETTER.sub("", letters)
    return letters.isalpha()


def _is_plain_word(word: str, titles: frozenset[str]) -> bool:
    """A capitalised word that cannot be a first name: a function word opening a sentence,
    a title, a relation noun or role."""
    return word.lower() in STOP_WORDS or word in titles or word in _NOT_NAMES or _is_common_word(word)


# Parts of speech a first name the tagger did not know may get ("Omero" as a common noun).
_NAME_PART_POS = frozenset({"PROPN", "NOUN", "X"})


def _inside_another_name(doc: Any, start: int, end: int) -> bool:
    """ "Pia Vidal" when only "Vidal" is known: a lone name right after a capitalised word that
    could be a first name is the end of somebody else's name. A word the parse reads as a
    preposition, verb or adjective ("Despite Vidal's", "Jewish Vidal") or a nationality is not one."""
    text = doc_text(doc)
    # a line break ends the word's line: "... and Magnus Vey\nOkoro-Whitlaw and ..." (a heading above)
    before = re.search(r"([A-Z][\w’'-]*)[^\S\n]$", text[max(0, start - 30) : start])
    if before is None or _is_plain_word(before.group(1), relation_lexicon().titles):
        return False
    word_start = start - len(before.group(0))
    if _speech_verb_opening(text, word_start, before.group(1), end):
        return False  # "Said Ellis: “…”": the speech verb is no first name
    span = doc.char_span(word_start, word_start + len(before.group(1)))
    if span is None or len(span) != 1:
        return True
    word = span[0]
    return (word.pos_ in _NAME_PART_POS and word.ent_type_ != "NORP") or _known_first_name(word.text)


_NEXT_WORD = re.compile(r"[^\S\n]+([A-Z][\w’'-]*)")


def _named_for_founder(words: list[str], person_parts: set[str]) -> bool:
    """ "Ashby Records", "Kylie Cosmetics": a capitalised organisation's name may begin with its
    founder's name, then its head word; not "Jenner for Kylie Cosmetics" (a person, then more)."""
    lead = 0
    while lead < len(words) and words[lead] in person_parts:
        lead += 1
    rest = words[lead:]
    return (
        lead > 0
        and len(set(words[:lead])) == lead  # "Weinstein Sues Weinstein Company": a headline
        and bool(rest)
        and rest[-1] in relation_lexicon().org_heads
        and all(w[:1].isupper() and w not in person_parts for w in rest)
    )


def _leads_org_name(text: str, end: int) -> bool:
    """ "Gerald Ashby founded Ashby Records": a lone surname right before an organisation's head
    word ("Records", "Productions", "Broadcasting") is the first word of the organisation's name,
    no mention of the person."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in relation_lexicon().org_heads


def _relatives_by_surname(
    text: str, found: list[tuple[int, int, str]], titles: frozenset[str]
) -> list[tuple[int, int, str]]:
    """ "Declan Carrow" beside "Oisin Carrow": a capitalised word before a known person's
    surname names a relative, whatever the tagger said of it."""
    surnames = {name.split()[-1] for _, _, name in found if len(name.split()) >= 2}
    taken = {(s, e) for s, e, _ in found}
    extra: list[tuple[int, int, str]] = []
    for surname in sorted(surnames):  # a fixed order: overlapping finds resolve the same way each run
        # written once, the surname is only the found name's own (which is skipped below)
        if len(surname) < _MIN_SHORT_FORM or text.count(surname) < 2:
            continue
        # (on one line: "... on Saturday\n\nQuintanilla-Reyes was" is a paragraph's first word)
        for start, end, word in _words_before(text, surname):
            if _is_plain_word(word, titles) or any(s <= start < e or s < end <= e for s, e in taken):
                continue
            extra.append((start, end, text[start:end]))
            taken.add((start, end))
    return extra


def _words_before(text: str, surname: str) -> list[tuple[int, int, str]]:
    """The matches of `(?<![\\w’'-])([A-Z][\\w’'-]+)[^\\S\\n]+<surname>(?![\\w’'-])` in order, as
    (start, end, first word), found with `str.find` (a pattern per surname per document was
    compiled afresh each time). Each match is the one word run that ends just before the
    spaces before a whole-word surname; runs overlapping the previous match are skipped."""
    if not surname or surname[0].isspace():
        pattern = rf"(?<![\w’'-])([A-Z][\w’'-]+)[^\S\n]+{re.escape(surname)}(?![\w’'-])"
        return [(m.start(), m.end(), m.group(1)) for m in re.finditer(pattern, text)]
    found: list[tuple[int, int, str]] = []
    last_end = 0
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        spaces = at
        while spaces > 0 and text[spaces - 1] != "\n" and text[spaces - 1].isspace():
            spaces -= 1
        if spaces < at and not (end < len(text) and _name_char(text[end])):
            start = spaces
            while start > 0 and _name_char(text[start - 1]):
                start -= 1
            if spaces - start >= 2 and "A" <= text[start] <= "Z" and start >= last_end:
                found.append((start, end, text[start:spaces]))
                last_end = end
        at = text.find(surname, at + 1)
    return found


def _with_first_names(doc: Any, tokens: list[Any]) -> list[Any]:
    """A name's tokens with the capitalised compounds the tagger left out before it.

    The small model often drops a first or middle name it does not know ("Omero" of "Omero
    James Mumba" is tagged a common noun) while the parse still attaches it to the name."""
    first = tokens[0]
    inside = {t.i for t in tokens}
    while first.i > 0:
        before = doc[first.i - 1]
        if (
            before.dep_ != "compound"
            # "the Mughal Emperor Shah Jahan": a style ends the name's left edge
            or before.text in relation_lexicon().titles
            or before.head.i not in inside
            or before.pos_ not in ("PROPN", "NOUN")
            or not before.text[:1].isupper()
            or before.text.isupper()
            or not before.text.isalpha()
            or before.text in _NOT_NAMES
            or _is_common_word(before.text)
            or before.ent_type_ in ("DATE", "CARDINAL", "ORDINAL")
            # an organisation of several words is one ("Tate Modern"); a lone word tagged ORG
            # before a name is usually a first name the tagger did not know
            or (before.ent_type_ == "ORG" and (before.ent_iob_ != "B" or first.ent_iob_ != "B"))
            or doc_text(doc)[before.idx + len(before.text) : first.idx] != " "
        ):
            break
        tokens = [before, *tokens]
        inside.add(before.i)
        first = before
    return tokens


# Labels the tagger may put on a surname it splits off a first name ("Rowan" a person,
# "Ashgrove" nothing or a place): a one-word entity of these may end the name.
_SURNAME_MISLABELS = frozenset({"", "GPE", "LOC", "ORG", "NORP", "FAC"})


def _with_surname(doc: Any, tokens: list[Any]) -> list[Any]:
    """A lone first name with the surname the tagger left out after it ("Rowan" of "Model Kira
    Delane and Rowan Ashgrove have married", "Ashgrove" unlabelled or taken for a place): the
    parse makes the first name a compound of the next proper noun."""
    if len(tokens) != 1 or not _known_first_name(tokens[0].text):
        return tokens
    first = tokens[0]
    if first.dep_ != "compound" or first.head.i != first.i + 1:
        return tokens
    after = first.head
    lex = relation_lexicon()
    if (
        after.pos_ != "PROPN"
        or not after.text[:1].isupper()
        or after.text.isupper()
        or not _alphabetic(after.text)
        or after.ent_type_ not in _SURNAME_MISLABELS
        or (after.ent_type_ and after.ent_iob_ != "B")
        or (after.i + 1 < len(doc) and doc[after.i + 1].ent_iob_ == "I")
        or any(c.dep_ == "compound" and c.i > after.i for c in after.children)
        or _is_plain_word(after.text, lex.titles)
        or after.text in lex.org_heads
        or after.text in lex.place_heads
        or after.text in lex.places
        or doc_text(doc)[first.idx + len(first.text) : after.idx] != " "
    ):
        return tokens
    return [first, after]


def _title_word_as_name(doc: Any, ent: Any, words: list[str]) -> bool:
    """ "Don tells Jim ...", "brought Earl to the States": a lone word that is a title and a first
    name the name list surely knows, tagged a person, with no "the" before it and no capitalised
    word after it, is the first name."""
    if len(words) != 1 or ent.label_ != "PERSON" or len(ent) != 1:
        return False
    if _gender_of(words[0]) not in _SURE_FIRST_NAME and not _acts_as_person(ent.root):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (before is None or before.lower_ != "the") and (after is None or not after.text[:1].isupper())


_REFLEXIVES = frozenset({"himself", "herself"})


def _acts_as_person(token: Any) -> bool:
    """ "King sold himself out", "Brisk tried ... without her harness": a word that is the subject
    of a verb whose own clause goes on with a he, she, his, her, himself or herself is a person's
    name (a surname that is also an English word or a title)."""
    if token.dep_ != "nsubj":
        return False
    if any(c.lower_ in _REFLEXIVES for c in token.head.children):
        return True
    return _subject_of_own_pronoun(token)


def _display_name(name: str) -> str:
    """ "JUNO Price" → "Juno Price": a shouted word in a mixed-case name is house style."""
    words = name.split()
    if len(words) < 2 or all(w.isupper() for w in words):
        return name
    # (initials keep their capitals: "H.W.", "M.A")
    return " ".join(
        w.capitalize() if w.isupper() and len(w) > 2 and not _REGNAL_NUMBER.match(w) and "." not in w else w
        for w in words
    )


# Generational suffixes after a surname: "Paul Roe Jr.", "Ann Vey Sr".
_GENERATIONAL = frozenset({"Jr.", "Jr", "Sr.", "Sr", "Jnr", "Snr"})


# A generational suffix right after a name, outside it: " Jr." of "Ivo Lask Jr. was born", " the
# Younger" of "his son Ivo Lask the Younger".
_SUFFIX_AFTER = re.compile(r" (?:Jr\.?|Sr\.?|Jnr|Snr|the Younger|the Elder)(?![\w’'-])")


def _name_core(parts: list[str]) -> tuple[list[str], str | None]:
    """A name's words without a generational suffix or a king's number, and that suffix:
    "Paul Roe Jr." → (["Paul", "Roe"], "Jr"), "Carol II" → (["Carol"], "II"), "Ivo Lask the
    Younger" → (["Ivo", "Lask"], "Younger")."""
    if len(parts) >= 2 and (parts[-1] in _GENERATIONAL or _REGNAL_NUMBER.match(parts[-1])):
        return parts[:-1], parts[-1].rstrip(".")
    if len(parts) >= 3 and parts[-2] == "the" and parts[-1] in ("Younger", "Elder"):
        return parts[:-2], parts[-1]  # "Thomas Wilkes the Younger"
    return parts, None


# "their son, Kenzo Vale", "Baby Wren Vale": a name introduced so is a child's, whom the text
# calls by a first or full name; a surname alone is the parent's.
_INTRODUCED_AS_CHILD = re.compile(
    r"\b(?:baby|newborn|son|daughter|grandson|granddaughter)\s*,?\s*(?:named\s+)?$", re.IGNORECASE
)


@cache
def _introduced_as_kin() -> re.Pattern[str]:
    """A kinship word of a parent or a child just before a name (`generations` in data/entities.toml):
    "the son of judge ", "his father, ", "her daughter "."""
    words = _alternatives(_entity_cues().generation_words)
    return re.compile(
        rf"\b(?:{words})(?:\s+of)?\s*,?(?:\s+(?:the|late|[a-z]+)){{0,2}}\s*,?\s*$", re.IGNORECASE
    )


def _longer_form(
    core: list[str],
    name: str,
    clusters: dict[str, PersonCluster],
    first_seen: dict[str, int],
    kin_introduced: set[str],
) -> PersonCluster | None:
    """The only longer full name met before `name` whose words begin or end with all of `name`'s:
    "Ines Varga Holm ... Varga Holm" (a double family name, or a given name left out), "Ines
    Varga Holm ... Ines Varga" (a married name left out). None where two fit or a kinship word
    introduces either name (a namesake relative)."""
    if name in kin_introduced:
        return None
    size = len(core)
    fitting = [
        c
        for c in clusters.values()
        if _name_core(c.parts)[1] is None
        and len(c.parts) > size
        and (c.parts[-size:] == core or c.parts[:size] == core)
        and min(first_seen.get(a, 10**9) for a in c.aliases) < first_seen[name]
        and not any(a in kin_introduced for a in c.aliases)
    ]
    return fitting[0] if len(fitting) == 1 else None


_NAMESAKE_LEAD = re.compile(r"(?:,|\s+(?:was|is))\s+(?:born\b|(?:the|a|an)\s)")
# Where and when a lone surname's person was born, before the kinship words: "was born on 4 May
# 1901 in Lisle, Ohio, the daughter of" (no sentence's end between).
_BORN_WHERE = r"(?:born\b[^.;]{0,80}?,\s+|born\s+)?"


def _children_of_namesakes(candidates: list[tuple[int, int, str]], text: str) -> set[str]:
    """Surnames said alone, then told a child of a full name ending in them: "Orme was the
    daughter of the banker Silas Orme", "Orme, the son of Silas Orme": the child, whom the
    text calls by the family name; the parent is the full name."""
    surnames = {n.split()[-1] for _, _, n in candidates if len(n.split()) >= 2}
    words = _alternatives(_entity_cues().offspring_words)
    found: set[str] = set()
    for _, end, name in candidates:
        if " " in name or name not in surnames or name in found:
            continue
        sentence = _SENTENCE_BREAK.search(text, end)
        stop = sentence.start() if sentence else len(text)
        # (what the pattern below must open with, and the name it must hold: most names fail
        # these, and the pattern, made for each name, costs a compile)
        if not _NAMESAKE_LEAD.match(text, end, stop) or name not in text[end:stop]:
            continue
        pattern = _compiled(
            # ("the oldest of three children of": up to three words before the kinship word)
            rf"^(?:,|\s+(?:was|is))\s+{_BORN_WHERE}(?:the|a|an)\s+(?:[a-z]+\s+){{0,3}}(?:{words})\s+of\s+"
            rf"(?:[^.;]*?\s)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+{re.escape(name)}(?![\w’'-])"
        )
        if pattern.search(text[end:stop]):
            found.add(name)
    return found


def _cluster(candidates: list[tuple[int, int, str]], text: str = "") -> dict[str, PersonCluster]:
    """Full names first; then single names join the only full name they fit (`text`: the body,
    read where a full name is introduced, to tell a child from its parent)."""
    clusters: dict[str, PersonCluster] = {}
    first_seen: dict[str, int] = {}
    for start, _, name in sorted(candidates):
        first_seen.setdefault(name, start)
    # full names whose first mention follows "son", "baby": a child's
    introduced_as_kid = {
        name
        for name, start in first_seen.items()
        if _INTRODUCED_AS_CHILD.search(text[max(0, start - 20) : start])
    }
    children = {name for name in introduced_as_kid if " " in name}
    # full names the text ever introduces by a parent's or a child's kinship word ("the son of judge
    # Ivo Lask", "his father, Hal Brooks"): beside the same name with "Jr."/"Sr."/"II" they are the
    # namesake relative, not the suffixed person
    kin_introduced = {
        name
        for start, _, name in candidates
        if " " in name and _introduced_as_kin().search(text[max(0, start - 40) : start])
    }

    def introduced_as_child(cluster: PersonCluster) -> bool:
        full_names = [a for a in cluster.aliases if " " in a]
        return bool(full_names) and all(a in children for a in full_names)

    full = sorted({n for _, _, n in candidates if len(n.split()) >= 2}, key=lambda n: (-len(n.split()), n))
    for name in full:
        parts = name.split()
        core, suffix = _name_core(parts)
        # "Calla Renwick-Castellane" joins "Calla Renwick": same first name, surname contained.
        # A longer name first met after the shorter one is somebody else: "Luis Roche ... their
        # son Luis Armando Roche" (a text gives a person's fullest name when it introduces them).
        match = next(
            (
                c
                for c in clusters.values()
                if c.parts[0].casefold() == parts[0].casefold()
                and not (
                    len(c.parts) > len(parts) and first_seen.get(" ".join(c.parts), 0) > first_seen[name]
                )
                # "Carol I" is not "Carol II", "Paul Roe Sr." not "Paul Roe Jr."; "Paul Roe" may be either,
                # unless a kinship word introduces him ("Paul Roe Jr. ... the son of Paul Roe")
                and (suffix is None or _name_core(c.parts)[1] in (None, suffix))
                and not (
                    (suffix is None) != (_name_core(c.parts)[1] is None)
                    and (name in kin_introduced or any(a in kin_introduced for a in c.aliases))
                )
                and (
                    core[-1].casefold().startswith(_name_core(c.parts)[0][-1].casefold())
                    or _name_core(c.parts)[0][-1].casefold().startswith(core[-1].casefold())
                )
            ),
            None,
        )
        if match is None and suffix is None and len(core) >= 2:
            match = _longer_form(core, name, clusters, first_seen, kin_introduced)
        if match is None and suffix is None and len(core) == 2:
            match = _same_surname_short_given(core, clusters)
            if match is not None and len(core[0]) > len(match.parts[0]):
                # "Jen Vey ... Jennifer Vey": the person is shown by the given name in full
                match.name, match.parts = _display_name(name), parts
        if match is None:
            key = _slug("person", name)
            shown = _display_name(name)
            clusters[key] = PersonCluster(key=key, name=shown, parts=parts, aliases={name})
        else:
            match.aliases.add(name)

    # A full name's surname and first name stand for it on their own when no one else shares them.
    namesakes_children = _children_of_namesakes(candidates, text) if text else set()
    part_owners: dict[str, set[str]] = {}  # name part → clusters that have it
    styles = relation_lexicon().styles
    for cluster in clusters.values():
        core = _name_core(cluster.parts)[0]
        if len(core) >= 3 and core[0] in styles and core[2] == "of":
            # "Prince Aurelio of Valdoria": "Aurelio" alone is he; "Prince" and the realm are not
            part_owners.setdefault(core[1], set()).add(cluster.key)
            continue
        if len(core) >= 2:
            for part in (core[0], core[-1]):
                part_owners.setdefault(part, set()).add(cluster.key)
    surnames = {_name_core(c.parts)[0][-1] for c in clusters.values() if len(_name_core(c.parts)[0]) >= 2}
    for part, owners in part_owners.items():
        if len(part) < _MIN_SHORT_FORM or part in _NOT_NAMES or part in namesakes_children:
            continue
        if len(owners) == 1:
            clusters[next(iter(owners))].aliases.add(part)
        elif part in surnames and part not in {clusters[o].parts[0] for o in owners}:
            # A surname several relatives share, said alone, is the person the text introduced
            # first (its subject), unless that one was introduced as a child ("Baby Kenzo Vale
            # ... Dorian Vale ... Vale said"): texts call the relatives by first or full names.
            introduced_first = min(
                owners,
                key=lambda o: (
                    introduced_as_child(clusters[o]),
                    min(first_seen.get(a, len(first_seen) + 10**9) for a in clusters[o].aliases),
                ),
            )
            clusters[introduced_first].aliases.add(part)
        elif (
            part not in surnames
            and all(clusters[o].parts[0] == part for o in owners)
            and _gender_of(part) in ("unknown", "andy")
        ):
            # "Liang Congjie ... his father Liang Sicheng ... Liang said": a first word several
            # full names share that no name list knows as a given name is a family name written
            # first (Chinese, Korean, Vietnamese names); alone it is the person introduced first.
            introduced_first = min(
                owners,
                key=lambda o: min(first_seen.get(a, len(first_seen) + 10**9) for a in clusters[o].aliases),
            )
            clusters[introduced_first].aliases.add(part)

    def fits(single: str, cluster: PersonCluster) -> bool:
        if single in namesakes_children:
            return False
        if single in cluster.parts:
            # "Augustin Rafe Pell ... their son, Rafe": a given name that is only the middle name
            # of a three-word name is someone else (a child named after a grandparent); a middle
            # family name ("Frei" of "Carmen Frei Ruiz-Tagle") still stands for its full name.
            core = _name_core(cluster.parts)[0]
            return not (
                len(core) >= 3
                and core[0] not in styles
                and single in core[1:-1]
                and single not in (core[0], core[-1])
                and (_known_first_name(single) or single in introduced_as_kid)
            )
        first = cluster.parts[0]
        # "Ruell's death" of "Tomas Ruells": the possessive of a surname ending in "s", misspelt
        if single + "s" == _name_core(cluster.parts)[0][-1] and re.search(
            rf"(?<![\w’'-]){re.escape(single)}['’]s(?![\w’'-])", text
        ):
            return True
        if _pet_form(single, first):
            return True
        return len(single) >= _MIN_SHORT_FORM and first.startswith(single) and single != first

    for _, _, name in sorted(candidates):
        if len(name.split()) != 1:
            continue
        fitting = [c for c in clusters.values() if fits(name, c)]
        if len(fitting) > 1 and all(
            c.parts == [name, c.parts[-1]] and _REGNAL_NUMBER.match(c.parts[-1]) for c in fitting
        ):
            # "Carol II ... Carol I ... Carol was": kings of one name told apart by number; the
            # name alone is the one the text introduced first (its subject)
            fitting = [min(fitting, key=lambda c: min(first_seen.get(a, 10**9) for a in c.aliases))]
        elif len(fitting) > 1 and all(name in c.parts[1:] for c in fitting):
            # "Carmen Frei Ruiz-Tagle ... her father Eduardo Frei Montalva ... Frei was born": a
            # family name several full names carry, said alone, is the person introduced first
            # (not a child, as above)
            fitting = [
                min(
                    fitting,
                    key=lambda c: (introduced_as_child(c), min(first_seen.get(a, 10**9) for a in c.aliases)),
                )
            ]
        elif len(fitting) > 1 and all(c.parts[0] == name for c in fitting):
            # "Martha Lloyd, daughter of Martha Craven ... Martha": a first name several full names
            # share, said alone, is the person the text introduced first (its subject), as a
            # shared surname is (above)
            fitting = [min(fitting, key=lambda c: min(first_seen.get(a, 10**9) for a in c.aliases))]
        if len(fitting) == 1:
            fitting[0].aliases.add(name)
        elif not fitting:
            key = _slug("person", name)
            clusters.setdefault(key, PersonCluster(key=key, name=name, parts=[name], aliases={name}))
    return clusters


def _short_given(short: str, given: str) -> bool:
    """Is `short` a short or pet form of the given name `given` ("Jen" of "Jennifer", "Kat" of
    "Katherine"), neither of the two a man's name where the other is a woman's?"""
    if len(short) >= len(given) or len(short) < _MIN_SHORT_FORM:
        return False
    if not (given.startswith(short) or _pet_form(short, given)):
        return False
    genders = {_gender_of(short).removeprefix("mostly_"), _gender_of(given).removeprefix("mostly_")}
    return not {"male", "female"} <= genders


def _same_surname_short_given(core: list[str], clusters: dict[str, PersonCluster]) -> PersonCluster | None:
    """ "Jen Vey" beside "Jennifer Vey": one person, named by a short form of the given name; only
    when a single two-word name of that surname fits."""
    fitting = [
        c
        for c in clusters.values()
        if len(_name_core(c.parts)[0]) == 2
        and _name_core(c.parts)[1] is None
        and c.parts[-1] == core[-1]
        and (_short_given(core[0], c.parts[0]) or _short_given(c.parts[0], core[0]))
    ]
    return fitting[0] if len(fitting) == 1 else None


# A pet form of a given name: its first letters and an "-ie" or "-y" ending ("Angie" of
# "Angelina", "Katie" of "Katherine", "Abby" of "Abigail"); at least this many letters shared.
_PET_ENDING = re.compile(r"^([A-Z][a-z]{2,})(?:ie|y)$")
_PET_STEM = 3


def _pet_form(single: str, first: str) -> bool:
    """Is `single` a pet form of the given name `first` ("Angie" of "Angelina")? The given name is
    longer and goes on past the shared letters."""
    match = _PET_ENDING.match(single)
    if match is None or len(first) <= len(single) or single == first:
        return False
    stem = match.group(1)
    if len(stem) < _PET_STEM or not first.startswith(stem):
        return False
    # ("Mary" is no pet form of "Martin": the two names' genders differ)
    genders = {_gender_of(single).removeprefix("mostly_"), _gender_of(first).removeprefix("mostly_")}
    return not {"male", "female"} <= genders


def _cluster_of(name: str, clusters: dict[str, PersonCluster]) -> PersonCluster | None:
    for cluster in clusters.values():
        if name in cluster.aliases:
            return cluster
    return None


@cache
def _name_after_role() -> re.Pattern[str]:
    """ "the Danish DJ Benedikt Sorensen", "her pop-star friend Ida Lenz": an article or a
    possessive, up to two describing words, a role of the relation lexicon, then two or three
    capitalised words (group 1)."""
    roles = relation_lexicon().roles.pattern
    return re.compile(
        rf"\b(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+){{0,2}}?(?i:{roles})\s+"
        r"([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})(?![\w’'-])"
    )


def _known_first_name(word: str) -> bool:
    """A word the first-name list knows as a man's or a woman's name ("Ilse", "Anne-Marie")."""
    return _gender_of(word.split("-")[0]) not in ("unknown", "andy")


@lru_cache(maxsize=_WORD_CACHE_SIZE)
def _gender_of(word: str) -> str:
    """The first-name list's answer for `word` ("male", "mostly_female", "andy", "unknown"),
    looked up once per word: the list is asked for the same names many times per document."""
    return str(_name_genders().get_gender(word))


@cache
def _name_genders() -> Any:
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


# Titles that say a person's gender, besides the kinship words of the relation lexicon
# ("Miss Quill ... her", "Sir Odo ... his").
_MALE_TITLES = frozenset({"sir", "lord", "duke", "baron", "count", "marquis", "emperor", "sheikh"})
_FEMALE_TITLES = frozenset({"miss", "lady", "dame", "duchess", "baroness", "countess", "empress"})
# One or two lowercase words, then a capitalised one (`_other_entities`).
_NOUN_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+){1,2}(?=[A-Z])")
# A possessive right after a name.
_POSSESSIVE_AFTER_NAME = re.compile(r"['’]s?\b")


def _gendered_word(word: str, lex: Any) -> bool:
    """A kinship word or a title that says a gender ("Prince", "Aunt", "Mrs."), capitalised or not."""
    lowered = word.strip(",.;:!?’'\"()").lower()
    lowered = lowered.rsplit("-", 1)[-1]
    return lowered in lex.male | lex.female | _MALE_TITLES | _FEMALE_TITLES


# "and her", "and his" right after a name: the name's own possessive ("Ines Vey and her band").
_AND_OWN_AFTER_NAME = re.compile(r"[^\S\n]+and[^\S\n]+(her|his)[^\S\n]+\w")
# Where a sentence or a paragraph ends.
_SENTENCE_BREAK = re.compile(r"\n|[.!?][\"”’']?\s")
# He/she: a pronoun that may stand for the one person its sentence names (`_learn_gender`).
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# Weight of a first-name prior against one piece of textual evidence (a kinship word).
_NAME_PRIOR = {"male": 4, "mostly_male": 2, "female": 4, "mostly_female": 2}
# Weight of the prior of a first name the list gives both genders in strength (`_contested_name`).
_CONTESTED_PRIOR = 1
# A country's frequency of a name in the list ("1" rare .. "D" very common) from which it counts.
_CONTESTED_FREQUENCY = 4


@lru_cache(maxsize=_WORD_CACHE_SIZE)
def _contested_name(word: str) -> bool:
    """Is `word` a first name the name list gives as common for men in some countries and for
    women in others ("Laurence", "Andrea", "Jean")? Its overall answer is then only a guess."""
    entry = _name_genders().names.get(word.split("-")[0].lower())
    if not entry:
        return False
    strength: dict[str, int] = {}
    for label, countries in entry.items():
        side = label.removeprefix("mostly_")
        if side in ("male", "female"):
            top = max((int(c, 16) for c in countries if c in string.hexdigits), default=0)
            strength[side] = max(strength.get(side, 0), top)
    return min(strength.get("male", 0), strength.get("female", 0)) >= _CONTESTED_FREQUENCY


def _learn_gender(doc: Any, clusters: dict[str, PersonCluster], spans: list[tuple[int, int, str]]) -> None:
    """Gender from the first name (a name list) and kinship words said of the person.

    Only words *before* a name count ("son Bastien", "the actress Jane"): after a possessive
    the word names somebody else ("Jane's husband")."""
    lex = relation_lexicon()
    bare_titles = _entity_cues().bare_titles
    text = doc_text(doc)
    # "Ms. Gordon", "Mr Ashley": a lone name after such a title is a surname, of which the
    # first-name list says nothing
    surnames = {
        key for start, _, key in spans if _SURNAME_TITLE_BEFORE.search(text, max(0, start - 8), start)
    }
    for key, cluster in clusters.items():
        if len(cluster.parts) == 1 and key in surnames:
            continue
        if len(cluster.parts) == 1 and cluster.parts[0] in bare_titles:
            # "the Queen": the title says the gender as surely as a first name
            guess = "male" if bare_titles[cluster.parts[0]] == "m" else "female"
        else:
            guess = _name_genders().get_gender(cluster.parts[0])
        weight = _NAME_PRIOR.get(guess, 0)
        if weight and _contested_name(cluster.parts[0]):
            # "Laurence": a man's name in one country, a woman's in another; the text's own he
            # or she decides
            weight = _CONTESTED_PRIOR
        if len(cluster.parts) == 1:
            weight -= 1  # a lone name may be a surname: the list speaks of first names
        if "female" in guess:
            cluster.female += weight
        elif "male" in guess:
            cluster.male += weight
    # A sentence about one person only: its he/she pronouns most likely stand for that person.
    sentences = list(doc.sents)
    starts = [sent.start_char for sent in sentences]
    people_in: dict[int, set[str]] = {}
    named_from: dict[int, int] = {}  # sentence → where its first name starts
    for start, _, key in spans:
        position = bisect_right(starts, start) - 1
        people_in.setdefault(position, set()).add(key)
        named_from[position] = min(start, named_from.get(position, start))
    for position, keys in people_in.items():
        if len(keys) != 1 or position < 0:
            continue
        (key,) = keys
        for token in sentences[position]:
            # a subject or a possessive only: an object pronoun of the name's own clause is
            # someone else ("Bex has brought him out of himself")
            if token.idx < named_from[position]:
                # "He would play for Kestwick": a he/she before the sentence's one name is
                # often another person's (the text's subject) going on; the name may be a place
                continue
            if token.lower_ in _SUBJECT_PRONOUNS or token.dep_ == "poss":
                clusters[key].male += token.lower_ in MALE_PRONOUNS
                clusters[key].female += token.lower_ in FEMALE_PRONOUNS
    # "Ana Vey (born ...) is a painter. She ...": a he/she opening the sentence after one that a
    # name opens most likely continues with that subject.
    openers = {start: key for start, _, key in spans}
    for position in range(1, len(sentences)):
        first = sentences[position][0]
        opener = openers.get(sentences[position - 1].start_char)
        if opener is not None:
            clusters[opener].male += first.lower_ in MALE_PRONOUNS
            clusters[opener].female += first.lower_ in FEMALE_PRONOUNS
    for start, end, key in spans:
        # (within the name's own sentence: '... being a good dad."\n\nBex' is no "dad Bex")
        window = _SENTENCE_BREAK.split(text[max(0, start - 40) : start])[-1]
        words = window.split()[-3:]
        # "Prince Tomas and Ines": a kinship word or title before another name is that name's
        # ("her boyfriend The Vandal": a capitalised small word is no name)
        named = [
            i
            for i, w in enumerate(words)
            if w[:1].isupper() and w.lower() not in STOP_WORDS and not _gendered_word(w, lex)
        ]
        # (a plural one says it of the whole list: "his sons Ivo and Bo")
        plural = any(
            w.lower().endswith("s") and not w.lower().endswith("ss") and _gendered_word(w, lex) for w in words
        )
        before = [
            w.strip(",.;:!?’'\"()") for w in (words[named[-1] + 1 :] if named and not plural else words)
        ]
        before = [w.lower() for w in before]
        # "his ex-wife Kris", "then-husband Bo": the kinship word after the hyphen
        before += [w.rsplit("-", 1)[1] for w in before if "-" in w]
        clusters[key].male += 2 * len(set(before) & (lex.male | _MALE_TITLES))
        clusters[key].female += 2 * len(set(before) & (lex.female | _FEMALE_TITLES))
        # "Ines Vey and her band": a name joined to its own possessive says its gender
        own = _AND_OWN_AFTER_NAME.match(text, end)
        if own:
            clusters[key].male += 2 * (own.group(1) == "his")
            clusters[key].female += 2 * (own.group(1) == "her")
        # "Ms. Vey": the title's full stop is no sentence's end (the split above lost the title)
        title = _TITLE_BEFORE_NAME.search(text[max(0, start - 8) : start])
        if title:
            clusters[key].male += 2 * (title.group(1).lower() in lex.male)
            clusters[key].female += 2 * (title.group(1).lower() in lex.female)


# "Vardell was the daughter of": a kinship word the lone name's own clause gives it.
_TITLE_BEFORE_NAME = re.compile(r"\b(Mrs|Ms|Mr)\.\s+$")
# ... with or without its full stop, "Miss" too: the name after it is a surname
_SURNAME_TITLE_BEFORE = re.compile(r"\b(?:Mrs|Ms|Mr|Miss)\.?\s+$")
_NAME_IS_KIN = re.compile(r"^\s+(?:was|is)\s+(?:the|a|an)\s+([a-z-]+)(?:\s+([a-z-]+))?")


# A sentence opened by a pronoun, "and", the same person's possessive and a spouse: "She and her
# late husband", "He and his wife".
_PRONOUN_AND_OWN = re.compile(
    r"(?:She\s+and\s+her|He\s+and\s+his)\s+(?:(?:late|former|first|second|then|now)[\s-]+)?"
    r"(?:husband|wife|spouse|partner|fianc[ée]e?)\b"
)


def _lone_name_evidence(doc: Any, text: str, start: int, end: int, sentences: list[Any]) -> tuple[int, int]:
    """Male and female evidence the text gives a lone name at `start`..`end` itself: a kinship
    word or a title right before it ("Ms. Vey"), a kinship word its own clause gives it ("Vey was
    the daughter of"), a he/she opening the next sentence where the name opens its own."""
    lex = relation_lexicon()
    male = female = 0
    # the word right before the name only, with nothing but a space between ("her husband Vey"):
    # "the actress met Vey" says nothing of Vey, nor does a quote's last word ('... my first
    # husband," Vey sighs')
    window = _SENTENCE_BREAK.split(text[max(0, start - 40) : start])[-1]
    before = {
        w
        for w in window.lower().split()[-1:]
        if window[-1:].isspace() and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w)
    }
    male += 2 * len(before & (lex.male | _MALE_TITLES))
    female += 2 * len(before & (lex.female | _FEMALE_TITLES))
    # "Ms. Vey": the title's full stop is no sentence's end
    title = _TITLE_BEFORE_NAME.search(text[max(0, start - 8) : start])
    if title:
        male += 2 * (title.group(1).lower() in lex.male)
        female += 2 * (title.group(1).lower() in lex.female)
    kin = _NAME_IS_KIN.match(text[end : end + 60])
    if kin:
        # "the daughter of", "the eldest daughter of"
        said = {kin.group(1), kin.group(2)}
        male += 2 * bool(said & lex.male)
        female += 2 * bool(said & lex.female)
    starts = [sent.start_char for sent in sentences]
    position = bisect_right(starts, start) - 1
    if 0 <= position < len(sentences) - 1 and starts[position] == start:
        opener = sentences[position + 1][0].lower_
        # "Vey was born in Ohio. She and her late husband, Tobias Vey, ...": a pronoun joined to
        # its own possessive and a spouse says more than a pronoun alone (another person may be
        # the next sentence's subject: "Vey met Ana. She took him ...")
        weight = 2 if _PRONOUN_AND_OWN.match(sentences[position + 1].text) else 1
        male += weight * (opener in _SUBJECT_PRONOUNS and opener in MALE_PRONOUNS)
        female += weight * (opener in _SUBJECT_PRONOUNS and opener in FEMALE_PRONOUNS)
    return male, female


def _split_lone_surnames(
    doc: Any, clusters: dict[str, PersonCluster], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A full name's surname said alone stands for someone else where the text's own words about
    the lone surname give it the other gender than the full name's first name ("Vey was the
    daughter of ... She married Tobias Vey"): a wife or a child sharing the name. It goes to a
    full name of the same surname whose first name agrees, else to a person of its own."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    moved: dict[tuple[str, str], str] = {}  # (cluster key, surname) → the key it goes to
    evidence: dict[tuple[str, str], list[int]] = {}
    first_named: dict[str, int] = {}
    for start, _, key in sorted(spans):
        first_named.setdefault(key, start)
    for start, end, key in spans:
        cluster = clusters[key]
        name = text[start:end]
        core = _name_core(cluster.parts)[0]
        if " " in name or len(core) < 2 or name != core[-1]:
            continue
        male, female = _lone_name_evidence(doc, text, start, end, sentences)
        tally = evidence.setdefault((key, name), [0, 0, start])
        tally[2] = min(tally[2], start)
        tally[0] += male
        tally[1] += female
    for (key, name), (male, female, said_first) in evidence.items():
        listed = _gender_of(clusters[key].parts[0].split("-")[0])
        if not ((listed == "male" and female >= male + 2) or (listed == "female" and male >= female + 2)):
            continue
        wanted = "female" if listed == "male" else "male"
        agreeing = [
            c
            for c in clusters.values()
            if c.key != key
            and len(_name_core(c.parts)[0]) >= 2
            and _name_core(c.parts)[0][-1] == name
            and _gender_of(c.parts[0].split("-")[0]) == wanted
            # a full name the text gives only after the lone name is someone else
            and first_named.get(c.key, len(text)) < said_first
        ]
        if len(agreeing) == 1:
            target = agreeing[0]
        else:
            target_key = _slug("person", name)
            target = clusters.setdefault(
                target_key, PersonCluster(key=target_key, name=name, parts=[name], aliases=set())
            )
        target.aliases.add(name)
        clusters[key].aliases.discard(name)
        target.male += male
        target.female += female
        moved[(key, name)] = target.key
    return [(s, e, moved.get((k, text[s:e]), k)) for s, e, k in spans]


# One capitalised word of an organisation's name (a possessive may end it: "St Aidan's High
# School") and what may join two: a space, or a small word of English, French or Spanish.
# ("St. Aidan's" keeps the full stop of its abbreviation; a sentence's is left out)
_ORG_WORD = r"(?:St\.|Mt\.|[A-Z][\w’'-]*(?:\.[\w’'-]+)*)"
_ORG_JOINT = r"[^\S\n]+(?:(?:of|and|&|the|de|del|la|du|des|da|do|di)[^\S\n]+)?"
# "Harlow & Finch": two capitalised words joined by an ampersand.
_AMPERSAND_NAME = re.compile(r"(?<![\w’'&-])([A-Z][\w’'-]+)[^\S\n]+&[^\S\n]+([A-Z][\w’'-]+)(?![\w’'-])")
# How far around a mention of "X & Y" a firm word may stand (`_firm_names`).
_FIRM_WINDOW = 120


@cache
def _headed_name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Names an organisation's head word ends ("Low Tide Records", "Raman Eye Clinic") and names
    an organisation's leading word or a club's letters open ("Maison Verlaine", "RNK Marjan")."""
    lex = relation_lexicon()
    cues = _entity_cues()
    # "City", "Town" end places as often ("Mexico City"): left to the tagger and the cues
    heads = _alternatives(lex.org_heads - cues.place_heads_if_tagged)
    ended = re.compile(rf"(?<![\w’'&.-])((?:{_ORG_WORD}{_ORG_JOINT}){{1,4}}(?:{heads}))(?![\w’'-])")
    leads = _alternatives(cues.org_leads | cues.club_prefixes)
    led = re.compile(
        rf"(?<![\w’'-])((?:{leads}){_ORG_JOINT}{_ORG_WORD}(?:[^\S\n]+{_ORG_WORD}){{0,2}})(?![\w’'-])"
    )
    return ended, led


def _headed_names(doc: Any) -> list[tuple[int, int, str, EntityKind]]:
    """Organisations named by their shape, whatever the tagger made of them: capitalised words
    ending in an organisation's head word ("Low Tide Records", "St Aidan's High School", "Cruz
    Lane Management") or opened by an organisation's leading word or a club's letters ("Maison
    Verlaine", "the Escuela Montalvo", "RNK Marjan"). A place the tagger knew stays a place."""
    text = doc_text(doc)
    cues = _entity_cues()
    ended, led = _headed_name_patterns()
    places = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in _PLACE_LABELS]
    # "the School of the Art Institute of Chicago": a longer name the tagger found is left whole
    longer = [
        (e.start_char + (4 if e.text.startswith(("the ", "The ")) else 0), e.end_char)
        for e in doc_ents(doc)
        if e.label_ in ("ORG", "FAC", "WORK_OF_ART", "EVENT")
    ]
    found: list[tuple[int, int, str, EntityKind]] = []
    for regex in (ended, led):
        for match in regex.finditer(text):
            start, words = match.start(1), match.group(1).split()
            # "In Low Tide Records' case", "The Fenwick Academy": a sentence's opening word or an
            # article is no word of the name ("Two Kites Films" keeps its number)
            while len(words) > 2 and (
                words[0] in _NOT_NAMES
                or (words[0].lower() in STOP_WORDS and _SENTENCE_OPENS.search(text, max(0, start - 3), start))
            ):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            name = text[start : match.end(1)]
            if regex is ended and len(words) < 2:
                continue
            # (a leading word decides: "the Escuela Montalvo" the tagger called a building)
            end = match.end(1)
            placed = regex is ended and any(s <= start and end <= e for s, e in places)
            # (but "the quiz show Brainbox for Channel Meridian" the tagger took whole ends in one)
            inside = any(
                s <= start
                and end <= e
                and (e > end or re.search(r"\b(?:of|the|de)\s+$", text[s:start]) is not None)
                for s, e in longer
            )
            # "the Channel Islands", "The Real Housewives": an English word after "the" leads a
            # place's or a title's name as often; a place's head word ends a place
            common_lead = (
                regex is led
                and _in_dictionary(words[0])
                and text[max(0, start - 4) : start].lower() == "the "
            )
            if placed or inside or common_lead or words[-1] in cues.place_heads or words[0] in _NOT_NAMES:
                continue
            # "Maison Ferrant's chief executive": the possessive is no part of the name
            owned = _POSSESSIVE.search(name) if regex is led else None
            if owned is not None and owned.start() > 0:
                end, name = start + owned.start(), name[: owned.start()]
            found.append((start, end, name, "organisation"))
    return found


def _firm_names(text: str) -> list[tuple[int, int, str, EntityKind]]:
    """ "Harlow & Finch appoints a chief executive": two capitalised words joined by "&" are a
    firm when neither is a known first name, or when a firm's word (`firms` in entities.toml)
    stands near one of the name's mentions; two first names so joined are a couple."""
    if "&" not in text:
        return []
    firm_words = _entity_cues().firm_words
    matches = [m for m in _AMPERSAND_NAME.finditer(text) if m.group(1) not in _NOT_NAMES]
    firms = {
        m.group(0)
        for m in matches
        if not (_known_first_name(m.group(1)) or _known_first_name(m.group(2)))
        or firm_words.search(text, max(0, m.start() - _FIRM_WINDOW), m.end() + _FIRM_WINDOW)
    }
    return [(m.start(), m.end(), m.group(0), "organisation") for m in matches if m.group(0) in firms]


@cache
def _work_context_patterns() -> tuple[re.Pattern[str], ...]:
    """Words around a name that make it a show or a film (`_works_by_context`)."""
    lex = relation_lexicon()
    cues = _entity_cues()
    name = rf"({_CAPITALISED_NAME})(?=[\s,.;:)!?]|$)"
    return (
        # "Fans of Quarry Lane know her as Deb", "fans of the drama will know him as ..."
        re.compile(rf"\b[Ff]ans\s+of\s+(?:the\s+)?{name}\s+(?:will\s+|would\s+|may\s+|might\s+)?know\b"),
        # "Best comedy goes to Quarry Lane": an award for a kind of work goes to the work
        re.compile(
            rf"\b[Bb]est\s+(?:[a-z-]+\s+)?(?:{lex.work_nouns.pattern})\s+(?:goes|went|has\s+gone)\s+to\s+"
            rf"(?:the\s+)?{name}"
        ),
        # "a producer on Rise and Shine", "a judge on Star Search"
        re.compile(rf"{cues.roles_on.pattern.rstrip('$')}{name}"),
        # "the star of Salt and Silver", "the cast of Night Ward"
        re.compile(
            rf"\b(?:star|stars|co-star|co-stars|cast|creator|creators|showrunner)\s+of\s+(?:the\s+)?{name}"
        ),
        # "the mother of three in Salt and Silver, opposite Imogen Vey": a part played opposite
        # someone is played in a work
        re.compile(rf"\bin\s+(?:the\s+)?{name},?\s+opposite\s+(?:[a-z]+\s+)?[A-Z]"),
        # "Brightwater TV's Rise and Shine": a broadcaster's or a studio's show or film
        re.compile(rf"(?<![\w’'-])[A-Z][\w’'-]*\s+(?:{_alternatives(cues.media_heads)})['’]s?\s+{name}"),
        # "who shot to fame on Bayou Belles", "three whole seasons of Sunset Sisters": no place,
        # whatever the tagger said (`_PLACE_OVERRIDING_CONTEXTS`)
        re.compile(rf"\b(?:shot|rose|came|found)\s+(?:to\s+)?fame\s+on\s+(?:the\s+)?{name}"),
        re.compile(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|all)\s+"
            rf"(?:whole\s+|full\s+)?(?:seasons|series|episodes)\s+of\s+(?:the\s+)?{name}"
        ),
    )


@cache
def _work_context_words() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """For each of `_work_context_patterns`, words every match of it holds one of (in any case
    where the flag says so, else as written): a text with none of them spares that pattern's
    search over the whole text."""
    cues = _entity_cues()
    return (
        (("know",), False),
        (("goes", "went", "gone"), False),
        (cues.roles_on_words, True),
        (("star", "cast", "creator", "showrunner"), False),
        (("opposite",), False),
        (tuple(cues.media_heads), False),
        (("fame",), False),
        (("seasons", "series", "episodes"), False),
    )


# How many of the last `_work_context_patterns` name a work even where the tagger saw a place.
_PLACE_OVERRIDING_CONTEXTS = 2


def _executive_firms(text: str) -> list[tuple[int, int, str, EntityKind]]:
    """ "Brightloop CEO Jon Fisk", "Pinecone co-founder Ada Roe": the capitalised name right
    before an executive's title (`executive_titles` of entities.toml) and a person's name is the
    company, unless a known first name leads it ("Ana Vey CEO" is no company)."""
    found: list[tuple[int, int, str, EntityKind]] = []
    # (every match holds a title as written: a text without one spares the search)
    if not any(title in text for title in _entity_cues().executive_titles):
        return found
    for match in _executive_title_pattern().finditer(text):
        words = match.group(1).split()
        if words[0] in _NOT_NAMES or _known_first_name(words[0]) or words[0] in ("The", "A", "An"):
            continue
        found.append((match.start(1), match.end(1), match.group(1), "organisation"))
    return found


@cache
def _executive_title_pattern() -> re.Pattern[str]:
    titles = _alternatives(sorted(_entity_cues().executive_titles))
    # (one to three capitalised words, no joint: "Arlo Roe and Brightloop CEO Jon Fisk")
    return re.compile(
        rf"(?<![\w’'-])([A-Z][\w’'&.-]*(?:[^\S\n]+[A-Z][\w’'&.-]*){{0,2}})\s+(?:{titles})\s+(?=[A-Z][a-z])"
    )


def _bands(text: str) -> list[tuple[int, int, str, EntityKind]]:
    """ "the Velvet Moth frontwoman", "Copper Gulls' drummer": the name before a band member's
    role is a band; after a possessive, only a name no known first name leads ("Ana Vey's
    drummer" plays for a singer), and after neither "the" nor a possessive it is no band's."""
    found: list[tuple[int, int, str, EntityKind]] = []
    if not any(role in text for role in _entity_cues().band_role_words):
        return found  # (every match of both patterns holds a role as written)
    for match in _entity_cues().band_after_role.finditer(text):
        words = match.group("band").split()
        if words[0] not in _NOT_NAMES and words[0] not in relation_lexicon().not_titles:
            found.append((match.start("band"), match.end("band"), match.group("band"), "organisation"))
    for match in _entity_cues().band_roles.finditer(text):
        band = strip_possessive(match.group("band"))
        owned = match.group("owner") is not None or band != match.group("band")
        words = band.split()
        if not words or words[0] in _NOT_NAMES or words[0] in relation_lexicon().not_titles:
            continue
        if match.group("the") is None and (not owned or _known_first_name(words[0])):
            continue
        found.append((match.start("band"), match.start("band") + len(band), band, "organisation"))
    return found


def _works_by_context(doc: Any) -> list[tuple[int, int, str, EntityKind]]:
    """Shows and films the words around them name, whatever the tagger made of them: "fans of X
    know", "best comedy goes to X", "a producer on X", "Brightwater TV's X"."""
    text = doc_text(doc)
    lex = relation_lexicon()
    cues = _entity_cues()
    places = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in _PLACE_LABELS]
    found: list[tuple[int, int, str, EntityKind]] = []
    patterns = _work_context_patterns()
    for number, regex in enumerate(patterns):
        over_places = number >= len(patterns) - _PLACE_OVERRIDING_CONTEXTS
        needed, any_case = _work_context_words()[number]
        if not (_holds_any_case(text, needed) if any_case else any(word in text for word in needed)):
            continue
        for match in regex.finditer(text):
            start, end, name = match.start(1), match.end(1), match.group(1)
            words = name.split()
            if (
                words[0] in _NOT_NAMES
                or re.fullmatch(_MONTHS, words[0])
                # "a presenter on Radio Cobalt": a station, no show
                or {words[0], words[-1]} & (lex.org_heads | cues.org_leads | cues.media_heads)
                or name in lex.places
                # "in Salt and Silver, opposite ...": a place the tagger made of a word of the
                # title is no reason against it; a place named whole is
                or (not over_places and any(s <= start and end <= e for s, e in places))
            ):
                continue
            found.append((start, end, name, "work"))
    return found


def _other_entities(
    doc: Any,
    outlets: list[tuple[int, int, Outlet]],
    people: dict[str, PersonCluster],
    quoted: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str, EntityKind]]:
    """Outlets, organisations, works and places as (start, end, name, kind); the spans of the
    titles found in quotes, and of the names whose shape covers a person's name ("Grady's
    Place"), are added to `quoted`: a person's name inside them is no mention."""
    lex = relation_lexicon()
    found: list[tuple[int, int, str, EntityKind]] = []
    taken: list[tuple[int, int]] = []
    # (the spans taken, sorted by start, and the longest one's length: whether a span is free
    # is then a bisection, not a scan of every span taken so far)
    starts: list[int] = []
    ends: list[int] = []
    longest = 0

    def take(start: int, end: int) -> None:
        nonlocal longest
        taken.append((start, end))
        at = bisect_right(starts, start)
        starts.insert(at, start)
        ends.insert(at, end)
        longest = max(longest, end - start)

    def free(start: int, end: int) -> bool:
        """No span taken overlaps start-end: none with s < end and start < e (where e is at most
        s + longest, so s > start - longest)."""
        first, stop = bisect_right(starts, start - longest), bisect_left(starts, end)
        return not any(ends[i] > start for i in range(first, stop))

    def longest_first(name: str) -> tuple[int, str]:
        """A name's place when names are looked for again in the text: the longest first, so
        that "The Long Thaw" keeps its words from "Long Thaw" (a set's order changes with each
        run's string hashes, and with it which of two such names took the text)."""
        return -len(name), name

    for start, end, outlet in outlets:
        found.append((start, end, outlet.name, "outlet"))
        take(start, end)
    person_parts = {p for c in people.values() for p in c.parts}
    full_name_parts = {p for c in people.values() if len(c.parts) >= 2 for p in c.parts}

    # "Low Tide Records", "Maison Verlaine", "Harlow & Finch": names whose shape makes them an
    # organisation; a work noun's title comes first ("the baking show Brightside Bakery") but ends
    # before one ("the quiz show Brainbox for Channel Meridian")
    by_shape = [
        *_firm_names(doc_text(doc)),
        *_headed_names(doc),
        *_bands(doc_text(doc)),
        *_executive_firms(doc_text(doc)),
    ]
    # Works announced by a noun: "her 2018 film Vox Lux", "on the set of Black Swan".
    # Small words join capitalised ones inside a title ("Midnight at the Meridian") but never end it.
    title = (
        r"((?:the\s+)?[A-Z][\w’'-]*(?:(?:\s+(?:of|the|and|&|at|in|on|for|to|a|an|with"
        # Spanish, French, Italian and Portuguese small words ("the telenovela Corazón de Piedra")
        r"|de|del|la|las|los|el|du|des|di|da|do|dos))*\s+"
        # (a date after "at", "in" or "on" ends the title: "her new film Copperfall on Friday", not
        # "Tobias & June")
        rf"(?!(?<=\b(?:at|in|on)\s)(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
        r"[A-Z][\w’'-]*)*)"
    )
    work_re = _compiled(
        # ("on the set of 2010's The Quiet Field": the year's possessive before the title)
        rf"(?:{lex.work_nouns.pattern}),?\s+(?:the\s+(?:critically\s+acclaimed\s+)?)?(?:\d{{4}}(?:['’]s)?\s+)?{title}"
    )
    subtitle_re = _compiled(rf":\s+{title}")
    work_noun_next = _compiled(rf"\s+(?:[a-z-]+\s+)?(?:{lex.work_nouns.pattern})\b")
    place_starts = {e.start_char for e in doc_ents(doc) if e.label_ in _PLACE_LABELS}
    # (compiled here, not looked up in `re`'s cache at each match, where the patterns made of
    # each document's names evict them)
    leading_the = _compiled(r"^the\s+")
    and_last_word = _compiled(r"\s+(?:and|&)\s+([A-Z][\w’'-]*)$")
    org_joint_before = _compiled(r"\s+(?:for|on|at|with|by|from)\s+$")
    for match in work_re.finditer(doc_text(doc)):
        name = match.group(1).strip()
        name = leading_the.sub("", name)
        start = match.end(1) - len(name)
        # "filming the period drama The Glass Orchard in London": the place is no word of the
        # title; a one-word title before it may end in the place ("the series Hot in Dunmore")
        for joint in _PLACE_JOINT.finditer(name):
            # (or one the text names alone elsewhere: "the final season of Silverhook in Tennessee")
            if start + joint.end() in place_starts and (
                len(name[: joint.start()].split()) >= 2
                or _named_alone(doc_text(doc), name[: joint.start()], start)
            ):
                name = name[: joint.start()]
                break
        # "plugs her album Ember Road and Vey prepares ...": a title never ends in "and" and a word
        # of a person's name
        joined = and_last_word.search(name)
        if joined is not None and strip_possessive(joined.group(1)) in person_parts:
            name = name[: joined.start()]
        end = start + len(name)
        # "the second season of the Larkspur thriller series Fault Line": a name before another
        # work noun is the maker's or the network's, and the title comes after that noun
        if work_noun_next.match(doc_text(doc), end):
            continue
        # "on the set of the KTV romance Winter Letters": a broadcaster's letters, a kind of work
        # the noun list lacks, then the title
        channel_then = None
        if name.isupper():
            channel_then = _compiled(rf"\s+[a-z-]+\s+{title}").match(doc_text(doc), end)
        if channel_then is not None and not channel_then.group(1).startswith("the "):
            start, end = channel_then.start(1), channel_then.end(1)
            name = channel_then.group(1)
        # "her show, Leah Remini: Scientology and the Aftermath": the title runs on past its
        # colon; its first part alone is the person the show is named after, no work
        subtitle = subtitle_re.match(doc_text(doc), end)
        if subtitle is not None:
            end = subtitle.end()
            name = doc_text(doc)[start:end]
        # "the quiz show Brainbox for Channel Meridian": the title ends before the organisation
        # named after it
        clash = min((s for s, e, _, _ in by_shape if start < s < end), default=end)
        before_org = org_joint_before.search(doc_text(doc)[start:clash])
        if before_org is not None:
            end = start + before_org.start()
            name = doc_text(doc)[start:end]
        if not free(start, end):
            continue
        # "the show, Kiri Vane won": after a comma, a person's name that is a subject starts a
        # clause, not a title.
        # "To promote the album David Hopkins performed ...": nor, without a comma, a person's full
        # name that is the subject.
        # "Like her first album, Dunvale co-produced ...": nor, after a comma, a name the tagger
        # called a person that is the subject.
        bare = {strip_possessive(w) for w in name.split()}
        after_comma = "," in doc_text(doc)[match.start() : start]
        if (bare & person_parts and (after_comma or _looks_like_person_name(name))) or after_comma:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and (
                (
                    bare & person_parts
                    and (span.root.dep_ in _CLAUSE_OPENING_DEPS or _misparsed_subject(doc, span.root))
                )
                or (
                    after_comma
                    and any(t.ent_type_ == "PERSON" for t in span)
                    and _FINITE_VERB_NEXT.match(doc_text(doc), end) is not None
                )
            ):
                continue
        found.append((start, end, name, "work"))
        take(start, end)
    text = doc_text(doc)
    # 'her film "Night Harbor"', 'the "Copper Sky" actress', "filming 'Salt Kings'": a quoted
    # title is a work; one not led by a work noun only if it is written as a title
    if any(mark in text for mark in "“\"‘'"):
        for match in _entity_cues().quoted_title.finditer(text):
            group = next(g for g, value in match.groupdict().items() if value is not None)
            start, end = match.start(group), match.end(group)
            name = match.group(group)
            if free(start, end) and (group == "noun" or _title_cased(name)):
                found.append((start, end, name, "work"))
                take(start, end)
                if quoted is not None:
                    quoted.append((start, end))
    for start, end, name, shape_kind in by_shape:
        if free(start, end):
            found.append((start, end, name, shape_kind))
            take(start, end)
    # "Fans of Quarry Lane know her as Deb", "a producer on Rise and Shine": a show, whatever
    # the tagger made of it
    for start, end, name, _ in _works_by_context(doc):
        if free(start, end):
            found.append((start, end, name, "work"))
            take(start, end)
            if quoted is not None:
                quoted.append((start, end))
    ents = doc_ents(doc)  # (spaCy builds the spans anew on every read of `doc.ents`)
    norp = [(e.start_char, e.end_char) for e in ents if e.label_ == "NORP"]
    places_tagged = [(e.start_char, e.end_char) for e in ents if e.label_ in _PLACE_LABELS]
    # Sports teams and troupes first ("signed with the Westbrook Comets", "the former Mariners
    # star"): their names are shaped like nothing else, and a bare "Comets" is the same team.
    for start, end, name in _teams(doc, person_parts):
        if free(start, end):
            found.append((start, end, name, "organisation"))
            take(start, end)
    titles = _titles_before_roles(text, person_parts)
    titled = {name for _, _, name, _ in titles}
    appeared = list(_APPEARED_IN_TITLE.finditer(text)) + [
        match
        # (every match holds "play")
        for match in (_PLAYS_PART_IN.finditer(text) if "play" in text else ())
        if not {match.group(1).split()[-1]} & (_LEAGUE_HEADS | lex.event_heads | lex.org_heads)
    ]
    opened = list(_OPENING_WORK_PLAYED.finditer(text))
    # (a name the tagger placed is a work only when the sentence says when it comes out: "In
    # London, she plays Greta on stage" is a place)
    opened_at = {match.start(1) for match in opened if match.group("released")}
    appeared += opened
    appeared_at = {match.start(1) for match in appeared}

    def placed_elsewhere(name: str) -> bool:
        """ "lived in Rome ... her film debut in Rome": a name placed without a cue is a place."""
        return any(
            m.start(1) not in appeared_at
            for m in re.finditer(rf"\b(?:in|from|to|near|at)\s+(?:the\s+)?({re.escape(name)})\b", text)
        )

    appeared_names = {match.group(1) for match in appeared}
    work_cue = _compiled(rf"(?:{lex.work_nouns.pattern})\s+$", re.IGNORECASE)  # "her film debut in"
    # "starred in Night Ferry", "his breakthrough came as a detective in Night Ferry": a title
    for match in appeared:
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        # a "person" the tagger made of the title is no person ("starred in Night Ferry"); a
        # place is still a place ("appeared in Paris") unless a work noun comes with the cue
        # ("made her film debut in The Quiet Orchard") or the name also stands before a role
        # ("her Copperline co-stars ... plays a detective in Copperline")
        placed = any(s < end and start < e for s, e in places_tagged)
        if placed and (
            match.group(1) in lex.places
            or placed_elsewhere(match.group(1))
            or not (
                match.group(1) in titled
                or work_cue.search(text[max(0, match.start() - 20) : match.start()])
                or start in opened_at
            )
        ):
            continue
        core = words[1:] if words[0] == "The" else words  # "debut in The Quiet Orchard"
        # "a small role in Ivo Marsh's period drama The Copper Bell": a possessor before a kind of
        # work is the one who made it; the title follows the kind
        if re.search(r"['’]s$", words[-1]) and _KIND_THEN_TITLE.match(text, end):
            continue
        if free(start, end) and core and core[0] not in _NOT_NAMES:
            found.append((start, end, match.group(1), "work"))
            take(start, end)
    for start, end, name, placed_too in titles:
        # "the Texas actress ... moved from Texas" is a place; "her Copperline co-stars ...
        # plays a detective in Copperline" is the work the cue names
        if placed_too and (name not in appeared_names or placed_elsewhere(name)):
            continue
        if free(start, end) and not any(s < end and start < e for s, e in norp):
            found.append((start, end, name, "work"))
            take(start, end)
            # "Keeper of the Keys star Ian Moss": a "person" the tagger made of a word of a title
            # with small words inside is no mention
            if quoted is not None and re.search(r"\s[a-z&]", name):
                quoted.append((start, end))
    for start, end, name, described in _described_names(doc, person_parts, full_name_parts):
        if free(start, end):
            found.append((start, end, name, described))
            take(start, end)
    # "(1961)" after a title, "the restaurants Oriel and Petit Oriel", "Grady's Place", "The
    # Cornelius Vantreight Hour": a person's name inside them is a word of the name, no mention
    for start, end, name, shaped in _shaped_names(text, person_parts):
        if free(start, end):
            # "the sitcom Grady's Place ... on Grady's Place": a kind said elsewhere stands
            said = next((k for _, _, n, k in found if n == name), shaped)
            found.append((start, end, name, said))
            take(start, end)
        elif (start, end) not in taken:
            continue
        # found here or by a cue before ("the sitcom Grady's Place"): the name covers its words
        if quoted is not None:
            quoted.append((start, end))
    org_named = rf"({_CAPITALISED_NAME})(?=[\s,.;:)]|$)"
    for match in _compiled(_org_noun_before().pattern.rstrip("$") + org_named).finditer(text):
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        # "Callaway Hospitality" may begin with its founder's name; it may not end with one.
        # "the hotel, The Harriet": an article may lead the name.
        lead = words[1] if words[0] == "The" and len(words) > 1 else words[0]
        if free(start, end) and words[-1] not in person_parts and lead not in _NOT_NAMES:
            found.append((start, end, match.group(1), "organisation"))
            take(start, end)
    # "moved to Wave 104 in 2013": a longer name the tagger called an organisation (or a product)
    # is no place
    org_tagged = [
        (e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART")
    ]
    for match in _RESIDENCE_PLACE.finditer(text):
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        # "the couple live in Margate": a lone "person" the tagger made of the town is no reason
        # against it; a part of a full name is ("moved to Rook" of Rook Vale)
        if (
            free(start, end)
            and not set(words) & full_name_parts
            and words[0] not in _NOT_NAMES
            and not any(s <= start and end < e for s, e in org_tagged)
        ):
            name = lex.places.get(match.group(1), match.group(1))
            found.append((start, end, name, "place"))
            take(start, end)
    # "joined Veltrix in 2019", "played for Dunmore", "studied at Harlow": an employer, a club or
    # a school, whatever the tagger made of it (a known place stays a place)
    nationalities = norp
    for match in _entity_cues().org_named.finditer(text) if _has_org_cue(text) else ():
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        following = re.match(r"\s+([a-z]+)", text[end : end + 30])
        if (
            free(start, end)
            # "joined the French resistance": the capitalised word describes a lowercase noun
            and not (following and following.group(1) not in STOP_WORDS)
            and not any(s < end and start < e for s, e in nationalities)
            and _named_by_org_cue(text, start, end)
            # ("joined the Dutch side Kerkrade 05 ... Kerkrade's director": a club, however else
            # the text names it)
            and (
                not set(words) & person_parts
                or re.search(r"\b(?:side|club|outfit)\s+$", text[start - 8 : start])
            )
            and words[0] not in _NOT_NAMES
            and match.group(1) not in lex.places
        ):
            found.append((start, end, match.group(1), "organisation"))
            take(start, end)

    def refind_organisations() -> None:
        """ "co-founded Fig and Thistle ... sous chef at Fig and Thistle": an organisation of two
        words or more is that organisation wherever the text names it (before the tagger's
        labels of its words are read, and again after)."""
        orgs = {n for _, _, n, k in found if k == "organisation" and " " in n}
        for org in sorted(orgs, key=longest_first):
            for start, end in literal_occurrences(doc_text(doc), org):
                if free(start, end):
                    found.append((start, end, org, "organisation"))
                    take(start, end)

    refind_organisations()
    works = {n for _, _, n, k in found if k == "work"}
    cued_orgs = {n for _, _, n, k in found if k == "organisation"}  # "joined Dunmore City"
    tagged_place_heads = _entity_cues().place_heads_if_tagged
    body = doc_text(doc)
    leading_determiner = _compiled(r"^(?:the|her|his|their)\s+", re.IGNORECASE)
    for ent in ents:
        if not free(ent.start_char, ent.end_char):
            continue
        # (`ent.text` as the body writes it: a span rebuilds its text from its tokens each time)
        ent_text = body[ent.start_char : ent.end_char]
        text = strip_possessive(leading_determiner.sub("", ent_text))
        if not text or not text[0].isupper():
            continue
        start = ent.end_char - len(ent_text) + ent_text.find(text) if text in ent_text else ent.start_char
        # "the Estrela do Norte first team": a club's name runs back over its small word
        lead = _ORG_SMALL_WORD_LEAD.search(body, max(0, start - 40), start)
        if ent.label_ == "ORG" and lead is not None:
            start, text = lead.start(1), body[lead.start(1) : start] + text
        # "the Porto Azul academy", "the Rovers squad": a name ends on its last capitalised word
        while ent.label_ == "ORG" and " " in text and text.split()[-1][:1].islower():
            text = text.rsplit(None, 1)[0]
        end = start + len(text)
        words = text.split()
        # "head chef at the Mayfair restaurant Osteria Vela": a name before a venue's or a
        # company's noun and the venue's own name only says where it is (no organisation)
        noun_then_name = _NOUN_THEN_NAME.match(body, end)
        if (
            ent.label_ not in _PLACE_LABELS
            and noun_then_name is not None
            and _org_noun_before().search(body, max(0, start - 8), noun_then_name.end())
        ):
            continue
        # "In The Orchard Gate, she plays ...": a title the text named as a work earlier is that
        # work again, whatever the tagger thought of it here (a known place stays a place)
        if (text in works or f"The {text}" in works) and text not in lex.places:
            text = text if text in works else f"The {text}"
            if ent_text.startswith("The "):
                start, end = ent.start_char, ent.start_char + len(text)
            if text == body[start:end]:
                found.append((start, end, text, "work"))
                take(start, end)
                continue
        if (
            text in lex.places
            or (ent.label_ in _PLACE_LABELS and words[-1] not in lex.org_heads)
            # "his Studio City home": a place the tagger knew, not a club, unless a cue said so
            or (ent.label_ in _PLACE_LABELS and words[-1] in tagged_place_heads and text not in cued_orgs)
            # "Bowen Island", "Crater Lake", whatever the tagger called them
            or (len(words) >= 2 and _place_head(words[-1], _gender_of(words[0]) in ("unknown", "andy")))
        ):
            kind: EntityKind = "place"
        elif text in works or ent.label_ == "WORK_OF_ART":
            kind = "work"
        elif words[-1] in lex.org_heads or (
            ent.label_ == "ORG" and not set(words) & person_parts and not _shouted_word(body, text)
        ):
            kind = "organisation"
        else:
            continue
        # "Ashby Records", "Callaway Hospitality" may begin with its founder's name (not end with it)
        if (set(words) & person_parts and not _named_for_founder(words, person_parts)) or (
            words[0] in _NOT_NAMES
        ):
            continue
        name = lex.places.get(text, text) if kind == "place" else text
        found.append((start, end, name, kind))
        take(start, end)
    # Place abbreviations the tagger missed ("LA", "NYC") and works named again later.
    for short, full in lex.places.items():
        if short not in body:  # a plain search first: most documents name few of the places
            continue
        for start, end in literal_occurrences(body, short, ".", ""):
            if free(start, end):
                found.append((start, end, full, "place"))
                take(start, end)
    for work in sorted(works, key=longest_first):
        for start, end in literal_occurrences(body, work, "", ""):
            if free(start, end):
                found.append((start, end, work, "work"))
                take(start, end)
    # "joined Stadtfeld 04 on loan": a club's number is part of its name
    for i, (start, end, _name, kind) in enumerate(found):
        number = _CLUB_NUMBER.match(body, end) if kind == "organisation" else None
        if number is not None:
            found[i] = (start, number.end(), body[start : number.end()], kind)
    refind_organisations()
    return found


# Before an organisation the tagger cut short: "the Estrela do Norte", "for Vasco da Gama".
_ORG_SMALL_WORD_LEAD = re.compile(
    r"(?:\b[Tt]he|\b(?:for|at|joined|with))\s+([A-Z][\w’'-]+\s+(?:do|da|de|del|di|dos|das|du)\s+)$"
)


# A club's two-digit number after its name ("Schalke 04", "Hannover 96"), not a count ("joined
# Veltrix 10 years ago") nor a score.
_CLUB_NUMBER = re.compile(
    r"[^\S\n]\d{2}(?![\w%:.,-]\d)(?![\w%])(?![^\S\n]+(?:years?|months?|weeks?|days?|times?|per|percent|million|"
    r"billion|minutes?|goals?|games?|matches|appearances|caps|points|[-–]))"
)


# Month names: "starred in June" is a date.
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# One to four capitalised words, small words inside ("House of Wren", "Salt & Pine"), on one line
# (a heading's last word and the next line's first are no name: "They move to Nashville\n\nMarchand").
# (a month or a weekday after "in"/"on" is a date, no word of the name: "signed with Pellucid
# Music in January")
_CAPITALISED_NAME = (
    r"[A-Z][\w’'&-]*(?:[^\S\n]+(?:(?:of|the|and|&|at|in|on)[^\S\n]+"
    rf"(?!(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))?[A-Z][\w’'-]*){{0,3}}"
)
# "lives in Bath", "moved to Lisbon", "settled in Cold Spring": the capitalised words are a place.
_RESIDENCE_PLACE = re.compile(
    r"\b(?:lives|live|living|lived|settled|based|resides|reside|residing|move|moves|moving|moved"
    r"|relocated|relocating)"
    rf"\s+(?:back\s+)?(?:in|to)\s+({_CAPITALISED_NAME})(?=[\s,.;:)]|$)"
)


# The last word of a plural name after "the" that makes it a place, an event or a newspaper,
# not a team ("the Virgin Islands", "the Golden Globes", "the World Series", "the Evening News").
_NOT_TEAM_HEADS = frozenset(
    {
        "Islands", "Isles", "Mountains", "Alps", "Hills", "Heights", "Highlands", "Lakes", "Keys",
        "Falls", "Springs", "Gardens", "Woods", "Fields", "Sands", "Downs", "Dales", "Plains",
        "Rapids", "Narrows", "Hamptons", "Ruins", "States", "Territories", "Provinces", "Emirates", "Towers",
        "Globes", "Awards", "Games", "Olympics", "Championships", "Series", "Finals", "Playoffs",
        "Honors", "Honours", "Oscars", "Emmys", "Grammys", "Tonys", "Brits", "Proms", "Nationals",
        "Paralympics", "Trials", "Wars", "Times", "News", "Sports", "Chronicles",
        "Affairs", "Relations", "Sciences", "Arts", "Studies", "Years", "Days", "Nights",
    }
)  # fmt: skip
# "the Westbrook Comets", "the Harrowgate Players", "the Calder Bay Mariners": "the", one to
# three capitalised words, and a capitalised plural: a team, a troupe or a band.
# The plural may not end in "-ss", "-us", "-is" ("Census", "Tennis"); the name ends there
# ("the Boston Pops Orchestra", "the Mystery Writers of America" are longer names).
_TEAM = re.compile(
    r"(?<![\w’'-])the\s+((?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*[^\Wsui]s)(?![\w’'-])"
    r"(?!\s+(?:[A-Z]|(?:of|&|and|for)\s+(?:the\s+)?[A-Z]|\())"
)
# Entity labels that make such a plural something else: "the United States", "the Rocky Mountains".
_NOT_TEAM_LABELS = frozenset({"GPE", "LOC", "EVENT", "DATE", "TIME", "PERSON", "FAC", "LAW"})


@cache
def _team_player_role() -> re.Pattern[str]:
    with resources.files("allegedly.data").joinpath("entities.toml").open("rb") as handle:
        data = tomllib.load(handle)["team_players"]
    return re.compile(
        rf"\s+(?:{_alternatives(sorted(data['sports'], key=len, reverse=True))})\s+"
        rf"(?:{_alternatives(sorted(data['roles'], key=len, reverse=True))})(?![\w-])"
    )


def league_names() -> frozenset[str]:
    """Sports leagues' names ("NBA"): `leagues` of entities.toml."""
    return _entity_cues().leagues


def team_player_role() -> re.Pattern[str]:
    """A sport and a player's word ("rugby player", "hockey captain"), matched at a team name's end."""
    return _team_player_role()


# One capitalised plural after "the" (its sport and player's word read by `team_player_role`).
_ONE_WORD_TEAM = re.compile(r"(?<![\w’'-])the\s+([A-Z][\w’'-]*[^\Wsui]s)(?=\s+[a-z])")


def _teams(doc: Any, person_parts: set[str]) -> list[tuple[int, int, str]]:
    """Sports teams, troupes and bands named by their shape ("the Westbrook Comets"), then the
    bare plural standing for the team alone ("left the Comets", "the former Mariners star")."""
    lex = relation_lexicon()
    text = doc_text(doc)
    found: list[tuple[int, int, str]] = []
    labelled = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in _NOT_TEAM_LABELS]
    places = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("GPE", "LOC")]
    # "the Orthodox Christians", "the European-born Spaniards": people of a faith or a nation
    norp_starts = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "NORP"]
    for match in _TEAM.finditer(text):
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        if (
            words[-1] in _NOT_TEAM_HEADS
            or words[-1] in lex.place_heads
            or words[-1] in lex.event_heads
            or any(w in _NOT_NAMES or w in lex.not_titles or re.fullmatch(_MONTHS, w) for w in words)
            or set(words) & person_parts
            or match.group(1) in lex.places
            # "the Minnesota Vikings": a place may lead the name; the plural must be no place
            or any(s < end and end - len(words[-1]) < e for s, e in labelled)
            or any(s == start for s, _ in norp_starts)
        ):
            continue
        found.append((start, end, match.group(1)))
    # "Cal Ide, the Corsairs rugby player": one plural word before a sport and a player's word
    for match in _ONE_WORD_TEAM.finditer(text):
        start, end = match.start(1), match.end(1)
        if (
            team_player_role().match(text, end)
            and match.group(1) not in person_parts
            and match.group(1) not in lex.places
            # (a tagger's "person" is no bar here: "the Corsairs rugby player" is a club's)
            and not any(s < end and start < e for s, e in places)
        ):
            found.append((start, end, match.group(1)))
    names = {name for _, _, name in found}
    head_counts = Counter(name.split()[-1] for name in names)
    heads = {name.split()[-1]: name for name in names if head_counts[name.split()[-1]] == 1}
    for name in sorted(names):  # the full name again, wherever the first cue was not
        for start, end in literal_occurrences(text, name):
            if not any(s == start for s, _, _ in found):
                found.append((start, end, name))
    for head, name in sorted(heads.items()):
        if head in person_parts:
            continue
        # after "the" and perhaps one lowercase word ("left the Comets", "the former Mariners
        # star"); a sentence opening with "Players" is no team
        for match in re.finditer(rf"\bthe\s+(?:[a-z-]+\s+)?({re.escape(head)})(?![\w’'-])", text):
            if not any(s <= match.start(1) < e for s, e, _ in found):
                found.append((match.start(1), match.end(1), name))
    return found


# Small words that may stand between "the" and a work noun in an apposition ("Saltmarsh Row, the
# eight-part drama"); a preposition means the noun is somebody else's ("the star of the drama").
_APPOSITION_WORD = r"(?!(?:of|in|on|at|for|from|with|by|and|to)\b)[\w-]+"
# After the work noun, what may follow the apposition: punctuation or a clause about the work.
_AFTER_APPOSITION = (
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?:that|which|where|she|he|they|we|it|I|you|about|set|starring|co-starring"
    r"|from|in|on|airing|streaming|premiering)\b)"
)
# After the work noun of an apposition to a name led by a first name, what says the name is a
# work's all the same: a clause about it ("Georgia Vey, a drama about a singer", "..., a film
# that ...") or the end of the apposition; a pronoun ("a comedy she wrote") may describe either.
_WORK_NOUN_ENDS = re.compile(
    r"(?:\s*[,.;:!?)]|\s+(?:that|which|whose|about|set|starring|co-starring|airing|streaming|premiering)\b)"
)
# "the Ridgeport native", "a native of Ridgeport": the name is a place.
_NATIVE_PLACE = re.compile(
    rf"\b(?:[Tt]he|[Aa])\s+({_CAPITALISED_NAME})\s+native\b|\bnatives?\s+of\s+({_CAPITALISED_NAME})"
)


# "eight years on Kingsbridge General", "season two of Harbor Lights", "the final season of X":
# time spent on, or a season of, a capitalised name makes it a show.
_SHOW_BY_TIME = re.compile(
    r"\b(?:(?:years?|seasons?|episodes?|decades?|stint|run|spell|months)\s+on"
    r"|seasons?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of"
    r"|(?:first|second|third|fourth|fifth|sixth|final|last|new|latest|next)\s+(?:season|series)\s+of)"
    rf"\s+({_CAPITALISED_NAME})(?=[\s,.;:)!?]|$)"
)
# Nouns of a place one is at or in: after them, "in X" names a place ("a beach in Kerry",
# "their wedding in Tulum"), even when X is also a first name the tagger reads as a person.
_VENUE_IN = re.compile(
    r"\b(?:beach|hotel|café|cafe|restaurant|bar|pub|village|town|city|farm|villa|church|chapel|castle"
    r"|estate|ranch|cottage|resort|wedding|ceremony|hospital|home|house|apartment|mansion|flat|studio"
    r"|gala|party|festival|holiday|vacation|honeymoon)\s+(?:together\s+)?(?:in|near|outside)\s+"
    rf"({_CAPITALISED_NAME})(?=[\s,.;:)!?]|$)"
)


# A name set off before "the ... label" (a record label's; "Rook Sound, the independent Leeds label").
_LABEL_APPOSED = re.compile(
    rf"(?<![\w’'-])({_CAPITALISED_NAME}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}(?:record\s+)?label(?=\s*[,.;:)]|\s+(?:that|which|where)\b)"
)


def _described_names(
    doc: Any, person_parts: set[str], full_name_parts: set[str]
) -> list[tuple[int, int, str, EntityKind]]:
    """Names whose kind the words around them say, whatever the tagger labelled them: a work in
    apposition ("Saltmarsh Row, the eight-part drama that ..."), a show one spent years on
    ("eight years on Kingsbridge General"), a place one is a native of ("the Ridgeport native")
    or a venue is in ("a beach in Kerry")."""
    lex = relation_lexicon()
    text = doc_text(doc)
    not_plain = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in _PLACE_LABELS | {"NORP"}]
    found: list[tuple[int, int, str, EntityKind]] = []

    def trimmed(start: int, name: str) -> tuple[int, list[str]]:
        """Sentence-opening function words are not part of a name ("In Glass Tide, ...")."""
        words = name.split()
        while words and words[0] != "The" and words[0].lower() in STOP_WORDS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        return start, words

    apposition = _compiled(
        rf"(?<![\w’'-])({_CAPITALISED_NAME}),\s+(?:the|a|an|her|his|their|its)\s+(?:{_APPOSITION_WORD}\s+){{0,3}}"
        rf"(?:{lex.work_nouns.pattern}){_AFTER_APPOSITION}"
    )
    for match in apposition.finditer(text):
        start, words = trimmed(match.start(1), match.group(1))
        core = words[1:] if words[:1] == ["The"] else words
        # "Dara Holt, a comedy she ..." is still read as a person when a first name leads it,
        # unless the words after the noun go on about a work ("Dara Holt, a drama about ...")
        if (
            not core
            or any(w in _NOT_NAMES for w in core)
            or (_known_first_name(core[0]) and not _WORK_NOUN_ENDS.match(text, match.end()))
        ):
            continue
        name = " ".join(words)
        found.append((start, start + len(name), name, "work"))
    # "Rook Sound, the independent Leeds label,": a record label, whatever its head word looks like
    for match in _LABEL_APPOSED.finditer(text) if "label" in text else ():
        start, words = trimmed(match.start(1), match.group(1))
        if words and not set(words) & full_name_parts and not any(w in _NOT_NAMES for w in words):
            name = " ".join(words)
            found.append((start, start + len(name), name, "organisation"))
    for match in _SHOW_BY_TIME.finditer(text):
        start, words = trimmed(match.start(1), match.group(1))
        while words and words[-1] in _NOT_NAMES:  # "years on Kingsbridge General I wanted"
            words = words[:-1]
        end = start + len(" ".join(words))
        if (
            not words
            or any(w in _NOT_NAMES or w in lex.not_titles or re.fullmatch(_MONTHS, w) for w in words)
            or words[-1] in _LEAGUE_HEADS | lex.event_heads | lex.org_heads
            or set(words) & person_parts
            or words[-1] in lex.place_heads
            or " ".join(words) in lex.places
            or any(s < end and start < e for s, e in not_plain)
        ):
            continue
        found.append((start, end, " ".join(words), "work"))
    for regex in (_NATIVE_PLACE, _VENUE_IN):
        # (every match of `_NATIVE_PLACE` holds "native")
        for match in regex.finditer(text) if regex is not _NATIVE_PLACE or "native" in text else ():
            group = next(g for g in range(1, (regex.groups or 0) + 1) if match.group(g))
            start, words = trimmed(match.start(group), match.group(group))
            if (
                not words
                or _POSSESSIVE.search(words[-1])  # "a party in Kerry’s honour": a person's
                or any(w in _NOT_NAMES or re.fullmatch(_MONTHS, w) for w in words)
                or set(words) & full_name_parts
            ):
                continue
            name = " ".join(words)
            found.append((start, start + len(name), lex.places.get(name, name), "place"))
    return found


_YEAR_IN_BRACKETS = re.compile(r"\((?:1[89]|20)\d\d\)")  # a cheap test before `_DATED_TITLE`
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def _shaped_names(text: str, person_parts: set[str]) -> list[tuple[int, int, str, EntityKind]]:
    """Names whose shape says their kind: titles with a year in brackets after a work noun
    ("several musicals, among them Moonlight on Mercer Street (1959) and Holiday for Dolores
    (1961)"), the businesses listed after a plural noun ("her boutiques Fennel and Thyme"), a
    business named with its owner's possessive ("Grady's Place") and a show named after its host
    ("The Cornelius Vantreight Hour")."""
    cues = _entity_cues()
    lex = relation_lexicon()
    found: list[tuple[int, int, str, EntityKind]] = []
    if "(" in text and _YEAR_IN_BRACKETS.search(text):
        last_end = -1
        for match in _DATED_TITLE.finditer(text):
            words = match.group(1).split()
            start = match.start(1)
            # "In Harbor Lights (1972) she ...": a sentence's opening word is no word of the title
            # ("the short How Eunice Got Her Baby (2009)" keeps its "How")
            if (
                len(words) > 1
                and words[0] != "The"
                and words[0].lower() in STOP_WORDS
                and _SENTENCE_OPENS.search(text, max(0, start - 3), start)
            ):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            core = words[1:] if words[:1] == ["The"] else words
            if (
                not core
                or core[0] in _NOT_NAMES
                or re.fullmatch(_MONTHS, core[0])
                # "the novel Jane Eyre (1847) ... Jane Eyre is hired": a title named after a
                # person the text speaks of is left to the other cues
                or (_known_first_name(core[0]) and set(core) <= person_parts)
            ):
                continue
            window = text[max(0, start - _DATED_WORK_WINDOW) : start]
            window = re.split(r"[.!?]\s", window)[-1]  # the noun must be in the same sentence
            listed = 0 <= start - last_end <= _LIST_GAP and _LIST_JOINT.fullmatch(text[last_end:start])
            if not (listed or cues.dated_work_noun.search(window)):
                continue
            # ("but The Salt Orchard (2025), which opens ...": a capitalised "The" inside a sentence
            # is the title's own)
            opening = _SENTENCE_OPENS.search(text, max(0, start - 3), start) is not None
            name = " ".join(words if words[0] == "The" and not opening and start > 0 else core)
            end = start + len(" ".join(words))
            found.append((end - len(name), end, name, "work"))
            last_end = match.end()
        # '"A Quiet Tide" (1991)': a quoted title with a year in brackets is a work whatever
        # stands before it (a child's name and year are never quoted)
        for match in _QUOTED_DATED_TITLE.finditer(text):
            found.append((match.start(1), match.end(1), match.group(1), "work"))
    # 'Best Actress: Ana Vey, "Lowmoor"': an acting prize's winner and the quoted work
    for match in AWARD_LINE.finditer(text) if "Best" in text or "Outstanding" in text else ():
        found.append((match.start("work"), match.end("work"), match.group("work"), "work"))
    # (every match holds one of the nouns as written)
    for match in cues.business_list.finditer(text) if any(n in text for n in cues.business_nouns) else ():
        offset = match.start(1)
        for item in re.split(_LIST_JOINT, match.group(1)):
            start = text.index(item, offset)
            offset = start + len(item)
            if item and item.split()[0] not in _NOT_NAMES and item not in lex.places:
                found.append((start, offset, item, "organisation"))
    if ("’s " in text or "'s " in text) and cues.possessive_head.search(text):
        for match in cues.possessive_venue.finditer(text):
            found.append((match.start(), match.end(), match.group(), "organisation"))
    # "Moura Beachwear, which Lena founded in 2018": what one founds, co-owns or opens is a business
    for match in _FOUNDED_AFTER_NAME.finditer(text) if "which" in text else ():
        words = match.group(1).split()
        # (people take "who", not "which"; "Salt Yard in Los Angeles, which he co-founded": a place
        # named after a preposition is where the business is)
        placed = re.search(
            r"\b(?:in|at|from|to|near|of)\s+(?:the\s+)?$", text[max(0, match.start() - 10) : match.start()]
        )
        if words[0] not in _NOT_NAMES and not placed and match.group(1) not in relation_lexicon().places:
            found.append((match.start(1), match.end(1), match.group(1), "organisation"))
    if "The " in text and any(head in text for head in cues.named_show_heads):
        for match in cues.named_show.finditer(text):
            words = match.group(1).split()
            if words[0] not in _NOT_NAMES:
                found.append((match.start(1), match.end(1), match.group(1), "work"))
    return found


# After "starred in", "cast in", "a role in", "breakthrough came as the foreman in": a work's title.
_APPEARED_IN_TITLE = re.compile(
    r"\b(?:starred|starring|stars|appeared|appearing|cast|role|roles|breakthrough|debut"
    r"|co-stars|co-starred|co-starring|co-star|costar|costars"
    # ("will star in X", "is set to star in X"; a bare "star in" is as often a noun: "a rising star in Paris")
    r"|(?<=will\s)star|(?<=to\s)star|(?<=would\s)star)\b"
    r"(?:\s+(?:came|was|as|a|an|the|his|her|their|[a-z]+ing)){0,2}(?:\s+(?:as\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?)?"
    rf"\s*\bin\s+(?:the\s+)?(?:\d{{4}}\s+)?(?:[a-z]+\s+)?(?!(?:{_MONTHS})\b)({_CAPITALISED_NAME})(?=[\s,.;:)]|$)"
)


# A title a part is played in: capitalised words, small words between, "and the" or "of the"
# among them ("on Salt and the Sea").
_PLAYED_TITLE = (
    r"[A-Z][\w’'&-]*(?:[^\S\n]+(?:(?:of|and|at|in|on|to|for)[^\S\n]+the[^\S\n]+|(?:of|the|and|&|at|in|on)[^\S\n]+"
    rf"(?!(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))?[A-Z][\w’'-]*){{0,4}}"
)


# "plays a disgraced detective in Copperline": a part played in a title.  The part must be said
# ("played in the First Division" is a league, "played in Boston" a city).
_PLAYS_PART_IN = re.compile(
    r"\b(?:plays|played|playing|play)\s+(?:(?:a|an|the|his|her|their)\s+(?:[a-z’'-]+\s+){1,4}?"
    # parts said without an article: "play husband and wife in X", "played doomed lovers in X"
    r"|(?:[a-z-]+\s+)?(?:husband\s+and\s+wife|wife\s+and\s+husband|lovers|siblings|sisters|brothers|twins|"
    r"rivals|enemies|spouses|best\s+friends)\s+"
    # parts named after a kind: "played rivals Nora Vance and Pia Lund in X"
    r"|(?:(?!(?:the|a|an|his|her|their)\s)[a-z-]+\s+){1,2}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"(?:\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s+)"
    # an aside in brackets before "in": "plays his estranged niece (no, really) in X"
    # (a show is played "on": "played a detective on Copper Hollow")
    r"(?:\([^()\n]{1,30}\)\s+)?(?:in|on)\s+"
    rf"(?!(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)({_PLAYED_TITLE})(?=[\s,.;:)]|$)"
)
# After a possessor: lower-case words (a kind of work), then a capitalised title ("Ivo Marsh's
# period drama The Copper Bell").
_KIND_THEN_TITLE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+[\"“‘']?[A-Z]")
# "In Winter Orchard, out in June, she plays a baker": a sentence opening on a title, then who
# plays a part in it.
_OPENING_WORK_PLAYED = re.compile(
    rf"(?:^|[.!?][\"”’']?\s+|\n)In\s+(?:the\s+)?({_CAPITALISED_NAME}),\s+"
    r"(?:(?P<released>which|out|due|released|premiering|airing)\s+[^,;.\n]{1,40},\s+)?"
    r"(?:she|he|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:also\s+)?"
    r"(?:plays|played|portrays|portrayed|is\s+cast\s+as|was\s+cast\s+as)\b"
)
# Last words of a competition or a league, where sports are played: not a title.
_LEAGUE_HEADS = frozenset({"Division", "League", "Conference", "Premiership", "Series", "Liga", "Tour"})


# A title before a role: capitalised words with small words inside, "to" and "for" among them
# ("the Married to Marlowe star", "the Songs for Ivo actress").
# (not a date after a small word: "her new film Copperfall on Friday", "in May")
_TITLE_NAME = (
    # (a preposition and "the" may join too: "the Keeper of the Keys star")
    r"[A-Z][\w’'&-]*(?:[^\S\n]+(?:(?:of|at|in|on|to|for)[^\S\n]+the[^\S\n]+|(?:of|the|and|&|at|in|on|to|for)[^\S\n]+)?"
    rf"(?!(?<=\b(?:at|in|on)\s)(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w’'-]*){0,4}"
)
# A title and a year in brackets: "Holiday for Dolores (1961)".
# A line of an awards list: a prize's category, a colon, the winner, a comma and the work in
# quotes ("Best Supporting Actor: Ana Vey, "The Ledger"").
AWARD_LINE = re.compile(
    r"\b(?:Best|Outstanding)\s+(?i:(?:Supporting\s+|Leading\s+|Lead\s+|Comedy\s+|Drama\s+)?"
    r"(?:Actor|Actress|Performance|Performer|Newcomer|Debut))\b[^:\n]{0,30}:\s+"
    # (the work in quotes, or bare up to the sentence's end: "Best actor: Ana Vey, The Long Shore.")
    r"(?P<winner>[A-Z][^,\n]{1,50}),\s+(?P<q>[“\"])?(?P<work>[A-Z0-9](?:(?(q)[^“”\"\n]|[^“”\"\n,;.:]))"
    r"{0,80}?)(?(q)[”\"]|(?=[.;]\s|[.;]?$|\n))",
    re.MULTILINE,
)
_FOUNDED_AFTER_NAME = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'&-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w’'-]*){0,3}),\s+which\s+"
    r"(?:she|he|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:had\s+|has\s+|have\s+)?(?:later\s+)?"
    r"(?:co-?founded|founded|co-owns|opened|launched|set\s+up|started)\b"
)
_QUOTED_DATED_TITLE = re.compile(r"[“\"]([A-Z0-9][^“”\"\n]{0,80}?)[,.!?]?[”\"]\s*\((?:1[89]|20)\d\d\)")
_DATED_TITLE = re.compile(rf"(?<![\w’'-])({_TITLE_NAME})\s*\((?:1[89]|20)\d\d\)")


def _lone_known_name_after(text: str, at: int, words: list[str], person_parts: set[str]) -> bool:
    """A role followed by one capitalised word that is a part of a person's name the text gives,
    not a word of the title before the role ("Salt Harbor star Quenby said")."""
    after = re.match(r"\s+([A-Z][\w’'-]+?)(?:['’]s?)?(?![\w’'-])", text[at:])
    return after is not None and after.group(1) in person_parts and after.group(1) not in words


def _titles_before_roles(text: str, person_parts: set[str]) -> list[tuple[int, int, str, bool]]:
    """ "The Salt Harbor star, 41,", "his Harbor Lights co-star", "the Heat Check host": the
    capitalised words right before a role a work's title stands before (`title_roles`) name a
    work, unless they are an award, an industry or a nationality (`not_titles`), a place the
    text names, or part of a person's name.  The flag says the text also places the name after
    "in", "from", "to" or "near" (a place, unless a cue of appearing explains it)."""
    lex = relation_lexicon()
    found: list[tuple[int, int, str, bool]] = []
    # co-stars in the plural too ("her Copperline co-stars Dario Vey and Kit Lund"); other roles
    # in the plural are said of a kind ("Central actors in the plot", "Hollywood stars")
    pattern = rf"(?<![\w’'-])({_TITLE_NAME})\s+(?:{lex.title_roles.pattern}|co-stars|costars)(?![\w-])"
    # ("a divorce from Salt Harbor star Quenby": the role right after a title says it is no place)
    role_next = rf"(?!\s+(?:{lex.title_roles.pattern})(?![\w-]))"
    for match in _compiled(pattern).finditer(text):
        words = match.group(1).split()
        start = match.start(1)
        # "Ivo Marsh and Keeper of the Keys star Ana Vey": a person's name before "and" is no
        # word of the title after it
        joint = next(
            (
                i
                for i in range(len(words) - 1, 0, -1)
                if words[i] in ("and", "&") and set(words[:i]) & person_parts
            ),
            None,
        )
        if joint is not None:
            start = text.index(words[joint + 1], start + sum(len(w) + 1 for w in words[:joint]))
            words = words[joint + 1 :]
        # "Kobby's Blackwater Creed co-star": the possessor is a person, the title follows him
        owner = next((i for i in range(len(words) - 1, -1, -1) if _POSSESSIVE.search(words[i])), None)
        if owner is not None and owner < len(words) - 1:
            start = text.index(words[owner + 1], start + sum(len(w) + 1 for w in words[:owner]))
            words = words[owner + 1 :]
        led_by_the = (
            words[0] == "The"
            or text[max(0, start - 4) : start] == "the "
            or owner is not None
            # "his Gallows Lane co-star Marisa Quell", "Night Harbour creator Aileen Rao": a role
            # between a title and a person's name, or after a possessive pronoun
            or re.search(r"(?:\b(?:his|her|their)|['’]s?)\s+$", text[max(0, start - 8) : start]) is not None
            or re.match(r"\s+[A-Z][\w’'-]+\s+[A-Z]", text[match.end() :]) is not None
            # "Salt Harbor star Quenby, who ...": a lone name of someone the text names in full
            or _lone_known_name_after(text, match.end(), words, person_parts)
        )
        while words and words[0] in lex.not_titles:  # "The", "Reality", "Hollywood"
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        if (
            not words
            or any(w in lex.not_titles or re.search(r"-[a-z]", w) for w in words)  # "Emmy-winning"
            # "Best actress: Ana Vey": an award's category, no title
            or words[0] in _entity_cues().award_leads
            # "The Velvet Hour actress": after "the", words the tagger took for a person's name
            # are a title all the same (no one writes "the Ana Vey actress")
            or (set(words) & person_parts and not led_by_the)
            # "Quenby's co-star": a person's co-star, not a title's
            or _POSSESSIVE.search(words[-1])
        ):
            continue
        name = " ".join(words)
        start = text.index(words[0], start)
        # "the former NBA star": a league (`acronyms` of entities.toml) is no work
        if name in lex.places or name in _entity_cues().leagues:
            continue
        placed = re.search(rf"\b(?:in|from|to|near)\s+{re.escape(name)}\b{role_next}", text) is not None
        found.append((start, start + len(name), name, placed))
    return found


# Words before a name that make it a place, not a person: "in Silver Lake", "near Lincoln Park".
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|across|toward|towards|between)\s+(?:the\s+)?(?:[\w’']+['’]s\s+)?$"
)


# "Silver Lake neighborhood": a noun after the name that makes it a place.
_PLACE_AFTER = re.compile(r"^\s+(?:neighbou?rhood|area|district|county|village|town|city|suburb|region)\b")


def _drop_places_named_like_people(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A 'person' only ever mentioned after a locative preposition, and shaped like a place
    ("in Silver Lake", "near Lincoln Park", "in Tribeca, in Tribeca"), is a place.

    One "entrusted to X" is not enough: the name must end in a place word, be followed by
    one, or be placed so at least twice."""
    lex = relation_lexicon()
    by_key: dict[str, list[tuple[int, int, str]]] = {}
    for span in spans:
        by_key.setdefault(span[2], []).append(span)
    places = set()
    for key, found in by_key.items():
        if not all(_LOCATIVE.search(text[max(0, s - 25) : s]) for s, _, _ in found):
            continue
        shaped = any(
            text[s:e].split()[-1] in lex.place_heads or _PLACE_AFTER.match(text[e : e + 20])
            for s, e, _ in found
        )
        if shaped or len(found) >= 2:
            places.add(key)
    return [span for span in spans if span[2] not in places]


# Between two items of a list: "Venice, Bogotá", "Lima and Quito", "Lima, and Quito".
LIST_JOINT = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_LIST_CAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s*(?:,|,?\s+and|,?\s+or)\s+$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:now\s+|then\s+|finally\s+)?[A-Z]")


def _looks_like_person_name(name: str) -> bool:
    """Two or three words led by a first name the name list knows ("Dwight Yoakam"), not ended by
    a word that makes them an event, a place or an organisation ("Paris Fashion Week")."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    lex = relation_lexicon()
    last = words[-1]
    if last in lex.event_heads or last in lex.place_heads or last in lex.org_heads:
        return False
    return _known_first_name(words[0])


def _drop_names_listed_among_places(
    text: str, spans: list[tuple[int, int, str]], places: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """A 'person' only ever named as an item of a list of places ("sightings in Venice,
    Amsterdam, Bogotá, São Paulo") is a place: the tagger knew its neighbours, not it."""
    by_key: dict[str, list[tuple[int, int, str]]] = {}
    for span in spans:
        by_key.setdefault(span[2], []).append(span)
    # the tagger's places that our own reading took for people are not places to stand beside
    known = [(ps, pe) for ps, pe in places if not any(s < pe and ps < e for s, e, _ in spans)]
    dropped: set[str] = set()

    def beside_a_place(start: int, end: int) -> bool:
        left = [pe for _, pe in known if pe <= start and LIST_JOINT.fullmatch(text, pe, start)]
        right = [ps for ps, _ in known if end <= ps and LIST_JOINT.fullmatch(text, end, ps)]
        if not left and not right:
            return False
        joint = text[left[0] : start] if left else text[end : right[0]]
        if "," not in joint:  # "Lima and Quito": two places joined by "and"
            return True
        # "in Lisbon, Ilse Brandt called": after a comma the name must go on as a list item too
        if left:
            return bool(_LIST_GOES_ON.match(text, end))
        return bool(_LIST_CAME_BEFORE.search(text[max(0, start - 40) : start]))

    changed = True
    while changed:  # a place found this way may reveal its neighbour in the list
        changed = False
        for key, found in by_key.items():
            if key in dropped or not all(beside_a_place(s, e) for s, e, _ in found):
                continue
            # "compared to Alabama and Dwight Yoakam": a full name led by a known first name is
            # a person's, whatever its neighbour
            if any(_looks_like_person_name(text[s:e]) for s, e, _ in found):
                continue
            dropped.add(key)
            known.extend((s, e) for s, e, _ in found)
            changed = True
    return [span for span in spans if span[2] not in dropped]


def _learn_roles(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """Roles said of exactly one person: "choreographer Rafe X", "Jane Y, a painter"."""
    lex = relation_lexicon()
    said: dict[str, set[str]] = {}
    for start, end, key in spans:
        before = _compiled(rf"(?:{lex.roles.pattern})\s+$", re.IGNORECASE).search(
            text[max(0, start - 40) : start]
        )
        # (an apposition that closes, or goes on with "of", "from", "who": "Before meeting Temi,
        # the defender dated X" opens a clause on someone else)
        after = _compiled(
            rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?({lex.roles.pattern})\b"
            r"(?=\s*[,.;:)]|\s+(?:of|at|for|in|from|with|on|who|whose|and|based|turned)\b|\s*$)",
            re.IGNORECASE,
        ).match(text[end : end + 60])
        for match in (before, after):
            if match:
                role = re.sub(r"^,.*?\b(?=\w+$)", "", match.group(0).strip()).lower()
                said.setdefault(role.split()[-1], set()).add(key)
    return {role: next(iter(keys)) for role, keys in said.items() if len(keys) == 1}


# "Hall was born Shirley Grossman in 1931", "Dana Hall (born Shirley Grossman)", "Ana Roe, born
# Ana Maria Vey, ...": two to four capitalised words right after "born" (a date or "in" is no name).
_BORN_AS = re.compile(
    r"(?:\s+(?:was|is)\s+born|\s*,\s*born|\s*\(\s*(?:;\s*)?born)\s+"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?![\w’'-]|\s+[A-Z])"
)
# The owner of a birth name: one to four capitalised words right before "was born" / "(born".
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})$")


def _birth_names_born(
    text: str, candidates: list[tuple[int, int, str]], clusters: dict[str, PersonCluster]
) -> list[tuple[PersonCluster, str]]:
    """(owner, birth name) of "NAME was born BIRTH NAME", "NAME (born BIRTH NAME ...": the owner is
    a person found in the text; the birth name starts with a known first name or was found as a
    person itself, and holds no word of `not_birth_names` ("was born Roman Catholic")."""
    found_at = {start for start, _, _ in candidates}
    not_names = _entity_cues().not_birth_names
    pairs: list[tuple[PersonCluster, str]] = []
    for match in _BORN_AS.finditer(text) if "born" in text else ():
        words = match.group(1).split()
        if re.fullmatch(_MONTHS, words[0]) or any(w in not_names or w in _NOT_NAMES for w in words):
            continue
        if match.start(1) not in found_at and not _known_first_name(words[0]):
            continue
        before = _OWNER_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
        if before is None:
            continue
        owner_words = before.group(1).split()
        # the longest run of the words before that is a name found in the text: "Actress Dana Hall"
        owner = next(
            (
                c
                for i in range(len(owner_words))
                if (c := _cluster_of(strip_possessive(" ".join(owner_words[i:])), clusters)) is not None
            ),
            None,
        )
        if owner is not None:
            pairs.append((owner, " ".join(words)))
    return pairs


def _join_birth_names(
    text: str, candidates: list[tuple[int, int, str]], clusters: dict[str, PersonCluster]
) -> None:
    """ "Sarah, née Kahn", "Eva Roe (née Vey)", "Hall was born Shirley Grossman": the birth name
    is another name of the same person, not a second person (its own cluster, if it had one, is
    folded in)."""
    pairs: list[tuple[PersonCluster, str]] = []
    for _, end, name in candidates:
        match = _NEE.match(text[end : end + 80])
        owner = _cluster_of(name, clusters) if match else None
        if match is not None and owner is not None:
            pairs.append((owner, strip_possessive(match.group(1))))
    pairs += _birth_names_born(text, candidates, clusters)
    for owner, birth_name in pairs:
        if owner.key not in clusters:
            continue  # folded into another owner already
        other = _cluster_of(birth_name, clusters)
        if other is not None and other is not owner:
            if not other.aliases <= {birth_name, *birth_name.split()}:
                continue  # the birth name is somebody else's full name too: leave both alone
            del clusters[other.key]
            owner.aliases |= other.aliases  # its mentions ("Grossman") are the owner's now
        owner.aliases.add(birth_name)
        if len(owner.parts) == 1 and owner.parts[0] in _entity_cues().bare_titles and " " in birth_name:
            # "The Duchess, born Ana Vey, ...": a title alone is no name; the person is shown by
            # the name the text gives
            owner.name = birth_name


def _word_char(char: str) -> bool:
    """A character regex `[\\w-]` matches: a letter, a digit, an underscore or a hyphen."""
    return char.isalnum() or char in "_-"


def _typed_dash(text: str, at: int) -> bool:
    """Is the hyphen at `at` half of a dash typed as two hyphens ("the member--Ana Vey in ...")?
    Such a dash parts words; a lone hyphen joins them ("Vey-led")."""
    return text[at] == "-" and (text[at - 1 : at] == "-" or text[at + 1 : at + 2] == "-")


def whole_word_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where `name` is written as a whole word in `text`: the matches of the regex
    `(?<![\\w-])name(?![\\w-])`, found with `str.find` (a regex per alias per document was
    compiled afresh each time: more aliases than the regex cache holds), a dash typed as two
    hyphens being no hyphen (`_typed_dash`)."""
    found: list[tuple[int, int]] = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start > 0 and _word_char(text[start - 1]) and not _typed_dash(text, start - 1)) and not (
            end < len(text) and _word_char(text[end]) and not _typed_dash(text, end)
        ):
            found.append((start, end))
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)
    return found


def _name_char(char: str) -> bool:
    """A character regex `[\\w’'-]` matches: a letter, a digit, an underscore, an apostrophe or a hyphen."""
    return char.isalnum() or char in "_’'-"


def literal_occurrences(
    text: str, literal: str, before: str = "’'-", after: str = "’'-"
) -> list[tuple[int, int]]:
    """The matches of the regex `(?<![\\w<before>])<literal>(?![\\w<after>])` (`literal`
    escaped), in order, found with `str.find`: a pattern per name per document was compiled
    afresh each time (more such patterns than `re`'s cache holds)."""
    if not literal:
        pattern = rf"(?<![\w{re.escape(before)}]){re.escape(literal)}(?![\w{re.escape(after)}])"
        return [match.span() for match in re.finditer(pattern, text)]
    found: list[tuple[int, int]] = []
    start = text.find(literal)
    while start >= 0:
        end = start + len(literal)
        if not (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_" + before)) and not (
            end < len(text) and (text[end].isalnum() or text[end] in "_" + after)
        ):
            found.append((start, end))
            start = text.find(literal, end)
        else:
            start = text.find(literal, start + 1)
    return found


def _outside_person_names(doc: Any, outlets: list[tuple[int, int, Outlet]]) -> list[tuple[int, int, Outlet]]:
    """The outlet names found in the text less those that only begin a person's name the tagger
    saw, led by a known first name ("Elle Macpherson", "Marie Claire Vey")."""
    names = [
        (e.start_char, e.end_char)
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and _looks_like_person_name(e.text)
    ]
    return [
        (start, end, outlet)
        for start, end, outlet in outlets
        if not any(s == start and end < e for s, e in names)
    ]


def _org_short_forms(
    others: list[tuple[int, int, str, EntityKind]],
    clusters: dict[str, PersonCluster],
    entities: dict[str, Entity],
) -> dict[str, str]:
    """Person keys of one-word "people" that are an organisation's first word ("Beacon" of "Beacon
    Broadcasting"), with that organisation's name."""
    heads = relation_lexicon().org_heads
    firsts: dict[str, str] = {}
    for _, _, name, kind in others:
        words = name.split()
        # ("Kerkrade" of "Kerkrade 05": a club's number ends it as a head word does)
        if kind == "organisation" and (
            (len(words) == 2 and (words[-1] in heads or re.fullmatch(r"\d{2}", words[-1])))
            # ("Starfield" of "Starfield Artist Company"; not "Ana" of "Ana Vey Foundation")
            or (len(words) == 3 and words[-1] in heads and not _known_first_name(words[0]))
        ):
            firsts.setdefault(words[0], name)
    if not firsts:
        return {}
    return {
        key: firsts[entity.name]
        for key, entity in entities.items()
        if entity.kind == "person"
        and entity.name in firsts
        and key in clusters
        and len(clusters[key].parts) == 1
    }


# "Robert (Bob) Quayle", "Robert “Bob” Quayle": a given name, a nickname in brackets or quotes, a
# surname (groups 1, 2, 3)
_BRACKETED_NICKNAME = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'-]+)\s+(?:\(|[“\"]|``)([A-Z][\w’'-]+)(?:\)|[”\"]|'')\s+([A-Z][\w’'-]+)(?![\w’'-])"
)


def _join_nicknames(text: str, clusters: dict[str, PersonCluster]) -> None:
    """ "Robert (Bob) Quayle ... Bob Quayle": the name with its nickname in brackets is the person
    named by the nickname or the given name with the surname, where one person is."""
    if "(" not in text and "“" not in text and '"' not in text and "``" not in text:
        return
    for match in _BRACKETED_NICKNAME.finditer(text):
        given, nickname, surname = match.groups()
        forms = {f"{given} {surname}", f"{nickname} {surname}", match.group(0)}
        # the tagger may have taken the whole "Robert (Bob) Quayle" for one name of its own
        whole = [
            c
            for c in clusters.values()
            if match.group(0) in c.aliases and c.aliases <= forms | {given, nickname, surname}
        ]
        owners = [c for c in clusters.values() if forms & c.aliases and c not in whole]
        if len(owners) == 1:
            owners[0].aliases |= forms
            for cluster in whole:
                del clusters[cluster.key]
        elif not owners and len(whole) == 1:
            whole[0].aliases |= forms


_LONE_INITIAL = re.compile(r"^[A-Z]\.?$")
# A reader's handle quoted in the story ("while Kittenn2x remarked"): a word ending in a letter
# doubled that no name doubles at its end ("Pinkyy", "Heyyy"; "Foxx", "Haqq", "Buzz" are names),
# or "The" glued to more capitalised words ("TheVelvetLoom").
_HANDLE_SHAPE = re.compile(r"^[A-Z][a-z]+([yhwkjvu])\1+$|^The[A-Z][a-z]+[A-Z]\w*$")


def _no_one_named(name: str) -> bool:
    """Whether a "person" names no one: a day ("on Easter Sunday"), people in general ("Friends
    said"), an award's category ("Best Film went to"), a lone initial (a sign-off "Love, K.":
    the initial of someone named in full elsewhere, or of no one the text names), a reader's
    handle (`_HANDLE_SHAPE`)."""
    cues = _entity_cues()
    words = name.split()
    return (
        _LONE_INITIAL.match(name) is not None
        or _HANDLE_SHAPE.match(name) is not None
        or bool(cues.calendar_words.intersection(words))
        or name in cues.collective_names
        or (
            len(words) >= 2
            and words[0] in cues.award_leads
            and all(_in_dictionary(w) and not _known_first_name(w) for w in words[1:])
        )
    )


@cache
def _venue_before() -> re.Pattern[str]:
    """ "the counter-dining room ", "the bistro ": a venue's noun (`venues`) after an article."""
    venues = _alternatives(_entity_cues().venue_nouns)
    # (not "the owner of the inn, Ysolde": the owner's name)
    return re.compile(rf"(?<!of )\b(?:the|a|an|her|his|their|its)\s+(?:[a-z-]+\s+)?(?:{venues}),?\s+$")


def _venue_named(text: str, cluster: PersonCluster) -> bool:
    """ "her second restaurant, the counter-dining room Sal, in Cardiff": a lone "name" the text
    sets in apposition right after a venue's noun is the venue ("the bistro Ana owns" is not
    apposed: a verb follows)."""
    if len(cluster.parts) != 1:
        return False
    name = cluster.parts[0]
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?=\s*[,.;)]|\s+(?:in|on|at|and)\b)", text):
        if _venue_before().search(text, max(0, match.start() - 50), match.start()):
            return True
    return False


def _join_bare_titles(text: str, clusters: dict[str, PersonCluster]) -> None:
    """ "The Earl of Ballinvoe, Maxim Orrell, is to marry ... The Earl proposed": a bare title
    ("the Earl", `bare_titles`) is the one person the text names in apposition with the title of
    a place ("the Earl of X, NAME", "NAME, the Earl of X"); a numbered title ("NAME, the 7th
    Earl") is an ancestor's and joins no one."""
    bare_titles = _entity_cues().bare_titles
    for cluster in list(clusters.values()):
        if len(cluster.parts) != 1 or cluster.parts[0] not in bare_titles:
            continue
        title = re.escape(cluster.parts[0])
        place = r"[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,2}"
        named: set[str] = set()
        for match in re.finditer(
            rf"(?<![\w-])[Tt]he\s+{title}\s+of\s+{place},\s+(?P<after>[A-Z][^,;.()]{{2,50}}?)(?=[,;.)])"
            rf"|(?P<before>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){{1,3}}),\s+the\s+{title}\s+of\s+{place}",
            text,
        ):
            name = match.group("after") or match.group("before")
            named |= {c.key for c in clusters.values() if c is not cluster and name in c.aliases}
        if len(named) == 1:
            owner = clusters[named.pop()]
            owner.aliases.add(cluster.parts[0])
            del clusters[cluster.key]


def _org_short_works(
    others: list[tuple[int, int, str, EntityKind]],
) -> list[tuple[int, int, str, EntityKind]]:
    """ "the Wexley Repertory Company ... joined the Wexley company ... a Wexley revival": a
    "work" whose words open the name of an organisation the text names (and of one only) is that
    organisation named short."""
    orgs = {name for _, _, name, kind in others if kind == "organisation" and " " in name}
    result: list[tuple[int, int, str, EntityKind]] = []
    for start, end, name, kind in others:
        if kind == "work":
            longer = [org for org in orgs if org.startswith(name + " ")]
            if len(longer) == 1:
                result.append((start, end, longer[0], "organisation"))
                continue
        result.append((start, end, name, kind))
    return result


def find_entities(doc: Any, outlets: OutletTable | None = None) -> EntityIndex:
    """All entities of a parsed body text, with one entity per real-world thing."""
    table = outlets or outlet_table()
    text = doc_text(doc)
    # read once: three steps below need them; "Elle" of "Elle Macpherson" is no magazine
    outlets_found = _outside_person_names(doc, table.find(text))
    candidates = _collect_person_candidates(doc, outlets_found)
    clusters = _cluster(candidates, text)
    _join_birth_names(text, candidates, clusters)
    _join_nicknames(text, clusters)
    _join_bare_titles(text, clusters)
    venues = {c.name for c in clusters.values() if _venue_named(text, c)}
    for key in [k for k, c in clusters.items() if _no_one_named(c.name) or c.name in venues]:
        del clusters[key]
    # Re-find every mention of every alias, so names the tagger missed once are still counted.
    spans: list[tuple[int, int, str]] = []
    claimed: list[tuple[int, int]] = []
    aliases = sorted(((a, c) for c in clusters.values() for a in c.aliases), key=lambda ac: -len(ac[0]))
    for alias, cluster in aliases:
        for start, end in whole_word_occurrences(text, alias):
            if any(s < end and start < e for s, e in claimed):
                continue
            if " " not in alias and (_inside_another_name(doc, start, end) or _leads_org_name(text, end)):
                continue
            claimed.append((start, end))
            spans.append((start, end, cluster.key))
    outlet_spans = [(s, e) for s, e, _ in outlets_found]
    spans = [sp for sp in spans if not any(s <= sp[0] < e for s, e in outlet_spans)]
    named_before = {key for _, _, key in spans}
    spans = _drop_places_named_like_people(text, spans)
    # "in Savannah, ... in Savannah's oldest bar": a "person" only ever placed so is a place, and
    # must not keep the place from being one below
    placed = named_before - {key for _, _, key in spans}
    spans = _drop_names_listed_among_places(
        text, spans, [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in _PLACE_LABELS]
    )
    spans = _split_lone_surnames(doc, clusters, spans)
    _learn_gender(doc, clusters, spans)
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for start, end, key in sorted(spans):
        cluster = clusters[key]
        entities.setdefault(
            key, Entity(key=key, name=cluster.name, kind="person", aliases=set(cluster.aliases))
        )
        mentions.append(Mention(entity=key, text=text[start:end], span=Span(start, end), kind="name"))
    quoted: list[tuple[int, int]] = []
    live = {k: c for k, c in clusters.items() if k not in placed}
    others = _other_entities(doc, outlets_found, live, quoted)
    # A "person" who is also named as a work, a place or an organisation elsewhere in the text is
    # that thing ("her album Kerosene Lullabies ... Kerosene Lullabies went gold", "the band
    # Velvet Kite ... Velvet Kite's album")
    # (an organisation of two words or more: a lone word the tagger called one may be a first name)
    not_people = {
        normalise_name(name)
        for _, _, name, kind in others
        if kind in ("work", "place") or (kind == "organisation" and " " in name)
    }
    dropped = {k for k, e in entities.items() if e.kind == "person" and normalise_name(e.name) in not_people}
    if dropped & live.keys():
        # the words of a name that is no person's do not keep other names from being read
        # ("Night Harbour creator ... plays for Harbour City Comets")
        quoted = []
        others = _other_entities(
            doc, outlets_found, {k: c for k, c in live.items() if k not in dropped}, quoted
        )
    # 'the "Kissed by a Rose" singer': a "person" inside a quoted title is a word of the title
    inside = [m for m in mentions if any(s <= m.span.start and m.span.end <= e for s, e in quoted)]
    if inside:
        mentions = [m for m in mentions if m not in inside]
        still_named = {m.entity for m in mentions}
        dropped |= {m.entity for m in inside if m.entity not in still_named}
    # "fired by Beacon Broadcasting ... Beacon said": a lone "person" that is the first word of an
    # organisation's name ending in a head word is that organisation named short
    short_forms = _org_short_forms(others, clusters, entities)
    for key, org in short_forms.items():
        dropped.add(key)
        mentions += [
            Mention(entity=_slug("organisation", org), text=m.text, span=m.span, kind="name")
            for m in mentions
            if m.entity == key
        ]
    mentions = [m for m in mentions if m.entity not in dropped]
    for key in dropped:
        del entities[key]
    # "The Long Harbour star ... the crime drama The Long Harbour": a title with and without its
    # leading "The" is one work, named in full
    full_titles = {
        name[4:]: name for _, _, name, kind in others if kind == "work" and name.startswith("The ")
    }
    others = _org_short_works(others)
    # "the bistro Pim ... the two co-own Pim": a venue's one-word name, wherever the text says it
    for venue in venues:
        for start, end in whole_word_occurrences(text, venue):
            if not any(s < end and start < e for s, e, _, _ in others):
                others.append((start, end, venue, "organisation"))
    for start, end, name, kind in others:
        if kind == "work":
            name = full_titles.get(name, name)
        key = _slug(kind, name)
        entity = entities.setdefault(key, Entity(key=key, name=name, kind=kind, aliases=set()))
        entity.aliases.add(text[start:end])
        mentions.append(Mention(entity=key, text=text[start:end], span=Span(start, end), kind="name"))
    used = {m.entity for m in mentions}
    roles = _learn_roles(text, spans)
    clusters = {k: v for k, v in clusters.items() if k in used}
    return EntityIndex(
        entities=entities,
        mentions=sorted(mentions, key=lambda m: m.span.start),
        people=clusters,
        text=text,
        roles=roles,
        doc=doc,
    )


def preload() -> None:
    """Read the name-gender table and the dictionary now (well under a second together), so that
    the first document that needs them is not the one that pays for them."""
    _name_genders()
    _dictionary_words()
