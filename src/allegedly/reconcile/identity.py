"""Cross-document people: the same person in several documents becomes one `Person`.

Rules, in order, each leaving its reason on the person:

1. entities with the same full name (two or more words) are one person: `same full name`;
2. a full name whose surname matches another's and whose first name is a prefix of the
   other's first name ("Ben Vance" / "Benedict Vance") or equal to it with a middle name
   added or dropped joins it, when exactly one person fits: `surname + first-name prefix`,
   `same first name and surname`;
3. a one-word name ("Benedict", "Vance", "Ben", a short form another document gave) joins the
   one full-name person it fits; when it fits several, the one co-mentioned with someone the
   document also names, if exactly one is; otherwise it stays unresolved, listed with its
   candidates; a one-word name that fits nobody groups with the same word elsewhere;
4. manual `Overrides` (merge and split lists by name, from a JSON file) are applied last, so a
   user's choice survives re-ingest.

Nicknames the text states ("the ballet K-Fed") are kept on the person as `nicknames` but never
used to match: only name words and their prefixes merge people.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from allegedly.errors import InputRejected
from allegedly.model import Analysis, Entity
from allegedly.outlets import normalise_name

SAME_FULL_NAME = "same full name"
PREFIX_OF_FIRST_NAME = "surname + first-name prefix"
SAME_FIRST_AND_SURNAME = "same first name and surname"
MIN_PREFIX = 3  # "Ben" for Benjamin; "Jo" is too short to say anything
MERGED_BY_HAND = "merged by hand"
SPLIT_BY_HAND = "split by hand"


def _tokens(name: str) -> list[str]:
    """Name words, normalised; a hyphenated word stays one word ("K-Fed" → "kfed")."""
    return [t for t in (normalise_name(word).replace(" ", "") for word in name.split()) if t]


def _is_full(name: str) -> bool:
    return len(_tokens(name)) >= 2


def _fits_word(word: str, name_words: list[str]) -> bool:
    """`word` is one of the name's words, or a prefix (3+ letters) of its first name."""
    return word in name_words or (len(word) >= MIN_PREFIX and name_words[0].startswith(word))


def is_name_form(alias: str, name: str) -> bool:
    """`alias` is made of `name`'s own words or their prefixes ("Nat" of "Calla Renwick");
    anything else ("K-Fed") is a nickname."""
    words = _tokens(name)
    alias_words = _tokens(alias)
    return bool(alias_words) and all(
        any(w == a or (len(a) >= 2 and w.startswith(a)) for w in words) for a in alias_words
    )


@dataclass(frozen=True)
class Local:
    """One document's entity for a person; equal by (document path, entity key)."""

    path: str
    key: str
    file: str = field(compare=False)
    entity: Entity = field(compare=False)

    @property
    def norm(self) -> str:
        return normalise_name(self.entity.name)


@dataclass(frozen=True)
class Link:
    """Why one document's entity belongs to a person."""

    name: str  # the name the document used
    file: str
    reason: str

    def __str__(self) -> str:
        return f"“{self.name}” ({self.file}): {self.reason}"


@dataclass
class Person:
    """One person across documents."""

    name: str  # canonical: the full name most documents use, longest on ties
    aliases: list[str]  # other names and short forms the documents used, sorted
    nicknames: list[str]  # stated nicknames: shown, never used to merge
    files: list[str]  # documents that mention the person, sorted
    links: list[Link]  # one per document entity, with the reason it joined
    locals: list[Local] = field(repr=False, default_factory=list)

    @property
    def reasons(self) -> list[str]:
        """The distinct reasons for this person's merges (empty when read in one document)."""
        return sorted({link.reason for link in self.links if link.reason != "first seen"})

    @property
    def decided_by(self) -> str:
        return "; ".join(self.reasons) or "one document"


@dataclass(frozen=True)
class Unresolved:
    """A one-word name that fits several people: left alone rather than guessed."""

    name: str
    file: str
    candidates: tuple[str, ...]


