"""The regex-free finders that replaced a pattern compiled per name per document give exactly
the regex's matches (property tests over small alphabets of the characters that matter), and
the set-based word tables of attribution give the indices the per-word loop gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from allegedly.pipeline import _may_hold
from allegedly.understand.entities import _words_before, literal_occurrences

# Letters (upper, lower, non-ASCII), the apostrophes and hyphen of name words, spaces of several
# kinds, a newline, a dot, a digit, and the letters `re.IGNORECASE` pairs with non-ASCII ones.
_PIECES = ["A", "Bo", "a", "’", "'", "-", "_", " ", "\n", ".", "1", "é", "É", "\t", "\u00a0"]
_PIECES += ["Nell", "Vey", "K", "k", "ſ", "s", "İ", "i", "ı", "Zu"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)
_LITERAL = st.lists(st.sampled_from(_PIECES), max_size=3).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_TEXT, _LITERAL, st.sampled_from([("’'-", "’'-"), (".", ""), ("", "")]))
def test_literal_occurrences_match_the_regex(text: str, literal: str, bounds: tuple[str, str]) -> None:
    before, after = bounds
    pattern = rf"(?<![\w{re.escape(before)}]){re.escape(literal)}(?![\w{re.escape(after)}])"
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert literal_occurrences(text, literal, before, after) == expected


@settings(max_examples=3000, deadline=None)
@given(_TEXT, _LITERAL)
def test_words_before_a_surname_match_the_regex(text: str, surname: str) -> None:
    pattern = rf"(?<![\w’'-])([A-Z][\w’'-]+)[^\S\n]+{re.escape(surname)}(?![\w’'-])"
    expected = [(m.start(), m.end(), m.group(1)) for m in re.finditer(pattern, text)]
    assert _words_before(text, surname) == expected


@settings(max_examples=3000, deadline=None)
@given(_TEXT, _LITERAL)
def test_headline_prefilter_never_hides_a_match(headline: str, alias: str) -> None:
    folded = headline.lower() if headline.isascii() else None
    if not _may_hold(folded, alias):
        assert re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", headline, re.IGNORECASE) is None


def test_words_before_a_surname_in_a_sentence() -> None:
    text = "Oisin Tarrow-Vale met Declan Tarrow-Vale, and later\nTarrow-Vale left. Quill  Tarrow-Vale's"
    # (not across a line break, nor before a possessive surname)
    assert _words_before(text, "Tarrow-Vale") == [(0, 17, "Oisin"), (22, 40, "Declan")]
    assert _words_before("Maeve  Orlan and maeve Orlan", "Orlan") == [(0, 12, "Maeve")]


def test_literal_occurrences_in_a_sentence() -> None:
    text = "Fennel & Rye opened; Fennel & Rye's sous chef left Fennel & Ryeland."
    # (not before an apostrophe: the regex's bound counts it a word character)
    assert literal_occurrences(text, "Fennel & Rye") == [(0, 12)]
    assert literal_occurrences("in LA. and L.A. or LAX", "LA", ".", "") == [(3, 5)]
