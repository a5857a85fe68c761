"""The time tagger's speed-ups leave its output exactly as it was, and two TimeML
conventions of the sixth round, on invented sentences with fictional names.

Speed: word lists are written as prefix trees ("t(?:wo|hree|en)"), the "year" rule starts
with its digits, and a rule none of whose words a text contains is not run. Each is
checked here against the plain form it replaces.
Conventions: a headline's weekday is not joined to the dateline under it, and "that time"
on its own ("by that time") is the time the text last named, like "at that time".
"""

from __future__ import annotations

import re

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import TimeMatch, tag_times_rich, tagger
from allegedly.understand.time.lexicon import UNICODE_CASE_EXTRAS, alternation, lexicon
from allegedly.understand.time.patterns import required_words, rules

ANCHOR = DateValue("2011-05-27")  # a Friday

# Invented newswire and gossip prose that wakes most rules up.
SAMPLES = [
    "Talks ended on Tuesday, May 3, 2011, three days after the vote. Dara Quell, 34, said "
    "the deal would close in the third quarter of fiscal 2012, or within the next six months.",
    "The singer Orrin Vale (29) turned 30 in mid-2010 and spent a couple of weeks in Paris "
    "every summer; the 1990s and the late eighties were his best years, he said recently.",
    "Shares fell 2.5% in morning trading and ended the day down 40 points, the worst "
    "single-day drop since the 21st century began. Earlier in the year they rose $5 a week.",
    "At 6:40 p.m. local time on Christmas Eve the band played for two and a half hours; half "
    "an hour later, at that time, the crowd left. The next day, the same day a year ago, ...",
    "Over the years, for months, and in recent years, the coming months will bring another "
    "decade of weekly shows, twice a week, on Mondays, during the weekend and that night.",
    "Sales for the same period last year were flat; for the entire year the previous quarter "
    "was weak. A multiyear contract from 10/3/2010 to 2011-06-30 runs until next March.",
    "In 1686 she married; since '82 the A330-2011 and $2011 codes, late-1999, end-2010, "
    "x2011, early-2005 and 2011. Remember that time, 45 years old, aged 55, in her thirties.",
    "2011 began at dawn. The show aired Friday\nSeptember 18, 2008\nNow it is back, tonight, "
    "tomorrow and this week, but not the day before yesterday or at the end of the month.",
]
# Characters the case-insensitive prefix trees must treat as the regex engine does.
ODD_CASES = ["Dara Quell’s tİme in 1999", "a ſpring Kick-off in Spring", "THREE WEEKS AGO", "ı"]


def _flat(words: list[str]) -> str:
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


WORD_LISTS = [
    list(lexicon().numbers),
    list(lexicon().vague_numbers),
    list(lexicon().units),
    list(lexicon().references),
    list(lexicon().discourse),
    list(lexicon().relative_days),
    [*lexicon().holidays_fixed, *lexicon().holidays_easter, *lexicon().holidays_nth_weekday],
    [m.capitalize() for m in lexicon().months] + [m.upper() for m in lexicon().months],
    ["May", "may", "MAY", "a", "an", "a couple of", "a few", "at", "at the time"],
]


@pytest.mark.parametrize("words", WORD_LISTS)
@pytest.mark.parametrize("ignorecase", [False, True])
def test_prefix_tree_matches_what_the_flat_alternation_matches(words: list[str], ignorecase: bool) -> None:
    flat = _flat(words)
    plain = re.compile(rf"(?i:\b{flat}\b)" if ignorecase else rf"\b{flat}\b")
    tree = re.compile(rf"\b{alternation(words, ignorecase=ignorecase)}\b")
    # also inside a case-insensitive context, where callers put the case-sensitive form
    outer = re.compile(rf"(?i:\b{flat}\b)")
    outer_tree = re.compile(rf"(?i:\b{alternation(words)}\b)")
    for text in [*SAMPLES, *ODD_CASES, " ".join(words), " ".join(words).upper()]:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in outer_tree.finditer(text)] == [m.span() for m in outer.finditer(text)]


def test_only_the_listed_characters_fold_onto_ascii_letters() -> None:
    everything = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert set(re.findall(r"(?i)[a-z]", everything)) == set(UNICODE_CASE_EXTRAS)


@pytest.mark.parametrize("name", sorted(required_words()))
def test_every_match_of_a_rule_holds_one_of_its_words(name: str) -> None:
    words = required_words()[name]
    for text in [*SAMPLES, *ODD_CASES]:
        for m in rules()[name].finditer(text):
            assert any(w in m.group(0).casefold() for w in words), (name, m.group(0))


def _all(text: str, anchor: DateValue | None) -> list[TimeMatch]:
    tagger._rule_matches.cache_clear()
    return tag_times_rich(text, anchor)


@pytest.mark.parametrize("anchor", [ANCHOR, None])
def test_skipping_rules_changes_nothing(monkeypatch: pytest.MonkeyPatch, anchor: DateValue | None) -> None:
    # not "ſpring": the season rule matches it as "(?i)spring" does, but the builders look
    # words up by .lower() and fail on it (so they did before the speed-ups)
    texts = [*SAMPLES, *(t for t in ODD_CASES if "ſ" not in t)]
    fast = [_all(t, anchor) for t in texts]
    monkeypatch.setattr(tagger, "required_words", dict)
    assert [_all(t, anchor) for t in texts] == fast
    tagger._rule_matches.cache_clear()


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("It grew in mid-2011 and late-1999, by end-2010 and early-2005.", ["2011", "1999", "2010", "2005"]),
        ("2011 was the year.", ["2011"]),
        ("Not the A330-2011, x2011, $2011, 3.2011, 2011%, 20111 or 2011/12.", []),
        ("Born in 1984, wed in\n2009.", ["1984", "2009"]),
    ],
)
def test_year_rule_reads_what_stands_before_the_year(text: str, years: list[str]) -> None:
    assert [m["year"] for m in rules()["year"].finditer(text)] == years


def test_a_headline_weekday_is_not_joined_to_the_dateline() -> None:
    text = "Markets in Veldoria stay shut until Friday\nSeptember 18, 2008\nTrading halted."
    found = {tm.text: tm.timex for tm in tag_times_rich(text, DateValue("2008-09-18"))}
    assert found["Friday"] == "2008-09-19"
    assert found["September 18, 2008"] == "2008-09-18"
    # on one line the weekday is still part of the date
    same_line = tag_times_rich("They met on Friday, September 19, 2008.", None)
    assert [tm.text for tm in same_line] == ["Friday, September 19, 2008"]


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("The offer runs to June 10. If no price is agreed by that time, Kestrel Ltd walks.", "2011-06-10"),
        ("Orrin Vale moved to Lisbon in 2009. Until that time he had lived alone.", "2009"),
        ("The tour opened on May 2. At that time the band was unknown.", "2011-05-02"),
    ],
)
def test_that_time_is_the_time_last_named(text: str, timex: str) -> None:
    tm = next(t for t in tag_times_rich(text, ANCHOR) if t.text.lower().endswith("that time"))
    assert tm.timex == timex
