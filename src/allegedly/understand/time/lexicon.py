"""The temporal vocabulary of data/time.toml, loaded once and typed.

Guarantee: every table the tagger uses comes from the data file; nothing here invents
words. Alternations are sorted longest first so that "a couple of" wins over "a".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def alternation(words: list[str] | tuple[str, ...] | set[str], ignorecase: bool = False) -> str:
    """A regex group matching any of `words`, longest first, spaces as \\s+.

    The group is written as a prefix tree ("t(?:wo|hree|en)" for "two|three|ten"): it
    matches the same text as the flat alternation "(?:three|two|ten)", tried in the same
    order (see _trie), but the regex engine no longer tries every word at every position,
    which made the tagger's rules several times slower. With `ignorecase` the group is
    case-insensitive by itself, its own "(?i:...)".
    """
    # the rules ask for the same groups again for every document; building a tree is not cheap
    return _alternation(frozenset(words), ignorecase)


def literal_alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex group matching any of `words` literally (a space as one space), longest first:
    the same matches as the flat group of the escaped words, in or out of a case-insensitive
    context, written as a prefix tree where that is safe (see _trie). For cue phrase lists
    (`cues.phrase_pattern`), which other patterns embed in either context."""
    return _literal_alternation(frozenset(words))  # (some callers ask again for every document)


@cache
def _literal_alternation(words: frozenset[str]) -> str:
    parts = sorted(words, key=lambda w: (-len(w), w))
    if any(_odd(w) for w in parts):
        return "(?:" + "|".join(re.escape(w) for w in parts) + ")"
    return _trie(parts, ignorecase=False, space=re.escape(" "))


@cache
def _alternation(words: frozenset[str], ignorecase: bool) -> str:
    parts = sorted(words, key=lambda w: (-len(w), w))
    flat = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"
    if any(_odd(w) for w in parts):
        return f"(?i:{flat})" if ignorecase else flat
    tree = _trie(parts, ignorecase)
    return f"(?i:{tree})" if ignorecase else tree


def literal_lead_alternation(words: list[str] | tuple[str, ...] | set[str]) -> tuple[str, str] | None:
    """`literal_alternation(words)` cut after its first character, as `lead_alternation` cuts
    `alternation`: (`first`, `rest`), `first` a case-sensitive class holding every character a
    word may start with in either case, `rest` the prefix tree whose branches check that
    character by a look-behind, in the case the context asks; `first + rest` matches what
    `literal_alternation(words)` matches, in or out of a case-insensitive context. None where a
    word starts with a character other than an ASCII one or is empty (the caller keeps the
    plain group).

    Why: a pattern that starts with a class lets the regex engine jump from one of its
    characters to the next; the cue phrase patterns (`cues.phrase_pattern`) start with a
    look-behind, tried at every position of every sentence they scan."""
    return _literal_lead_alternation(frozenset(words))


@cache
def _literal_lead_alternation(words: frozenset[str]) -> tuple[str, str] | None:
    parts = sorted(words, key=lambda w: (-len(w), w))
    if not parts or not all(w and w[0].isascii() for w in parts):
        return None
    chars: set[str] = set()
    for w in parts:
        c = w[0]
        same = {c, c.lower(), c.upper(), *UNICODE_CASE_EXTRAS}
        chars |= {x for x in same if re.fullmatch(f"(?i:{re.escape(c)})", x)}
    first = "(?-i:[" + "".join(re.escape(c) for c in sorted(chars)) + "])"
    if any(_odd(w) for w in parts):
        return first, _flat_lead(parts, False, re.escape(" "))
    return first, _trie(parts, ignorecase=False, space=re.escape(" "), lead=True)


# Characters other than A-Z and a-z that Python's re matches case-insensitively to an
# ASCII letter ("(?i)k" matches the Kelvin sign): a letter's class in a case-insensitive
# prefix tree lists them too, so the tree matches exactly what "(?i:...)" does.
# tests/test_time_s6.py checks against every code point that no other one exists.
UNICODE_CASE_EXTRAS = "\u0130\u0131\u017f\u212a"
# Each of them as the ASCII letter the regex engine takes it for, one character for one so
# that offsets stay put: the rules are run over the text with these replaced, so that a
# builder's word lookups (lower-cased keys of the lexicon) see the word the regex matched
# ("ſpring" is "spring"; str.lower() leaves "ſ" alone and turns "İ" into two characters).
ASCII_FOR_CASE_EXTRAS = str.maketrans(dict(zip(UNICODE_CASE_EXTRAS, "IisK", strict=True)))


def ascii_case(text: str) -> str:
    """`text` with the UNICODE_CASE_EXTRAS replaced by their ASCII letters (same length)."""
    return text.translate(ASCII_FOR_CASE_EXTRAS)


