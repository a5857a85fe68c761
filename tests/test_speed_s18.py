"""Speed-ups of the eighteenth round leave every match exactly as it was, on invented text.

Cue phrase patterns (`cues.phrase_pattern`) open with a class of the phrases' first characters
(`lexicon.literal_lead_alternation`), so the regex engine skips to where one stands; other
patterns embed their source in case-sensitive and case-insensitive contexts, so the lead form
must match what the plain prefix tree matches in both. The timeline reads its sentences' dates
and people in one pass over each list.
"""

from __future__ import annotations

import re

import pytest

from allegedly.understand.cues import phrase_pattern
from allegedly.understand.time.lexicon import literal_alternation, literal_lead_alternation
from test_speed_s16 import INVENTED_LISTS, SAMPLES, _lists

MORE_SAMPLES = [
    "Korvin Ashe-Wilde, the ex-husband of the singer Pell Mora, said his stepdaughter and her fiancé "
    "will marry in Lisbon; -wife and _wife are no cues, nor 'wife' in ex_wife or wife9.",
    "\nWIFE\nHusband: Ro Danner.\tco-stars Ilse Varg and Teo Marsh (the couple's son) met on set",
]


@pytest.mark.parametrize("words", INVENTED_LISTS + _lists())
def test_lead_alternation_matches_what_the_prefix_tree_matches(words: list[str]) -> None:
    lead = literal_lead_alternation(words)
    if lead is None:
        assert not words or any(not w or not w[0].isascii() for w in words)
        return
    first, rest = lead
    tree = literal_alternation(words)
    texts = [*SAMPLES, *MORE_SAMPLES, " ".join(words), " ".join(words).upper(), "|".join(words)]
    for flags in (0, re.IGNORECASE):
        for template in (r"(?<![\w-]){}(?![\w-])", r"\s(?:{})[\w ]{{0,3}}", r"x?(?:{})\s*\w*"):
            ours = re.compile(template.format(first + rest), flags)
            theirs = re.compile(template.format(tree), flags)
            for text in texts:
                assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


@pytest.mark.parametrize("words", INVENTED_LISTS[:3] + _lists())
def test_phrase_pattern_opens_with_a_class_and_keeps_its_matches(words: list[str]) -> None:
    words = [w for w in words if w]
    pattern = phrase_pattern(words)
    plain = re.compile(r"(?<![\w-])" + literal_alternation(words) + r"(?![\w-])", re.IGNORECASE)
    if literal_lead_alternation(words) is not None:
        assert pattern.pattern.startswith("(?-i:[")
    for text in [*SAMPLES, *MORE_SAMPLES, " ".join(words).title()]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
        # a search from inside the text looks behind its start as the plain pattern does
        for pos in (1, 5, 17):
            found, expected = pattern.search(text, pos), plain.search(text, pos)
            assert (found and found.span()) == (expected and expected.span())
