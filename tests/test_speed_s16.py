"""Speed-ups of the sixteenth round leave every match exactly as it was, on invented text.

Cue phrase lists (`cues.phrase_pattern`, `entities._alternatives`) are written as prefix trees
(`lexicon.literal_alternation`); their source is embedded by other patterns in case-sensitive
and case-insensitive contexts alike, so the tree must match what the flat alternation matches
in both. The publication-date inference reads the sentences that hold a birth cue once per text.
The clause after a quote looks for its end mark before its titles.
"""

from __future__ import annotations

import re

import pytest

from allegedly.understand.attribution import CLAUSE_AFTER_END
from allegedly.understand.cues import load_data, phrase_pattern
from allegedly.understand.time import infer
from allegedly.understand.time.lexicon import literal_alternation

# Invented sentences that hold many cue phrases, in several cases.
SAMPLES = [
    "Dara Quell and her husband-to-be, Orrin Vale, are now officially husband and wife, a source close "
    "to the couple said. The pair wed in 2019; his ex-wife, Mira Fenn, is a spokesperson for Halden Bank.",
    "HUSBAND Tomas Brill's WIFE, the actress Ines Korr, told People magazine she is not dating anyone, "
    "an insider claims. Korr, 34, stepped down from the board of Low Tide Records.",
    "The choreographer of Night Harbour, Lio Saren, choreographed the duet; sources said his fiancée "
    "and their twins, sons Ari and Bo, live on the outskirts of Dunmore with his parents.",
    "ſpouse, Kelvin-sign \u212aing, İnes and ınes; wife-ish husbands and x-wife are no cue, nor is Wifey2.",
]


def _flat(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _lists() -> list[list[str]]:
    found: list[list[str]] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            found.append(value)

    for name in ("relations.toml", "attribution.toml", "entities.toml", "non_persons.toml"):
        walk(load_data(name))
    return found


INVENTED_LISTS = [
    ["wife", "Wife", "WIFE", "wifey", "husband", "husband-to-be", "ex-wife", "a", "a b", ""],
    ["are now officially husband and wife", "are husband and wife", "are", "are now"],
    ["St.", "St. Ives", "Mr", "Mr.", "mr. smith", "co-star", "co-stars", "cost"],
    ["café", "Café", "cafe", "  spaced", "trail "],  # non-ASCII cased letters and odd spaces: flat
]


@pytest.mark.parametrize("words", INVENTED_LISTS + _lists())
def test_literal_alternation_matches_what_the_flat_alternation_matches(words: list[str]) -> None:
    tree, flat = literal_alternation(words), _flat(words)
    texts = [*SAMPLES, " ".join(words), " ".join(words).upper(), " ".join(words).title(), "|".join(words)]
    for flags in (0, re.IGNORECASE):
        # alone, between word boundaries as phrase_pattern has it, and with something after it that
        # makes the engine try the shorter phrases too
        for template in ("{}", r"(?<![\w-]){}(?![\w-])", r"{}[\w ]{{0,3}}-", r"x?{}\s*\w*"):
            ours = re.compile(template.format(tree), flags)
            theirs = re.compile(template.format(flat), flags)
            for text in texts:
                assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_phrase_pattern_is_a_prefix_tree_with_the_same_matches() -> None:
    words = ["husband", "hubby", "wife", "wifey", "spouse"]
    pattern = phrase_pattern(words)
    assert "(?:h(?:u" in pattern.pattern or "(?<=h)(?:u" in pattern.pattern  # written as a tree
    flat = re.compile(rf"(?<![\w-]){_flat(words)}(?![\w-])", re.IGNORECASE)
    for text in SAMPLES:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in flat.finditer(text)]


BIRTHS = [
    "Nell Arden, born June 3, 2019, is the daughter of Cass Arden. Nell, 5, loves the sea.",
    "Her son Teo was born in March 2021 and turned 3 this spring. Teo, 3 months old, slept.\nNo cue here",
    "Wren Hollis turns 40 this week. Wren Hollis was born on 2 May 1984 in Galway!",
    "They celebrated their tenth wedding anniversary on Saturday. The pair married in 2012.",
    "Nothing about births or birthdays at all. Just a line",
]


@pytest.mark.parametrize("text", BIRTHS)
def test_birth_cue_sentences_are_those_the_full_scan_reads(text: str) -> None:
    every = [(s.start(), s.end()) for s in infer._SENTENCE.finditer(text)]
    with_cue = [(s, e) for s, e in every if infer._birth_cue().search(text, s, e)]
    assert [(s, e) for s, e, _ in infer._cue_sentences(text)] == with_cue


@pytest.mark.parametrize("text", BIRTHS)
def test_a_sentence_cue_is_a_cue_of_the_whole_text(text: str) -> None:
    # the whole-text checks that skip the sentence loops of the anniversary and birthday cues
    for pattern in (infer._ANNIVERSARY, infer._BIRTHDAY_AGE):
        if pattern.search(text) is None:
            assert not any(pattern.search(s.group(0)) for s in infer._SENTENCE_CUE_SPLIT.finditer(text))


# The clause-end pattern as it was: every title's check first, then the end mark.
_OLD_CLAUSE_AFTER_END = re.compile(
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bLt\.)(?<!\bMrs\.)"
    r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bDel\.)(?<!\bGen\.)(?<!\bCol\.)(?<!\bSgt\.)"
    r"(?<!\bRev\.)(?<!\bCapt\.)(?<!\bProf\.)(?<=[.!?])\s|\n|“"
)


@pytest.mark.parametrize(
    "after",
    [
        ",” said Sen. Ann Roe. She left.",
        "” her niece, state Del. Mara Quint, shouted! Then “more”",
        ",” Prof. Ivo Lenk and Mrs. Lenk said? Yes\nNext line",
        "” says Dr.Quill, Capt. Oro. St. Ives and Gov.  Ash!",
        "” no end at all",
        ". ",
    ],
)
def test_the_clause_after_a_quote_ends_where_it_did(after: str) -> None:
    assert [m.span() for m in CLAUSE_AFTER_END.finditer(after)] == [
        m.span() for m in _OLD_CLAUSE_AFTER_END.finditer(after)
    ]
    first = CLAUSE_AFTER_END.search(after)
    assert (after[: first.start()] if first else after) == _OLD_CLAUSE_AFTER_END.split(after)[0]