def _odd(word: str) -> bool:
    """Words the prefix tree does not take apart (the flat group is used instead):
    non-ASCII cased letters, and spaces other than single inner ones."""
    if word != word.strip() or "  " in word:
        return True
    return any(not c.isascii() and c.lower() != c.upper() for c in word)


def _char(c: str, ignorecase: bool, space: str = r"\s+") -> str:
    if c == " ":
        return space
    if ignorecase and c.isascii() and c.isalpha():
        # a case-sensitive class first: the engine skips a branch whose first character
        # class fails without entering it, which it cannot do for a case-insensitive one
        same = {c.lower(), c.upper(), *UNICODE_CASE_EXTRAS}
        return "(?-i:[" + "".join(sorted(x for x in same if re.fullmatch(f"(?i:{c})", x))) + "])"
    return re.escape(c)


def _trie(words: list[str], ignorecase: bool, space: str = r"\s+", lead: bool = False) -> str:
    """`words` (in the order they are to be tried) as a prefix tree, a space written `space`.

    Same matches, same order: branches that start with different characters can never
    both match at one position (letters are grouped by their lower case, and a letter and
    its other case are never split), so only the order within a branch matters, and it
    is kept; a word that ends where others go on is tried after them, as it is shorter.
    """
    groups: dict[str, list[str]] = {}
    heads: dict[str, str] = {}
    for w in words:
        key = w[:1].lower()
        if w and key in heads and heads[key] != w[0] and not ignorecase:
            # "May" and "may" in one case-sensitive list: the caller may put the group
            # in a case-insensitive context, where they would overlap; keep them flat
            if lead:
                return _flat_lead(words, ignorecase, space)
            return "(?:" + "|".join(re.escape(x).replace(r"\ ", space) for x in words) + ")"
        heads.setdefault(key, w[:1])
        groups.setdefault(key, []).append(w[1:])
    branches: list[str] = []
    for key, rest in groups.items():
        if key == "":
            continue
        head = heads[key]
        # a single word left: the rest of it as plain text
        tail = re.escape(rest[0]).replace(r"\ ", space) if len(rest) == 1 else _trie(rest, ignorecase, space)
        first = _char(head, ignorecase, space)
        branches.append((f"(?<={first})" if lead else first) + tail)
    if "" in groups:
        if lead:
            raise ValueError("an empty word has no first character")
        branches.append("")
    return "(?:" + "|".join(branches) + ")"


def lead_alternation(
    words: list[str] | tuple[str, ...] | set[str], ignorecase: bool = False
) -> tuple[str, str]:
    """`alternation(words, ignorecase)` cut after its first character: (`first`, `rest`), where
    `first` is a case-sensitive class of every character a word can start with and `rest` the
    alternation with that character taken as matched (each branch checks it by a look-behind),
    so that `first + rest` matches exactly what the alternation does.

    Why: a pattern that starts with a class lets the regex engine jump from one of its
    characters to the next instead of trying the whole pattern at every position of the text;
    one that starts with "\\b" or a case-insensitive group is tried everywhere, which made the
    tagger's scans its largest cost. With `first + WORD_START + rest` (a "\\b" put after the
    first character, see WORD_START) a rule written "\\b(?i:...)" keeps its matches.
    """
    return _lead_alternation(frozenset(words), ignorecase)


# "\b" before the character just matched, where that character is a word character (every
# `lead_alternation` word starts with one): no word character right before it
WORD_START = r"(?<!\w.)"


@cache
def _lead_alternation(words: frozenset[str], ignorecase: bool) -> tuple[str, str]:
    parts = sorted(words, key=lambda w: (-len(w), w))
    if not all(re.match(r"\w", w) for w in parts):
        raise ValueError("every word must start with a word character")
    chars: set[str] = set()
    for w in parts:
        c = w[0]
        same = {c, c.lower(), c.upper(), *UNICODE_CASE_EXTRAS} if ignorecase else {c}
        chars |= {x for x in same if re.fullmatch(f"(?i:{re.escape(c)})" if ignorecase else re.escape(c), x)}
    first = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    if any(_odd(w) for w in parts):
        rest = _flat_lead(parts, ignorecase, r"\s+")
    else:
        rest = _trie(parts, ignorecase, lead=True)
    return first, (f"(?i:{rest})" if ignorecase else rest)


