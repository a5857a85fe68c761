"""Session 20 speed work: every cheap test put before a regex lets through every text the regex
matches (property tests over small alphabets of the characters that matter, the letters that
`re.IGNORECASE` pairs with non-ASCII ones and non-ASCII digits among them), the regex-free
headline search finds what its regex found, the word tables of attribution are the per-token
tests, and a work named with and without its "The" keeps its longer name whatever the run's
string hashes.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from allegedly.pipeline import _first_standing
from allegedly.understand import attribution, family, residence, works
from allegedly.understand.time import infer
from text_samples import analyse

_PIECES = ["A", "Bo", "a", "’", "'", "-", "_", " ", "\n", ".", "1", "é", "É", "\t", "\u00a0"]
_PIECES += ["Nell", "Vey", "K", "k", "ſ", "s", "İ", "i", "ı", "Zu", "٣", "４"]


def _text(*extra: str, size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES + list(extra)), max_size=size).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_text(), st.lists(st.sampled_from(_PIECES), max_size=3).map("".join))
def test_headline_search_matches_the_regex(headline: str, alias: str) -> None:
    folded = headline.lower() if headline.isascii() else None
    found = re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", headline, re.IGNORECASE)
    assert _first_standing(headline, folded, alias) == (found.start() if found else None)


def test_headline_search_in_a_shouted_headline() -> None:
    headline = "ORLA VESK SAID YES: orla vesk's big day, and VESKA's"
    folded = headline.lower()
    assert _first_standing(headline, folded, "Orla Vesk") == 0
    assert _first_standing(headline, folded, "Veska") == headline.index("VESKA")
    assert _first_standing(headline, folded, "Vesk") == 5  # (not inside "VESKA")
    assert _first_standing(headline, folded, "Ana") is None


_AGE_PIECES = ["at", " ", "the age of", "age", "aged", "years old", "year old", "died", "dies", "48"]
_AGE_PIECES += ["7", "is", "was", "turned", "now", ",", "-year-old", "٣", "４", "\n"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_AGE_PIECES + _PIECES), max_size=12).map("".join))
def test_age_gates_never_skip_a_match(text: str) -> None:
    if family._AGE_AT.search(text):
        assert family._DIGIT.search(text)
    if family._AGE_OF_REFERENCE.search(text):
        assert family._DIGIT.search(text) or "-year-old" in text


def test_ages_still_read_with_the_gate(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Tamsin Oakes, 44, opened a bakery in Fenwick. Her brother Bram Oakes retired aged 61."
    ages = {(c.subject, c.value) for c in analyse(pipeline, text).claims if c.predicate == "age"}
    assert {("Tamsin Oakes", "44"), ("Bram Oakes", "61")} <= ages
    # (no digit, no age: the sentence is read without them)
    assert not [c for c in analyse(pipeline, "Tamsin Oakes opened a bakery.").claims if c.predicate == "age"]


_CAST_PIECES = ["Co-star", "co-star", "Costar", "costar", "Cast member", "cast\tmember", "Cast-mate"]
_CAST_PIECES += ["castmate", "Housemate", "housemate", "Contestant", "contestants", "s", ",", " ", "Ida", "X"]
_CAST_PIECES += ["also", "will", "round", "rounds", "rounded", "out", "the", "film", "cast", "Cast"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_CAST_PIECES + _PIECES), max_size=12).map("".join))
def test_cast_gates_never_skip_a_match(text: str) -> None:
    if works._CONTESTANT.search(text):
        assert any(w in text for w in works._CONTESTANT_WORDS)
    if works._ROUND_OUT_CAST.search(text):
        assert works._ROUND_OUT_CAST_WORD in text


_CAME_PIECES = ["came", "emigrated", "immigrated", "to", "from", "the", " ", "Leeds", "Porto", "Came"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_CAME_PIECES + _PIECES), max_size=12).map("".join))
def test_arrival_gate_never_skips_a_match(text: str) -> None:
    if residence._CAME_TO.search(text):
        assert "from" in text and any(verb in text for verb in residence._CAME_TO_VERBS)


_SINCE_PIECES = ["This year marks", "It has been", "now", "two", "2", "decades", "Years", "yearſ", "year"]
_SINCE_PIECES += ["since", "SINCE", "after", " ", "\t", "their 2004 wedding", "ago", "on", "in"]
_SINCE_PIECES += ["May 3, 2014"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SINCE_PIECES + _PIECES), max_size=10).map("".join))
def test_year_count_gates_never_skip_a_match(text: str) -> None:
    if infer._span_since_cue().search(text):
        assert infer._YEARS_SINCE.search(text)
    if infer._years_ago_on_cue().search(text):
        assert infer._YEARS_AGO.search(text)


def test_a_span_since_a_wedding_is_still_read() -> None:
    (span,) = infer._span_since_cues("This year marks two decades since their 2004 wedding in Fenwick.")
    assert (span[0].year, span[1].year) == (2024, 2024)
    assert infer._span_since_cues("They married in 2004 in Fenwick.") == []


_BIRTH_PIECES = ["born", "Born", "BORN", "bornX", "Xborn", "welcomed", "birth", "arrived", ".", "!", "?"]
_BIRTH_PIECES += ["\n", " ", "Ada", "was", "in", "2019"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_BIRTH_PIECES + _PIECES), max_size=12).map("".join))
def test_birth_sentences_are_found_with_the_gate(text: str) -> None:
    expected = tuple(
        (s.start(), s.end(), cue.span())
        for s in infer._SENTENCE.finditer(text)
        if (cue := infer._birth_cue().search(text, s.start(), s.end())) is not None
    )
    infer._cue_sentences.cache_clear()
    assert tuple((s, e, cue.span()) for s, e, cue in infer._cue_sentences(text)) == expected


_QUOTE_PIECES = ["“", "”", '"', "''", " ", "\n", "Done", ",", ".", "she said", "("]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PIECES + _PIECES), max_size=12).map("".join))
def test_quote_marks_are_curled_as_before(body: str) -> None:
    text = attribution._STRAY_OPENING.sub(lambda m: m.group(1) + "“", body)
    text = attribution._STRAY_CLOSING.sub("”", text)

    def curl(match: re.Match[str]) -> str:
        i, j = match.start(), match.end()
        after_opener = i == 0 or text[i - 1] in attribution._OPENS_AFTER
        opening = after_opener and j < len(text) and not text[j].isspace()
        mark = "“" if opening else "”"
        return mark if j - i == 1 else (" " + mark if opening else mark + " ")

    assert attribution._quote_text(body) == attribution._STRAIGHT_MARK.sub(curl, text)


def test_word_tables_are_the_per_token_tests(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Pia Lune said on Friday that the tour was over. Her rep went after the paper, which "
        "claimed she had quit. Dario Vey went home; he told friends he was going on."
    )
    words, lemmas = attribution._trigger_words()
    verbs = attribution.attribution_lexicon().speech_verbs
    stances = attribution._phrasal_stances()
    nexts = {rest[0] for forms in stances.values() for rest, _ in forms}
    expected = [
        t.i
        for t in doc
        if t.lower_ in words
        or t.lemma_.lower() in lemmas
        or (t.lemma_ in stances and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in nexts)
    ]
    assert attribution._word_tables(doc) == (expected, [t.i for t in doc if t.lower_ in verbs])
    assert expected  # ("said", "claimed", "went after", "told")


_GALA = (
    "The 12th Harlow Bay Film Festival opened on Friday with a gala screening of The Quiet Weir, "
    "and the red carpet was busy.\n\n"
    "Photo 1: Tobin Raske, the star of The Quiet Weir, arrived with his wife of 9 years, the "
    "novelist Ama Lisk.\n\n"
    "Photo 2: The Quiet Weir co-stars Pell Varro and Nia Osk posed arm in arm for the cameras.\n\n"
    "Photo 3: The night ended with the whole cast of The Quiet Weir (Raske, Varro and Osk) posing."
)
_MENTIONS = """
import sys
sys.path.insert(0, sys.argv[1])
from text_samples import entity_index
for m in entity_index(sys.argv[2]).mentions:
    if m.entity.startswith("work:"):
        print(m.span.start, m.text)
"""


def test_a_work_named_with_and_without_its_article_whatever_the_hashes() -> None:
    # (two names of one work found again in the text: which took the words went by the order
    # of a set of strings, which each run's hash seed changes; the seed is set in a child)
    tests = Path(__file__).resolve().parent
    runs = [
        subprocess.run(
            [sys.executable, "-c", _MENTIONS, str(tests), _GALA],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1]
    assert f"{_GALA.index('The Quiet Weir, arrived')} The Quiet Weir" in runs[0].splitlines()
