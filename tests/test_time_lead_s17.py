"""Rules started with a class of first characters (lexicon.lead_alternation) match what the
"\\b"-led forms matched, and the tagger reads the same expressions from them."""

from __future__ import annotations

import random
import re

from allegedly.model import DateValue
from allegedly.understand.time import tag_times_rich
from allegedly.understand.time.lexicon import WORD_START, alternation, lead_alternation, lexicon

_SENTENCES = [
    "Orla Fenwick, 41, said on Monday, Feb. 3 that the earlier this week meeting ran late.",
    "Pell Amberly (52) sailed at year-end and again by the month's end, later in the day.",
    "Tomas Quill spent months of talks on it; three days before the vote he left for good.",
    "the last week of March 2019 was quiet; the end of the year, the past two decades too",
    "MARCH 3 2020 and Sept. 14, 1998 and Thursday, December 1 were all named days.",
    "He turned 30 in 2011, aged 31 a year later; 1.5 percent a year, five per cent a month.",
    "At this time and for the moment, to the present day: until the present, earlier today.",
]


def _words_lists() -> dict[str, list[str]]:
    lex = lexicon()
    return {
        "numbers": [w for w in lex.numbers if re.match(r"\w", w)],
        "references": list(lex.references),
        "discourse": list(lex.discourse),
        "months": [m.capitalize() for m in lex.months] + [m.upper() for m in lex.months],
        "mixed case": ["May", "may", "March", "march", "Mayfair"],
    }


def _fuzz(words: list[str], seed: int) -> str:
    rnd = random.Random(seed)
    pieces = []
    for _ in range(400):
        w = rnd.choice(words)
        w = rnd.choice([w, w.upper(), w.capitalize(), w.replace("s", "ſ"), "x" + w, w + "s"])
        pieces.append(w + rnd.choice([" ", "-", ", ", "", "\n", "  "]))
    return "".join(pieces) + " ".join(_SENTENCES)


def test_lead_alternation_matches_what_the_word_bounded_group_matches() -> None:
    for name, words in _words_lists().items():
        for ignorecase in (True, False):
            text = _fuzz(words, len(name))
            old = re.compile(rf"\b{alternation(words, ignorecase)}")
            first, rest = lead_alternation(words, ignorecase)
            assert first.startswith("[") and first.endswith("]")
            new = re.compile(f"{first}{WORD_START}{rest}")
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], name


def test_lead_alternation_keeps_odd_words() -> None:
    # words the prefix tree does not take apart (a non-ASCII cased letter) are kept flat
    words = ["straße", "strand", "Öl"]
    first, rest = lead_alternation(words, ignorecase=True)
    text = "STRASSE straße Strand öl Öl xstrand"
    old = re.compile(rf"\b{alternation(words, True)}")
    new = re.compile(f"{first}{WORD_START}{rest}")
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_rules_read_with_class_starts() -> None:
    anchor = DateValue("2021-06-09")
    text = " ".join(_SENTENCES)
    found = {tm.text: tm for tm in tag_times_rich(text, anchor)}
    assert found["41"].age == 41 and found["52"].age == 52
    assert found["Monday, Feb. 3"].value == DateValue("2021-02-03")
    assert found["Thursday, December 1"].month == 12 and found["MARCH 3 2020"].month == 3
    assert found["Sept. 14, 1998"].value == DateValue("1998-09-14")
    assert found["the earlier this week"].kind == "relative"
    assert found["year-end"].value == DateValue("2021") and found["month's end"].value == DateValue("2021-06")
    assert found["the end of the year"].value == DateValue("2021")
    assert found["later in the day"].kind == "relative"
    assert found["the past two decades"].kind == "duration"


def test_infer_cues_read_with_class_starts() -> None:
    from datetime import date

    from allegedly.understand.time import infer

    text = (
        "Wren Callory was born in March 2012 and turned 13 this spring. "
        "This year marks two decades since their 2005 wedding. "
        "The pair wed eleven years ago, in 2014. "
    )
    wedding = "They celebrated their 9th wedding anniversary on Sunday. They married on May 4, 2016."
    assert infer._turned_cues(text)[0][:2] == (date(2025, 1, 1), date(2025, 12, 31))
    assert infer._span_since_cues(text)[0][:2] == (date(2025, 1, 1), date(2025, 12, 31))
    assert infer._years_ago_on_cues(text)[0][:2] == (date(2025, 1, 1), date(2025, 12, 31))
    assert infer._anniversary_cues(wedding)[0][:2] == (date(2025, 4, 27), date(2025, 5, 11))
    assert infer._years_ago_on_cues("Eleven hours ago, in 2014.") == []