def _flat_lead(words: list[str], ignorecase: bool, space: str) -> str:
    """The flat group of `words`, each with its first character as a look-behind."""
    flags = "(?i:" if ignorecase else "(?:"
    return (
        "(?:"
        + "|".join(f"(?<={flags}{re.escape(w[0])}))" + re.escape(w[1:]).replace(r"\ ", space) for w in words)
        + ")"
    )


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    numbers: dict[str, int]
    vague_numbers: dict[str, tuple[int, int]]
    units: dict[str, tuple[str, int]]
    relative_days: dict[str, int]
    part_of_day: dict[str, str]
    seasons: dict[str, str]
    references: dict[str, str]
    discourse: tuple[str, ...]
    date_prepositions: tuple[str, ...]
    year_determiners: tuple[str, ...]
    year_nouns: frozenset[str]
    after: tuple[str, ...]
    before: tuple[str, ...]
    ago: tuple[str, ...]
    approximators: tuple[str, ...]
    future_cues: tuple[str, ...]
    sets: dict[str, str]
    age_units: tuple[str, ...]
    age_lead_words: tuple[str, ...]
    age_possessives: tuple[str, ...]
    age_decade_words: dict[str, int]
    max_age: int
    not_names: frozenset[str]
    birth_cues: tuple[str, ...]
    kin_nouns: tuple[str, ...]
    unit_adjectives: tuple[str, ...]
    forward_window_days: int
    blockers_before: tuple[str, ...]
    blockers_after: tuple[str, ...]
    day_parts: dict[str, str]
    day_frame_verbs: tuple[str, ...]
    trading_nouns: tuple[str, ...]
    weekday_determiners: frozenset[str]
    weekday_not_nouns: frozenset[str]
    weekday_event_nouns: frozenset[str]
    part_ordinals: dict[str, int]
    fiscal: tuple[str, ...]
    past_cues: tuple[str, ...]
    not_past: frozenset[str]
    not_past_before: tuple[str, ...]
    present_before_participle: tuple[str, ...]
    deadline_prepositions: tuple[str, ...]
    rate_amount_words: tuple[str, ...]
    rate_units: dict[str, str]
    holidays_fixed: dict[str, tuple[int, int]]
    holidays_easter: dict[str, int]
    holidays_nth_weekday: dict[str, tuple[int, int, int, int]]  # month, weekday, n, from day
    century_ordinals: dict[str, int]
    reference_after_the: frozenset[str]
    reference_not_before: frozenset[str]
    bare_unit_verbs: tuple[str, ...]
    bare_unit_fillers: tuple[str, ...]
    vague_signal_blockers: tuple[str, ...]
    multi_units: dict[str, str]
    span_nouns: tuple[str, ...]
    span_rel: tuple[str, ...]
    span_units: tuple[str, ...]
    span_leads: tuple[str, ...]
    span_lead_rel: tuple[str, ...]
    possessives: tuple[str, ...]
    month_prepositions: tuple[str, ...]
    decade_word_values: dict[str, str]
    present_phrases: dict[str, tuple[str, ...]]
    present_not_before: frozenset[str]

    def number(self, word: str) -> tuple[int, int] | None:
        """The [least, most] a number word or numeral stands for, or None."""
        w = " ".join(word.lower().split())
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):  # "1,000 years"
            w = w.replace(",", "")
        if w.isdigit():
            return int(w), int(w)
        if w in self.vague_numbers:
            return self.vague_numbers[w]
        if w in self.numbers:
            return self.numbers[w], self.numbers[w]
        # "twenty-five", "twenty five"
        parts = re.split(r"[-\s]+", w)
        if len(parts) == 2 and all(p in self.numbers for p in parts):
            tens, ones = self.numbers[parts[0]], self.numbers[parts[1]]
            if tens % 10 == 0 and tens >= 20 and 0 < ones < 10:
                return tens + ones, tens + ones
        return None

    def month(self, word: str) -> int | None:
        w = word.lower().rstrip(".")
        return self.months.get(w) or self.month_abbreviations.get(w)

    @property
    def number_pattern(self) -> str:
        """Numerals and number words, including "twenty-five" and vague quantities."""
        simple = alternation([w for w in self.numbers if w not in ("a", "an")], ignorecase=True)
        vague = alternation(list(self.vague_numbers), ignorecase=True)
        return rf"(?i:\d{{1,3}}(?:,\d{{3}})*|{simple}(?:[-\s]{simple})?|{vague}|an?)"

    @property
    def number_lead(self) -> tuple[str, str]:
        """`number_pattern` cut after its first character, as `lead_alternation` cuts a group."""
        simple_first, simple_rest = lead_alternation([w for w in self.numbers if w not in ("a", "an")], True)
        vague_first, vague_rest = lead_alternation(list(self.vague_numbers), True)
        simple = alternation([w for w in self.numbers if w not in ("a", "an")], ignorecase=True)
        first = "[\\d" + simple_first[1:-1] + vague_first[1:-1] + "Aa]"
        rest = rf"(?i:(?<=\d)\d{{0,2}}(?:,\d{{3}})*|{simple_rest}(?:[-\s]{simple})?|{vague_rest}|(?<=a)n?)"
        return first, rest