@dataclass
class Overrides:
    """A user's merges and splits by name, applied after the rules.

    JSON: {"merge": [["Ben Vance", "Benny V"]], "split": [["Ada Quill", "Ada"]]}; in a split
    the first name picks the person and each further name is taken out of it.
    """

    merge: list[list[str]] = field(default_factory=list)
    split: list[list[str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Overrides:
        """Raises InputRejected with one line when the file is missing or malformed."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputRejected(str(path), "no overrides file there") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputRejected(str(path), f"not a JSON overrides file ({error})") from None
        if not isinstance(data, dict):
            raise InputRejected(str(path), 'expected an object {"merge": [...], "split": [...]}')
        lists: dict[str, list[list[str]]] = {}
        for key in ("merge", "split"):
            groups = data.get(key, [])
            if not isinstance(groups, list) or not all(
                isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g) for g in groups
            ):
                raise InputRejected(str(path), f"'{key}' must be a list of lists of two or more names")
            lists[key] = groups
        return cls(merge=lists["merge"], split=lists["split"])

    def save(self, path: Path) -> None:
        path.write_text(
            json.dumps({"merge": self.merge, "split": self.split}, indent=2) + "\n", encoding="utf-8"
        )


@dataclass
class People:
    """Everyone across documents, and how to name what a document calls someone."""

    people: list[Person]
    unresolved: list[Unresolved]
    _by_local: dict[tuple[str, str], str] = field(repr=False, default_factory=dict)

    def resolve(self, path: str, name: str) -> str:
        """The cross-document name of what document `path` calls `name` (itself when unknown)."""
        return self._by_local.get((path, normalise_name(name)), name)

    def find(self, name: str) -> Person | None:
        """The person called `name`, by canonical name first, then by alias."""
        norm = normalise_name(name)
        for person in self.people:
            if normalise_name(person.name) == norm:
                return person
        matches = [p for p in self.people if norm in {normalise_name(a) for a in p.aliases}]
        return matches[0] if len(matches) == 1 else None


def canonical_name(people: People, name: str) -> str:
    """The cross-document name of the person called `name` (itself when nobody is)."""
    found = people.find(name)
    return found.name if found is not None else name


class _Groups:
    """Person groups under construction: group id → locals, and each local's reason."""

    def __init__(self) -> None:
        self.members: dict[int, list[Local]] = {}
        self.reason: dict[Local, str] = {}
        self._next = 0

    def new(self, first: Local, reason: str = "first seen") -> int:
        self._next += 1
        self.members[self._next] = [first]
        self.reason[first] = reason
        return self._next

    def add(self, group: int, local: Local, reason: str) -> None:
        self.members[group].append(local)
        self.reason[local] = reason

    def absorb(self, into: int, other: int, reason: str) -> None:
        for local in self.members.pop(other):
            self.members[into].append(local)
            self.reason[local] = reason

    def group_of(self, local: Local) -> int:
        return next(g for g, members in self.members.items() if local in members)

    def full_name(self, group: int) -> str:
        """The name most of the group's documents use, longest on ties."""
        counts: dict[str, int] = defaultdict(int)
        for local in self.members[group]:
            counts[local.entity.name] += 1
        return max(counts, key=lambda n: (_is_full(n), counts[n], len(n)))


def _person_locals(analyses: list[Analysis]) -> list[Local]:
    return [
        Local(a.document.path, entity.key, a.document.file_name, entity)
        for a in analyses
        for entity in a.entities
        if entity.kind == "person"
    ]


def _merge_full_names(groups: _Groups, full: list[Local]) -> None:
    by_name: dict[str, int] = {}
    for local in full:
        if local.norm in by_name:
            groups.add(by_name[local.norm], local, SAME_FULL_NAME)
        else:
            by_name[local.norm] = groups.new(local)
    # A shorter or middle-name variant joins the one longer name it fits.
    names = sorted(by_name, key=len)
    for name in names:
        words = _tokens(name)
        fits: list[tuple[str, str]] = []
        for other in names:
            other_words = _tokens(other)
            if other == name or other_words[-1] != words[-1] or other not in by_name:
                continue
            if words[0] == other_words[0] and len(other_words) > len(words):
                fits.append((other, SAME_FIRST_AND_SURNAME))
            elif (
                len(words[0]) >= MIN_PREFIX
                and other_words[0].startswith(words[0])
                and words[0] != other_words[0]
            ):
                fits.append((other, PREFIX_OF_FIRST_NAME))
        if len(fits) == 1 and name in by_name:
            other, reason = fits[0]
            groups.absorb(by_name[other], by_name.pop(name), reason)


def _co_mentioned(groups: _Groups, group: int, local: Local, people_in: dict[str, set[str]]) -> bool:
    """The group shares someone else with `local`'s document in one of the group's documents."""
    others_here = people_in[local.path] - {local.norm}
    own = {m.norm for m in groups.members[group]}
    return any((people_in[m.path] - own) & others_here for m in groups.members[group])


def _attach_single_names(
    groups: _Groups, singles: list[Local], people_in: dict[str, set[str]]
) -> list[Unresolved]:
    full_groups = {g: _tokens(groups.full_name(g)) for g in groups.members}
    short_forms: dict[int, set[str]] = {
        g: {
            w
            for m in members
            for alias in m.entity.aliases
            if is_name_form(alias, m.entity.name) and len(_tokens(alias)) == 1
            for w in _tokens(alias)
        }
        for g, members in groups.members.items()
    }
    unresolved: list[Unresolved] = []
    alone: dict[str, int] = {}
    for local in singles:
        word = _tokens(local.entity.name)[0]
        candidates = [
            g for g, words in full_groups.items() if _fits_word(word, words) or word in short_forms[g]
        ]
        if len(candidates) > 1:
            near = [g for g in candidates if _co_mentioned(groups, g, local, people_in)]
            if len(near) == 1:
                groups.add(
                    near[0],
                    local,
                    f"one-word name fits several; co-mentioned with {groups.full_name(near[0])}'s circle",
                )
                continue
            names = tuple(sorted(groups.full_name(g) for g in candidates))
            unresolved.append(Unresolved(local.entity.name, local.file, names))
            continue
        if candidates:
            target_words = full_groups[candidates[0]]
            if word == target_words[-1]:
                how = "surname of"
            elif word == target_words[0]:
                how = "first name of"
            elif word in short_forms[candidates[0]]:
                how = "a short form another document gave for"
            else:
                how = "first-name prefix of"
            groups.add(candidates[0], local, f"{how} the one full name it fits")
        elif word in alone:
            groups.add(alone[word], local, "same one-word name (no full name known)")
        else:
            alone[word] = groups.new(local)
    return unresolved


def _person(groups: _Groups, group: int) -> Person:
    members = groups.members[group]
    name = groups.full_name(group)
    aliases: set[str] = set()
    nicknames: set[str] = set()
    for local in members:
        for alias in {local.entity.name, *local.entity.aliases}:
            (aliases if is_name_form(alias, local.entity.name) else nicknames).add(alias)
    aliases -= {name}
    links = [Link(m.entity.name, m.file, groups.reason[m]) for m in members]
    return Person(
        name=name,
        aliases=sorted(aliases, key=str.casefold),
        nicknames=sorted(nicknames, key=str.casefold),
        files=sorted({m.file for m in members}),
        links=links,
        locals=list(members),
    )


def _apply_overrides(groups: _Groups, overrides: Overrides) -> None:
    def find(name: str) -> int | None:
        norm = normalise_name(name)
        for g in groups.members:
            if normalise_name(groups.full_name(g)) == norm:
                return g
        for g, members in groups.members.items():
            if any(norm in {m.norm, *(normalise_name(a) for a in m.entity.aliases)} for m in members):
                return g
        return None

    for names in overrides.merge:
        found = [g for g in dict.fromkeys(find(n) for n in names) if g is not None]
        for extra in found[1:]:
            groups.absorb(found[0], extra, f"{MERGED_BY_HAND} ({' = '.join(names)})")
    for first, *others in overrides.split:
        group = find(first)
        if group is None:
            continue
        for other in others:
            norm = normalise_name(other)
            moving = [m for m in groups.members[group] if m.norm == norm]
            if not moving or len(moving) == len(groups.members[group]):
                continue
            groups.members[group] = [m for m in groups.members[group] if m.norm != norm]
            new = groups.new(moving[0], f"{SPLIT_BY_HAND} from {first}")
            for local in moving[1:]:
                groups.add(new, local, f"{SPLIT_BY_HAND} from {first}")


def resolve_people(analyses: list[Analysis], overrides: Overrides | None = None) -> People:
    """Everyone the documents name, one `Person` per real person as far as names tell."""
    locals_ = _person_locals(analyses)
    people_in: dict[str, set[str]] = defaultdict(set)
    for local in locals_:
        people_in[local.path].add(local.norm)
    groups = _Groups()
    _merge_full_names(groups, [m for m in locals_ if _is_full(m.entity.name)])
    unresolved = _attach_single_names(groups, [m for m in locals_ if not _is_full(m.entity.name)], people_in)
    if overrides is not None:
        _apply_overrides(groups, overrides)
    people = [_person(groups, g) for g in groups.members]
    people.sort(key=lambda p: (-len(p.files), p.name.casefold()))
    by_local: dict[tuple[str, str], str] = {}
    for person in people:
        for local in person.locals:
            for alias in {local.entity.name, *local.entity.aliases}:
                by_local[(local.path, normalise_name(alias))] = person.name
    return People(people, unresolved, by_local)