def _load() -> dict[str, Any]:
    raw = resources.files("allegedly").joinpath("data/time.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


@cache
def lexicon() -> Lexicon:
    """The vocabulary, parsed once per process."""
    d = _load()
    sig, ages, birth = d["signals"], d["ages"], d["birth"]
    return Lexicon(
        months=dict(d["months"]),
        month_abbreviations=dict(d["month_abbreviations"]),
        weekdays=dict(d["weekdays"]),
        weekday_abbreviations=dict(d["weekday_abbreviations"]),
        numbers=dict(d["numbers"]),
        vague_numbers={k: (int(v[0]), int(v[1])) for k, v in d["vague_numbers"].items()},
        units={k: (str(v[0]), int(v[1])) for k, v in d["units"].items()},
        relative_days=dict(d["relative_days"]),
        part_of_day=dict(d["part_of_day"]),
        seasons=dict(d["seasons"]),
        references=dict(d["references"]),
        discourse=tuple(d["discourse"]["phrases"]),
        date_prepositions=tuple(sig["date_prepositions"]),
        year_determiners=tuple(sig["year_determiners"]),
        year_nouns=frozenset(sig["year_nouns"]),
        after=tuple(sig["after"]),
        before=tuple(sig["before"]),
        ago=tuple(sig["ago"]),
        approximators=tuple(sig["approximators"]),
        future_cues=tuple(sig["future_cues"]),
        sets=dict(d["sets"]),
        age_units=tuple(ages["units"]),
        age_lead_words=tuple(ages["lead_words"]),
        age_possessives=tuple(ages["possessives"]),
        age_decade_words=dict(ages["decade_words"]),
        max_age=int(ages["max_age"]),
        not_names=frozenset(ages["not_names"]),
        birth_cues=tuple(birth["cues"]),
        kin_nouns=tuple(birth["kin_nouns"]),
        unit_adjectives=tuple(sig["unit_adjectives"]),
        forward_window_days=int(sig["forward_window_days"]),
        blockers_before=tuple(d["reference_blockers"]["before"]),
        blockers_after=tuple(d["reference_blockers"]["after"]),
        day_parts=dict(d["day_parts"]),
        day_frame_verbs=tuple(d["day_frame"]["verbs"]),
        trading_nouns=tuple(d["day_frame"]["trading_nouns"]),
        weekday_determiners=frozenset(d["weekday_modifier"]["determiners"]),
        weekday_not_nouns=frozenset(d["weekday_modifier"]["not_nouns"]),
        weekday_event_nouns=frozenset(d["weekday_modifier"]["event_nouns"]),
        part_ordinals={k: int(v) for k, v in d["parts_of_year"]["ordinals"].items()},
        fiscal=tuple(d["parts_of_year"]["fiscal"]),
        past_cues=tuple(sig["past_cues"]),
        not_past=frozenset(sig["not_past"]),
        not_past_before=tuple(sig["not_past_before"]),
        present_before_participle=tuple(sig["present_before_participle"]),
        deadline_prepositions=tuple(sig["deadline_prepositions"]),
        rate_amount_words=tuple(d["rates"]["amount_words"]),
        rate_units=dict(d["rates"]["units"]),
        holidays_fixed={k: (int(v[:2]), int(v[3:])) for k, v in d["holidays"]["fixed"].items()},
        holidays_easter={k: int(v) for k, v in d["holidays"]["easter"].items()},
        holidays_nth_weekday={
            k: (int(v[0]), int(v[1]), int(v[2]), int(v[3]) if len(v) > 3 else 1)
            for k, v in d["holidays"]["nth_weekday"].items()
        },
        century_ordinals={k: int(v) for k, v in d["centuries"]["ordinals"].items()},
        reference_after_the=frozenset(d["reference_after_the"]["words"]),
        reference_not_before=frozenset(d["reference_after_the"]["not_before"]),
        bare_unit_verbs=tuple(d["durations"]["bare_unit_verbs"]),
        bare_unit_fillers=tuple(d["durations"]["bare_unit_fillers"]),
        vague_signal_blockers=tuple(d["durations"]["vague_signal_blockers"]),
        multi_units=dict(d["durations"]["multi_units"]),
        span_nouns=tuple(d["durations"]["span_nouns"]),
        span_rel=tuple(d["durations"]["span_rel"]),
        span_units=tuple(d["durations"]["span_units"]),
        span_leads=tuple(d["durations"]["span_leads"]),
        span_lead_rel=tuple(d["durations"]["span_lead_rel"]),
        possessives=tuple(sig["possessives"]),
        month_prepositions=tuple(sig["month_prepositions"]),
        decade_word_values=dict(d["decade_words"]["words"]),
        present_phrases={k: tuple(v) for k, v in d["present_phrases"]["phrases"].items()},
        present_not_before=frozenset(d["present_phrases"]["not_before"]),
    )
